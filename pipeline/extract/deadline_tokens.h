// The words of a deadline phrase: numbers, words (case-folded), punctuation and whole dates
// (found by russian_date.h, so that "15.01.2022 года" or "1 марта 2023 г." is one token), each
// with its code-point range in the phrase. The deadline grammar (deadline_rules.h) reads these
// tokens instead of raw text, so that spacing, dash variants and letter case do not matter.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

namespace prikaz::extract::deadline {

enum class Tok { Number, Word, Punct, Date };

struct Token {
    Tok kind = Tok::Word;
    std::string text; // as written
    std::string word; // Word: folded (lower case, ё → е); Punct: the character, dashes as "-"
    int begin = -1;   // code points in the phrase, [begin, end)
    int end = -1;
    int value = 0;                    // Number: its value (0 when longer than 9 digits)
    int digits = 0;                   // Number: how many digits were written ("02" → 2)
    int year = 0, month = 0, day = 0; // Date
};

std::vector<Token> tokenize(const std::string &phrase);

// Read-only helpers over a token list; every index may be out of range (then false).
class Tokens {
public:
    explicit Tokens(const std::vector<Token> &t) : t_(t) {}
    size_t size() const { return t_.size(); }
    const Token &operator[](size_t i) const { return t_[i]; }
    bool is(size_t i, Tok kind) const { return i < t_.size() && t_[i].kind == kind; }
    // A word equal to one of `words` (folded forms).
    bool word(size_t i, std::initializer_list<const char *> words) const;
    // A word starting with one of `stems`.
    bool stem(size_t i, std::initializer_list<const char *> stems) const;
    bool punct(size_t i, const char *chars) const; // one of the (ASCII) characters
    bool dash(size_t i) const { return punct(i, "-"); }
    bool number(size_t i, int lo, int hi) const;
    // A year written with four digits, 1900..2099.
    bool year(size_t i) const { return number(i, 1900, 2099) && t_[i].digits == 4; }
    std::string folded(size_t i) const { return i < t_.size() ? t_[i].word : std::string(); }

private:
    const std::vector<Token> &t_;
};

// Skips the year words after a year: "г", "г.", "гг.", "год", "года", "году", "годы", … .
size_t skip_year_words(const Tokens &t, size_t i);

// The text of [begin, end) code points of `text`.
std::string slice(const std::string &text, int begin, int end);

} // namespace prikaz::extract::deadline
