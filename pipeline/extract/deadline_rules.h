// The deadline grammar, one family per file, over the tokens of deadline_tokens.h. Each rule
// looks at token `i` and, when a term starts there, fills a Term and returns true.
//   deadline_days.cpp       single days and day ranges: "15.03.2023", "до 1 марта",
//                           "с 02 по 13 сентября", "02 – 13 сентября 2021 года"
//   deadline_months.cpp     months and month ranges: "Декабрь 2023 года", "март-апрель 2021",
//                           "с марта по май", "в сентябре"
//   deadline_years.cpp      years, year ranges, quarters, half-years, school years:
//                           "2021", "2021-2022 гг.", "I квартал 2024 г.", "II полугодие",
//                           "в 2023/2024 учебном году", "в течение учебного года"
//   deadline_span.cpp       what comes before and between them: "до", "в срок до", "не позднее",
//                           "к", "в течение", "с … по", "до конца", "к началу" → by/on/period
//   deadline_recurring.cpp  "ежеквартально", "ежемесячно до 5 числа", "раз в полугодие",
//                           "к пятому числу следующего месяца"
//   deadline_relative.cpp   "в течение 10 рабочих дней со дня подписания", "в месячный срок"
//   deadline_open.cpp       continuous / as_needed / conditional phrases (whole-phrase kinds)
#pragma once

#include "extract/deadline.h"
#include "extract/deadline_calendar.h"
#include "extract/deadline_tokens.h"
#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract::deadline {

// How a dated span becomes a deadline.
enum class Reading {
    On,      // one day: date = the day
    By,      // "до …": date = the last day of the span
    ByStart, // "к началу …": date = the first day of the span
    Period,  // from = first day, to = last day (a single day reads as On)
};

// One term found in a phrase: tokens [first, end) and the value.
struct Term {
    size_t first = 0;
    size_t end = 0;
    record::Deadline value; // kind; every/day/amount/unit when they apply
    bool dated = false;     // `span` gives the dates (by/on/period, or a yearly recurrence)
    CalSpan span;
    Reading reading = Reading::Period;
    bool year_from_text = true; // false: "текущего года" — the year is the document's
    bool relative_to_document = false; // relative: the due date counts from the document date
};

// Where the phrase comes from: a deadline cell or line (every term counts), or the sentence of a
// point (only terms introduced by a preposition of time count; see deadline.h).
enum class Where { Phrase, Sentence };

// A piece of calendar before any preposition: a day, a range of days, a month (range), a
// quarter (range), a half-year, a year (range), a school year. `first` = first token.
struct Piece {
    CalSpan span;
    size_t end = 0;
    enum Grain { Day, Month, Quarter, Half, Year, SchoolYear } grain = Day;
};

// A month name in any case at token i ("март", "марта", "марте", "сент").
bool month_word(const Tokens &t, size_t i, int &month);

// Calendar pieces (each family file).
bool day_piece(const Tokens &t, size_t i, Piece &out);
bool month_piece(const Tokens &t, size_t i, Piece &out);
bool year_piece(const Tokens &t, size_t i, Where where, Piece &out);
bool quarter_piece(const Tokens &t, size_t i, Piece &out);
bool bare_school_year(const Tokens &t, size_t i, Piece &out); // "учебного года" without digits
bool bare_calendar_year(const Tokens &t, size_t i, Piece &out); // "года", "текущего года"

// Any of the pieces above (day, month, quarter, year), ranges joined: "с 02 по 13 сентября",
// "ноябрь-декабрь 2023 года", "I-II квартал". Returns false when nothing starts at i.
bool calendar_span(const Tokens &t, size_t i, Where where, Piece &out);

// A year after a day or a month: "2021", "2021 г.", "2023 года". Returns the index after it.
bool trailing_year(const Tokens &t, size_t i, int &year, size_t &next);

// Term rules, tried in this order at every token.
bool recurring_term(const Tokens &t, size_t i, Where where, Term &out);
bool relative_term(const Tokens &t, size_t i, Where where, Term &out);
bool dated_term(const Tokens &t, size_t i, Where where, Term &out);

// A day of the month as recurring terms state it: "до 5 числа", "к пятому числу следующего
// месяца", "не позднее 10-го числа месяца, следующего за отчетным кварталом". Sets day, and
// `every` from the period it names ("месяца … за отчетным кварталом" → quarter) when not empty.
bool day_of_period(const Tokens &t, size_t i, int &day, std::string &every, size_t &next);

// Every term of the tokens, left to right; at each token the first rule that matches wins
// (recurring, relative, dated), and scanning goes on after the term.
std::vector<Term> scan_terms(const Tokens &t, Where where);

// "март, июнь 2021", "I квартал, III квартал 2021 г.": a year written after the last term of a
// list (terms separated only by commas, semicolons, "и") is the year of the yearless ones.
void share_list_years(const Tokens &t, std::vector<Term> &terms);

// The deadline of a term: kind, dates (a missing year inferred), text and code points.
record::Deadline build_deadline(const Term &term, const Tokens &t, const std::string &text,
                                const DeadlineContext &ctx);

// Whole-phrase kinds for text that holds no dated, recurring or relative term:
// Continuous, AsNeeded, Conditional, or Unknown.
record::DeadlineKind open_ended_kind(const std::string &phrase);

} // namespace prikaz::extract::deadline
