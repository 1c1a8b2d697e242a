#include "model/document.h"

namespace prikaz::model {

namespace {
void append_block_text(const Block &b, std::string &out) {
    if (b.kind == Block::Kind::Paragraph) {
        if (!out.empty())
            out += '\n';
        const Paragraph &p = b.paragraph;
        if (!p.label.empty()) {
            out += p.label;
            if (!p.text.empty())
                out += ' ';
        }
        out += p.text;
    } else if (b.kind == Block::Kind::Table) {
        for (const Row &r : b.table.rows)
            for (const Cell &c : r.cells)
                for (const Block &inner : c.blocks)
                    append_block_text(inner, out);
    }
}
} // namespace

std::string Cell::text() const {
    std::string out;
    for (const Block &b : blocks)
        append_block_text(b, out);
    return out;
}

Block Block::make_paragraph(Paragraph p) {
    Block b;
    b.kind = Kind::Paragraph;
    b.paragraph = std::move(p);
    return b;
}

Block Block::make_table(Table t) {
    Block b;
    b.kind = Kind::Table;
    b.table = std::move(t);
    return b;
}

Block Block::make_break(BreakKind k) {
    Block b;
    b.kind = Kind::Break;
    b.break_kind = k;
    return b;
}

const char *align_name(Align a) {
    switch (a) {
    case Align::Left:
        return "left";
    case Align::Center:
        return "center";
    case Align::Right:
        return "right";
    case Align::Justify:
        return "justify";
    case Align::Unspecified:
        break;
    }
    return nullptr;
}

const char *format_name(Format f) {
    switch (f) {
    case Format::Text:
        return "text";
    case Format::Docx:
        return "docx";
    case Format::Odt:
        return "odt";
    case Format::Fodt:
        return "fodt";
    case Format::Html:
        return "html";
    }
    return "unknown";
}

} // namespace prikaz::model
