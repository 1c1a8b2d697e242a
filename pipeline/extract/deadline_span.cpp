// Dated terms: a preposition of time (or none, in a deadline cell) and a calendar span.
//   "до", "в срок до", "не позднее", "не позже", "к", "по"        → by (the span's last day)
//   "до конца", "к концу", "не позднее конца"                     → by (the span's last day)
//   "до начала", "к началу"                                       → by (the span's first day)
//   "в течение", "в", "во", "на", none                            → period (a day: on)
//   "с … по …", "в период с … по …", "с … до …"                   → period
//   "с", "начиная с" and one day                                  → on (the day it starts)
// Ranges join two pieces with a dash, "по" or (after "с") "до": "ноябрь-декабрь 2023 года",
// "с 02 по 13 сентября", "01.09.2023 – 31.12.2023"; a year written only after the second piece
// is the year of both ("с ноября по февраль 2022" starts in November 2021).
// A span right after "конце", "начале", "середине", "итогам", "за", "после", … is not a term of
// its own ("в конце 2023 года" is not the year 2023): it is left to the whole-phrase kinds.
#include "extract/deadline_rules.h"

namespace prikaz::extract::deadline {

namespace {

enum class Lead { None, By, ByStart, During, In, On, From, Until };

struct LeadWords {
    Lead lead = Lead::None;
    size_t next = 0;
};

// "до конца" / "к началу" after a "by" preposition.
LeadWords by_lead(const Tokens &t, size_t j) {
    if (t.word(j, {"конца", "концу", "окончания", "окончанию"}))
        return {Lead::By, j + 1};
    if (t.word(j, {"начала", "началу"}))
        return {Lead::ByStart, j + 1};
    return {Lead::By, j};
}

LeadWords read_lead(const Tokens &t, size_t i) {
    if (t.word(i, {"в"}) && t.word(i + 1, {"срок"})) {
        if (t.word(i + 2, {"до"}))
            return by_lead(t, i + 3);
        if (t.word(i + 2, {"не"}) && t.word(i + 3, {"позднее", "позже"}))
            return by_lead(t, i + 4);
    }
    if (t.word(i, {"срок"}) && t.word(i + 1, {"до"}))
        return by_lead(t, i + 2);
    if (t.word(i, {"не"}) && t.word(i + 1, {"позднее", "позже"}))
        return by_lead(t, i + 2);
    if (t.word(i, {"до", "к", "ко"}))
        return by_lead(t, i + 1);
    if (t.word(i, {"в"}) && t.word(i + 1, {"течение", "течении"}))
        return {Lead::During, t.word(i + 2, {"всего", "всей"}) ? i + 3 : i + 2};
    if (t.word(i, {"в"}) && t.word(i + 1, {"период"}) && t.word(i + 2, {"с", "со"}))
        return {Lead::From, i + 3};
    if (t.word(i, {"начиная"}) && t.word(i + 1, {"с", "со"}))
        return {Lead::From, i + 2};
    if (t.word(i, {"с", "со"}))
        return {Lead::From, i + 1};
    if (t.word(i, {"в", "во"}))
        return {Lead::In, i + 1};
    if (t.word(i, {"на"}))
        return {Lead::On, i + 1};
    if (t.word(i, {"по"}))
        return {Lead::Until, i + 1};
    return {Lead::None, i};
}

// Words after which a span is a reference point, not the term itself.
bool blocked_by_previous(const Tokens &t, size_t i) {
    return i > 0 && (t.stem(i - 1, {"конц", "начал", "середин", "половин", "декад", "итог",
                                    "результат", "окончани", "завершени", "истечени"}) ||
                     t.word(i - 1, {"после", "за"}));
}

bool single_piece(const Tokens &t, size_t i, Where where, Piece &out) {
    return day_piece(t, i, out) || quarter_piece(t, i, out) || month_piece(t, i, out) ||
           year_piece(t, i, where, out);
}

// The year of the first piece of a range whose year is written after the second.
void share_range_year(CalSpan &first, const CalSpan &second) {
    if (first.year != 0 || second.year == 0)
        return;
    bool wraps = first.from_month > second.from_month ||
                 (first.from_month == second.from_month && first.from_day > second.from_day);
    first.year = second.year - (wraps ? 1 : 0);
}

// Joins two pieces into one span; false when the result would run backwards.
bool join(const Piece &a, const Piece &b, Piece &out) {
    CalSpan first = a.span;
    share_range_year(first, b.span);
    CalSpan joined = first;
    joined.to_month = b.span.to_month;
    joined.to_day = b.span.to_day;
    if (first.year != 0 && b.span.year != 0) {
        joined.to_year_offset = b.span.year + b.span.to_year_offset - first.year;
    } else {
        bool wraps = b.span.to_month < first.from_month ||
                     (b.span.to_month == first.from_month && b.span.to_day != 0 &&
                      b.span.to_day < first.from_day);
        joined.to_year_offset = b.span.to_year_offset + (wraps ? 1 : 0);
    }
    if (joined.to_year_offset < 0)
        return false;
    if (joined.year != 0 && compare(span_end(joined), span_start(joined)) < 0)
        return false;
    out = Piece{joined, b.end, a.grain};
    return true;
}

bool range_separator(const Tokens &t, size_t i, bool after_from) {
    return t.dash(i) || t.word(i, {"по"}) || (after_from && t.word(i, {"до"}));
}

// "02 – 13 сентября", "с 4 по 15 апреля 2016 года": a bare day number starting a range.
bool day_range(const Tokens &t, size_t i, bool after_from, Piece &out) {
    if (!t.number(i, 1, 31) || !range_separator(t, i + 1, after_from))
        return false;
    Piece second;
    if (!day_piece(t, i + 2, second) || t[i].value >= second.span.from_day)
        return false;
    out = second;
    out.span.from_day = t[i].value;
    return true;
}

// "Учитель года – 2016": a year right after words (or a dash after words) names something; a
// term stands at the start of a cell or after a separator.
bool year_inside_words(const Tokens &t, size_t i, const Piece &piece) {
    if (piece.grain != Piece::Year || i == 0)
        return false;
    size_t before = t.dash(i - 1) && i > 1 ? i - 2 : i - 1;
    return t.is(before, Tok::Word) && !t.word(before, {"и"});
}

} // namespace

bool calendar_span(const Tokens &t, size_t i, Where where, Piece &out) {
    bool after_from = i > 0 && t.word(i - 1, {"с", "со"});
    if (day_range(t, i, after_from, out))
        return true;
    Piece first;
    if (!single_piece(t, i, where, first))
        return false;
    out = first;
    Piece second;
    if (range_separator(t, first.end, after_from) &&
        single_piece(t, first.end + 1, where, second) && second.grain == first.grain)
        join(first, second, out);
    return true;
}

// A date written bare inside a sentence is the day the act happens only when it is a whole
// date (day, month and year) that no word ties to another document: «провести 15 марта 2019
// года семинар», «… в церемонии подведения итогов Конкурса 28.11.2013.», but not «приказ от
// 01.03.2019», «№ 5 01.03.2019» or «01.03.2019 № 12».
bool bare_date_in_sentence(const Tokens &t, size_t i, const Piece &piece) {
    if (!piece.span.single_day() || piece.span.year == 0)
        return false;
    if (i > 0 && (t.word(i - 1, {"от", "за", "года", "г"}) || t.punct(i - 1, "№") ||
                  t.is(i - 1, Tok::Number)))
        return false;
    return !(t.punct(piece.end, "№") || t.word(piece.end, {"n", "№"}));
}

bool dated_term(const Tokens &t, size_t i, Where where, Term &out) {
    LeadWords lead = read_lead(t, i);
    if (where == Where::Sentence && lead.lead == Lead::None) {
        Piece bare;
        if (blocked_by_previous(t, i) || !day_piece(t, i, bare) ||
            !bare_date_in_sentence(t, i, bare))
            return false;
    } else if (where == Where::Sentence && (lead.lead == Lead::On || lead.lead == Lead::Until)) {
        return false;
    }
    if (lead.lead == Lead::None && blocked_by_previous(t, i))
        return false;
    Piece piece;
    bool current = t.stem(lead.next, {"текущ"});
    bool dated = calendar_span(t, lead.next, where, piece);
    bool bare =
        !dated &&
        (bare_school_year(t, lead.next, piece) ||
         ((lead.lead == Lead::During || current) && bare_calendar_year(t, lead.next, piece)));
    // «в течение (учебного) года» naming no year: the work goes on all year round, a continuous
    // term (deadline_open.cpp), not a guess at which year
    bool during = lead.lead == Lead::During || (i > 0 && t.stem(i - 1, {"течени"}));
    if (bare && during && !current)
        return false;
    if (!(dated || bare) || (lead.lead == Lead::None && year_inside_words(t, i, piece)))
        return false;
    bool single = piece.span.single_day();
    if (where == Where::Sentence && lead.lead == Lead::From && single)
        return false; // "с 01.09.2023" in a sentence is when something takes effect
    out = Term{};
    out.first = i;
    out.end = piece.end;
    out.dated = true;
    out.span = piece.span;
    switch (lead.lead) {
    case Lead::By:
    case Lead::Until:
        out.reading = Reading::By;
        break;
    case Lead::ByStart:
        out.reading = Reading::ByStart;
        break;
    case Lead::From:
        out.reading = single ? Reading::On : Reading::Period;
        break;
    default:
        out.reading = single ? Reading::On : Reading::Period;
    }
    return true;
}

} // namespace prikaz::extract::deadline
