// normalise_parties (normalise.h): every point's and measure's responsible parties split, in
// the nominative, abbreviations resolved through the glossary, and inherited by sub-points.
#include "extract/normalise.h"

#include "extract/nominative.h"
#include "extract/party.h"
#include "extract/text_util.h"

namespace prikaz::extract {

namespace {

using Glossary = std::vector<record::GlossaryTerm>;

// Offsets found in a value are moved into its block: `base` is where the value starts there
// (-1: the value is the whole block or was joined from several, so the offsets stay relative
// to its start — valid for its first block).
void place(record::Party &p, const std::string &block, int base) {
    int shift = base < 0 ? 0 : base;
    p.source.block = block;
    if (p.source.begin >= 0) {
        p.source.begin += shift;
        p.source.end += shift;
    }
}

std::vector<record::Party> inherited(const std::vector<record::Party> &parent) {
    std::vector<record::Party> out = parent;
    for (record::Party &p : out)
        p.inherited = true;
    return out;
}

// A plan cell or a «Ответственные: …» line lists parties as written; each becomes one or more
// normalised parties.
std::vector<record::Party> parse_listed(const std::vector<record::Party> &listed,
                                        const Glossary &glossary) {
    std::vector<record::Party> out;
    for (const record::Party &cell : listed) {
        if (trim(cell.as_written).empty())
            continue;
        for (record::Party &p :
             party::parse_parties(cell.as_written, nominative::kAnyCase, glossary)) {
            bool whole = p.as_written == collapse_lines(trim(cell.as_written));
            place(p, cell.source.block, cell.source.begin);
            if (whole)
                p.source = cell.source;
            p.inherited = cell.inherited;
            out.push_back(std::move(p));
        }
    }
    return out;
}

void normalise_measure(record::Measure &m, const Glossary &glossary) {
    m.responsible = parse_listed(m.responsible, glossary);
}

// A point addressed to a body names it first; a point without one inherits its parent's (or,
// at the top of a letter, the letter's addressee).
void normalise_point(record::Point &point, const std::vector<record::Party> &parent,
                     const Glossary &glossary) {
    const std::string &block =
        point.text.source.block.empty() ? point.source.block : point.text.source.block;
    std::vector<record::Party> named = parse_listed(point.responsible, glossary);
    for (record::Party &p : party::remark_parties(point.text.value, glossary)) {
        place(p, block, point.text.source.begin);
        named.push_back(std::move(p));
    }
    std::vector<record::Party> addressed = party::addressee_parties(point.text.value, glossary);
    for (record::Party &p : addressed)
        place(p, block, point.text.source.begin);
    // Officials named by «Ответственный: …» lines or «(ответственный – …)» remarks do the work
    // of the body the point (or its parent) is addressed to: both are responsible.
    point.responsible = addressed.empty() && !named.empty() ? inherited(parent) : addressed;
    point.responsible.insert(point.responsible.end(), named.begin(), named.end());
    if (point.responsible.empty())
        point.responsible = parent;
    std::vector<record::Party> for_children = inherited(point.responsible);
    for (record::Point &child : point.points)
        normalise_point(child, for_children, glossary);
}

// A measure row with an empty "responsible" cell takes the parties of the measure above it in
// the same list, marked inherited: that is how a vertically merged cell reads once the merge is
// lost (plain-text exports leave the covered cells empty), and a plan row with nobody
// responsible is not something a plan means to say.
void fill_down_responsible(std::vector<record::Measure> &measures) {
    for (size_t i = 1; i < measures.size(); ++i)
        if (measures[i].responsible.empty())
            measures[i].responsible = inherited(measures[i - 1].responsible);
}

void normalise_measures(std::vector<record::Measure> &measures, const Glossary &glossary) {
    for (record::Measure &m : measures)
        normalise_measure(m, glossary);
    fill_down_responsible(measures);
}

// The addressee of a letter is the party of its numbered points.
std::vector<record::Party> letter_parties(const record::Record &rec) {
    if (rec.kind != "письмо" || rec.requisites.addressee.empty())
        return {};
    const record::Text &to = rec.requisites.addressee;
    std::vector<record::Party> out = party::parse_parties(
        collapse_lines(to.value), nominative::kDat | nominative::kNom, rec.glossary);
    for (record::Party &p : out)
        place(p, to.source.block, to.source.begin);
    return out;
}

} // namespace

void normalise_parties(record::Record &rec) {
    std::vector<record::Party> addressee = letter_parties(rec);
    for (record::Point &p : rec.points)
        normalise_point(p, addressee, rec.glossary);
    for (record::Appendix &a : rec.appendices) {
        normalise_measures(a.measures, rec.glossary);
        for (record::Section &s : a.sections)
            normalise_measures(s.measures, rec.glossary);
    }
}

} // namespace prikaz::extract
