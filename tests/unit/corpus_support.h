// Helpers of the corpus rendition tests: the corpus manifest and the format-independent
// signatures that let renditions of one document be compared line by line.
#pragma once

#include "model/document.h"

#include <ostream>
#include <string>
#include <vector>

namespace prikaz::test {

// One line of corpus/manifest.tsv: path (relative to corpus/), format (text|html|docx|odt|fodt),
// expected encoding ("-" for packages and flat ODT), labels ("auto" when point numbers come from
// automatic numbering, "typed" when they are typed in the text).
struct CorpusFile {
    std::string path;
    std::string format;
    std::string encoding;
    std::string labels;

    std::string folder() const;    // the document folder, e.g. "000-krym-kollegiya-reshenie"
    std::string test_name() const; // path with every non-alphanumeric character made "_"
};

// Test parameters print as their path.
void PrintTo(const CorpusFile &file, std::ostream *out);

// Reads corpus/manifest.tsv ('#' starts a comment line). Throws std::runtime_error when the
// manifest is missing or a line does not have four tab-separated fields.
std::vector<CorpusFile> read_corpus_manifest();

// The manifest entries of one format ("text", "html", ...) or, with an empty format, all.
std::vector<CorpusFile> corpus_files(const std::string &format = "");

// The reference rendition of a folder: its plain-text file.
CorpusFile corpus_reference(const std::string &folder);

// The body of a document as comparable lines:
//   paragraph  "<label without one trailing '.'> | <text>"  (line breaks shown as "⏎",
//              tabs as "⇥"); paragraphs with neither label nor text are left out;
//   table      "⊞ table", then one line per row: its non-empty cell texts joined by " ‖ "
//              (rows without text are left out);
//   breaks     left out.
std::vector<std::string> body_signature(const model::Document &doc);

// Table layout lines, for comparing renditions that carry real tables (HTML, DOCX, ODT, FODT):
// per table "⊞ <columns>", per row "H" for a header row, then every stored cell as
// "<column>:<col_span>x<row_span>".
std::vector<std::string> table_layout(const model::Document &doc);

// "" when equal, else a message naming the first differing line (0-based index) with both
// versions, and the line counts.
std::string first_difference(const std::vector<std::string> &expected,
                             const std::vector<std::string> &actual);

// The depth of a numeric point label ("3." -> 1, "3.2.1" -> 3, "1)" -> 1), 0 when the label is
// not a point number.
int numeric_label_depth(const std::string &label);

} // namespace prikaz::test
