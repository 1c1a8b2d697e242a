#include "render/russian_forms.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/plurrule.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <charconv>
#include <memory>
#include <stdexcept>

namespace prikaz::render {

namespace {

// ICU formatters are costly to build and not thread-safe to share, and batch rendering runs
// on many threads: one set per thread, built on first use.
struct IcuForms {
    std::unique_ptr<icu::GregorianCalendar> calendar;
    std::unique_ptr<icu::SimpleDateFormat> numeric; // 01.03.2023
    std::unique_ptr<icu::SimpleDateFormat> words;   // 1 марта 2023
    std::unique_ptr<icu::SimpleDateFormat> month;   // март
    std::unique_ptr<icu::PluralRules> plural;

    IcuForms() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale ru("ru");
        calendar = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), ru, status);
        calendar->setLenient(false);
        numeric = make_format("dd.MM.y", ru, status);
        words = make_format("d MMMM y", ru, status);
        month = make_format("LLLL", ru, status);
        plural.reset(icu::PluralRules::forLocale(ru, status));
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU date formats for ru: ") +
                                     u_errorName(status));
    }

    static std::unique_ptr<icu::SimpleDateFormat>
    make_format(const char *pattern, const icu::Locale &locale, UErrorCode &status) {
        auto f = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern, -1, US_INV),
                                                         locale, status);
        f->setTimeZone(*icu::TimeZone::getGMT());
        return f;
    }
};

IcuForms &forms() {
    thread_local IcuForms instance;
    return instance;
}

std::string to_utf8(const icu::UnicodeString &s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// The instant of a date (midnight GMT); nullopt when the calendar refuses it (31.02).
std::optional<UDate> instant(int year, int month, int day) {
    icu::GregorianCalendar &cal = *forms().calendar;
    UErrorCode status = U_ZERO_ERROR;
    cal.clear();
    cal.set(year, month - 1, day);
    UDate when = cal.getTime(status);
    if (U_FAILURE(status))
        return std::nullopt;
    return when;
}

std::string format(icu::SimpleDateFormat &f, const IsoDate &d) {
    std::optional<UDate> when = instant(d.year, d.month, d.day);
    if (!when)
        return {};
    icu::UnicodeString out;
    f.format(*when, out);
    return to_utf8(out);
}

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool month_start(const IsoDate &d) {
    return d.day == 1;
}
bool month_end(const IsoDate &d) {
    return d.day == days_in_month(d.year, d.month);
}

const char *roman(int n) {
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    return numerals[n - 1];
}

std::string with_year(const std::string &words) {
    return words + " года";
}

// Whole months within one year: a quarter, a half-year, one month or a range of months.
std::string months_phrase(const IsoDate &from, const IsoDate &to) {
    const std::string year = std::to_string(from.year) + " года";
    if (from.month % 3 == 1 && to.month == from.month + 2)
        return std::string(roman(from.month / 3 + 1)) + " квартал " + year;
    if ((from.month == 1 && to.month == 6) || (from.month == 7 && to.month == 12))
        return std::string(roman(from.month / 6 + 1)) + " полугодие " + year;
    if (from.month == to.month)
        return month_name(from.month) + " " + year;
    return month_name(from.month) + " – " + month_name(to.month) + " " + year;
}

std::string period_phrase(const IsoDate &from, const IsoDate &to) {
    const bool whole_months = month_start(from) && month_end(to);
    const bool whole_years = whole_months && from.month == 1 && to.month == 12;
    if (whole_years && from.year == to.year)
        return "в течение " + std::to_string(from.year) + " года";
    if (whole_years && from.year < to.year)
        return std::to_string(from.year) + " – " + std::to_string(to.year) + " годы";
    if (whole_months && from.month == 9 && to.month == 8 && to.year == from.year + 1)
        return std::to_string(from.year) + "/" + std::to_string(to.year) + " учебный год";
    if (whole_months && from.year == to.year && from.month <= to.month)
        return months_phrase(from, to);
    if (whole_months && from.year < to.year)
        return month_name(from.month) + " " + std::to_string(from.year) + " года – " +
               month_name(to.month) + " " + std::to_string(to.year) + " года";
    return "с " + with_year(date_words(from)) + " по " + with_year(date_words(to));
}

const char *every_word(const std::string &every) {
    if (every == "week")
        return "еженедельно";
    if (every == "month")
        return "ежемесячно";
    if (every == "quarter")
        return "ежеквартально";
    if (every == "halfyear") // not "ежеполугодно": the plan-line grammar of the extractor
        return "раз в полугодие"; // (operative_deadline_line) knows only this wording

    if (every == "year")
        return "ежегодно";
    return nullptr;
}

std::string recurring_phrase(const Value &d) {
    const std::string every = d.get("every").to_text();
    const char *word = every_word(every);
    if (!word)
        return d.get("as_written").to_text();
    std::string out = word;
    const Value &day = d.get("day");
    const bool has_day = day.is_int() && day.as_int() > 0;
    if (every == "year") {
        // The day of a yearly term is the day of its first due date, which names the month.
        if (auto date = parse_iso_date(d.get("date").to_text()))
            out += " до " + with_year(date_words(*date));
    } else if (has_day && every != "week") {
        out += " до " + std::to_string(day.as_int()) + " числа";
    }
    return out;
}

// The genitive a count takes after "в течение": "1 дня", "21 дня", "2 дней", "5 дней".
std::string relative_phrase(const Value &d) {
    const Value &amount = d.get("amount");
    const std::string unit = d.get("unit").to_text();
    struct Forms {
        const char *unit, *one, *other;
    };
    static const Forms units[] = {{"day", "дня", "дней"},
                                  {"workday", "рабочего дня", "рабочих дней"},
                                  {"week", "недели", "недель"},
                                  {"month", "месяца", "месяцев"},
                                  {"year", "года", "лет"}};
    if (!amount.is_int() || amount.as_int() <= 0)
        return {};
    for (const Forms &f : units) {
        if (unit != f.unit)
            continue;
        const bool one = forms().plural->select(static_cast<int32_t>(amount.as_int())) ==
                         icu::UnicodeString(u"one");
        return "в течение " + std::to_string(amount.as_int()) + " " + (one ? f.one : f.other);
    }
    return {};
}

std::string dated_phrase(const Value &d, const char *prefix) {
    if (auto date = parse_iso_date(d.get("date").to_text()))
        return prefix + with_year(date_words(*date));
    return d.get("as_written").to_text();
}

std::string or_written(const Value &d, const std::string &fallback) {
    std::string written = d.get("as_written").to_text();
    return written.empty() ? fallback : written;
}

} // namespace

std::optional<IsoDate> parse_iso_date(const std::string &text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    IsoDate d;
    auto number = [&](size_t at, size_t len, int &out) {
        const char *first = text.data() + at;
        auto [end, ec] = std::from_chars(first, first + len, out);
        return ec == std::errc() && end == first + len && first[0] != '-' && first[0] != '+';
    };
    if (!number(0, 4, d.year) || !number(5, 2, d.month) || !number(8, 2, d.day))
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month) ||
        d.year < 1)
        return std::nullopt;
    return d;
}

std::string date_numeric(const IsoDate &d) {
    return format(*forms().numeric, d);
}
std::string date_words(const IsoDate &d) {
    return format(*forms().words, d);
}
std::string month_name(int month) {
    return format(*forms().month, IsoDate{2000, month, 1});
}

std::string deadline_phrase(const Value &d) {
    const std::string kind = d.get("kind").to_text();
    if (kind == "by")
        return dated_phrase(d, "до ");
    if (kind == "on")
        return dated_phrase(d, "");
    if (kind == "period") {
        auto from = parse_iso_date(d.get("from").to_text());
        auto to = parse_iso_date(d.get("to").to_text());
        if (from && to)
            return period_phrase(*from, *to);
        return d.get("as_written").to_text();
    }
    if (kind == "recurring")
        return or_written(d, recurring_phrase(d));
    if (kind == "continuous")
        return or_written(d, "постоянно");
    if (kind == "as_needed")
        return "по мере необходимости";
    if (kind == "relative")
        return or_written(d, relative_phrase(d));
    return d.get("as_written").to_text();
}

} // namespace prikaz::render
