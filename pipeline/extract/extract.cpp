#include "extract/extract.h"
#include "extract/normalise.h"

namespace prikaz::extract {

namespace {

// A standalone appendix (a plan of measures filed on its own) opens with its mark or approval
// stamp («Приложение № 1 к приказу …», «УТВЕРЖДЕН …»), or with a plan table, before any other
// text: it has no head of its own to read.
bool opens_with_appendix(const model::Document &doc) {
    for (size_t i = 0; i < doc.body.size(); ++i) {
        const model::Block &b = doc.body[i];
        if (b.kind == model::Block::Kind::Paragraph && b.paragraph.text.empty() &&
            b.paragraph.label.empty())
            continue;
        if (b.kind == model::Block::Kind::Break)
            continue;
        return find_appendix_start(doc, i) == i;
    }
    return false;
}

} // namespace

record::Record extract_record(const model::Document &doc) {
    record::Record rec;
    rec.source_name = doc.source_name;
    size_t operative_from = opens_with_appendix(doc) ? 0 : extract_head(doc, rec);
    size_t appendix_from = find_appendix_start(doc, operative_from);
    extract_operative(doc, operative_from, appendix_from, rec);
    extract_appendices(doc, appendix_from, rec);
    extract_references(doc, rec);
    normalise_parties(rec);
    normalise_deadlines(rec);
    return rec;
}

} // namespace prikaz::extract
