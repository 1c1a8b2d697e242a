#include "extract/deadline_calendar.h"

#include "extract/text_util.h"

#include <cstdio>

namespace prikaz::extract::deadline {

namespace {

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Days since 1970-01-01 (proleptic Gregorian), and back; used for day arithmetic.
long to_days(const Ymd &d) {
    int y = d.y - (d.m <= 2 ? 1 : 0);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    Ymd out;
    out.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    out.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    out.y = static_cast<int>(yoe + era * 400 + (out.m <= 2 ? 1 : 0));
    return out;
}

// Monday = 0 … Sunday = 6.
int weekday(const Ymd &d) {
    return static_cast<int>(((to_days(d) % 7) + 7 + 3) % 7);
}

std::vector<int> candidate_years(const CalSpan &span, const std::vector<Scope> &scopes) {
    std::vector<int> years;
    for (const Scope &s : scopes) {
        if (s.school_year) {
            years.push_back(span.from_month >= 9 ? s.first_year : s.first_year + 1);
            continue;
        }
        for (int y = s.first_year; y <= s.last_year; ++y)
            years.push_back(y);
    }
    return years;
}

} // namespace

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

std::string iso(const Ymd &d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    return buf;
}

bool parse_iso(const std::string &text, Ymd &out) {
    return std::sscanf(text.c_str(), "%4d-%2d-%2d", &out.y, &out.m, &out.d) == 3;
}

int compare(const Ymd &a, const Ymd &b) {
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    if (a.d != b.d)
        return a.d < b.d ? -1 : 1;
    return 0;
}

Ymd span_start(const CalSpan &s) {
    return Ymd{s.year, s.from_month, s.from_day};
}

Ymd span_end(const CalSpan &s) {
    int y = s.year + s.to_year_offset;
    return Ymd{y, s.to_month, s.to_day == 0 ? days_in_month(y, s.to_month) : s.to_day};
}

int infer_year(const CalSpan &span, const std::vector<Scope> &scopes, const std::string &ref_iso) {
    Ymd ref;
    bool has_ref = parse_iso(ref_iso, ref);
    std::vector<int> years = candidate_years(span, scopes);
    if (years.empty() && has_ref)
        years = {ref.y - 1, ref.y, ref.y + 1};
    if (years.empty())
        return 0;
    if (!has_ref)
        return years.front();
    for (int y : years) {
        CalSpan s = span;
        s.year = y;
        if (compare(span_end(s), ref) >= 0)
            return y;
    }
    return years.front();
}

Ymd add_units(const Ymd &ref, int amount, const std::string &unit) {
    if (unit == "day")
        return from_days(to_days(ref) + amount);
    if (unit == "week")
        return from_days(to_days(ref) + 7L * amount);
    if (unit == "workday") {
        long day = to_days(ref);
        for (int left = amount; left > 0;) {
            ++day;
            if (weekday(from_days(day)) < 5)
                --left;
        }
        return from_days(day);
    }
    int months = unit == "year" ? 12 * amount : amount;
    int index = ref.y * 12 + (ref.m - 1) + months;
    Ymd out{index / 12, index % 12 + 1, ref.d};
    if (out.d > days_in_month(out.y, out.m))
        out.d = days_in_month(out.y, out.m);
    return out;
}

std::vector<Scope> find_scopes(const std::string &text) {
    static const Regex scope(
        "(?<!\\p{L})на\\s+(?:период\\s+)?(\\d{4})(?:\\s*([-–—/])\\s*(\\d{2,4}))?"
        "\\s*(учебн\\S*|г\\.|гг|год|годы|годов|г\\b)");
    std::vector<Scope> out;
    for (const Match &m : scope.all(collapse_lines(text))) {
        Scope s;
        s.first_year = std::stoi(m[1].text);
        s.last_year = s.first_year;
        if (m.has(3)) {
            int second = std::stoi(m[3].text);
            if (m[3].text.size() == 2)
                second += s.first_year / 100 * 100;
            if (second < s.first_year || second > s.first_year + 20)
                continue;
            s.last_year = second;
        }
        s.school_year = fold(m[4].text).rfind("учебн", 0) == 0 ||
                        (m.has(2) && m[2].text == "/" && s.last_year == s.first_year + 1);
        if (s.school_year)
            s.last_year = s.first_year;
        if (s.first_year >= 1900 && s.first_year <= 2099)
            out.push_back(s);
    }
    return out;
}

} // namespace prikaz::extract::deadline
