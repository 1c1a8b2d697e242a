#include "read/encoding.h"
#include "read/read_error.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <chrono>
#include <random>
#include <stdexcept>

using prikaz::read::canonical_charset;
using prikaz::read::decode_text;
using prikaz::read::DecodedText;
using prikaz::read::ReadError;

using prikaz::test::encode;

namespace {

// Characters every candidate code page has (KOI8-R lacks «», № and dashes).
const std::string kParagraph =
    "Об утверждении плана мероприятий по работе с общеобразовательными организациями, "
    "показывающими низкие образовательные результаты. В целях создания условий для получения "
    "качественного образования ПРИКАЗЫВАЮ: утвердить прилагаемый план мероприятий на 2024 год.";
const std::string kShortLine =
    "О назначении ответственных за организацию работы со школами"; // 58 bytes

const char *const kCodePages[] = {"windows-1251", "KOI8-R", "IBM866"};

} // namespace

TEST(Encoding, Utf8WithoutBom) {
    DecodedText d = decode_text(kParagraph, "a.txt");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.utf8, kParagraph);
}

TEST(Encoding, Utf8BomIsRemoved) {
    DecodedText d = decode_text("\xEF\xBB\xBF" + kShortLine, "a.txt");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.utf8, kShortLine);
}

TEST(Encoding, Utf16WithBom) {
    DecodedText le = decode_text("\xFF\xFE" + encode(kParagraph, "UTF-16LE"), "le.txt");
    EXPECT_EQ(le.encoding, "UTF-16LE");
    EXPECT_EQ(le.utf8, kParagraph);
    DecodedText be = decode_text("\xFE\xFF" + encode(kParagraph, "UTF-16BE"), "be.txt");
    EXPECT_EQ(be.encoding, "UTF-16BE");
    EXPECT_EQ(be.utf8, kParagraph);
}

TEST(Encoding, Utf32WithBom) {
    std::string bom("\xFF\xFE\x00\x00", 4);
    DecodedText d = decode_text(bom + encode(kShortLine, "UTF-32LE"), "a.txt");
    EXPECT_EQ(d.encoding, "UTF-32LE");
    EXPECT_EQ(d.utf8, kShortLine);
}

TEST(Encoding, RussianCodePagesGiveTheSameText) {
    for (const char *charset : kCodePages) {
        DecodedText d = decode_text(encode(kParagraph, charset), "a.txt");
        EXPECT_EQ(d.encoding, charset);
        EXPECT_EQ(d.utf8, kParagraph) << charset;
    }
}

TEST(Encoding, ShortLineInEachCodePage) {
    for (const char *charset : kCodePages) {
        DecodedText d = decode_text(encode(kShortLine, charset), "a.txt");
        EXPECT_EQ(d.encoding, charset);
        EXPECT_EQ(d.utf8, kShortLine) << charset;
    }
}

TEST(Encoding, SingleUpperCaseWordInEachCodePage) {
    // No case pattern to go by: letter frequencies and letter sequences decide.
    for (const std::string word : {"ПРИКАЗ", "РЕШЕНИЕ", "РАСПОРЯЖЕНИЕ"})
        for (const char *charset : kCodePages)
            EXPECT_EQ(decode_text(encode(word, charset), "a.txt").utf8, word) << charset;
}

TEST(Encoding, LongTextInEachCodePage) {
    std::string text;
    while (text.size() < 40 * 1024)
        text += kParagraph + "\n";
    for (const char *charset : kCodePages) {
        DecodedText d = decode_text(encode(text, charset), "a.txt");
        EXPECT_EQ(d.encoding, charset);
        EXPECT_EQ(d.utf8, text) << charset;
    }
}

TEST(Encoding, DeclaredCharsetIsHonouredWhenItDecodes) {
    std::string bytes = encode(kParagraph, "windows-1251");
    EXPECT_EQ(decode_text(bytes, "a.html", "cp1251").encoding, "windows-1251");
    // The declaration wins over detection when it decodes cleanly, even if it is unlikely.
    EXPECT_EQ(decode_text(bytes, "a.html", "koi8-r").encoding, "KOI8-R");
}

TEST(Encoding, DeclaredCharsetIgnoredWhenWrong) {
    // A UTF-8 declaration on windows-1251 bytes does not decode: detection takes over.
    DecodedText d = decode_text(encode(kParagraph, "windows-1251"), "a.html", "utf-8");
    EXPECT_EQ(d.encoding, "windows-1251");
    EXPECT_EQ(d.utf8, kParagraph);
    // A stale single-byte declaration on a file re-saved as UTF-8.
    EXPECT_EQ(decode_text(kParagraph, "a.html", "windows-1251").encoding, "UTF-8");
    // Unknown names are ignored.
    EXPECT_EQ(decode_text(kParagraph, "a.html", "no-such-charset").encoding, "UTF-8");
}

TEST(Encoding, CanonicalNames) {
    EXPECT_EQ(canonical_charset("cp1251"), "windows-1251");
    EXPECT_EQ(canonical_charset("Windows-1251"), "windows-1251");
    EXPECT_EQ(canonical_charset("koi8-r"), "KOI8-R");
    EXPECT_EQ(canonical_charset("cp866"), "IBM866");
    EXPECT_EQ(canonical_charset("utf8"), "UTF-8");
    EXPECT_EQ(canonical_charset("bogus-charset"), "");
    EXPECT_EQ(canonical_charset(""), "");
}

TEST(Encoding, GarbageBytesAreRefused) {
    std::mt19937 random(42);
    std::string bytes;
    for (int i = 0; i < 400; ++i)
        bytes += static_cast<char>(0x80 + random() % 128);
    EXPECT_THROW(decode_text(bytes, "garbage.txt"), ReadError);
    try {
        decode_text(bytes, "garbage.txt");
    } catch (const ReadError &e) {
        EXPECT_EQ(e.file(), "garbage.txt");
        EXPECT_NE(e.problem().find("cannot determine the text encoding"), std::string::npos);
    }
}

TEST(Encoding, InvalidBytesAfterBomAreRefused) {
    EXPECT_THROW(decode_text("\xEF\xBB\xBF\xD0\xBF\xC3\x28", "bad.txt"), ReadError);
    // UTF-16 with an unpaired high surrogate (D800) at the end.
    EXPECT_THROW(decode_text(std::string("\xFF\xFE\x41\x00\x00\xD8", 6), "bad.txt"), ReadError);
}

TEST(Encoding, HundredKilobytesDecodeQuickly) {
    std::string text;
    while (text.size() < 100 * 1024)
        text += kParagraph + "\n";
    std::string bytes = encode(text, "windows-1251");
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(decode_text(bytes, "big.txt").encoding, "windows-1251");
    auto per_call = (std::chrono::steady_clock::now() - start) / 10;
    // About 1 ms on a laptop; the bound leaves room for sanitizers and busy machines.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(per_call).count(), 20);
}
