// Recurring terms: how often, and the day when it is stated.
//   "ежегодно", "ежеквартально", "ежемесячно", "еженедельно", "ежеполугодно" (and, in a
//   deadline cell, the adjectives "ежеквартальный" …) → every year|quarter|month|week|halfyear;
//   "раз в квартал", "1 раз в полугодие", "не реже одного раза в год", "2 раза в год"
//   (→ halfyear), "каждый месяц";
//   then, when stated: "до 5 числа", "к пятому числу следующего месяца", "до 10 числа месяца,
//   следующего за отчетным кварталом" → day; "до 1 июня" → day 1 and, in `date`, the first
//   due date (June 1 of the inferred year); "в мае" → no day.
// Inside a sentence an adjective ("ежеквартальный отчет … к пятому числу следующего месяца")
// is a term only together with its day, and the term runs from the adjective to the day.
// A day of the month alone ("ежемесячно" left out: "до 5 числа каждого месяца") recurs every
// month, or every quarter when it follows the reporting quarter; a frequency named after the
// day ("до 25 числа ежемесячно", "до 10 числа ежеквартально") belongs to the same term.
#include "extract/deadline_numbers.h"
#include "extract/deadline_rules.h"

namespace prikaz::extract::deadline {

namespace {

struct Frequency {
    const char *stem;
    const char *every;
};

const Frequency kAdverbs[] = {{"ежегодн", "year"},         {"ежеквартальн", "quarter"},
                              {"ежемесячн", "month"},      {"еженедельн", "week"},
                              {"ежеполугодн", "halfyear"}, {"ежеполугодов", "halfyear"}};

// "ежеквартально" (adverb: true) or "ежеквартальный" (adjective: false).
bool frequency_word(const Tokens &t, size_t i, std::string &every, bool &adverb) {
    if (!t.is(i, Tok::Word))
        return false;
    for (const Frequency &f : kAdverbs) {
        if (!t.stem(i, {f.stem}))
            continue;
        every = f.every;
        adverb = t[i].word == std::string(f.stem) + "о"; // "ежегодно", not "ежегодного"
        return true;
    }
    return false;
}

// "неделю", "месяц", "квартал", "полугодие", "год" → the unit of "раз в …".
const char *period_unit(const Tokens &t, size_t i) {
    if (t.stem(i, {"недел"}))
        return "week";
    if (t.stem(i, {"месяц"}))
        return "month";
    if (t.stem(i, {"квартал"}))
        return "quarter";
    if (t.stem(i, {"полугоди"}))
        return "halfyear";
    if (t.word(i, {"год", "года", "году"}))
        return "year";
    return nullptr;
}

// "2 раза в год" → every halfyear; times per year that make a schema period.
std::string per_year(int times, const std::string &unit) {
    if (unit != "year" || times <= 1)
        return unit;
    if (times == 2)
        return "halfyear";
    if (times == 4)
        return "quarter";
    if (times == 12)
        return "month";
    return unit;
}

// "раз в квартал", "1 раз в полугодие", "не реже одного раза в год", "каждый месяц".
bool times_per_period(const Tokens &t, size_t i, std::string &every, size_t &next) {
    size_t j = i;
    if (t.word(j, {"не"}) && t.word(j + 1, {"реже"}))
        j += 2;
    if (t.word(j, {"каждый", "каждого", "каждую", "каждом", "каждое"})) {
        const char *unit = period_unit(t, j + 1);
        if (unit == nullptr)
            return false;
        every = unit;
        next = j + 2;
        return true;
    }
    int times = 1;
    if (t.number(j, 1, 99)) {
        times = t[j].value;
        ++j;
    } else if (t.is(j, Tok::Word) && cardinal_value(t[j].word) != 0) {
        times = cardinal_value(t[j].word);
        ++j;
    }
    if (!t.word(j, {"раз", "раза"}) || !t.word(j + 1, {"в", "во"}))
        return false;
    const char *unit = period_unit(t, j + 2);
    if (unit == nullptr)
        return false;
    every = per_year(times, unit);
    next = j + 3;
    return true;
}

// What may follow the frequency: a day of the period, a day and month, or a month.
void read_when(const Tokens &t, Term &term) {
    size_t j = term.end;
    if (t.punct(j, ",") || t.punct(j, "("))
        ++j;
    int day = 0;
    std::string every;
    size_t next = 0;
    if (day_of_period(t, j, day, every, next)) {
        term.value.day = day;
        term.end = next;
        return;
    }
    Term dated;
    if (dated_term(t, j, Where::Phrase, dated) && dated.span.single_day()) {
        term.value.day = dated.span.from_day;
        term.dated = true;
        term.span = dated.span;
        term.reading = Reading::By;
        term.end = dated.end;
        return;
    }
    Piece month;
    if (t.word(j, {"в", "во"}) && month_piece(t, j + 1, month))
        term.end = month.end;
}

// The adjective of a sentence with its day within a few words: "ежеквартальный отчет о
// выполнении плана к пятому числу следующего месяца".
bool adjective_with_day(const Tokens &t, Term &term) {
    const size_t reach = 10;
    for (size_t j = term.end; j < t.size() && j < term.end + reach; ++j) {
        if (t.punct(j, ".;:!?"))
            return false;
        int day = 0;
        std::string every;
        size_t next = 0;
        if (day_of_period(t, j, day, every, next)) {
            term.value.day = day;
            term.end = next;
            return true;
        }
    }
    return false;
}

} // namespace

bool day_of_period(const Tokens &t, size_t i, int &day, std::string &every, size_t &next) {
    size_t j = i;
    if (t.word(j, {"в"}) && t.word(j + 1, {"срок"}))
        j += 2;
    if (t.word(j, {"не"}) && t.word(j + 1, {"позднее", "позже"}))
        j += 2;
    else if (t.word(j, {"до", "к", "ко", "по"}))
        j += 1;
    if (t.number(j, 1, 31)) {
        day = t[j].value;
        ++j;
        if (t.dash(j) && t.word(j + 1, {"го", "е", "ое", "ого"}))
            j += 2;
    } else if (t.is(j, Tok::Word) && t.is(j + 1, Tok::Word) &&
               ordinal_value(t[j].word + " " + t[j + 1].word) != 0) {
        day = ordinal_value(t[j].word + " " + t[j + 1].word);
        j += 2;
    } else if (t.is(j, Tok::Word) && ordinal_value(t[j].word) != 0) {
        day = ordinal_value(t[j].word);
        ++j;
    } else {
        return false;
    }
    if (!t.stem(j, {"числ"}))
        return false;
    ++j;
    // "каждого месяца", "следующего месяца", "месяца, следующего за отчетным кварталом"
    every = "month";
    size_t end = j;
    for (size_t k = j; k < t.size(); ++k) {
        bool comma = t.punct(k, ",") && t.stem(k + 1, {"следующ"});
        bool tail = t.stem(k, {"кажд", "следующ", "текущ", "последующ", "отчетн", "месяц",
                               "квартал", "полугоди", "период"}) ||
                    t.word(k, {"за", "года", "годом"});
        if (!comma && !tail)
            break;
        if (t.stem(k, {"квартал"}))
            every = "quarter";
        else if (t.stem(k, {"полугоди"}))
            every = "halfyear";
        if (tail)
            end = k + 1;
    }
    next = end;
    return true;
}

bool recurring_term(const Tokens &t, size_t i, Where where, Term &out) {
    out = Term{};
    out.first = i;
    out.value.kind = record::DeadlineKind::Recurring;
    bool adverb = true;
    size_t next = 0;
    int day = 0;
    std::string every;
    if (frequency_word(t, i, every, adverb)) {
        out.end = i + 1;
    } else if (times_per_period(t, i, every, next)) {
        out.end = next;
    } else if (day_of_period(t, i, day, every, next)) {
        // "до 25 числа ежемесячно", "до 10 числа, ежеквартально": the frequency named after
        // the day is the same term
        size_t after = t.punct(next, ",") ? next + 1 : next;
        std::string named;
        if (frequency_word(t, after, named, adverb) && adverb) {
            every = named;
            next = after + 1;
        }
        out.value.every = every;
        out.value.day = day;
        out.end = next;
        return true;
    } else {
        return false;
    }
    out.value.every = every;
    if (!adverb) // an adjective names the report; its day may come a few words later
        return adjective_with_day(t, out) || where == Where::Phrase;
    read_when(t, out);
    return true;
}

} // namespace prikaz::extract::deadline
