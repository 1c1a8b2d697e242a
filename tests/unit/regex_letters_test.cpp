// The pre-closed \p{L} of case-insensitive patterns (extract/regex_letters.h): the ICU premise it
// rests on, what it rewrites and what it leaves alone, and that a rewritten pattern finds exactly
// what ICU finds with the pattern as written.
#include "extract/regex_letters.h"
#include "extract/text_util.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <unicode/regex.h>
#include <unicode/uniset.h>

namespace prikaz::extract {
namespace {

constexpr uint32_t kCi = UREGEX_CASE_INSENSITIVE;

// If an ICU upgrade widens the case closure of the letters, the rewrite must change with it.
TEST(RegexLetters, IcuClosesLettersOverCaseToLettersAndYpogegrammeni) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet closed(u"[\\p{L}]", USET_CASE_INSENSITIVE, nullptr, status);
    ASSERT_TRUE(U_SUCCESS(status));
    closed.removeAllStrings(); // the regex compiler drops them too
    icu::UnicodeSet written(icu::UnicodeString::fromUTF8(std::string("[") + kClosedLetters + "]"),
                            status);
    ASSERT_TRUE(U_SUCCESS(status));
    EXPECT_TRUE(closed == written);
}

TEST(RegexLetters, RewritesLettersOfCaseInsensitivePatterns) {
    EXPECT_EQ(presolve_letter_closure("от(?!\\p{L})", kCi), "от(?!(?-i:[\\p{L}\\u0345]))");
    EXPECT_EQ(presolve_letter_closure("\\p{L}{2,}?ий", kCi), "(?-i:[\\p{L}\\u0345]{2,}?)ий");
    EXPECT_EQ(presolve_letter_closure("(\\p{L}+)|([^\\s\\p{L}\\d])", kCi),
              "((?-i:[\\p{L}\\u0345]+))|((?-i:[^\\s\\p{L}\\u0345\\d]))");
    EXPECT_EQ(presolve_letter_closure("[\\p{L}’'-]*", kCi), "(?-i:[\\p{L}\\u0345’'-]*)");
}

TEST(RegexLetters, LeavesWhatItDoesNotFollow) {
    const std::vector<std::pair<std::string, uint32_t>> kept = {
        {"\\p{L}+", 0},                     // case-sensitive: nothing is closed
        {"\\p{L}+", kCi | UREGEX_COMMENTS}, // free spacing
        {"(?i)\\p{L}+", 0},                 // inline flags
        {"a(?-i:b)\\p{L}", kCi},            // scoped flags
        {"\\Q[\\E\\p{L}", kCi},             // quoting
        {"[\\p{L}0-9]", kCi},               // a range
        {"[\\p{L}&&[^a]]", kCi},            // set operators
        {"[\\p{L}\\w]", kCi},               // an escape not known to be closed
        {"[\\p{L}\u2160]", kCi},            // Ⅰ: its lower case ⅰ is not a letter
        {"\\\\p{L}", kCi},                  // an escaped backslash, then "p{L}"
        {"[\\p{Lu}]", kCi},                 // only \p{L} itself is pre-closed
    };
    for (const auto &[pattern, flags] : kept)
        EXPECT_EQ(presolve_letter_closure(pattern, flags), pattern) << pattern;
    // Sets without \p{L} are not touched either.
    EXPECT_EQ(presolve_letter_closure("[\\s.,:;_«»\"“”()-]|\\p{Lu}", kCi),
              "[\\s.,:;_«»\"“”()-]|\\p{Lu}");
}

// Every match (begin, end in UTF-16 units) of `pattern` compiled by ICU as given.
std::vector<std::pair<int32_t, int32_t>> icu_matches(const std::string &pattern, uint32_t flags,
                                                     const std::string &subject) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr;
    std::unique_ptr<icu::RegexPattern> re(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), flags, perr, status));
    EXPECT_TRUE(U_SUCCESS(status)) << pattern;
    std::vector<std::pair<int32_t, int32_t>> out;
    if (!re)
        return out;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(subject);
    std::unique_ptr<icu::RegexMatcher> m(re->matcher(text, status));
    while (m->find(status) && U_SUCCESS(status))
        out.emplace_back(m->start(status), m->end(status));
    return out;
}

TEST(RegexLetters, RewrittenPatternsFindWhatIcuFindsAsWritten) {
    const std::vector<std::string> patterns = {
        "\\p{L}+",
        "(?<!\\p{L})от\\s+\\S",
        "\\p{L}{2,}(?:ого|его|ой)",
        "(\\d+)|(\\p{L}+)|([^\\s\\p{L}\\d])",
        "(?<![\\p{L}\\d])(\\d{1,2})\\s*(\\p{L}+)(?!\\p{L})",
        "[\\p{L}\\p{Nd}]",
        "(\\p{L}+)[^\\p{L}]*$",
        "\\p{Lu}[\\p{L}’'-]*\\p{L}",
        "(?<=\\p{L}) (?=\\p{L}(?: |$|:))",
    };
    const std::vector<std::string> subjects = {
        "Приказ от 12 марта 2023 г. № 45-р",
        "ΑΙ ᾳ \u0345x ǅ ǆ ß ẞ K \u212A Ⅰ ⅰ Ⓐ ⓐ ﬁ İ ı",
        "«Ёлка» ёж ЁЖ, ПРИКАЗЫВАЮ: 1) до 01.03.2023; Иванов-Петров И.И.",
        "П Р И К А З :  o’Neil d'Artagnan \u0345\u0345 12ого",
    };
    for (const std::string &pattern : patterns) {
        const std::string rewritten = presolve_letter_closure(pattern, kCi);
        EXPECT_NE(rewritten, pattern) << pattern; // each of these is rewritten
        for (const std::string &subject : subjects)
            EXPECT_EQ(icu_matches(rewritten, kCi, subject), icu_matches(pattern, kCi, subject))
                << pattern << " on " << subject;
    }
}

TEST(RegexLetters, RegexMatchesYpogegrammeniAsIcuDoes) {
    // U+0345 is not a letter, but ICU's case-insensitive \p{L} matches it: so must ours.
    const Regex insensitive("^\\p{L}+$");
    const Regex sensitive("^\\p{L}+$", 0);
    EXPECT_TRUE(insensitive.contains("ᾳ\u0345"));
    EXPECT_FALSE(sensitive.contains("ᾳ\u0345"));
    EXPECT_TRUE(sensitive.contains("ᾳ"));
}

TEST(RegexLetters, MalformedPatternThrowsOnFirstUse) {
    const Regex bad("(\\p{L}");
    EXPECT_THROW(bad.contains("x"), std::logic_error);
    EXPECT_THROW(bad.contains("x"), std::logic_error); // and again: nothing half-compiled kept
}

} // namespace
} // namespace prikaz::extract
