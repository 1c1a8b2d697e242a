// Plain-text reader: decodes the bytes (read/encoding.h), splits classified lines
// (read/text_lines.h) and builds paragraphs, tab tables and page breaks from them.
#include "model/finalize.h"
#include "read/encoding.h"
#include "read/format_readers.h"
#include "read/text_lines.h"
#include "read/text_markdown.h"
#include "read/text_table.h"

#include <algorithm>

namespace prikaz::read {

namespace {

using Kind = TextLine::Kind;

// How the text lines outside tables form paragraphs.
enum class Layout {
    BlankLineParagraphs, // blank lines separate paragraphs; a block's lines are line breaks
    LineParagraphs,      // every non-blank line is a paragraph
};

// Blank-line paragraphs when blank lines separate at least 30% of the transitions between
// two text lines that follow each other (with nothing but blank lines between them). Exports
// that write one paragraph per line have (almost) no blank lines; exports that separate
// paragraphs by blank lines keep only the lines of one block (a letterhead, a wrapped title)
// together, which is well under 70% of the transitions.
constexpr int kBlankLineSharePercent = 30;

Layout choose_layout(const std::vector<TextLine> &lines) {
    int transitions = 0;
    int separated = 0;
    bool after_text = false;
    bool blank_between = false;
    for (const TextLine &line : lines) {
        switch (line.kind) {
        case Kind::Text:
            if (after_text) {
                ++transitions;
                separated += blank_between ? 1 : 0;
            }
            after_text = true;
            blank_between = false;
            break;
        case Kind::Blank:
            blank_between = true;
            break;
        case Kind::TableRow:
        case Kind::PageBreak:
            after_text = false;
            blank_between = false;
            break;
        }
    }
    return separated * 100 >= transitions * kBlankLineSharePercent ? Layout::BlankLineParagraphs
                                                                   : Layout::LineParagraphs;
}

std::string_view trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool is_list_item(std::string_view line) {
    for (std::string_view marker : {"- ", "* ", "+ ", "\u2022 "})
        if (line.substr(0, marker.size()) == marker)
            return true;
    return false;
}

// A bold paragraph wrapped over several lines in line-paragraph mode has its closing "**"
// at most this many lines below the opening one.
constexpr size_t kMaxBoldSpanLines = 20;

class TextBuilder {
public:
    TextBuilder(const std::vector<TextLine> &lines, Layout layout, model::Document &doc)
        : lines_(lines), layout_(layout), body_(doc.body) {}

    void build() {
        for (size_t i = 0; i < lines_.size();) {
            switch (lines_[i].kind) {
            case Kind::TableRow:
                i = add_table(i);
                break;
            case Kind::Text:
                i = layout_ == Layout::BlankLineParagraphs ? add_block_paragraph(i)
                                                           : add_line_paragraphs(i);
                break;
            case Kind::PageBreak:
                add_break();
                ++i;
                break;
            case Kind::Blank:
                ++i;
                break;
            }
        }
        if (!body_.empty() && body_.back().kind == model::Block::Kind::Break)
            body_.pop_back();
    }

private:
    const std::vector<TextLine> &lines_;
    Layout layout_;
    std::vector<model::Block> &body_;

    size_t end_of_text_run(size_t i) const {
        while (i < lines_.size() && lines_[i].kind == Kind::Text)
            ++i;
        return i;
    }

    void add_paragraph(std::string_view text, bool open_at_start) {
        MarkdownBold stripped = strip_markdown_bold(text, open_at_start);
        if (trim(stripped.text).empty())
            return;
        model::Paragraph p;
        p.text = std::move(stripped.text);
        p.bold = stripped.bold;
        body_.push_back(model::Block::make_paragraph(std::move(p)));
    }

    // A page break between two blocks; none at the start, none doubled.
    void add_break() {
        if (!body_.empty() && body_.back().kind != model::Block::Kind::Break)
            body_.push_back(model::Block::make_break(model::BreakKind::Page));
    }

    // In blank-line mode a markdown list item ("- текст", "* текст", "• текст") starts a new
    // paragraph even without a blank line before it, as in markdown.
    size_t add_block_paragraph(size_t i) {
        size_t end = i + 1;
        while (end < lines_.size() && lines_[end].kind == Kind::Text &&
               !is_list_item(trim(lines_[end].text)))
            ++end;
        std::string text;
        for (size_t k = i; k < end; ++k) {
            if (k > i)
                text += '\n';
            text += trim(lines_[k].text);
        }
        add_paragraph(text, false);
        return end;
    }

    // Which lines of [begin, end) start inside a ** span opened on an earlier line: a line
    // with an odd number of markers opens a span that the next such line closes.
    std::vector<bool> bold_spans(size_t begin, size_t end) const {
        std::vector<bool> open_at_start(end - begin, false);
        for (size_t k = begin; k < end; ++k) {
            if (count_bold_markers(lines_[k].text) % 2 == 0)
                continue;
            size_t limit = std::min(end, k + 1 + kMaxBoldSpanLines);
            for (size_t m = k + 1; m < limit; ++m) {
                if (count_bold_markers(lines_[m].text) % 2 == 0)
                    continue;
                for (size_t q = k + 1; q <= m; ++q)
                    open_at_start[q - begin] = true;
                k = m;
                break;
            }
        }
        return open_at_start;
    }

    size_t add_line_paragraphs(size_t i) {
        size_t end = end_of_text_run(i);
        std::vector<bool> open_at_start = bold_spans(i, end);
        for (size_t k = i; k < end; ++k)
            add_paragraph(trim(lines_[k].text), open_at_start[k - i]);
        return end;
    }

    // Consecutive table rows form one table, also across blank lines and page breaks (a table
    // split over pages of the export); what follows the last row is read normally.
    size_t add_table(size_t i) {
        std::vector<std::string_view> rows;
        size_t next = i;
        for (size_t k = i; k < lines_.size() && lines_[k].kind != Kind::Text; ++k) {
            if (lines_[k].kind == Kind::TableRow) {
                rows.push_back(lines_[k].text);
                next = k + 1;
            }
        }
        model::Table table = make_text_table(rows);
        if (!table.rows.empty())
            body_.push_back(model::Block::make_table(std::move(table)));
        return next;
    }
};

} // namespace

model::Document read_text(std::string_view bytes, const std::string &name) {
    DecodedText decoded = decode_text(bytes, name);
    model::Document doc;
    doc.source_name = name;
    doc.format = model::Format::Text;
    doc.encoding = decoded.encoding;
    std::vector<TextLine> lines = split_text_lines(decoded.utf8);
    TextBuilder(lines, choose_layout(lines), doc).build();
    model::finalize(doc);
    return doc;
}

} // namespace prikaz::read
