// The ICU helpers of extraction: the Regex wrapper's code-point offsets and UTF-8 groups (also
// with surrogate pairs and ill-formed bytes, where it falls back to the UTF-16 path), its
// per-thread matcher and subject caches (interleaved patterns and subjects, several threads),
// the UTF-8 fast paths of fold/lower/upper/trim/substr_cp and the regex prefilters.
#include "extract/party_words.h"
#include "extract/text_util.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace prikaz::extract {
namespace {

const Regex &word_re() {
    static const Regex re("(\\p{L}+)(\\d*)");
    return re;
}

TEST(TextUtilRegex, GroupsAreUtf8WithCodePointOffsets) {
    Match m;
    ASSERT_TRUE(word_re().search("  Приказ№12 от", m));
    EXPECT_EQ(m[0].text, "Приказ");
    EXPECT_EQ(m[0].begin, 2);
    EXPECT_EQ(m[0].end, 8);
    EXPECT_FALSE(m.has(3));
    ASSERT_TRUE(word_re().search("  Приказ№12 от", m, 3));
    EXPECT_EQ(m[1].text, "риказ");
    EXPECT_EQ(m[1].begin, 3);
    EXPECT_TRUE(m[2].matched()); // an empty group matched at the end of the word
    EXPECT_EQ(m[2].text, "");
    EXPECT_EQ(m[2].begin, 8);
    ASSERT_TRUE(word_re().search("  Приказ№12 от", m, 9));
    EXPECT_EQ(m[0].text, "от");
    EXPECT_EQ(m[0].begin, 12);
    EXPECT_FALSE(word_re().search("  Приказ№12 от", m, 40)); // past the end: no match
}

TEST(TextUtilRegex, SurrogatePairsCountAsOneCodePoint) {
    const std::string text = "a\xF0\x9F\x98\x80 слово2 \xF0\x9F\x98\x80 конец";
    std::vector<Match> all = word_re().all(text);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1][0].text, "слово2");
    EXPECT_EQ(all[1][0].begin, 3);
    EXPECT_EQ(all[1][0].end, 9);
    EXPECT_EQ(all[2][0].text, "конец");
    EXPECT_EQ(all[2][0].begin, 12);
}

TEST(TextUtilRegex, IllFormedBytesReadAsReplacementCharacter) {
    static const Regex any("(.)\\s?(\\p{L}+)");
    Match m;
    ASSERT_TRUE(any.search("\xD0 да", m)); // a lead byte without its trail
    EXPECT_EQ(m[1].text, "\xEF\xBF\xBD");
    EXPECT_EQ(m[0].begin, 0);
    EXPECT_EQ(m[2].begin, 2);
    ASSERT_TRUE(any.search("x\xFFслово", m));
    EXPECT_EQ(m[0].text, "\xEF\xBF\xBDслово");
    EXPECT_EQ(m[0].begin, 1);
    EXPECT_EQ(m[2].begin, 2);
    EXPECT_EQ(trim(" \xFF "), "\xEF\xBF\xBD");
    EXPECT_EQ(fold("Ё\xFF"), "е\xEF\xBF\xBD");
    EXPECT_EQ(substr_cp("a\xFF"
                        "b",
                        1, 3),
              "\xEF\xBF\xBD"
              "b");
}

TEST(TextUtilRegex, InterleavedPatternsAndSubjects) {
    static const Regex digits("\\d+");
    static const Regex anchored("^\\p{L}+$");
    std::vector<std::string> subjects;
    for (int i = 0; i < 20; ++i) // more subjects than the per-thread cache holds
        subjects.push_back("пункт " + std::to_string(i) + " срок");
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 20; ++i) {
            Match m;
            ASSERT_TRUE(digits.search(subjects[i], m));
            EXPECT_EQ(m[0].text, std::to_string(i));
            EXPECT_EQ(m[0].begin, 6);
            EXPECT_FALSE(anchored.contains(subjects[i]));
            ASSERT_TRUE(anchored.full("срок", m));
            std::vector<Match> words = word_re().all(subjects[i]);
            ASSERT_EQ(words.size(), 2u);
            EXPECT_EQ(words[1][0].text, "срок");
        }
    }
    EXPECT_EQ(digits.replace_all("a1b22c", "#"), "a#b#c");
    Match m;
    EXPECT_TRUE(digits.starts("12 мая", m));
    EXPECT_FALSE(digits.starts("мая 12", m));
}

TEST(TextUtilRegex, ThreadsGetTheSameResults) {
    auto run = [](int seed) {
        std::string out;
        for (int i = 0; i < 300; ++i) {
            std::string text = "до " + std::to_string((seed + i) % 28 + 1) + " марта Ёлкин";
            for (const Match &m : word_re().all(text))
                out += m[0].text + ":" + std::to_string(m[0].begin) + ",";
            out += fold(text) + trim("  " + text + "\u00A0") + ";";
        }
        return out;
    };
    std::vector<std::string> expected;
    for (int t = 0; t < 4; ++t)
        expected.push_back(run(t));
    std::vector<std::string> got(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] { got[t] = run(t); });
    for (auto &th : threads)
        th.join();
    EXPECT_EQ(got, expected);
}

TEST(TextUtilCase, Utf8CaseAndTrim) {
    EXPECT_EQ(fold("ЁЛКА Straße"), "елка strasse");
    EXPECT_EQ(lower("ПРИКАЗ Ё"), "приказ ё");
    EXPECT_EQ(upper("приказ ё"), "ПРИКАЗ Ё");
    EXPECT_EQ(trim("\u00A0\u3000 текст \t\n"), "текст");
    EXPECT_EQ(trim(" \u2003 "), "");
    EXPECT_EQ(collapse_lines("а\n\n\tб  в \n"), "а б в");
}

TEST(TextUtilSlices, SubstrCpClampsLikeUnicodeString) {
    EXPECT_EQ(substr_cp("приказ", 1, 3), "ри");
    EXPECT_EQ(substr_cp("приказ", -2, 2), "пр");
    EXPECT_EQ(substr_cp("приказ", 4, 100), "аз");
    EXPECT_EQ(substr_cp("приказ", 5, 2), "");
    EXPECT_EQ(substr_cp("a\xF0\x9F\x98\x80б", 1, 2), "\xF0\x9F\x98\x80");
}

TEST(TextUtilPrefilters, DigitsAndFoldedLiterals) {
    EXPECT_TRUE(has_digit("от 1 марта"));
    EXPECT_TRUE(has_digit("\u0663")); // ARABIC-INDIC DIGIT THREE is a \d too
    EXPECT_FALSE(has_digit("первого марта"));
    EXPECT_TRUE(contains_folded("Контроль за исполнением", {"контрол"}));
    EXPECT_TRUE(contains_folded("КОНТРОЛЯ", {"письм", "контрол"}));
    EXPECT_FALSE(contains_folded("исполнение приказа", {"контрол"}));
}

TEST(TextUtilSlices, PartyWordsFromUtf8) {
    std::vector<party::Word> w = party::split_words("отделу «Образование», (Иванову И.И.):");
    ASSERT_EQ(w.size(), 4u);
    EXPECT_EQ(w[1].text, "«Образование»,");
    EXPECT_EQ(w[1].bare, "образование");
    EXPECT_EQ(w[1].begin, 7);
    EXPECT_TRUE(w[1].closes_group);
    EXPECT_TRUE(w[3].nested);
    EXPECT_TRUE(w[3].closes_group);
    std::vector<party::Word> bad = party::split_words("a\xFF б");
    ASSERT_EQ(bad.size(), 2u);
    EXPECT_EQ(bad[0].text, "a\xEF\xBF\xBD");
    EXPECT_EQ(bad[1].begin, 3);
}

} // namespace
} // namespace prikaz::extract
