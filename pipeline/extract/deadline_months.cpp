// Months: "Декабрь 2023 года", "январь 2021 г.", "в сентябре", "сент." — month names in any case
// through russian_month_number() (ICU month names). Ranges ("март-апрель 2021", "с марта по
// май") are joined in deadline_span.cpp.
#include "extract/deadline_rules.h"

namespace prikaz::extract::deadline {

bool month_piece(const Tokens &t, size_t i, Piece &out) {
    int month = 0;
    if (!month_word(t, i, month))
        return false;
    out.span = CalSpan{0, month, 1, month, 0, 0};
    out.end = i + 1;
    if (t.punct(out.end, ".") && t[i].end - t[i].begin <= 5) // "сент.", "дек."
        ++out.end;
    out.grain = Piece::Month;
    int year = 0;
    size_t next = 0;
    if (trailing_year(t, out.end, year, next)) {
        out.span.year = year;
        out.end = next;
    }
    return true;
}

} // namespace prikaz::extract::deadline
