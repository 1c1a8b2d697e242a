// The operative zone: preamble, enacting word, numbered points, control clause, signatures.
//
//   [from … skip_head) header blocks left before the preamble (when the head zone did not
//                      consume them)
//   [start … zone)     preamble, enacting word, points (OperativeWalker)
//   [zone … cut)       signatures (position and name lines)
//   [cut … end)        executor, visas, acquaintance list — not read
//   [end … to)         appendices (from the first appendix mark when `to` does not stop there)
#include "extract/extract.h"
#include "extract/operative_control.h"
#include "extract/operative_head_skip.h"
#include "extract/operative_lines.h"
#include "extract/operative_names.h"
#include "extract/operative_walk.h"
#include "extract/signatures_zone.h"
#include "extract/text_util.h"

#include <algorithm>

namespace prikaz::extract {

namespace {

using operative::is_appendix_mark;
using operative::is_trailing_mark;

bool is_unlabeled_paragraph(const model::Block &b) {
    return b.kind == model::Block::Kind::Paragraph && b.paragraph.label.empty();
}

size_t find_appendix_mark(const model::Document &doc, size_t from, size_t to) {
    for (size_t i = from; i < to; ++i)
        if (is_unlabeled_paragraph(doc.body[i]) && is_appendix_mark(doc.body[i].paragraph.text))
            return i;
    return to;
}

size_t after_last_point(const model::Document &doc, size_t from, size_t to) {
    size_t after = from;
    for (size_t i = from; i < to; ++i)
        if (doc.body[i].kind == model::Block::Kind::Paragraph &&
            !doc.body[i].paragraph.label.empty())
            after = i + 1;
    return after;
}

// A short line ending with a name: a signature, after which executor marks may follow.
bool has_signed_name(const model::Block &b) {
    if (!is_unlabeled_paragraph(b))
        return b.kind == model::Block::Kind::Table;
    std::string last = trim(b.paragraph.text);
    size_t nl = last.rfind('\n');
    if (nl != std::string::npos)
        last = last.substr(nl + 1);
    return code_points(last) <= 120 && operative::find_name_at_end(last).has_value();
}

// Executor marks, visas and acquaintance lists follow the signature: the first such mark after
// a signed name (and after the last point) ends what is read.
size_t find_trailing_marks(const model::Document &doc, size_t from, size_t to) {
    bool signed_seen = false;
    for (size_t i = after_last_point(doc, from, to); i < to; ++i) {
        const model::Block &b = doc.body[i];
        if (signed_seen && is_unlabeled_paragraph(b) && is_trailing_mark(b.paragraph.text))
            return i;
        signed_seen = signed_seen || has_signed_name(b);
    }
    return to;
}

operative::DocumentMode mode_of(const std::string &kind) {
    return fold(kind) == "письмо" ? operative::DocumentMode::Letter
                                  : operative::DocumentMode::Order;
}

} // namespace

void extract_operative(const model::Document &doc, size_t from, size_t to, record::Record &rec) {
    to = std::min(to, doc.body.size());
    if (from >= to)
        return;
    size_t start = operative::skip_head(doc, from, to);
    size_t end = find_appendix_mark(doc, start, to);
    size_t cut = find_trailing_marks(doc, start, end);
    operative::SignatureZone zone = operative::find_signatures(doc, start, cut);

    operative::OperativeWalker walker(mode_of(rec.kind));
    for (size_t i = start; i < zone.begin; ++i)
        walker.block(doc.body[i]);
    walker.finish(rec);

    rec.signatures = std::move(zone.signatures);
    if (auto hit = operative::find_control(doc, start, zone.begin, rec.points)) {
        if (hit->self)
            operative::fill_self_control(hit->control, rec.signatures);
        rec.control = std::move(hit->control);
    }
}

} // namespace prikaz::extract
