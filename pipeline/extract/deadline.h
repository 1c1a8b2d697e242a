// Deadlines, normalised (issue 4): a term as written → kind + ISO dates.
//
// Kinds (record::DeadlineKind, schema attribute `kind`):
//   by           "до 1 марта 2023 года", "не позднее 10 декабря", "к 5 сентября",
//                "в срок до 15.01.2022 года", "до конца 2023 года" → date = the last day allowed
//   on           "15.03.2023", "1 сентября 2023 г."                → date
//   period       months, ranges, years, quarters, half-years, school years → from / to
//   recurring    "ежеквартально", "ежемесячно до 5 числа", "раз в полугодие" → every (+ day);
//                "ежегодно до 1 июня" → every year, day 1 and date = the first due date
//   continuous, as_needed, conditional: see deadline_open.cpp
//   relative     "в течение 10 рабочих дней со дня подписания", "в месячный срок" → amount +
//                unit; `date` = the due date counted from the document date when the term
//                counts from the document itself (no event named, or its signing / issue)
//   unknown      anything else: kept as written, never dropped, never guessed.
// A missing year is inferred (year_inferred = true) by the rules of deadline_calendar.h.
// Deadline::as_written is the phrase when it holds one term, else each term's own words;
// Deadline::source.begin/end are the term's code points in the phrase (block left empty).
#pragma once

#include "extract/deadline_calendar.h"
#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract {

struct DeadlineContext {
    std::string ref_date;                // the document date, ISO; "" when unknown
    std::vector<deadline::Scope> scopes; // the plan years the document names
};

// A deadline cell or line: every term in it ("март 2021 ноябрь 2022" → two periods; "март,
// июнь 2021" → two, the year shared). Never empty: a phrase with no term is one deadline of
// kind unknown (or continuous / as_needed / conditional) holding the phrase.
std::vector<record::Deadline> parse_deadline_phrase(const std::string &phrase,
                                                    const DeadlineContext &ctx);

// The terms stated inside a point's sentence ("в срок до 15.01.2022 года подготовку …",
// "Руководителям … в срок до 1 сентября обеспечить", "провести в 2023 году"). Only terms
// introduced by a preposition of time count, and not:
//   - a scope: "на 2023 год", "на 2021-2022 гг", "на период до 2025 года";
//   - anything inside quotes (names of programmes: «… на 2021-2025 годы»);
//   - anything in a clause that states facts: after ", что" ("признать, что … в 2022 году
//     проводилась …"), or in a point that notes information ("Принять к сведению",
//     "Принять информацию", "Признать", "Отметить", "Считать");
//   - a term inside a past participle's phrase ("мониторинга, проведенного в 2021 году");
//   - after the sentence's first term, a period ("в срок до 15.01.2022 года … для участия в
//     проекте в 2022 году"): only "by" terms, recurrences and relative terms add to it;
//   - a term that ended before the document date (a past event, not a deadline).
std::vector<record::Deadline> find_sentence_deadlines(const std::string &text,
                                                      const DeadlineContext &ctx);

// Same kind and dates (what `prikaz eval` compares).
bool same_deadline_value(const record::Deadline &a, const record::Deadline &b);

} // namespace prikaz::extract
