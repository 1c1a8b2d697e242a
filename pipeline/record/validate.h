// Validation of record XML against schemas/prikaz-document.xsd with libxml2.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace prikaz::record {

struct ValidationIssue {
    int line = 0;
    std::string message;
};

// The XSD text compiled into the library.
std::string_view record_schema_xsd();

// Returns the problems found (empty when valid), first ones first, at most `max_issues`.
// Malformed XML is reported as an issue too; DTDs are refused.
std::vector<ValidationIssue> validate_record_xml(std::string_view xml, size_t max_issues = 20);

// The same check on a tree (a parsed record or one built by write::record_to_checked_xml).
// Tree nodes built in memory have no line numbers: issues then report line 0.
std::vector<ValidationIssue> validate_record_doc(xmlDoc *doc, size_t max_issues = 20);

} // namespace prikaz::record
