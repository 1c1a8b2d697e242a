// Russian dates: numeric, textual with ICU month names, ISO; invalid dates refused.
#include "extract/russian_date.h"

#include <gtest/gtest.h>

#include <string>

namespace prikaz::extract {
namespace {

struct DateCase {
    const char *text;
    const char *iso; // "" when the text holds no date
};

void PrintTo(const DateCase &c, std::ostream *out) {
    *out << c.text;
}

class RussianDateFind : public ::testing::TestWithParam<DateCase> {};

TEST_P(RussianDateFind, FirstDateIsAsExpected) {
    const DateCase &c = GetParam();
    auto date = find_russian_date(c.text);
    if (std::string(c.iso).empty()) {
        EXPECT_FALSE(date.has_value()) << "found " << date->iso;
    } else {
        ASSERT_TRUE(date.has_value());
        EXPECT_EQ(date->iso, c.iso);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Valid, RussianDateFind,
    ::testing::Values(
        DateCase{"08.02.2021", "2021-02-08"}, DateCase{"от 14.12 2022 г.", "2022-12-14"},
        DateCase{"от 15 мая 2020 года N 22-01-05/4569", "2020-05-15"},
        DateCase{"«26» ноября 2021 г.", "2021-11-26"},
        DateCase{"26 ноября 2021 года", "2021-11-26"}, DateCase{"1 марта 2023 г.", "2023-03-01"},
        DateCase{"01.03.2023г.", "2023-03-01"}, DateCase{"2023-03-01", "2023-03-01"},
        DateCase{"08.02.21", "2021-02-08"}, DateCase{"29.02.2024", "2024-02-29"},
        DateCase{"1 янв. 2023", "2023-01-01"}, DateCase{"3 февр. 2022 г.", "2022-02-03"},
        DateCase{"\"5\" июня 2019 г.", "2019-06-05"}, DateCase{"31 декабря 2020", "2020-12-31"},
        DateCase{"08/02/2021", "2021-02-08"}, DateCase{"10 СЕНТЯБРЯ 2021 ГОДА", "2021-09-10"},
        DateCase{"«01» сентября 2021г.", "2021-09-01"},
        DateCase{"08.02.2021 № 3.12-132-р", "2021-02-08"},
        DateCase{"от 29.01.2024 г. № 01-13/08", "2024-01-29"},
        DateCase{"письмо от 30 марта 2020 г. N 01-121/13-01", "2020-03-30"}));

INSTANTIATE_TEST_SUITE_P(
    Invalid, RussianDateFind,
    ::testing::Values(DateCase{"31.02.2021", ""},     // no 31 February
                      DateCase{"29.02.2023", ""},     // not a leap year
                      DateCase{"00.01.2020", ""},     // day 0
                      DateCase{"13.13.2020", ""},     // month 13
                      DateCase{"32 января 2020", ""}, // day 32
                      DateCase{"15 мартобря 2020", ""}, DateCase{"2023-13-01", ""},
                      DateCase{"1.2.21", ""}, // a point number, not a two-digit-year date
                      DateCase{"пункт 3.2.1 приказа", ""}, DateCase{"№ 3.12-132-р", ""},
                      DateCase{"N 22-01-05/4569", ""},
                      DateCase{"направления 1.2. Система работы", ""},
                      DateCase{"до 15 мая", ""},  // no year: find_day_month's business
                      DateCase{"01.02.1850", ""}, // out of the supported years
                      DateCase{"1.1.2021.5", ""}));

TEST(RussianDate, SpanIncludesTheYearWord) {
    auto date = find_russian_date("до 1 марта 2023 года включительно");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->begin, 3);
    EXPECT_EQ(date->end, 20);
    auto numeric = find_russian_date("от 14.12 2022 г.");
    ASSERT_TRUE(numeric);
    EXPECT_EQ(numeric->begin, 3);
    EXPECT_EQ(numeric->end, 16);
}

TEST(RussianDate, FindsEveryDateInOrder) {
    auto dates = find_russian_dates("с 01.02.2021 по 15 марта 2021 г., затем 2021-04-01");
    ASSERT_EQ(dates.size(), 3u);
    EXPECT_EQ(dates[0].iso, "2021-02-01");
    EXPECT_EQ(dates[1].iso, "2021-03-15");
    EXPECT_EQ(dates[2].iso, "2021-04-01");
    EXPECT_LT(dates[0].end, dates[1].begin);
}

TEST(RussianDate, FindFromOffset) {
    auto date = find_russian_date("с 01.02.2021 по 15.03.2021", 5);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso, "2021-03-15");
}

TEST(RussianDate, ParseWholeText) {
    EXPECT_EQ(parse_russian_date("от 14.12 2022 г.").value_or(""), "2022-12-14");
    EXPECT_EQ(parse_russian_date("  26 ноября 2021 года ").value_or(""), "2021-11-26");
    EXPECT_FALSE(parse_russian_date("от 14.12 2022 г. № 5"));
    EXPECT_FALSE(parse_russian_date("до 1 марта 2023 г."));
    EXPECT_FALSE(parse_russian_date("31.04.2023"));
}

TEST(RussianDate, MonthNumberFromEveryForm) {
    EXPECT_EQ(russian_month_number("январь"), 1);
    EXPECT_EQ(russian_month_number("января"), 1);
    EXPECT_EQ(russian_month_number("январе"), 1);
    EXPECT_EQ(russian_month_number("мае"), 5);
    EXPECT_EQ(russian_month_number("марте"), 3);
    EXPECT_EQ(russian_month_number("августе"), 8);
    EXPECT_EQ(russian_month_number("декабре"), 12);
    EXPECT_EQ(russian_month_number("янв."), 1);
    EXPECT_EQ(russian_month_number("февр"), 2);
    EXPECT_EQ(russian_month_number("Сентябрь"), 9);
    EXPECT_EQ(russian_month_number("ОКТЯБРЯ"), 10);
    EXPECT_EQ(russian_month_number("сен"), 9);
    EXPECT_EQ(russian_month_number("ма"), 0); // май or март: too short
    EXPECT_EQ(russian_month_number("ёлка"), 0);
    EXPECT_EQ(russian_month_number("декада"), 0);
    EXPECT_EQ(russian_month_number(""), 0);
}

TEST(RussianDate, DayMonthWithoutYear) {
    auto dm = find_day_month("До 1 марта");
    ASSERT_TRUE(dm);
    EXPECT_EQ(dm->month, 3);
    EXPECT_EQ(dm->day, 1);
    EXPECT_EQ(dm->begin, 3);
    EXPECT_EQ(dm->end, 10);
    auto quoted = find_day_month("не позднее «15» июня");
    ASSERT_TRUE(quoted);
    EXPECT_EQ(quoted->month, 6);
    EXPECT_EQ(quoted->day, 15);
    EXPECT_TRUE(find_day_month("29 февраля")); // exists in leap years
    EXPECT_FALSE(find_day_month("1 марта 2023 года"));
    EXPECT_FALSE(find_day_month("30 февраля"));
    EXPECT_FALSE(find_day_month("до 10 числа месяца"));
}

TEST(RussianDate, Validity) {
    EXPECT_TRUE(is_valid_date(2000, 2, 29));
    EXPECT_FALSE(is_valid_date(1900, 2, 29));
    EXPECT_FALSE(is_valid_date(2021, 4, 31));
    EXPECT_TRUE(is_valid_date(2021, 12, 31));
    EXPECT_FALSE(is_valid_date(2021, 0, 1));
}

} // namespace
} // namespace prikaz::extract
