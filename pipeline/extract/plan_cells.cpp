#include "extract/plan_cells.h"

#include "extract/text_util.h"

namespace prikaz::extract {

namespace {

const model::Block *first_paragraph(const std::vector<model::Block> &blocks) {
    for (const model::Block &block : blocks) {
        if (block.kind == model::Block::Kind::Paragraph)
            return &block;
        if (block.kind == model::Block::Kind::Table)
            for (const model::Row &row : block.table.rows)
                for (const model::Cell &cell : row.cells)
                    if (const model::Block *inner = first_paragraph(cell.blocks))
                        return inner;
    }
    return nullptr;
}

} // namespace

std::string cell_text(const model::Cell &cell) {
    return trim(collapse_lines(cell.text()));
}

std::string cell_lines(const model::Cell &cell) {
    const std::string text = cell.text();
    std::string out;
    size_t from = 0;
    while (from <= text.size()) {
        size_t nl = text.find('\n', from);
        std::string line =
            collapse_lines(trim(text.substr(from, nl == std::string::npos ? nl : nl - from)));
        if (!line.empty())
            out += (out.empty() ? "" : "\n") + line;
        if (nl == std::string::npos)
            break;
        from = nl + 1;
    }
    return out;
}

record::Text cell_value(const model::Cell &cell) {
    record::Text value;
    value.value = cell_text(cell);
    value.source.block = first_block_id(cell);
    return value;
}

bool is_measure_number(const std::string &text) {
    static const Regex number(R"(\d{1,3}(\.\d{1,3}){0,4}[.)]?)");
    Match m;
    return number.full(text, m);
}

std::string strip_number(const std::string &text) {
    std::string out = trim(text);
    while (!out.empty() && (out.back() == '.' || out.back() == ')'))
        out.pop_back();
    return out;
}

std::string first_block_id(const model::Cell &cell) {
    const model::Block *block = first_paragraph(cell.blocks);
    return block ? block->source.id : std::string();
}

} // namespace prikaz::extract
