#include "extract/text_util.h"

#include <stdexcept>
#include <unicode/locid.h>
#include <unicode/uchar.h>

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

std::string lower(const std::string &s) {
    return to_utf8(to_u(s).toLower(russian()));
}
std::string upper(const std::string &s) {
    return to_utf8(to_u(s).toUpper(russian()));
}

std::string fold(const std::string &s) {
    icu::UnicodeString u = to_u(s).foldCase();
    u.findAndReplace(icu::UnicodeString(u'ё'), icu::UnicodeString(u'е'));
    return to_utf8(u);
}

std::string trim(const std::string &s) {
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

std::string collapse_lines(const std::string &s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        char d = (c == '\n' || c == '\t') ? ' ' : c;
        if (d == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += d;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

int code_points(const std::string &s) {
    int n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

Regex::Regex(const char *pattern, uint32_t flags) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr;
    pattern_.reset(icu::RegexPattern::compile(to_u(pattern), flags, perr, status));
    if (U_FAILURE(status))
        throw std::logic_error(std::string("bad regex (") + u_errorName(status) + "): " + pattern);
}

Regex::~Regex() = default;

namespace {

// UTF-16 index → code-point index in `u`.
int cp_index(const icu::UnicodeString &u, int32_t utf16) {
    return u.countChar32(0, utf16);
}

Match collect(const icu::UnicodeString &subject, icu::RegexMatcher &m) {
    Match out;
    UErrorCode status = U_ZERO_ERROR;
    for (int32_t g = 0; g <= m.groupCount(); ++g) {
        Group grp;
        int32_t b = m.start(g, status);
        if (U_SUCCESS(status) && b >= 0) {
            int32_t e = m.end(g, status);
            grp.text = to_utf8(subject.tempSubStringBetween(b, e));
            grp.begin = cp_index(subject, b);
            grp.end = cp_index(subject, e);
        }
        out.groups.push_back(grp);
    }
    return out;
}

} // namespace

bool Regex::search(const std::string &subject, Match &m, int from_cp) const {
    icu::UnicodeString u = to_u(subject);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(u, status));
    if (U_FAILURE(status))
        return false;
    int32_t from = u.moveIndex32(0, from_cp);
    if (!matcher->find(from, status) || U_FAILURE(status))
        return false;
    m = collect(u, *matcher);
    return true;
}

bool Regex::full(const std::string &subject, Match &m) const {
    icu::UnicodeString u = to_u(subject);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(u, status));
    if (U_FAILURE(status) || !matcher->matches(status) || U_FAILURE(status))
        return false;
    m = collect(u, *matcher);
    return true;
}

bool Regex::starts(const std::string &subject, Match &m) const {
    icu::UnicodeString u = to_u(subject);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(u, status));
    if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status))
        return false;
    m = collect(u, *matcher);
    return true;
}

bool Regex::contains(const std::string &subject) const {
    Match m;
    return search(subject, m);
}

std::vector<Match> Regex::all(const std::string &subject) const {
    std::vector<Match> out;
    icu::UnicodeString u = to_u(subject);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(u, status));
    if (U_FAILURE(status))
        return out;
    while (matcher->find(status) && U_SUCCESS(status))
        out.push_back(collect(u, *matcher));
    return out;
}

std::string Regex::replace_all(const std::string &subject, const std::string &replacement) const {
    icu::UnicodeString u = to_u(subject);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(u, status));
    if (U_FAILURE(status))
        return subject;
    icu::UnicodeString out = matcher->replaceAll(to_u(replacement), status);
    return U_SUCCESS(status) ? to_utf8(out) : subject;
}

} // namespace prikaz::extract
