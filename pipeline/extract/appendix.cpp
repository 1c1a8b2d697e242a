// Zone entry points of the appendix zone: where appendices start, and reading them (marks,
// approval, title, plan tables) plus the glossary of the whole document.
#include "extract/appendix_marks.h"
#include "extract/appendix_reader.h"
#include "extract/extract.h"
#include "extract/glossary.h"
#include "extract/plan_header.h"

namespace prikaz::extract {

// The first appendix mark or approval stamp paragraph (or a stamp laid out in a small table),
// or the first plan table with its heading when the plan follows the signatures unmarked.
size_t find_appendix_start(const model::Document &doc, size_t from) {
    for (size_t i = from; i < doc.body.size(); ++i) {
        const model::Block &b = doc.body[i];
        if (b.kind == model::Block::Kind::Paragraph && is_mark_paragraph(b.paragraph))
            return i;
        if (b.kind != model::Block::Kind::Table)
            continue;
        if (is_stamp_table(b.table))
            return i;
        if (find_plan_header(b.table))
            return plan_title_start(doc, i, from);
    }
    return doc.body.size();
}

void extract_appendices(const model::Document &doc, size_t from, record::Record &rec) {
    AppendixReader(doc, rec).read(from);
    extract_glossary(doc, rec);
}

} // namespace prikaz::extract
