// One party phrase → organisation, position and person, each in the nominative:
//   «Управлению общего образования (Маханова А.В.)» → org + person (a name in parentheses is
//     already nominative);
//   «заместителю министра Беспаловой С.Э.» → position + person (the name in the phrase's case);
//   «Главному бухгалтеру МКУ «Централизованная бухгалтерия» (Семенова Г.А.)» → position + org +
//     person (the organisation starts at a legal form, a quote or a glossary abbreviation);
//   «Директору государственного казенного учреждения … «Центр …» (далее – ЦОКО) Горбуновой
//     Т.С.» → position + org + person (a legal form written out in words before the quoted
//     name belongs to the organisation, put into the nominative; «(далее – …)» is dropped);
//   «Петрова А.А. – начальник отдела», «Белова С.Н. (методист)» → person + position;
//   «Руководителям общеобразовательных организаций» → position, lower case (an addressee
//     named by position); a nominative cell («Руководители ОО») stays as written;
//   «ИРОСО», «ОО со стабильно высокими …» → abbr + the glossary's full name (+ the rest).
#pragma once

#include "extract/party_split.h"
#include "record/record.h"

#include <vector>

namespace prikaz::extract::party {

record::Party party_of(const Piece &piece, unsigned cases,
                       const std::vector<record::GlossaryTerm> &glossary);

} // namespace prikaz::extract::party
