// Helpers shared by the test suites: building zip packages in memory, reading files.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace prikaz::test {

using ZipEntries = std::vector<std::pair<std::string, std::string>>; // name, content

// A zip archive (deflated entries, "mimetype" stored first when present) built with Poco Zip.
std::string make_zip(const ZipEntries &entries);

// A minimal DOCX package around a w:body fragment; extra parts (numbering, styles, headers)
// may be added. `body_xml` is the content of <w:body>.
std::string make_docx(const std::string &body_xml, const ZipEntries &extra_parts = {});

// A minimal ODT package around an office:text fragment and optional automatic styles.
std::string make_odt(const std::string &text_xml, const std::string &automatic_styles = "",
                     const std::string &styles_xml = "");

// `utf8` converted by ICU to `charset` ("windows-1251", "KOI8-R", "UTF-16LE", ...); throws if a
// character has no mapping (no substitution allowed).
std::string encode(const std::string &utf8, const char *charset);

std::string read_file(const std::string &path);

// A shell command's exit status (-1 when it did not exit normally) and its standard output
// (redirect stderr in the command to capture it too).
struct CommandResult {
    int exit_code;
    std::string output;
};
CommandResult run_command(const std::string &shell_command);
std::string corpus_path(const std::string &relative);
std::string data_path(const std::string &relative); // tests/data: phrase tables

} // namespace prikaz::test
