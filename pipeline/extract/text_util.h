// Small ICU-based helpers shared by the extraction rules: regex with UTF-8 in and out and
// code-point offsets (record::Source uses code points), case folding, trimming.
#pragma once

#include <atomic>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace prikaz::extract {

icu::UnicodeString to_u(const std::string &utf8);
std::string to_utf8(const icu::UnicodeString &u);

std::string lower(const std::string &s);          // ICU lower case, Russian locale
std::string upper(const std::string &s);          // ICU upper case, Russian locale
std::string fold(const std::string &s);           // lower case with ё → е, for comparisons
std::string trim(const std::string &s);           // Unicode white space at both ends
std::string collapse_lines(const std::string &s); // "\n" and "\t" → " ", spaces folded
int code_points(const std::string &s);            // length in code points
bool is_well_formed(const std::string &s);        // well-formed UTF-8 (no U+FFFD needed)
// The code points [begin, end) of `s` (offsets clamped to the text, empty when end <= begin).
std::string substr_cp(const std::string &s, int begin, int end);

// Cheap tests that run before a regex which can only match where they hold, so that the regex
// is skipped on the many paragraphs where it cannot match.
bool has_digit(const std::string &s); // a decimal digit (\d: Unicode Nd) anywhere
// fold(s) contains one of `folded` (each written folded: lower case, ё → е). A case-insensitive
// regex literal matches only text whose case folding is that literal, so a regex that needs one
// of these literals cannot match when this is false.
bool contains_folded(const std::string &s, std::initializer_list<std::string_view> folded);

struct Group {
    std::string text; // UTF-8
    int begin = -1;   // code-point offsets in the subject; -1 when the group did not match
    int end = -1;
    bool matched() const { return begin >= 0; }
};

struct Match {
    std::vector<Group> groups; // 0 = whole match
    const Group &operator[](size_t i) const { return groups.at(i); }
    bool has(size_t i) const { return i < groups.size() && groups[i].matched(); }
};

// An ICU regular expression. Declare once (static const), use from any thread. It is compiled on
// its first use (some patterns serve rare cases only, and compiling is most of the start-up);
// a malformed pattern throws std::logic_error then.
// Flags: case-insensitive by default (UREGEX_CASE_INSENSITIVE), Unicode-aware.
// Each thread reuses one matcher per Regex and the UTF-16 form of its last few subjects, so
// running many patterns over the same text converts it once.
class Regex {
public:
    explicit Regex(const char *pattern, uint32_t flags = UREGEX_CASE_INSENSITIVE);
    ~Regex();
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;

    bool search(const std::string &subject, Match &m, int from_cp = 0) const; // first match
    bool full(const std::string &subject, Match &m) const;   // whole subject must match
    bool starts(const std::string &subject, Match &m) const; // match anchored at the start
    bool contains(const std::string &subject) const;
    std::vector<Match> all(const std::string &subject) const; // every non-overlapping match
    std::string replace_all(const std::string &subject, const std::string &replacement) const;

private:
    class Lease; // this thread's matcher for this Regex, pointed at a subject
    // search/full/starts: `mode` is a MatchMode of text_util.cpp, `from_cp` the start of a search
    bool match_with(const std::string &subject, Match &m, int mode, int from_cp) const;
    static std::atomic<size_t> next_id_;
    const icu::RegexPattern &pattern() const; // compiles on the first call (thread safe)

    size_t id_; // never reused: indexes the per-thread matcher cache
    std::string source_;
    uint32_t flags_;
    mutable std::once_flag compiled_;
    mutable std::unique_ptr<icu::RegexPattern> pattern_;
};

} // namespace prikaz::extract
