#include "extract/text_util.h"

#include "extract/regex_letters.h"

#include <algorithm>
#include <climits>
#include <stdexcept>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

namespace prikaz::extract {

icu::UnicodeString to_u(const std::string &utf8) {
    return icu::UnicodeString::fromUTF8(utf8);
}

std::string to_utf8(const icu::UnicodeString &u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

namespace {
const icu::Locale &russian() {
    static const icu::Locale ru("ru");
    return ru;
}
} // namespace

// Well-formed UTF-8 (what the readers produce) can be cased and trimmed in place; anything else
// goes through UTF-16 as before, where ill-formed bytes become U+FFFD.
bool is_well_formed(const std::string &s) {
    if (s.size() >= static_cast<size_t>(INT32_MAX))
        return false;
    const char *p = s.data();
    const int32_t n = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < n) {
        if (static_cast<unsigned char>(p[i]) < 0x80) {
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0)
            return false;
    }
    return true;
}

namespace {

std::string replace_yo(std::string s) {
    // ё (D1 91) → е (D0 B5): same length in UTF-8
    for (size_t at = s.find("\xD1\x91"); at != std::string::npos; at = s.find("\xD1\x91", at + 2)) {
        s[at] = '\xD0';
        s[at + 1] = '\xB5';
    }
    return s;
}

} // namespace

std::string lower(const std::string &s) {
    if (!is_well_formed(s))
        return to_utf8(to_u(s).toLower(russian()));
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(s.size()));
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8ToLower("ru", 0, s, sink, nullptr, status);
    return U_SUCCESS(status) ? out : to_utf8(to_u(s).toLower(russian()));
}

std::string upper(const std::string &s) {
    if (!is_well_formed(s))
        return to_utf8(to_u(s).toUpper(russian()));
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(s.size()));
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8ToUpper("ru", 0, s, sink, nullptr, status);
    return U_SUCCESS(status) ? out : to_utf8(to_u(s).toUpper(russian()));
}

namespace {
std::string fold_utf16(const std::string &s) {
    icu::UnicodeString u = to_u(s).foldCase();
    u.findAndReplace(icu::UnicodeString(u'ё'), icu::UnicodeString(u'е'));
    return to_utf8(u);
}
} // namespace

std::string fold(const std::string &s) {
    if (!is_well_formed(s))
        return fold_utf16(s);
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(s.size()));
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, s, sink, nullptr, status);
    return U_SUCCESS(status) ? replace_yo(std::move(out)) : fold_utf16(s);
}

std::string trim(const std::string &s) {
    if (!is_well_formed(s)) {
        icu::UnicodeString u = to_u(s);
        int32_t b = 0, e = u.length();
        while (b < e && u_isUWhiteSpace(u.char32At(b)))
            b = u.moveIndex32(b, 1);
        while (e > b) {
            int32_t prev = u.moveIndex32(e, -1);
            if (!u_isUWhiteSpace(u.char32At(prev)))
                break;
            e = prev;
        }
        return to_utf8(u.tempSubStringBetween(b, e));
    }
    const char *p = s.data();
    int32_t b = 0, e = static_cast<int32_t>(s.size());
    while (b < e) {
        int32_t i = b;
        UChar32 c;
        U8_NEXT(p, i, e, c);
        if (!u_isUWhiteSpace(c))
            break;
        b = i;
    }
    while (e > b) {
        int32_t i = e;
        UChar32 c;
        U8_PREV(p, b, i, c);
        if (!u_isUWhiteSpace(c))
            break;
        e = i;
    }
    return s.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
}

std::string collapse_lines(const std::string &s) {
    std::string out(s.size(), '\0');
    size_t n = 0;
    for (char c : s) {
        char d = (c == '\n' || c == '\t') ? ' ' : c;
        if (d == ' ' && (n == 0 || out[n - 1] == ' '))
            continue;
        out[n++] = d;
    }
    while (n > 0 && out[n - 1] == ' ')
        --n;
    out.resize(n);
    return out;
}

int code_points(const std::string &s) {
    int n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

std::atomic<size_t> Regex::next_id_{0};

std::string substr_cp(const std::string &s, int begin, int end) {
    if (!is_well_formed(s)) {
        icu::UnicodeString u = to_u(s);
        return to_utf8(u.tempSubStringBetween(u.moveIndex32(0, begin), u.moveIndex32(0, end)));
    }
    // Byte offset of code point `n`, clamped to the text (as UnicodeString::moveIndex32).
    auto byte_of = [&s](int n, size_t from_byte, int from_cp) {
        size_t i = from_byte;
        for (int cp = from_cp; cp < n && i < s.size(); ++cp)
            U8_FWD_1_UNSAFE(s.data(), i);
        return i;
    };
    size_t b = byte_of(begin, 0, 0);
    size_t e = end > begin ? byte_of(end, b, std::max(begin, 0)) : b;
    return s.substr(b, e - b);
}

bool has_digit(const std::string &s) {
    for (unsigned char c : s)
        if (c >= '0' && c <= '9')
            return true;
    const char *p = s.data();
    const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
    for (int32_t i = 0; i < n;) {
        if (static_cast<unsigned char>(p[i]) < 0x80) {
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c >= 0 && u_isdigit(c))
            return true;
    }
    return false;
}

bool contains_folded(const std::string &s, std::initializer_list<std::string_view> folded) {
    const std::string f = fold(s);
    for (std::string_view literal : folded)
        if (f.find(literal) != std::string::npos)
            return true;
    return false;
}

Regex::Regex(const char *pattern, uint32_t flags)
    : id_(next_id_++), source_(pattern), flags_(flags) {}

const icu::RegexPattern &Regex::pattern() const {
    std::call_once(compiled_, [this] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError perr;
        pattern_.reset(icu::RegexPattern::compile(to_u(presolve_letter_closure(source_, flags_)),
                                                  flags_, perr, status));
        if (U_FAILURE(status) || !pattern_)
            throw std::logic_error(std::string("bad regex (") + u_errorName(status) +
                                   "): " + source_);
    });
    return *pattern_;
}

Regex::~Regex() = default;

namespace {

// A subject converted to UTF-16 once: the rules run many patterns over the same paragraph, and
// the conversion used to cost more than most of the matching.
struct Subject {
    std::string utf8;
    icu::UnicodeString u;
    bool in_use = false;
    bool one_unit_per_cp = false; // no surrogate pairs: a UTF-16 index is a code-point index
    int mapped = 0;               // byte_at: 0 not built yet, 1 built, -1 cannot be built
    std::vector<int32_t> byte_at; // code point → UTF-8 byte offset in `utf8` (size + 1 entries)
};

// The last few subjects of this thread (each thread has its own: no locking, no sharing).
Subject &subject_of(const std::string &utf8) {
    constexpr size_t kSlots = 8;
    thread_local Subject slots[kSlots];
    thread_local size_t last = 0;
    for (size_t k = 0; k < kSlots; ++k) {
        Subject &s = slots[(last + kSlots - k) % kSlots];
        if (s.in_use && s.utf8.size() == utf8.size() && s.utf8 == utf8)
            return s;
    }
    last = (last + 1) % kSlots;
    Subject &s = slots[last];
    s.utf8 = utf8;
    // As UnicodeString::fromUTF8, into the slot's buffer (UTF-16 needs at most one unit a byte).
    const int32_t bytes = static_cast<int32_t>(std::min<size_t>(utf8.size(), INT32_MAX - 1));
    char16_t *buf = s.u.getBuffer(bytes + 1);
    int32_t units = 0;
    UErrorCode status = U_ZERO_ERROR;
    if (buf)
        u_strFromUTF8WithSub(buf, bytes + 1, &units, utf8.data(), bytes, 0xFFFD, nullptr, &status);
    if (buf)
        s.u.releaseBuffer(U_SUCCESS(status) ? units : 0);
    if (!buf || U_FAILURE(status))
        s.u = icu::UnicodeString::fromUTF8(utf8);
    s.in_use = true;
    s.one_unit_per_cp = s.u.countChar32() == s.u.length();
    s.mapped = 0;
    return s;
}

// Builds the code point → byte offset map when `utf8` is exactly what `u` holds (well-formed,
// no surrogate pairs); otherwise group texts are converted back from UTF-16 as before.
bool has_byte_map(Subject &s) {
    if (s.mapped != 0)
        return s.mapped > 0;
    s.mapped = -1;
    if (!s.one_unit_per_cp)
        return false;
    const int32_t units = s.u.length();
    const int32_t bytes = static_cast<int32_t>(s.utf8.size());
    const char *p = s.utf8.data();
    s.byte_at.resize(static_cast<size_t>(units) + 1);
    int32_t i = 0, k = 0;
    while (i < bytes) {
        if (k >= units)
            return false;
        s.byte_at[k] = i;
        UChar32 c;
        U8_NEXT(p, i, bytes, c);
        if (c < 0 || c != s.u.charAt(k))
            return false;
        ++k;
    }
    if (k != units)
        return false;
    s.byte_at[k] = bytes;
    s.mapped = 1;
    return true;
}

Group group_of(Subject &s, int32_t b, int32_t e, bool mapped) {
    Group grp;
    if (mapped) {
        grp.text.assign(s.utf8, s.byte_at[b], s.byte_at[e] - s.byte_at[b]);
        grp.begin = b;
        grp.end = e;
    } else {
        grp.text = to_utf8(s.u.tempSubStringBetween(b, e));
        grp.begin = s.u.countChar32(0, b);
        grp.end = s.u.countChar32(0, e);
    }
    return grp;
}

Match collect(Subject &s, icu::RegexMatcher &m) {
    Match out;
    const bool mapped = has_byte_map(s);
    UErrorCode status = U_ZERO_ERROR;
    out.groups.reserve(static_cast<size_t>(m.groupCount()) + 1);
    for (int32_t g = 0; g <= m.groupCount(); ++g) {
        int32_t b = m.start(g, status);
        if (U_SUCCESS(status) && b >= 0) {
            int32_t e = m.end(g, status);
            out.groups.push_back(group_of(s, b, e, mapped));
        } else {
            out.groups.emplace_back();
        }
    }
    return out;
}

} // namespace

// ICU matchers are not thread safe and costly to build (state arrays, backtracking stack), so
// each thread keeps one per Regex and points it at a new subject with reset().
class Regex::Lease {
public:
    Lease(const Regex &re, const icu::UnicodeString &subject) : id_(re.id_) {
        UErrorCode status = U_ZERO_ERROR;
        auto &cache = cached();
        if (id_ < kMaxCached && id_ < cache.size() && cache[id_]) {
            matcher_ = cache[id_].get();
            matcher_->reset(subject);
            return;
        }
        std::unique_ptr<icu::RegexMatcher> fresh(re.pattern().matcher(subject, status));
        if (U_FAILURE(status))
            return;
        matcher_ = fresh.get();
        if (id_ < kMaxCached) {
            if (cache.size() <= id_)
                cache.resize(id_ + 1);
            cache[id_] = std::move(fresh);
        } else {
            owned_ = std::move(fresh);
        }
    }
    icu::RegexMatcher *get() const { return matcher_; }
    // A matcher that failed (stack or time limit) is dropped: the next call starts afresh, as
    // when every call built its own.
    void failed() {
        if (!owned_ && id_ < cached().size())
            cached()[id_].reset();
        matcher_ = nullptr;
    }

private:
    static constexpr size_t kMaxCached = 4096; // Regex objects are static; a bound on misuse
    static std::vector<std::unique_ptr<icu::RegexMatcher>> &cached() {
        thread_local std::vector<std::unique_ptr<icu::RegexMatcher>> matchers;
        return matchers;
    }
    size_t id_;
    icu::RegexMatcher *matcher_ = nullptr;
    std::unique_ptr<icu::RegexMatcher> owned_;
};

namespace {

enum class MatchMode { Find, Whole, Prefix };

// One matching step of this thread's matcher. The caller treats a failed step (ICU's stack or
// time limit) as no match and drops the matcher.
bool run_matcher(icu::RegexMatcher &matcher, MatchMode mode, int32_t from, UErrorCode &status) {
    switch (mode) {
    case MatchMode::Find:
        return matcher.find(from, status);
    case MatchMode::Whole:
        return matcher.matches(status);
    case MatchMode::Prefix:
        return matcher.lookingAt(status);
    }
    return false;
}

} // namespace

bool Regex::match_with(const std::string &subject, Match &m, int mode, int from_cp) const {
    Subject &s = subject_of(subject);
    Lease lease(*this, s.u);
    if (!lease.get())
        return false;
    UErrorCode status = U_ZERO_ERROR;
    int32_t from = from_cp > 0 ? s.u.moveIndex32(0, from_cp) : 0;
    bool found = run_matcher(*lease.get(), static_cast<MatchMode>(mode), from, status);
    if (U_FAILURE(status)) {
        lease.failed();
        return false;
    }
    if (!found)
        return false;
    m = collect(s, *lease.get());
    return true;
}

bool Regex::search(const std::string &subject, Match &m, int from_cp) const {
    return match_with(subject, m, static_cast<int>(MatchMode::Find), from_cp);
}

bool Regex::full(const std::string &subject, Match &m) const {
    return match_with(subject, m, static_cast<int>(MatchMode::Whole), 0);
}

bool Regex::starts(const std::string &subject, Match &m) const {
    return match_with(subject, m, static_cast<int>(MatchMode::Prefix), 0);
}

bool Regex::contains(const std::string &subject) const {
    Subject &s = subject_of(subject);
    Lease lease(*this, s.u);
    if (!lease.get())
        return false;
    UErrorCode status = U_ZERO_ERROR;
    bool found = lease.get()->find(0, status);
    if (U_FAILURE(status)) {
        lease.failed();
        return false;
    }
    return found;
}

std::vector<Match> Regex::all(const std::string &subject) const {
    std::vector<Match> out;
    Subject &s = subject_of(subject);
    Lease lease(*this, s.u);
    if (!lease.get())
        return out;
    UErrorCode status = U_ZERO_ERROR;
    while (lease.get()->find(status) && U_SUCCESS(status))
        out.push_back(collect(s, *lease.get()));
    if (U_FAILURE(status))
        lease.failed();
    return out;
}

std::string Regex::replace_all(const std::string &subject, const std::string &replacement) const {
    Subject &s = subject_of(subject);
    Lease lease(*this, s.u);
    if (!lease.get())
        return subject;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = lease.get()->replaceAll(to_u(replacement), status);
    if (U_FAILURE(status)) {
        lease.failed();
        return subject;
    }
    return to_utf8(out);
}

} // namespace prikaz::extract
