// Reading a record XML (urn:prikaz:document:1, schemas/prikaz-document.xsd) back into
// record::Record: the inverse of write::record_to_xml. Used by `prikaz eval` for the expected
// records of the corpus. The XML is validated against the schema first, so the reader only
// maps elements to fields and never has to guess.
#pragma once

#include "record/record.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace prikaz::record {

// The one exception read_record_xml throws: names the file, the line (0 when unknown) and the
// problem.
class RecordError : public std::runtime_error {
public:
    RecordError(const std::string &file, int line, const std::string &problem)
        : std::runtime_error(file + ":" + std::to_string(line) + ": " + problem), file_(file),
          line_(line), problem_(problem) {}
    const std::string &file() const { return file_; }
    int line() const { return line_; }
    const std::string &problem() const { return problem_; }

private:
    std::string file_;
    int line_;
    std::string problem_;
};

// Throws RecordError on malformed XML, a DTD, or anything the schema refuses.
Record read_record_xml(std::string_view xml, const std::string &name);

} // namespace prikaz::record
