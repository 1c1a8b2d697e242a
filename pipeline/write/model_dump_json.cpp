#include "write/model_dump.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace prikaz::write {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Array::Ptr blocks_json(const std::vector<model::Block> &blocks);

Object::Ptr new_object() {
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Object::Ptr paragraph_json(const model::Block &b) {
    const model::Paragraph &p = b.paragraph;
    Object::Ptr o = new_object();
    o->set("id", b.source.id);
    o->set("type", "paragraph");
    if (!p.label.empty()) {
        o->set("label", p.label);
        o->set("label_auto", p.label_auto);
    }
    o->set("text", p.text);
    if (p.list_level >= 0)
        o->set("list_level", p.list_level);
    if (p.heading_level)
        o->set("heading_level", p.heading_level);
    if (const char *a = model::align_name(p.align))
        o->set("align", a);
    if (p.bold)
        o->set("bold", true);
    if (p.italic)
        o->set("italic", true);
    if (!p.style.empty())
        o->set("style", p.style);
    return o;
}

Object::Ptr table_json(const model::Block &b) {
    Object::Ptr o = new_object();
    o->set("id", b.source.id);
    o->set("type", "table");
    o->set("columns", b.table.columns);
    Array::Ptr rows = new Array;
    for (const model::Row &r : b.table.rows) {
        Object::Ptr row = new_object();
        if (r.header)
            row->set("header", true);
        Array::Ptr cells = new Array;
        for (const model::Cell &c : r.cells) {
            Object::Ptr cell = new_object();
            cell->set("column", c.column);
            if (c.col_span > 1)
                cell->set("col_span", c.col_span);
            if (c.row_span > 1)
                cell->set("row_span", c.row_span);
            cell->set("blocks", blocks_json(c.blocks));
            cells->add(cell);
        }
        row->set("cells", cells);
        rows->add(row);
    }
    o->set("rows", rows);
    return o;
}

Array::Ptr blocks_json(const std::vector<model::Block> &blocks) {
    Array::Ptr arr = new Array;
    for (const model::Block &b : blocks) {
        if (b.kind == model::Block::Kind::Paragraph) {
            arr->add(paragraph_json(b));
        } else if (b.kind == model::Block::Kind::Table) {
            arr->add(table_json(b));
        } else {
            Object::Ptr o = new_object();
            o->set("id", b.source.id);
            o->set("type", b.break_kind == model::BreakKind::Page ? "page_break" : "section_break");
            arr->add(o);
        }
    }
    return arr;
}

} // namespace

void dump_model_json(const model::Document &doc, std::ostream &out) {
    Object::Ptr root = new_object();
    root->set("source", doc.source_name);
    root->set("format", model::format_name(doc.format));
    if (!doc.encoding.empty())
        root->set("encoding", doc.encoding);
    root->set("body", blocks_json(doc.body));
    Array::Ptr hfs = new Array;
    for (const model::HeaderFooter &hf : doc.headers_footers) {
        Object::Ptr o = new_object();
        o->set("kind", hf.kind == model::HeaderFooter::Kind::Header ? "header" : "footer");
        if (!hf.type.empty())
            o->set("type", hf.type);
        o->set("blocks", blocks_json(hf.blocks));
        hfs->add(o);
    }
    root->set("headers_footers", hfs);
    root->stringify(out, 2);
    out << '\n';
}

} // namespace prikaz::write
