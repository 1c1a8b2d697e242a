#include "extract/operative_deadline_line.h"

#include "extract/text_util.h"

#include <string>

namespace prikaz::extract::operative {

namespace {

// Month names in any case form (январь, января, январе, …).
#define MONTH                                                                                                                                          \
    "(?:январ[ьяеюи]|феврал[ьяеюи]|март[аеу]?|апрел[ьяеюи]|ма[йяею]|июн[ьяеюи]|июл[ьяеюи]" \
    "|август[аеу]?|сентябр[ьяеюи]|октябр[ьяеюи]|ноябр[ьяеюи]|декабр[ьяеюи])"

// "2023", "2023 г.", "2023 года", "2021/2022 учебного года", "2024-2025 гг."
#define YEAR                                                                                                                   \
    "(?:\\d{4}(?:\\s*[-–—/]\\s*\\d{2,4})?(?:\\s*(?:гг\\.|г\\.|г\\b|годы|годов|годах|годом|года" \
    "|году|год)|\\s+(?:учебн|финансов|календарн|отч[её]тн|текущ)\\S*\\s+год\\S*)?)"

#define DATE_NUM "(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})(?:\\s*(?:г\\.|г\\b|года|год))?)"

// "1 марта 2023 года", "1-15 апреля"
#define DAY_MONTH "(?:\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\s+" MONTH "(?:\\s+" YEAR ")?)"

// "Декабрь 2023 года", "ноябрь-декабрь 2023 года", "сентябрь – ноябрь"
#define MONTHS "(?:" MONTH "(?:\\s*[-–—]\\s*" MONTH ")?(?:\\s+" YEAR ")?)"

// "I квартал 2023 года", "2-й квартал", "первого полугодия"
#define QUARTER                                                                                                    \
    "(?:(?:[IV]{1,3}|[1-4](?:\\s*-?\\s*(?:й|го|ом|м))?|перв\\S*|втор\\S*|трет\\S*|четв\\S*)" \
    "\\s+(?:квартал|полугоди)\\S*(?:\\s+" YEAR ")?)"

// "текущего года", "всего периода", "учебного года", "10 числа месяца, следующего за отчетным"
#define RELATIVE                                                                                                                        \
    "(?:(?:(?:текущего|следующего|отч[её]тного|учебного|календарного|всего)\\s+)?" \
    "(?:года|месяца|квартала|полугодия|периода)"                                                      \
    "|\\d{1,2}\\s*(?:-?го\\s+)?числа(?:\\s+(?:каждого|следующего|последнего)\\s+\\S+)?"               \
    "(?:\\s+месяца)?(?:,?\\s+следующего\\s+за\\s+отч[её]тным(?:\\s+\\S+)?)?)"

#define DATE_EXPR "(?:" DATE_NUM "|" DAY_MONTH "|" QUARTER "|" MONTHS "|" YEAR "|" RELATIVE ")"

#define PREP                                                                                                                                         \
    "(?:в\\s+срок\\s+(?:до|не\\s+позднее|не\\s+позже)|в\\s+течение(?:\\s+всего)?"                                \
    "|не\\s+позднее|не\\s+позже|начиная\\s+с|в\\s+период\\s+с|в\\s+период|по\\s+состоянию\\s+на" \
    "|до|к|со|с|по|во|в|на)"

#define ADVERB                                                                                                                                                      \
    "(?:постоянно|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|систематически" \
    "|регулярно|периодически|бессрочно|раз\\s+в\\s+(?:месяц|квартал|полугодие|год)"                       \
    "|по\\s+мере\\s+(?:необходимости|поступления(?:\\s+\\S+)?)|в\\s+установленные\\s+сроки"                        \
    "|весь\\s+период|в\\s+течение\\s+(?:всего\\s+)?(?:срока|периода)(?:\\s+действия\\s+\\S+)?"                           \
    "|по\\s+(?:отдельному\\s+)?(?:графику|плану))"

// A preposition may also govern a bare day number: "с 1 по 15 апреля".
#define ATOM "(?:" PREP "\\s+(?:" DATE_EXPR "|\\d{1,2}(?!\\d))|" DATE_EXPR "|" ADVERB ")"

#define SEP "(?:\\s*[,;]\\s*|\\s+и\\s+|\\s*[-–—]\\s*|\\s+)"

} // namespace

bool is_deadline_only(const std::string &text) {
    static const Regex deadline("^\\s*" ATOM "(?:" SEP ATOM ")*\\s*[.;]?\\s*$");
    std::string t = collapse_lines(trim(text));
    // Deadline lines are short; the length check keeps the regex off long paragraphs.
    if (t.empty() || code_points(t) > 90)
        return false;
    Match m;
    return deadline.full(t, m);
}

} // namespace prikaz::extract::operative

#undef MONTH
#undef YEAR
#undef DATE_NUM
#undef DAY_MONTH
#undef MONTHS
#undef QUARTER
#undef RELATIVE
#undef DATE_EXPR
#undef PREP
#undef ADVERB
#undef ATOM
#undef SEP
