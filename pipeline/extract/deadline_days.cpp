// Single days: "15.03.2023", "1 сентября 2023 г." (date tokens), "1 марта", "«15» июня",
// "5-го сентября". Ranges of days are joined in deadline_span.cpp; a year after the day or
// month ("1 марта 2023", "март 2021 г.") is read by trailing_year().
#include "extract/deadline_rules.h"
#include "extract/russian_date.h"

namespace prikaz::extract::deadline {

namespace {

// "5-го", "1-е": the suffix typed after a day number.
size_t skip_day_suffix(const Tokens &t, size_t i) {
    if (t.dash(i) && t.word(i + 1, {"го", "е", "ое", "ого"}))
        return i + 2;
    return i;
}

} // namespace

bool month_word(const Tokens &t, size_t i, int &month) {
    if (!t.is(i, Tok::Word))
        return false;
    month = russian_month_number(t[i].word);
    return month != 0;
}

bool trailing_year(const Tokens &t, size_t i, int &year, size_t &next) {
    if (!t.year(i))
        return false;
    // "2021-2022", "2023/2024": a range of years is not the year of a day or a month.
    if ((t.dash(i + 1) || t.punct(i + 1, "/")) && t.is(i + 2, Tok::Number))
        return false;
    year = t[i].value;
    next = skip_year_words(t, i + 1);
    return true;
}

bool day_piece(const Tokens &t, size_t i, Piece &out) {
    if (t.is(i, Tok::Date)) {
        const Token &d = t[i];
        out.span = CalSpan{d.year, d.month, d.day, d.month, d.day, 0};
        out.end = i + 1;
        out.grain = Piece::Day;
        return true;
    }
    if (!t.number(i, 1, 31))
        return false;
    size_t j = skip_day_suffix(t, i + 1);
    int month = 0;
    if (!month_word(t, j, month))
        return false;
    int day = t[i].value;
    if (day > days_in_month(2000, month)) // 2000: a leap year, so 29 February passes
        return false;
    out.span = CalSpan{0, month, day, month, day, 0};
    out.end = j + 1;
    out.grain = Piece::Day;
    int year = 0;
    size_t next = 0;
    if (trailing_year(t, out.end, year, next)) {
        if (day > days_in_month(year, month))
            return false;
        out.span.year = year;
        out.end = next;
    }
    return true;
}

} // namespace prikaz::extract::deadline
