// The issuing body of a document from the header lines printed above the kind word (or, in a
// letter, the letterhead above the registration line).
//
// The lines are split into organisational units: a unit starts at a line whose first word is a
// nominative organisation noun or a nominative adjective ("МИНИСТЕРСТВО …", "УПРАВЛЕНИЕ …",
// "РЕСПУБЛИКА КРЫМ", "ГОСУДАРСТВЕННОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ …"), provided the unit before it
// already names its head noun; lines in the genitive ("МИНИСТЕРСТВА ОБРАЗОВАНИЯ,",
// "РЕСПУБЛИКИ КРЫМ", "АДМИНИСТРАЦИИ … РАЙОНА"), lines starting with a conjunction, a quote or a
// bracket ("(ГКУ РК «ИМАЦ»)" — the short name is kept as part of the name) continue the unit.
// With several units the first one is the parent body ("РЕСПУБЛИКА КРЫМ",
// "АДМИНИСТРАЦИЯ … МУНИЦИПАЛЬНОГО РАЙОНА") and the others, joined, the authority.
#pragma once

#include "extract/head_lines.h"
#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract {

// Fills `parent` and `authority` from header lines `which` (indices into `lines`).
void assign_authority(const std::vector<HeadLine> &lines, const std::vector<size_t> &which,
                      record::Requisites &req);

// True when the line starts an organisation name ("МИНИСТЕРСТВО …", "Государственное …").
bool starts_org_unit(const std::string &line);

// The issuer named in the genitive after a kind word, put into the nominative: only its first
// word changes ("коллегии комитета по образованию …" → "коллегия комитета по образованию …",
// "министерства образования" → "министерство образования", "главы района" → "глава района");
// letter case is kept.
std::string issuer_to_nominative(const std::string &genitive);

} // namespace prikaz::extract
