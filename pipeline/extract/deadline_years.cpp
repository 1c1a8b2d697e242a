// Years, quarters, half-years and school years:
//   "2021", "2021 г.", "2023 года", "2021-2022 гг.", "2021 – 2025 годы" (calendar years);
//   "2023/2024 учебный год", "2021/2022 учебного года", "2023-2024 уч. г.", "2023/24"
//   (1 September – 31 August);
//   "I квартал 2024 г.", "1 квартал", "1-й квартал", "первого квартала", "I-II квартал",
//   "I, III квартал 2021 г." (a list: each number is a term, the year is shared later);
//   "II полугодие 2023 года", "первое полугодие";
//   "учебного года", "текущего года" without digits (the year is inferred).
// A four-digit year with no year word is a year only in a deadline cell or line: inside a
// sentence "2016" may be anything ("Учитель года – 2016").
#include "extract/deadline_numbers.h"
#include "extract/deadline_rules.h"

namespace prikaz::extract::deadline {

namespace {

// "учебный год", "учебного года", "уч. год", "уч.г." after a year; returns the index after it.
bool school_words(const Tokens &t, size_t i, size_t &next) {
    if (t.stem(i, {"учебн"})) {
        next = skip_year_words(t, i + 1);
        return true;
    }
    if (t.word(i, {"уч"}) && t.punct(i + 1, ".")) {
        next = skip_year_words(t, i + 2);
        return true;
    }
    return false;
}

// The second year of "2021-2022" / "2023/24"; 0 when there is none.
int second_year(const Tokens &t, size_t i, int first) {
    if (!t.is(i, Tok::Number) || (t[i].digits != 2 && t[i].digits != 4))
        return 0;
    int second = t[i].digits == 2 ? first / 100 * 100 + t[i].value : t[i].value;
    return second > first && second <= first + 20 ? second : 0;
}

Piece year_span(int first, int last, bool school, size_t end) {
    Piece p;
    p.end = end;
    if (school) {
        p.span = CalSpan{first, 9, 1, 8, 31, 1};
        p.grain = Piece::SchoolYear;
    } else {
        p.span = CalSpan{first, 1, 1, 12, 31, last - first};
        p.grain = Piece::Year;
    }
    return p;
}

// The number of a quarter or half: "I".."IV", "1".."4" (with "-й", "-го", …), "первый", ….
bool period_number(const Tokens &t, size_t i, int &value, size_t &next) {
    static const char *const romans[] = {"i", "ii", "iii", "iv"};
    if (t.is(i, Tok::Word)) {
        for (int r = 0; r < 4; ++r)
            if (t[i].word == romans[r]) {
                value = r + 1;
                next = i + 1;
                return true;
            }
        value = ordinal_value(t[i].word);
        next = i + 1;
        return value >= 1 && value <= 4;
    }
    if (!t.number(i, 1, 4) || t[i].digits != 1)
        return false;
    value = t[i].value;
    next = i + 1;
    if (t.dash(next) && t.is(next + 1, Tok::Word) && t[next + 1].word.size() <= 4)
        next += 2; // "1-й", "2-го", "3-м"
    else if (t.word(next, {"й", "го", "м", "ом"}))
        next += 1;
    return true;
}

// 3 for "квартал…", 6 for "полугоди…", 0 otherwise: the length of the period in months.
int period_months(const Tokens &t, size_t i) {
    if (t.stem(i, {"квартал"}))
        return 3;
    if (t.stem(i, {"полугоди"}))
        return 6;
    return 0;
}

// Skips "I, III" / "1 и 2" up to the period word; returns its index, or 0 when the list does
// not end in one.
size_t list_to_period_word(const Tokens &t, size_t i) {
    int value = 0;
    size_t next = i;
    while (t.punct(next, ",") || t.word(next, {"и"})) {
        if (!period_number(t, next + 1, value, next))
            return 0;
    }
    return period_months(t, next) != 0 ? next : 0;
}

// «I полугодие 2016-2017 учебного года»: the halves of a school year are its terms, 1 September
// – 31 December and 1 January – 31 May (the summer after the last lessons belongs to neither).
bool school_half(const Tokens &t, size_t i, int from, int to, Piece &out) {
    size_t j = t.word(i, {"на", "в"}) ? i + 1 : i;
    Piece school;
    if (!year_piece(t, j, Where::Phrase, school) || school.grain != Piece::SchoolYear)
        return false;
    int year = school.span.year;
    CalSpan first_half{year, 9, 1, 12, 31, 0};
    CalSpan second_half{year + 1, 1, 1, 5, 31, 0};
    if (from == 1 && to == 2)
        out.span = CalSpan{year, 9, 1, 5, 31, 1};
    else
        out.span = from == 1 ? first_half : second_half;
    out.end = school.end;
    return true;
}

} // namespace

bool year_piece(const Tokens &t, size_t i, Where where, Piece &out) {
    if (!t.year(i))
        return false;
    int first = t[i].value;
    int last = first;
    size_t j = i + 1;
    bool slash = false;
    if ((t.dash(j) || t.punct(j, "/")) && second_year(t, j + 1, first) != 0) {
        slash = t.punct(j, "/");
        last = second_year(t, j + 1, first);
        j += 2;
    }
    size_t after_words = skip_year_words(t, j);
    size_t after_school = 0;
    bool school = school_words(t, after_words, after_school);
    if (school && last == first + 1) {
        out = year_span(first, first, true, after_school);
        return true;
    }
    if (slash && last == first + 1) {
        out = year_span(first, first, true, after_words);
        return true;
    }
    bool has_words = after_words > j;
    if (!has_words && where == Where::Sentence)
        return false;
    // A bare number followed by a dot and digits is a point number or a decimal, not a year.
    if (!has_words && t.punct(j, ".") && t.is(j + 1, Tok::Number))
        return false;
    out = year_span(first, last, false, after_words);
    return true;
}

bool quarter_piece(const Tokens &t, size_t i, Piece &out) {
    int from = 0;
    size_t next = 0;
    if (!period_number(t, i, from, next))
        return false;
    int to = from;
    size_t word = next;
    int to_value = 0;
    size_t after_to = 0;
    if (t.dash(next) && period_number(t, next + 1, to_value, after_to) && to_value > from) {
        to = to_value; // "I-II квартал"
        word = after_to;
    }
    int months = period_months(t, word);
    size_t end = word + 1;
    if (months == 0) {
        // "I, III квартал": the first number of a list; the period word comes later.
        size_t listed = list_to_period_word(t, next);
        if (listed == 0)
            return false;
        months = period_months(t, listed);
        end = next;
    }
    int count = 12 / months;
    if (to > count)
        return false;
    out.span = CalSpan{0, (from - 1) * months + 1, 1, to * months, 0, 0};
    out.grain = months == 3 ? Piece::Quarter : Piece::Half;
    out.end = end;
    if (end == word + 1 && months == 6 && school_half(t, end, from, to, out))
        return true;
    int year = 0;
    size_t after_year = 0;
    if (end == word + 1 && trailing_year(t, end, year, after_year)) {
        out.span.year = year;
        out.end = after_year;
    }
    return true;
}

bool bare_school_year(const Tokens &t, size_t i, Piece &out) {
    size_t j = t.word(i, {"текущего", "текущий", "текущем"}) ? i + 1 : i;
    size_t next = 0;
    if (!school_words(t, j, next) || next == j + 1)
        return false; // "учебн…" must be followed by a year word
    out = year_span(0, 0, true, next);
    out.span.year = 0;
    return true;
}

bool bare_calendar_year(const Tokens &t, size_t i, Piece &out) {
    size_t j = t.word(i, {"текущего", "текущий", "текущем", "всего"}) ? i + 1 : i;
    if (!t.word(j, {"года", "год", "году"}))
        return false;
    out = year_span(0, 0, false, j + 1);
    return true;
}

} // namespace prikaz::extract::deadline
