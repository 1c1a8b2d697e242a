#include "extract/head_lines.h"

#include "extract/text_util.h"

#include <unicode/uchar.h>

namespace prikaz::extract {

namespace {

// Requisites placed side by side: a few short rows. A plan of measures or any data table is
// larger and ends the head.
bool is_layout_table(const model::Table &table) {
    constexpr size_t kMaxRows = 8;
    constexpr int kMaxColumns = 4;
    constexpr int kMaxText = 1500; // code points in all cells
    if (table.rows.size() > kMaxRows || table.columns > kMaxColumns)
        return false;
    int text = 0;
    for (const auto &row : table.rows)
        for (const auto &cell : row.cells)
            text += code_points(cell.text());
    return text <= kMaxText;
}

bool is_space_or_tab(UChar32 c) {
    return c == u'\t' || u_isUWhiteSpace(c);
}

class LineCollector {
public:
    explicit LineCollector(std::vector<HeadLine> &out) : out_(out) {}

    void add_paragraph(const model::Block &block, size_t body_index) {
        const model::Paragraph &p = block.paragraph;
        icu::UnicodeString u = to_u(p.text);
        size_t first = out_.size();
        int32_t start = 0; // UTF-16 start of the current segment
        for (int32_t i = 0; i <= u.length(); ++i) {
            if (i < u.length() && u[i] != u'\n' && u[i] != u'\t')
                continue;
            add_segment(u, start, i, block, body_index);
            start = i + 1;
        }
        if (out_.size() > first) {
            out_[first].first_in_paragraph = true;
            if (out_.size() == first + 1)
                out_[first].whole_paragraph = true;
        }
        ++paragraph_;
    }

    void add_table(const model::Table &table, size_t body_index) {
        for (const auto &row : table.rows)
            for (const auto &cell : row.cells)
                for (const auto &b : cell.blocks)
                    if (b.kind == model::Block::Kind::Paragraph)
                        add_paragraph(b, body_index);
    }

private:
    void add_segment(const icu::UnicodeString &u, int32_t b, int32_t e, const model::Block &block,
                     size_t body_index) {
        while (b < e && is_space_or_tab(u.char32At(b)))
            b = u.moveIndex32(b, 1);
        while (e > b && is_space_or_tab(u.char32At(u.moveIndex32(e, -1))))
            e = u.moveIndex32(e, -1);
        if (b == e)
            return;
        HeadLine line;
        line.text = to_utf8(u.tempSubStringBetween(b, e));
        line.block = body_index;
        line.source_id = block.source.id;
        line.begin = u.countChar32(0, b);
        line.end = line.begin + u.countChar32(b, e - b);
        line.paragraph = paragraph_;
        line.para = &block.paragraph;
        out_.push_back(std::move(line));
    }

    std::vector<HeadLine> &out_;
    int paragraph_ = 0;
};

} // namespace

std::vector<HeadLine> collect_head_lines(const std::vector<model::Block> &blocks,
                                         size_t max_blocks) {
    std::vector<HeadLine> lines;
    LineCollector collector(lines);
    for (size_t i = 0; i < blocks.size() && i < max_blocks; ++i) {
        const model::Block &block = blocks[i];
        if (block.kind == model::Block::Kind::Break)
            continue;
        if (block.kind == model::Block::Kind::Table) {
            if (!is_layout_table(block.table))
                break;
            collector.add_table(block.table, i);
            continue;
        }
        if (!block.paragraph.label.empty())
            break;
        collector.add_paragraph(block, i);
    }
    return lines;
}

std::string paragraph_line(const HeadLine &line) {
    return line.para ? collapse_lines(line.para->text) : line.text;
}

namespace {

// Consecutive lines of one paragraph separated by exactly one character ("\n" or "\t"), so
// that offsets in the joined text map one to one onto the paragraph text.
bool contiguous(const std::vector<HeadLine> &lines, const std::vector<size_t> &which) {
    for (size_t k = 1; k < which.size(); ++k) {
        const HeadLine &prev = lines[which[k - 1]];
        const HeadLine &cur = lines[which[k]];
        if (cur.paragraph != prev.paragraph || cur.begin != prev.end + 1)
            return false;
    }
    return true;
}

std::string substring(const std::string &s, int begin, int end) {
    icu::UnicodeString u = to_u(s);
    int32_t b = u.moveIndex32(0, begin);
    return to_utf8(u.tempSubStringBetween(b, u.moveIndex32(b, end - begin)));
}

} // namespace

record::Text join_lines(const std::vector<HeadLine> &lines, const std::vector<size_t> &which,
                        int part_begin, int part_end) {
    record::Text out;
    if (which.empty())
        return out;
    std::string joined;
    for (size_t k : which)
        joined += (joined.empty() ? "" : " ") + lines[k].text;
    const HeadLine &first = lines[which.front()];
    out.source.block = first.source_id;
    bool whole = part_begin < 0 || (part_begin == 0 && part_end == code_points(joined));
    if (!whole)
        joined = substring(joined, part_begin, part_end);
    out.value = trim(joined);
    if (!contiguous(lines, which))
        return out;
    bool whole_paragraph =
        whole && first.para && collapse_lines(trim(first.para->text)) == collapse_lines(joined);
    if (whole_paragraph)
        return out;
    out.source.begin = first.begin + (whole ? 0 : part_begin);
    out.source.end = whole ? lines[which.back()].end : first.begin + part_end;
    return out;
}

record::Text line_part(const HeadLine &line, int begin, int end) {
    record::Text out;
    out.value = substring(line.text, begin, end);
    out.source.block = line.source_id;
    out.source.begin = line.begin + begin;
    out.source.end = line.begin + end;
    return out;
}

} // namespace prikaz::extract
