#include "extract/russian_date.h"

#include "extract/text_util.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

namespace prikaz::extract {

namespace {

using MonthForms = std::vector<std::pair<std::string, int>>; // folded form, month 1..12

void add_icu_months(MonthForms &forms, icu::DateFormatSymbols::DtContextType context,
                    icu::DateFormatSymbols::DtWidthType width) {
    int32_t count = 0;
    const icu::UnicodeString *names = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale("ru"), status);
    if (U_FAILURE(status))
        return;
    names = symbols.getMonths(count, context, width);
    for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string form = fold(to_utf8(names[i]));
        forms.emplace_back(form, i + 1);
        if (!form.empty() && form.back() == '.') // "янв." also typed without the dot
            forms.emplace_back(form.substr(0, form.size() - 1), i + 1);
    }
}

// Prepositional ("в январе", "в мае", "в марте") from the nominative: a final soft sign or
// "й" becomes "е", a final hard consonant takes "е".
std::string prepositional(const std::string &nominative) {
    icu::UnicodeString u = to_u(nominative);
    UChar32 last = u.char32At(u.length() - 1);
    if (last == u'ь' || last == u'й')
        u.truncate(u.length() - 1);
    u.append(u'е');
    return to_utf8(u);
}

struct MonthTable {
    MonthForms forms;
    std::vector<std::string> nominatives; // index 0 = January
};

const MonthTable &month_table() {
    static const MonthTable table = [] {
        MonthTable t;
        using S = icu::DateFormatSymbols;
        add_icu_months(t.forms, S::STANDALONE, S::WIDE); // nominative first
        for (const auto &[form, month] : t.forms)
            t.nominatives.push_back(form);
        add_icu_months(t.forms, S::FORMAT, S::WIDE); // genitive
        add_icu_months(t.forms, S::FORMAT, S::ABBREVIATED);
        add_icu_months(t.forms, S::STANDALONE, S::ABBREVIATED);
        for (size_t i = 0; i < t.nominatives.size(); ++i)
            t.forms.emplace_back(prepositional(t.nominatives[i]), static_cast<int>(i) + 1);
        return t;
    }();
    return table;
}

// A prefix of three or more letters that starts exactly one month name ("сен", "дек").
int month_by_prefix(const std::string &folded) {
    if (code_points(folded) < 3)
        return 0;
    int found = 0;
    const auto &names = month_table().nominatives;
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i].compare(0, folded.size(), folded) != 0)
            continue;
        if (found != 0)
            return 0; // ambiguous
        found = static_cast<int>(i) + 1;
    }
    return found;
}

std::string iso(int year, int month, int day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// Optional year word after a date: "г.", "г", "года", "год" (not "году", "годами").
#define YEAR_WORD "(?:\\s*(?:года|год|г\\.?)(?!\\p{L}))?"
// Nothing that would make the date part of a longer number or point label around it.
#define NOT_AFTER_NUMBER "(?<![\\d.,/-])"
#define NOT_BEFORE_NUMBER "(?!\\d|[.,/]\\d)"

// "08.02.2021", "08/02/2021", "14.12 2022", "01.03.2023г."
const Regex &numeric_long() {
    static const Regex re(NOT_AFTER_NUMBER "(\\d{1,2})\\s?[./]\\s?(\\d{1,2})(?:\\s?[./]\\s?|\\s)"
                                           "(\\d{4})" NOT_BEFORE_NUMBER YEAR_WORD);
    return re;
}

// "08.02.21": two digits everywhere, dots only.
const Regex &numeric_short() {
    static const Regex re(NOT_AFTER_NUMBER
                          "(\\d{2})\\.(\\d{2})\\.(\\d{2})" NOT_BEFORE_NUMBER YEAR_WORD);
    return re;
}

// "2023-03-01"
const Regex &numeric_iso() {
    static const Regex re(NOT_AFTER_NUMBER "(\\d{4})-(\\d{2})-(\\d{2})" NOT_BEFORE_NUMBER);
    return re;
}

// "15 мая 2020 года", "«26» ноября 2021 г.", "1 янв. 2023"
const Regex &textual() {
    static const Regex re("(?<![\\p{L}\\d])[«\"“„]?\\s?(\\d{1,2})\\s?[»\"”“]?\\s*(\\p{L}+)\\.?\\s*"
                          "(\\d{4})(?!\\d)" YEAR_WORD);
    return re;
}

// "1 марта", "«15» июня" (the year check is done by the caller)
const Regex &day_month_re() {
    static const Regex re(
        "(?<![\\p{L}\\d])[«\"“„]?\\s?(\\d{1,2})\\s?[»\"”“]?\\s*(\\p{L}+)(?!\\p{L})");
    return re;
}

int to_int(const std::string &digits) {
    return std::stoi(digits);
}

void collect(std::vector<ParsedDate> &out, const Regex &re, const std::string &text, int year_group,
             int month_group, int day_group, bool month_is_word, bool two_digit_year) {
    for (const Match &m : re.all(text)) {
        int year = to_int(m[year_group].text);
        if (two_digit_year)
            year += 2000;
        int month =
            month_is_word ? russian_month_number(m[month_group].text) : to_int(m[month_group].text);
        int day = to_int(m[day_group].text);
        if (!is_valid_date(year, month, day))
            continue;
        out.push_back({iso(year, month, day), m[0].begin, m[0].end});
    }
}

// Keeps the earliest (then longest) of overlapping candidates.
std::vector<ParsedDate> without_overlaps(std::vector<ParsedDate> dates) {
    std::sort(dates.begin(), dates.end(), [](const ParsedDate &a, const ParsedDate &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<ParsedDate> out;
    for (auto &d : dates)
        if (out.empty() || d.begin >= out.back().end)
            out.push_back(std::move(d));
    return out;
}

} // namespace

bool is_valid_date(int year, int month, int day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1)
        return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int limit = days[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= limit;
}

int russian_month_number(const std::string &word) {
    std::string folded = fold(trim(word));
    if (folded.empty())
        return 0;
    for (const auto &[form, month] : month_table().forms)
        if (form == folded)
            return month;
    if (folded.back() == '.')
        folded.pop_back();
    return month_by_prefix(folded);
}

std::vector<ParsedDate> find_russian_dates(const std::string &text) {
    std::vector<ParsedDate> found;
    if (!has_digit(text)) // every date pattern needs a \d
        return found;
    collect(found, numeric_long(), text, 3, 2, 1, false, false);
    collect(found, numeric_short(), text, 3, 2, 1, false, true);
    collect(found, numeric_iso(), text, 1, 2, 3, false, false);
    collect(found, textual(), text, 3, 2, 1, true, false);
    return without_overlaps(std::move(found));
}

std::optional<ParsedDate> find_russian_date(const std::string &text, int from_cp) {
    for (auto &d : find_russian_dates(text))
        if (d.begin >= from_cp)
            return d;
    return std::nullopt;
}

std::optional<std::string> parse_russian_date(const std::string &text) {
    static const Regex leading_ot("^\\s*от\\s*");
    Match m;
    std::string rest = trim(text);
    int skip = leading_ot.starts(rest, m) ? m[0].end : 0;
    auto dates = find_russian_dates(rest);
    if (dates.size() != 1 || dates[0].begin != skip || dates[0].end != code_points(rest))
        return std::nullopt;
    return dates[0].iso;
}

std::optional<DayMonth> find_day_month(const std::string &text, int from_cp) {
    auto dates = find_russian_dates(text);
    for (const Match &m : day_month_re().all(text)) {
        if (m[0].begin < from_cp)
            continue;
        bool inside_full_date = std::any_of(dates.begin(), dates.end(), [&](const ParsedDate &d) {
            return m[0].begin < d.end && d.begin < m[0].end;
        });
        if (inside_full_date)
            continue;
        int month = russian_month_number(m[2].text);
        int day = to_int(m[1].text);
        if (month != 0 && is_valid_date(2000, month, day)) // 2000 is leap: 29.02 allowed
            return DayMonth{month, day, m[0].begin, m[0].end};
    }
    return std::nullopt;
}

} // namespace prikaz::extract
