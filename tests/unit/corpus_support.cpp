#include "corpus_support.h"

#include "test_support.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace prikaz::test {

namespace {

std::vector<std::string> split_tabs(const std::string &line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t'))
        fields.push_back(field);
    return fields;
}

// Line breaks and tabs made visible so that every signature entry is one line. Both are ASCII,
// so a byte-wise replacement is safe on UTF-8.
std::string one_line(const std::string &text) {
    std::string out;
    for (char ch : text) {
        if (ch == '\n')
            out += " ⏎ ";
        else if (ch == '\t')
            out += " ⇥ ";
        else
            out += ch;
    }
    return out;
}

// "2.1" and "2.1." are the same point: a seed may type both forms next to each other, while an
// automatic numbering shows one uniform form.
std::string label_key(const std::string &label) {
    if (!label.empty() && label.back() == '.')
        return label.substr(0, label.size() - 1);
    return label;
}

void append_row(const model::Row &row, std::vector<std::string> &out) {
    std::string line;
    for (const model::Cell &cell : row.cells) {
        std::string text = one_line(cell.text());
        if (text.empty())
            continue;
        line += line.empty() ? "  " : " ‖ ";
        line += text;
    }
    if (!line.empty())
        out.push_back(line);
}

} // namespace

std::string CorpusFile::folder() const {
    return path.substr(0, path.find('/'));
}

std::string CorpusFile::test_name() const {
    std::string name = path;
    for (char &ch : name)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            ch = '_';
    return name;
}

void PrintTo(const CorpusFile &file, std::ostream *out) {
    *out << file.path;
}

std::vector<CorpusFile> read_corpus_manifest() {
    std::istringstream in(read_file(corpus_path("manifest.tsv")));
    std::vector<CorpusFile> files;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::vector<std::string> f = split_tabs(line);
        if (f.size() != 4)
            throw std::runtime_error("corpus/manifest.tsv: not 4 tab-separated fields: " + line);
        files.push_back({f[0], f[1], f[2], f[3]});
    }
    return files;
}

std::vector<CorpusFile> corpus_files(const std::string &format) {
    std::vector<CorpusFile> selected;
    for (const CorpusFile &file : read_corpus_manifest())
        if (format.empty() || file.format == format)
            selected.push_back(file);
    return selected;
}

CorpusFile corpus_reference(const std::string &folder) {
    for (const CorpusFile &file : corpus_files("text"))
        if (file.folder() == folder)
            return file;
    throw std::runtime_error("corpus/manifest.tsv: no text rendition in " + folder);
}

std::vector<std::string> body_signature(const model::Document &doc) {
    std::vector<std::string> out;
    for (const model::Block &block : doc.body) {
        if (block.kind == model::Block::Kind::Paragraph) {
            const model::Paragraph &p = block.paragraph;
            if (p.label.empty() && p.text.empty())
                continue;
            out.push_back(label_key(p.label) + " | " + one_line(p.text));
        } else if (block.kind == model::Block::Kind::Table) {
            out.push_back("⊞ table");
            for (const model::Row &row : block.table.rows)
                append_row(row, out);
        }
    }
    return out;
}

std::vector<std::string> table_layout(const model::Document &doc) {
    std::vector<std::string> out;
    for (const model::Block &block : doc.body) {
        if (block.kind != model::Block::Kind::Table)
            continue;
        out.push_back("⊞ " + std::to_string(block.table.columns));
        for (const model::Row &row : block.table.rows) {
            std::string line = row.header ? "H" : "-";
            for (const model::Cell &cell : row.cells)
                line += " " + std::to_string(cell.column) + ":" + std::to_string(cell.col_span) +
                        "x" + std::to_string(cell.row_span);
            out.push_back(line);
        }
    }
    return out;
}

std::string first_difference(const std::vector<std::string> &expected,
                             const std::vector<std::string> &actual) {
    size_t common = std::min(expected.size(), actual.size());
    for (size_t i = 0; i < common; ++i)
        if (expected[i] != actual[i])
            return "line " + std::to_string(i) + " differs\n  expected: " + expected[i] +
                   "\n  actual:   " + actual[i] + "\n  (" + std::to_string(expected.size()) +
                   " expected lines, " + std::to_string(actual.size()) + " actual)";
    if (expected.size() == actual.size())
        return "";
    const bool longer = actual.size() > expected.size();
    return "line " + std::to_string(common) + (longer ? " is extra: " : " is missing: ") +
           (longer ? actual[common] : expected[common]) + "\n  (" +
           std::to_string(expected.size()) + " expected lines, " + std::to_string(actual.size()) +
           " actual)";
}

int numeric_label_depth(const std::string &label) {
    std::string body = label;
    if (!body.empty() && (body.back() == '.' || body.back() == ')'))
        body.pop_back();
    if (body.empty())
        return 0;
    int depth = 1;
    bool part_has_digit = false;
    for (char ch : body) {
        if (ch >= '0' && ch <= '9') {
            part_has_digit = true;
        } else if (ch == '.' && part_has_digit) {
            ++depth;
            part_has_digit = false;
        } else {
            return 0;
        }
    }
    return part_has_digit ? depth : 0;
}

} // namespace prikaz::test
