#include "record/eval_items.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace prikaz::record::eval {

// What each field compares (one item per value):
//   requisites  kind and each requisite: "date: ISO" (as written when no ISO), "number: …", …
//   glossary    "abbr = full"
//   points      "num: text" for every point at every depth
//   tree        "num in parent-num" ("num in -" for top-level points)
//   measures    "appendix/section/num: name | result"
//   sections    "num: title"
//   deadlines   "owner: kind date= from= to= every= day= amount= unit= year-inferred"
//   parties     "owner: org=…; person=…; position=…" (the inherited flag is not compared)
//   control     "position | person"
//   signatures  "position | person"
//   references  "kind | date | number"
// Owners are "point NUM" or "measure APPENDIX/NUM".

namespace {

const char *const kRequisites = "requisites";
const char *const kGlossary = "glossary";
const char *const kPoints = "points";
const char *const kTree = "tree";
const char *const kMeasures = "measures";
const char *const kSections = "sections";
const char *const kDeadlines = "deadlines";
const char *const kParties = "parties";
const char *const kControl = "control";
const char *const kSignatures = "signatures";
const char *const kReferences = "references";

class Items {
public:
    Items() {
        for (const std::string &name : field_names())
            fields_.push_back(FieldItems{name, {}});
    }
    void add(const char *field, const std::string &item) {
        for (FieldItems &f : fields_)
            if (f.field == field)
                f.items.push_back(normalise(item));
    }
    std::vector<FieldItems> take() { return std::move(fields_); }

private:
    std::vector<FieldItems> fields_;
};

void add_requisite(Items &out, const char *name, const std::string &value) {
    if (!value.empty())
        out.add(kRequisites, std::string(name) + ": " + value);
}

void add_requisites(Items &out, const Record &rec) {
    const Requisites &r = rec.requisites;
    add_requisite(out, "kind", rec.kind);
    add_requisite(out, "parent", r.parent.value);
    add_requisite(out, "authority", r.authority.value);
    add_requisite(out, "date", r.date.iso.empty() ? r.date.as_written : r.date.iso);
    add_requisite(out, "number", r.number.value);
    add_requisite(out, "place", r.place.value);
    add_requisite(out, "title", r.title.value);
    add_requisite(out, "addressee", r.addressee.value);
    add_requisite(out, "reply_to", r.reply_to.value);
}

void append_attr(std::string &out, const char *name, const std::string &value) {
    if (!value.empty())
        out += std::string(" ") + name + "=" + value;
}

void append_attr(std::string &out, const char *name, int value) {
    if (value > 0)
        append_attr(out, name, std::to_string(value));
}

std::string deadline_item(const std::string &owner, const Deadline &d) {
    std::string item = owner + ": " + deadline_kind_name(d.kind);
    append_attr(item, "date", d.date);
    append_attr(item, "from", d.from);
    append_attr(item, "to", d.to);
    append_attr(item, "every", d.every);
    append_attr(item, "day", d.day);
    append_attr(item, "amount", d.amount);
    append_attr(item, "unit", d.unit);
    if (d.year_inferred)
        item += " year-inferred";
    return item;
}

std::string party_item(const std::string &owner, const Party &p) {
    return owner + ": org=" + p.org + "; person=" + p.person + "; position=" + p.position;
}

void add_duties(Items &out, const std::string &owner, const std::vector<Deadline> &deadlines,
                const std::vector<Party> &parties) {
    for (const Deadline &d : deadlines)
        out.add(kDeadlines, deadline_item(owner, d));
    for (const Party &p : parties)
        out.add(kParties, party_item(owner, p));
}

void add_point(Items &out, const Point &p, const std::string &parent_num) {
    out.add(kPoints, p.num + ": " + p.text.value);
    out.add(kTree, p.num + " in " + (parent_num.empty() ? "-" : parent_num));
    add_duties(out, "point " + p.num, p.deadlines, p.responsible);
    for (const Point &child : p.points)
        add_point(out, child, p.num);
}

void add_measure(Items &out, const Appendix &a, const std::string &section_num, const Measure &m) {
    out.add(kMeasures,
            a.num + "/" + section_num + "/" + m.num + ": " + m.name.value + " | " + m.result.value);
    add_duties(out, "measure " + a.num + "/" + m.num, m.deadlines, m.responsible);
}

void add_appendix(Items &out, const Appendix &a) {
    for (const Measure &m : a.measures)
        add_measure(out, a, "", m);
    for (const Section &s : a.sections) {
        out.add(kSections, s.num + ": " + s.title.value);
        for (const Measure &m : s.measures)
            add_measure(out, a, s.num, m);
    }
}

void add_tail(Items &out, const Record &rec) {
    if (rec.control)
        out.add(kControl, rec.control->position.value + " | " + rec.control->person.value);
    for (const Signature &s : rec.signatures)
        out.add(kSignatures, s.position.value + " | " + s.person.value);
    for (const Reference &r : rec.references)
        out.add(kReferences, r.kind + " | " + r.date + " | " + r.number);
}

} // namespace

const std::vector<std::string> &field_names() {
    static const std::vector<std::string> names = {kRequisites, kGlossary,   kPoints,    kTree,
                                                   kMeasures,   kSections,   kDeadlines, kParties,
                                                   kControl,    kSignatures, kReferences};
    return names;
}

std::vector<FieldItems> record_items(const Record &rec) {
    Items out;
    add_requisites(out, rec);
    for (const GlossaryTerm &t : rec.glossary)
        out.add(kGlossary, t.abbr + " = " + t.full);
    for (const Point &p : rec.points)
        add_point(out, p, "");
    for (const Appendix &a : rec.appendices)
        add_appendix(out, a);
    add_tail(out, rec);
    return out.take();
}

std::string normalise(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (U_SUCCESS(status))
        u = nfc->normalize(u, status);
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (u_isUWhiteSpace(c)) {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space)
            out.append(static_cast<UChar>(' '));
        pending_space = false;
        out.append(c);
    }
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

} // namespace prikaz::record::eval
