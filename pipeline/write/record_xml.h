// The record as XML in the urn:prikaz:document:1 vocabulary (schemas/prikaz-document.xsd),
// built as a libxml2 tree and serialised with libxml2.
#pragma once

#include "record/record.h"
#include "record/validate.h"

#include <string>
#include <vector>

namespace prikaz::write {

std::string record_to_xml(const record::Record &rec);

// The record as XML, checked against the record schema before it is serialised: the tree is
// validated itself, so the text is never parsed back just to be checked. `xml` is empty when
// `issues` is not: an invalid record is never handed out. Issues carry the line numbers of
// the text record_to_xml would write.
struct CheckedXml {
    std::string xml;
    std::vector<record::ValidationIssue> issues;
};
CheckedXml record_to_checked_xml(const record::Record &rec, size_t max_issues = 20);

} // namespace prikaz::write
