#include "read/encoding.h"

#include "read/read_error.h"
#include "read/text_russian_score.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace prikaz::read {

namespace {

struct ConverterClose {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterClose>;

struct DetectorClose {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorClose>;

// The Russian single-byte code pages tried when the bytes are not UTF-8, and how much more
// common each is in the archives, as a log prior added to the linguistic score: it decides
// when a text has too few letters to tell (a line like "3.12-144-р").
constexpr std::array<const char *, 3> kRussianCodePages = {"windows-1251", "KOI8-R", "IBM866"};
constexpr std::array<double, 3> kCodePageLogPrior = {0.0, -1.5, -2.5};

// Scoring looks at the start of the file only; the winner is then decoded in full.
constexpr size_t kScoreSampleBytes = 16 * 1024;
// ICU's detector is unreliable on short texts; below this size the linguistic score decides.
constexpr size_t kDetectorMinBytes = 1024;
constexpr size_t kDetectorSampleBytes = 4096;
// Linguistic scores closer than this (in log-probability units; a wrong code page typically
// loses 0.7 per letter) count as a near tie that the detector may break.
constexpr double kNearTie = 3.0;
// Weight of the detector's confidence (0..100), in the same units.
constexpr double kDetectorWeight = 5.0 / 100;

ConverterPtr open_strict(const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return nullptr;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return U_SUCCESS(status) ? std::move(conv) : nullptr;
}

// Decodes all of `bytes`, or nothing: any illegal, unmapped or truncated sequence fails.
std::optional<icu::UnicodeString> decode_strict(std::string_view bytes, const char *charset) {
    ConverterPtr conv = open_strict(charset);
    if (!conv)
        return std::nullopt;
    icu::UnicodeString out;
    // No charset we accept yields more UTF-16 units than bytes, plus one for the terminator.
    int32_t capacity = static_cast<int32_t>(bytes.size()) + 1;
    UChar *buffer = out.getBuffer(capacity);
    if (!buffer)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = ucnv_toUChars(conv.get(), buffer, capacity, bytes.data(),
                                   static_cast<int32_t>(bytes.size()), &status);
    out.releaseBuffer(U_SUCCESS(status) ? length : 0);
    if (U_FAILURE(status))
        return std::nullopt;
    return out;
}

std::string to_utf8(const icu::UnicodeString &text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool is_valid_utf8(std::string_view bytes) {
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.data());
    int32_t length = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < length;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

bool has_non_ascii(std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

DecodedText decode_or_throw(std::string_view bytes, const char *charset, const std::string &name) {
    std::optional<icu::UnicodeString> text = decode_strict(bytes, charset);
    if (!text)
        throw ReadError(name, std::string("invalid ") + charset +
                                  " text: the bytes after the byte-order mark do not decode");
    return {to_utf8(*text), charset};
}

// A byte-order mark settles the encoding; bytes that then fail to decode are an error.
std::optional<DecodedText> decode_with_bom(std::string_view bytes, const std::string &name) {
    auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
    using namespace std::string_view_literals;
    if (starts("\xEF\xBB\xBF"sv))
        return decode_or_throw(bytes.substr(3), "UTF-8", name);
    if (starts("\xFF\xFE\x00\x00"sv))
        return decode_or_throw(bytes.substr(4), "UTF-32LE", name);
    if (starts("\x00\x00\xFE\xFF"sv))
        return decode_or_throw(bytes.substr(4), "UTF-32BE", name);
    if (starts("\xFF\xFE"sv))
        return decode_or_throw(bytes.substr(2), "UTF-16LE", name);
    if (starts("\xFE\xFF"sv))
        return decode_or_throw(bytes.substr(2), "UTF-16BE", name);
    return std::nullopt;
}

bool is_unicode_family(const std::string &canonical) {
    return canonical.rfind("UTF-", 0) == 0;
}

std::optional<DecodedText> decode_declared(std::string_view bytes, const std::string &declared,
                                           bool valid_utf8) {
    std::string canonical = canonical_charset(declared);
    if (canonical.empty())
        return std::nullopt;
    if (canonical == "UTF-8")
        return valid_utf8 ? std::optional<DecodedText>({std::string(bytes), canonical})
                          : std::nullopt;
    // Without a BOM a UTF-16/32 declaration is a leftover from a conversion (HTML5 rule);
    // and non-ASCII bytes that form valid UTF-8 are practically never another charset.
    if (is_unicode_family(canonical) || (valid_utf8 && has_non_ascii(bytes)))
        return std::nullopt;
    std::optional<icu::UnicodeString> text = decode_strict(bytes, declared.c_str());
    if (!text)
        return std::nullopt;
    return DecodedText{to_utf8(*text), canonical};
}

// Confidence (0..100) that ICU's detector gives each of kRussianCodePages (it knows
// windows-1251 and KOI8-R, not IBM866).
std::array<int32_t, kRussianCodePages.size()> detector_confidence(std::string_view sample) {
    std::array<int32_t, kRussianCodePages.size()> confidence{};
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return confidence;
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t m = 0; U_SUCCESS(status) && m < count; ++m) {
        const char *found = ucsdet_getName(matches[m], &status);
        for (size_t i = 0; found && i < kRussianCodePages.size(); ++i)
            if (ucnv_compareNames(found, kRussianCodePages[i]) == 0)
                confidence[i] = std::max(confidence[i], ucsdet_getConfidence(matches[m], &status));
    }
    return confidence;
}

struct Candidate {
    size_t page; // index into kRussianCodePages
    double rank;
};

bool better(const Candidate &a, const Candidate &b) {
    return a.rank > b.rank;
}

// Breaks a near tie between the two best candidates with ICU's detector. Only then: the
// detector costs about 90 us per KB and is weaker than the letter statistics, and on short
// texts it is no better than a guess.
void consult_detector(std::vector<Candidate> &ranked, std::string_view bytes) {
    if (ranked.size() < 2 || ranked[0].rank - ranked[1].rank > kNearTie ||
        bytes.size() < kDetectorMinBytes)
        return;
    std::array<int32_t, kRussianCodePages.size()> confidence =
        detector_confidence(bytes.substr(0, kDetectorSampleBytes));
    for (Candidate &c : ranked)
        c.rank += kDetectorWeight * confidence[c.page];
    std::stable_sort(ranked.begin(), ranked.end(), better);
}

// Plausible code pages, best first.
std::vector<Candidate> rank_russian_code_pages(std::string_view bytes) {
    std::string_view sample = bytes.substr(0, kScoreSampleBytes);
    std::vector<Candidate> ranked;
    for (size_t i = 0; i < kRussianCodePages.size(); ++i) {
        std::optional<icu::UnicodeString> text = decode_strict(sample, kRussianCodePages[i]);
        if (!text)
            continue;
        RussianScore score = score_russian(*text);
        if (score.plausible)
            ranked.push_back({i, score.value + kCodePageLogPrior[i]});
    }
    std::stable_sort(ranked.begin(), ranked.end(), better);
    consult_detector(ranked, bytes);
    return ranked;
}

DecodedText decode_russian_code_page(std::string_view bytes, const std::string &name) {
    for (const Candidate &candidate : rank_russian_code_pages(bytes)) {
        const char *charset = kRussianCodePages[candidate.page];
        // A byte the sample did not contain may still be unmapped (0x98 in windows-1251).
        if (std::optional<icu::UnicodeString> text = decode_strict(bytes, charset))
            return {to_utf8(*text), charset};
    }
    throw ReadError(name, "cannot determine the text encoding: the bytes are neither valid "
                          "UTF-8 nor Russian text in windows-1251, KOI8-R or IBM866");
}

} // namespace

std::string canonical_charset(const std::string &charset) {
    if (charset.empty()) // ucnv_open("") would open the platform default
        return "";
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(charset.c_str(), &status));
    if (U_FAILURE(status))
        return "";
    const char *internal = ucnv_getName(conv.get(), &status);
    if (U_FAILURE(status))
        return "";
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &s);
        if (U_SUCCESS(s) && name)
            return name;
    }
    return internal;
}

DecodedText decode_text(std::string_view bytes, const std::string &name,
                        const std::string &declared) {
    if (std::optional<DecodedText> bom = decode_with_bom(bytes, name))
        return *bom;
    bool valid_utf8 = is_valid_utf8(bytes);
    if (!declared.empty())
        if (std::optional<DecodedText> text = decode_declared(bytes, declared, valid_utf8))
            return *text;
    if (valid_utf8)
        return {std::string(bytes), "UTF-8"};
    return decode_russian_code_page(bytes, name);
}

} // namespace prikaz::read
