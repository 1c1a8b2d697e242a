// Relative terms: an amount of days, working days, weeks, months or years, counted from an
// event ("со дня подписания", "после проведения", …) or, with no event named, from the
// document itself.
//   "в течение 10 рабочих дней со дня подписания", "в течение трех дней", "в течение месяца",
//   "не позднее 5 рабочих дней после …", "в срок не более 30 календарных дней", "через 2 недели";
//   "в месячный срок", "в двухнедельный срок", "в 3-дневный срок", "в 3-х дневный срок",
//   "в десятидневный срок"; "незамедлительно", "немедленно" (at once: no amount, no date).
// Never a year as a count: the amount has at most three digits ("в течение 2023 года" is the
// year 2023, read by deadline_years.cpp). "в течение года" without an event is the plan year.
// The due date is computed (Term::relative_to_document) when the term counts from the
// document: no event, or the signing / issue / adoption / approval / entry into force of it.
#include "extract/deadline_numbers.h"
#include "extract/deadline_rules.h"

namespace prikaz::extract::deadline {

namespace {

// "дней" → day, "недели" → week, … ; "" when not a unit word.
std::string unit_word(const Tokens &t, size_t i) {
    if (t.word(i, {"день", "дня", "дней", "дню", "суток", "сутки"}))
        return "day";
    if (t.stem(i, {"недел"}))
        return "week";
    if (t.stem(i, {"месяц"}))
        return "month";
    if (t.word(i, {"год", "года", "лет"}))
        return "year";
    return "";
}

// The unit of a compound adjective's rest: "дневный" → day, "недельный" → week, ….
std::string unit_adjective(const std::string &rest) {
    auto starts = [&](const char *stem) { return rest.rfind(stem, 0) == 0; };
    if (starts("дневн"))
        return "day";
    if (starts("недельн"))
        return "week";
    if (starts("месячн"))
        return "month";
    if (starts("годичн") || starts("годов") || starts("летн"))
        return "year";
    return "";
}

// The words that introduce an amount.
size_t relative_lead(const Tokens &t, size_t i, bool &during) {
    during = false;
    if (t.word(i, {"в"}) && t.word(i + 1, {"течение", "течении"})) {
        during = true;
        return i + 2;
    }
    size_t j = i;
    if (t.word(j, {"в"}) && t.word(j + 1, {"срок"}))
        j += 2;
    if (t.word(j, {"не"}) && t.word(j + 1, {"позднее", "позже", "более"}))
        return j + 2;
    if (j > i && t.word(j, {"до"}))
        return j + 1;
    if (j > i)
        return j; // "в срок 10 дней"
    if (t.word(i, {"через"}) || (t.word(i, {"по"}) && t.word(i + 1, {"истечении"})))
        return t.word(i, {"через"}) ? i + 1 : i + 2;
    return 0;
}

// 10, "трех", "двадцати пяти"; 0 when no amount is written.
int amount_at(const Tokens &t, size_t i, size_t &next) {
    if (t.number(i, 1, 999) && t[i].digits <= 3 && !t.punct(i + 1, ".")) {
        next = i + 1;
        return t[i].value;
    }
    if (t.is(i, Tok::Word) && t.is(i + 1, Tok::Word) &&
        cardinal_value(t[i].word + " " + t[i + 1].word) != 0) {
        next = i + 2;
        return cardinal_value(t[i].word + " " + t[i + 1].word);
    }
    if (t.is(i, Tok::Word) && cardinal_value(t[i].word) != 0) {
        next = i + 1;
        return cardinal_value(t[i].word);
    }
    return 0;
}

// "в течение 10 рабочих дней", "не позднее трех дней", "в течение месяца".
bool amount_and_unit(const Tokens &t, size_t i, Term &out, bool &needs_event) {
    bool during = false;
    size_t j = relative_lead(t, i, during);
    if (j == 0)
        return false;
    size_t next = j;
    int amount = amount_at(t, j, next);
    if (amount == 0 && !during)
        return false;
    std::string unit_kind;
    if (t.word(next, {"рабочих", "рабочего", "рабочий", "рабочие"})) {
        unit_kind = "workday";
        ++next;
    } else if (t.word(next, {"календарных", "календарного", "календарный", "календарные"})) {
        ++next;
    }
    std::string unit = unit_word(t, next);
    if (unit.empty())
        return false;
    // "в течение года" alone is the plan year; as an amount it needs an event.
    needs_event = amount == 0 && unit == "year";
    out.value.amount = amount == 0 ? 1 : amount;
    out.value.unit = unit == "day" && !unit_kind.empty() ? unit_kind : unit;
    out.end = next + 1;
    return true;
}

// "в месячный срок", "в 3-дневный срок", "в 3-х дневный срок", "в двухнедельный срок".
bool compound_term(const Tokens &t, size_t i, Term &out) {
    if (!t.word(i, {"в"}))
        return false;
    size_t j = i + 1;
    int amount = 0;
    if (t.number(j, 1, 999)) {
        amount = t[j].value;
        ++j;
        if (t.dash(j))
            ++j;
        if (t.word(j, {"х", "ти", "ми", "и", "ух", "ех", "ых"}))
            ++j; // "3-х", "10-ти"
        if (t.dash(j))
            ++j;
    }
    if (!t.is(j, Tok::Word) || !t.word(j + 1, {"срок", "срока"}))
        return false;
    std::string rest = t[j].word;
    if (amount == 0) {
        std::string after_number;
        amount = compound_amount(rest, after_number);
        if (amount != 0)
            rest = after_number;
        else
            amount = 1; // "в месячный срок"
    }
    std::string unit = unit_adjective(rest);
    if (unit.empty())
        return false;
    out.value.amount = amount;
    out.value.unit = unit;
    out.end = j + 2;
    return true;
}

// An infinitive ends the event inside a sentence: "со дня подписания приказа разместить …".
bool infinitive(const Tokens &t, size_t i) {
    if (!t.is(i, Tok::Word))
        return false;
    const std::string &w = t[i].word;
    auto ends = [&](const std::string &s) {
        return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0;
    };
    return (ends("ть") && !ends("сть")) || ends("ться") || ends("ти") || ends("чь");
}

// "со дня подписания настоящего приказа", "после проведения мероприятия": the event, up to a
// punctuation mark or an infinitive. Sets whether it is the document's own date.
size_t read_event(const Tokens &t, size_t i, bool &from_document) {
    size_t j = i;
    bool event = false;
    if (t.word(j, {"со", "с", "от"}) && t.word(j + 1, {"дня", "даты", "момента"})) {
        j += 2;
        event = true;
    } else if (t.word(j, {"после"})) {
        j += 1;
        event = true;
    }
    if (!event) {
        from_document = true;
        return i;
    }
    from_document = t.stem(j, {"подписани", "издани", "принят", "утвержден", "вступлени"});
    const size_t reach = 12;
    size_t end = j;
    while (end < t.size() && end < j + reach && !t.is(end, Tok::Punct) && !infinitive(t, end))
        ++end;
    return end;
}

} // namespace

bool relative_term(const Tokens &t, size_t i, Where, Term &out) {
    out = Term{};
    out.first = i;
    out.value.kind = record::DeadlineKind::Relative;
    // «незамедлительно», «немедленно», «безотлагательно»: at once, with no amount to count
    if (t.word(i, {"незамедлительно", "немедленно", "безотлагательно"})) {
        out.end = i + 1;
        return true;
    }
    bool needs_event = false;
    if (!amount_and_unit(t, i, out, needs_event) && !compound_term(t, i, out))
        return false;
    size_t event_at =
        t.punct(out.end, ",") && t.word(out.end + 1, {"со", "с", "после"}) ? out.end + 1 : out.end;
    bool from_document = false;
    size_t after_event = read_event(t, event_at, from_document);
    if (after_event == event_at && needs_event)
        return false;
    if (after_event > event_at)
        out.end = after_event;
    out.relative_to_document = from_document;
    return true;
}

} // namespace prikaz::extract::deadline
