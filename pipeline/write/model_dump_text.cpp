#include "write/model_dump.h"

#include <string>

namespace prikaz::write {

namespace {

std::string one_line(const std::string &s) {
    std::string out;
    for (char c : s)
        out += (c == '\n')   ? std::string(" ⏎ ")
               : (c == '\t') ? std::string(" ⇥ ")
                             : std::string(1, c);
    return out;
}

void dump_blocks(const std::vector<model::Block> &blocks, std::ostream &out, int indent);

void dump_paragraph(const model::Block &b, std::ostream &out, const std::string &pad) {
    const model::Paragraph &p = b.paragraph;
    out << pad << '[' << b.source.id << ']';
    if (p.heading_level)
        out << " h" << p.heading_level;
    if (p.list_level >= 0)
        out << " L" << p.list_level;
    if (p.bold)
        out << " bold";
    if (p.italic)
        out << " italic";
    if (model::align_name(p.align))
        out << ' ' << model::align_name(p.align);
    if (!p.style.empty())
        out << " {" << p.style << '}';
    out << "  ";
    if (!p.label.empty())
        out << (p.label_auto ? "#" : "") << p.label << " | ";
    out << one_line(p.text) << '\n';
}

void dump_table(const model::Block &b, std::ostream &out, int indent) {
    const std::string pad(indent, ' ');
    out << pad << '[' << b.source.id << "] table " << b.table.rows.size() << "x" << b.table.columns
        << '\n';
    for (size_t r = 0; r < b.table.rows.size(); ++r) {
        const model::Row &row = b.table.rows[r];
        out << pad << "  row " << r << (row.header ? " (header)" : "") << '\n';
        for (const model::Cell &c : row.cells) {
            out << pad << "    cell col=" << c.column;
            if (c.col_span > 1)
                out << " colspan=" << c.col_span;
            if (c.row_span > 1)
                out << " rowspan=" << c.row_span;
            out << '\n';
            dump_blocks(c.blocks, out, indent + 6);
        }
    }
}

void dump_blocks(const std::vector<model::Block> &blocks, std::ostream &out, int indent) {
    const std::string pad(indent, ' ');
    for (const model::Block &b : blocks) {
        switch (b.kind) {
        case model::Block::Kind::Paragraph:
            dump_paragraph(b, out, pad);
            break;
        case model::Block::Kind::Table:
            dump_table(b, out, indent);
            break;
        case model::Block::Kind::Break:
            out << pad << '[' << b.source.id << "] ----- "
                << (b.break_kind == model::BreakKind::Page ? "page break" : "section break")
                << " -----\n";
            break;
        }
    }
}

} // namespace

void dump_model_text(const model::Document &doc, std::ostream &out) {
    out << "# " << doc.source_name << " (" << model::format_name(doc.format);
    if (!doc.encoding.empty())
        out << ", " << doc.encoding;
    out << ")\n";
    dump_blocks(doc.body, out, 0);
    for (const model::HeaderFooter &hf : doc.headers_footers) {
        out << "# " << (hf.kind == model::HeaderFooter::Kind::Header ? "header" : "footer");
        if (!hf.type.empty())
            out << " (" << hf.type << ")";
        out << '\n';
        dump_blocks(hf.blocks, out, 2);
    }
}

} // namespace prikaz::write
