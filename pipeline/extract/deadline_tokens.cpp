#include "extract/deadline_tokens.h"

#include "extract/russian_date.h"
#include "extract/text_util.h"

#include <cstring>

namespace prikaz::extract::deadline {

namespace {

// Every kind of dash people type between the parts of a range.
bool is_dash_text(const std::string &s) {
    return s == "-" || s == "–" || s == "—" || s == "‑" || s == "−" || s == "‒";
}

// `kind_group`: which alternative of the piece pattern matched (1 digits, 2 letters, 3 other).
// A token is a word exactly when the \p{L}+ alternative matched: the alternatives are tried in
// order, so a digit run or a single other character never starts with a letter.
Token plain_token(const Group &g, size_t kind_group) {
    Token tok;
    tok.text = g.text;
    tok.begin = g.begin;
    tok.end = g.end;
    unsigned char first = static_cast<unsigned char>(g.text[0]);
    if (first >= '0' && first <= '9') {
        tok.kind = Tok::Number;
        tok.digits = static_cast<int>(g.text.size());
        tok.value = tok.digits <= 9 ? std::stoi(g.text) : 0;
    } else if (kind_group == 2) {
        tok.kind = Tok::Word;
        tok.word = fold(g.text);
    } else {
        tok.kind = Tok::Punct;
        tok.word = is_dash_text(g.text) ? "-" : g.text;
    }
    return tok;
}

Token date_token(const std::string &phrase, const ParsedDate &d) {
    Token tok;
    tok.kind = Tok::Date;
    tok.begin = d.begin;
    tok.end = d.end;
    tok.text = slice(phrase, d.begin, d.end);
    tok.year = std::stoi(d.iso.substr(0, 4));
    tok.month = std::stoi(d.iso.substr(5, 2));
    tok.day = std::stoi(d.iso.substr(8, 2));
    return tok;
}

} // namespace

std::vector<Token> tokenize(const std::string &phrase) {
    static const Regex piece("(\\d+)|(\\p{L}+)|([^\\s\\p{L}\\d])");
    std::vector<ParsedDate> dates = find_russian_dates(phrase);
    std::vector<Token> out;
    size_t next_date = 0;
    for (const Match &m : piece.all(phrase)) {
        const Group &g = m[0];
        while (next_date < dates.size() && dates[next_date].end <= g.begin)
            out.push_back(date_token(phrase, dates[next_date++]));
        if (next_date < dates.size() && g.begin >= dates[next_date].begin)
            continue; // inside a date token
        out.push_back(plain_token(g, m.has(1) ? 1 : m.has(2) ? 2 : 3));
    }
    while (next_date < dates.size())
        out.push_back(date_token(phrase, dates[next_date++]));
    return out;
}

bool Tokens::word(size_t i, std::initializer_list<const char *> words) const {
    if (!is(i, Tok::Word))
        return false;
    for (const char *w : words)
        if (t_[i].word == w)
            return true;
    return false;
}

bool Tokens::stem(size_t i, std::initializer_list<const char *> stems) const {
    if (!is(i, Tok::Word))
        return false;
    for (const char *s : stems)
        if (t_[i].word.compare(0, std::strlen(s), s) == 0)
            return true;
    return false;
}

bool Tokens::punct(size_t i, const char *chars) const {
    if (!is(i, Tok::Punct) || t_[i].word.size() != 1)
        return false;
    return std::strchr(chars, t_[i].word[0]) != nullptr;
}

bool Tokens::number(size_t i, int lo, int hi) const {
    return is(i, Tok::Number) && t_[i].digits <= 9 && t_[i].value >= lo && t_[i].value <= hi;
}

size_t skip_year_words(const Tokens &t, size_t i) {
    if (t.word(i, {"г", "гг"})) {
        ++i;
        if (t.punct(i, "."))
            ++i;
        return i;
    }
    if (t.word(i, {"год", "года", "году", "годы", "годов", "годах", "годом", "годам"}))
        return i + 1;
    return i;
}

std::string slice(const std::string &text, int begin, int end) {
    return substr_cp(text, begin, end);
}

} // namespace prikaz::extract::deadline
