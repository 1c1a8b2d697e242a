#include "extract/extract.h"
#include "extract/normalise.h"

namespace prikaz::extract {

record::Record extract_record(const model::Document &doc) {
    record::Record rec;
    rec.source_name = doc.source_name;
    size_t operative_from = extract_head(doc, rec);
    size_t appendix_from = find_appendix_start(doc, operative_from);
    extract_operative(doc, operative_from, appendix_from, rec);
    extract_appendices(doc, appendix_from, rec);
    extract_references(doc, rec);
    normalise_parties(rec);
    normalise_deadlines(rec);
    return rec;
}

} // namespace prikaz::extract
