// Calendar arithmetic for deadlines: spans of the calendar whose year may be missing, turning
// them into ISO dates, inferring a missing year, and the due date of a relative term.
//
// Inferring a missing year ("до 31 мая", "ноябрь", "IV квартал", "в течение учебного года"):
//   - candidate years come from the plan's own scope when it names one ("на 2020 год",
//     "на 2021-2022 гг" → 2020 / 2021, 2022; "на 2024/2025 учебный год" → September–December
//     in 2024, January–August in 2025), else from the document date: its year, one before and
//     one after;
//   - the first candidate whose span does not end before the document date is taken (a plan
//     adopted on 15.05.2020 with "до 1 июня" means 1 June 2020; an order of 20.12.2023 with
//     "до 15 января" means 15 January 2024; "в течение учебного года" on 20.01.2025 means
//     2024/2025);
//   - when every scope year ends before the document date, the first scope year is kept (the
//     plan says so); without a document date the first scope year is used; with neither, the
//     year stays unknown and the deadline has no date (its kind is still given).
#pragma once

#include <string>
#include <vector>

namespace prikaz::extract::deadline {

// A stretch of the calendar: from (year, from_month, from_day) to
// (year + to_year_offset, to_month, to_day). to_day 0 = the last day of to_month.
// year 0 = not written.
struct CalSpan {
    int year = 0;
    int from_month = 1;
    int from_day = 1;
    int to_month = 12;
    int to_day = 0;
    int to_year_offset = 0;
    bool single_day() const {
        return to_year_offset == 0 && from_month == to_month && from_day == to_day;
    }
};

// The plan years a document or appendix names as its scope.
struct Scope {
    int first_year = 0;
    int last_year = 0;
    bool school_year = false; // "на 2024/2025 учебный год": September first_year – August next
    bool empty() const { return first_year == 0; }
};

struct Ymd {
    int y = 0, m = 0, d = 0;
};

int days_in_month(int year, int month);
std::string iso(const Ymd &date);
bool parse_iso(const std::string &iso, Ymd &out);
int compare(const Ymd &a, const Ymd &b);

Ymd span_start(const CalSpan &s);
Ymd span_end(const CalSpan &s);

// The year to give a span without one (0 when it cannot be known; see the rules above).
int infer_year(const CalSpan &span, const std::vector<Scope> &scopes, const std::string &ref_iso);

// The due date `amount` units after `ref`; unit day|workday|week|month|year. Working days skip
// Saturdays and Sundays (public holidays are not modelled). A month or year step keeps the day,
// clamped to the month's length.
Ymd add_units(const Ymd &ref, int amount, const std::string &unit);

// Scopes named in a title or sentence: "на 2020 год", "на 2021-2022 гг", "на 2021 – 2025 годы",
// "на период 2021-2022 годов", "на 2024/2025 учебный год".
std::vector<Scope> find_scopes(const std::string &text);

} // namespace prikaz::extract::deadline
