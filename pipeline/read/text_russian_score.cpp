#include "read/text_russian_score.h"

#include <array>
#include <cmath>
#include <string_view>

namespace prikaz::read {

namespace {

// Russian letter frequencies per 10 000 letters (а..я, then ё), from the national corpus.
constexpr std::array<double, 33> kLetterFrequency = {
    801, 159, 454, 170, 298, 845, 94,  165, 735, 121, 349, 440, 321, 670, 1097, 281, 473,
    547, 626, 262, 26,  97,  48,  144, 73,  36,  4,   190, 174, 32,  64,  201,  4};

// A Cyrillic letter outside the Russian alphabet (Ђ, Љ, Ў, Є, ...) or a rare symbol (®, ¤, ¦)
// is what a wrong code page typically yields; it weighs like a letter far rarer than any
// Russian one. Typographic punctuation that Russian documents do use («», –, №) weighs like a
// rare letter. Without these costs a wrong decoding that turns letters into symbols would
// win by having fewer letters to pay for.
constexpr double kForeignLetterLogP = -9.0;
constexpr double kRareSymbolLogP = -9.0;
constexpr double kPunctuationLogP = -5.0;

// Below these counts a text has too few letters to reject on its score.
constexpr int kMinLettersToJudge = 12;
// A decoding is implausible when more non-ASCII characters than this are box drawing or
// control characters, or when its letters are on average rarer than this log-probability
// (correct Russian scores about -3.0; a permuted alphabet about -4.3 and below).
constexpr double kMaxOddShare = 0.05;
constexpr double kMinMeanLogP = -3.75;
// Costs, in the same log-probability units, of evidence against a decoding.
constexpr double kCaseFlipCost = 3.0;
constexpr double kOddCost = 10.0;
constexpr double kOddSequenceCost = 3.0;

// Letter classes for the phonotactic check, by index into kLetterFrequency.
enum class LetterClass { Vowel, Consonant, Sign, ShortI }; // Sign: ъ ы ь

LetterClass letter_class(int index) {
    static constexpr std::u16string_view kVowels = u"аеиоуэюяё";
    UChar lower = index == 32 ? u'ё' : static_cast<UChar>(u'а' + index);
    if (lower == u'й')
        return LetterClass::ShortI;
    if (lower == u'ъ' || lower == u'ы' || lower == u'ь')
        return LetterClass::Sign;
    return kVowels.find(lower) != std::u16string_view::npos ? LetterClass::Vowel
                                                            : LetterClass::Consonant;
}

struct LetterTable {
    std::array<double, 33> log_p{};
    std::array<LetterClass, 33> cls{};
    LetterTable() {
        double total = 0;
        for (double f : kLetterFrequency)
            total += f;
        for (size_t i = 0; i < log_p.size(); ++i) {
            log_p[i] = std::log(kLetterFrequency[i] / total);
            cls[i] = letter_class(static_cast<int>(i));
        }
    }
};

const LetterTable &letter_table() {
    static const LetterTable table;
    return table;
}

// Index into kLetterFrequency for a Russian letter of either case, or -1.
int russian_letter_index(UChar32 c) {
    if (c >= 0x0430 && c <= 0x044F)
        return c - 0x0430;
    if (c >= 0x0410 && c <= 0x042F)
        return c - 0x0410;
    if (c == 0x0451 || c == 0x0401)
        return 32;
    return -1;
}

bool is_cyrillic_upper(UChar32 c) {
    return (c >= 0x0400 && c <= 0x042F);
}
bool is_cyrillic_lower(UChar32 c) {
    return (c >= 0x0430 && c <= 0x045F);
}
bool is_other_cyrillic_letter(UChar32 c) {
    return (c >= 0x0400 && c <= 0x045F && russian_letter_index(c) < 0) ||
           (c >= 0x0460 && c <= 0x04FF);
}

// Characters that never occur in a real document but fill the wrong code page's tables.
bool is_odd(UChar32 c) {
    bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
                   (c >= 0x7F && c <= 0x9F);
    bool box_or_block = c >= 0x2500 && c <= 0x259F;
    bool private_use = c >= 0xE000 && c <= 0xF8FF;
    return control || box_or_block || private_use || c == 0xFFFD || c == 0x2320 || c == 0x2321;
}

bool is_russian_punctuation(UChar32 c) {
    switch (c) {
    case 0x00A0: // no-break space
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x00B0: // °
    case 0x00A7: // §
    case 0x2013: // –
    case 0x2014: // —
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2022: // •
    case 0x2026: // …
    case 0x2116: // №
        return true;
    default:
        return false;
    }
}

struct Counts {
    double log_p_sum = 0;    // letters only
    double symbol_log_p = 0; // non-ASCII characters that are not letters
    int letters = 0;
    int case_flips = 0;    // upper-case letter right after a lower-case one ("оПХЙ")
    int odd_sequences = 0; // letter sequences Russian words almost never have
    int odd = 0;
    int non_ascii = 0;
};

// Walks the text once, keeping the state of the current word.
class Counter {
public:
    void add(UChar32 c) {
        if (c < 0x80) {
            end_word();
            return;
        }
        ++n_.non_ascii;
        int index = russian_letter_index(c);
        if (index >= 0 || is_other_cyrillic_letter(c)) {
            add_letter(c, index);
            return;
        }
        end_word();
        n_.symbol_log_p += is_russian_punctuation(c) ? kPunctuationLogP : kRareSymbolLogP;
        if (is_odd(c))
            ++n_.odd;
    }
    const Counts &counts() const { return n_; }

private:
    const LetterTable &table_ = letter_table();
    Counts n_;
    bool prev_lower_ = false;
    bool in_word_ = false;
    LetterClass prev_class_ = LetterClass::Consonant;
    int vowel_run_ = 0;
    int consonant_run_ = 0;

    void end_word() {
        prev_lower_ = false;
        in_word_ = false;
        vowel_run_ = 0;
        consonant_run_ = 0;
    }

    void add_letter(UChar32 c, int index) {
        ++n_.letters;
        n_.log_p_sum += index >= 0 ? table_.log_p[index] : kForeignLetterLogP;
        if (prev_lower_ && is_cyrillic_upper(c))
            ++n_.case_flips;
        prev_lower_ = is_cyrillic_lower(c);
        if (index >= 0)
            check_sequence(table_.cls[index]);
        in_word_ = true;
    }

    // ъ ы ь never start a word nor follow a vowel, a sign or й; й follows a vowel; three
    // vowels or five consonants in a row are rare ("государств" has four). A wrong code page
    // permutes letters and breaks these rules.
    void check_sequence(LetterClass cls) {
        bool after_vowel_like = prev_class_ != LetterClass::Consonant;
        if (cls == LetterClass::Sign && (!in_word_ || after_vowel_like))
            ++n_.odd_sequences;
        if (cls == LetterClass::ShortI && in_word_ && prev_class_ == LetterClass::Consonant)
            ++n_.odd_sequences;
        vowel_run_ = cls == LetterClass::Vowel ? vowel_run_ + 1 : 0;
        consonant_run_ = cls == LetterClass::Consonant ? consonant_run_ + 1 : 0;
        if (vowel_run_ == 3 || consonant_run_ == 5)
            ++n_.odd_sequences;
        prev_class_ = cls;
    }
};

Counts count(const icu::UnicodeString &text) {
    Counter counter;
    const UChar *units = text.getBuffer();
    int32_t length = text.length();
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(units, i, length, c);
        counter.add(c);
    }
    return counter.counts();
}

} // namespace

RussianScore score_russian(const icu::UnicodeString &text) {
    Counts n = count(text);
    RussianScore score;
    score.letters = n.letters;
    score.value = n.log_p_sum + n.symbol_log_p - kCaseFlipCost * n.case_flips -
                  kOddSequenceCost * n.odd_sequences - kOddCost * n.odd;
    if (n.non_ascii == 0) {
        score.plausible = true;
        return score;
    }
    double odd_share = double(n.odd) / n.non_ascii;
    double mean_log_p = n.letters ? n.log_p_sum / n.letters : kForeignLetterLogP;
    bool too_few = n.letters < kMinLettersToJudge && n.non_ascii < 2 * kMinLettersToJudge;
    score.plausible = too_few || (odd_share <= kMaxOddShare && mean_log_p >= kMinMeanLogP);
    return score;
}

} // namespace prikaz::read
