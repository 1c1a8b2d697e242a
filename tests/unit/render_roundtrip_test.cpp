// Round trip of rendering: every corpus record (its expected.xml) is rendered with the shipped
// template that fits its kind, in DOCX and in ODT, then read and extracted again by prikaz; the
// record that comes back must carry the same requisites, point tree (numbers and text),
// deadlines (normalised), responsible parties, appendix measures, control clause and
// signatures. Where a template prints a normalised form (a measure's deadline or party in a
// plan table) the comparison is on the normalised values, not on the words as written.
#include "extract/extract.h"
#include "extract/text_util.h"
#include "read/reader.h"
#include "record/record_xml_read.h"
#include "render/render.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

namespace prikaz {
namespace {

using record::Record;

std::string deadline_line(const record::Deadline &d) {
    std::ostringstream out;
    out << record::deadline_kind_name(d.kind) << " date=" << d.date << " from=" << d.from
        << " to=" << d.to << " every=" << d.every << " day=" << d.day << " amount=" << d.amount
        << " unit=" << d.unit;
    return out.str();
}

std::string party_line(const record::Party &p) {
    return "org=" + p.org + " person=" + p.person + " position=" + p.position +
           (p.inherited ? " inherited" : "");
}

void print_point(std::ostream &out, const record::Point &p, int depth) {
    out << std::string(depth * 2, ' ') << "point " << p.num << ": " << p.text.value << '\n';
    for (const auto &party : p.responsible)
        out << std::string(depth * 2, ' ') << "  responsible " << party_line(party) << '\n';
    for (const auto &d : p.deadlines)
        out << std::string(depth * 2, ' ') << "  deadline " << deadline_line(d) << '\n';
    for (const auto &child : p.points)
        print_point(out, child, depth + 1);
}

void print_measure(std::ostream &out, const record::Measure &m) {
    out << "  measure " << m.num << ": " << m.name.value << " | result: " << m.result.value << '\n';
    for (const auto &party : m.responsible)
        out << "    responsible " << party_line(party) << '\n';
    for (const auto &d : m.deadlines)
        out << "    deadline " << deadline_line(d) << '\n';
}

std::string appendices_text(const Record &r) {
    std::ostringstream out;
    for (const auto &a : r.appendices) {
        out << "appendix " << a.num << ": " << a.title.value << '\n';
        for (const auto &m : a.measures)
            print_measure(out, m);
        for (const auto &s : a.sections) {
            out << " section " << s.num << ": " << s.title.value << '\n';
            for (const auto &m : s.measures)
                print_measure(out, m);
        }
    }
    return out.str();
}

// Everything the round trip must keep, one fact per line, so that a failure shows a diff.
std::string comparable(const Record &r, bool whole_document) {
    std::ostringstream out;
    if (whole_document) {
        const auto &q = r.requisites;
        // Templates print the authority in capitals, as letterheads do: compare it folded.
        out << "kind " << r.kind << "\nauthority " << extract::lower(q.authority.value) << "\ndate "
            << q.date.iso << "\nnumber " << q.number.value << "\ntitle " << q.title.value
            << "\nenacting " << r.enacting_word.value << '\n';
        for (const auto &p : r.points)
            print_point(out, p, 0);
        if (r.control)
            out << "control " << r.control->position.value << " | " << r.control->person.value
                << '\n';
        for (const auto &s : r.signatures)
            out << "signature " << s.position.value << " | " << s.person.value << '\n';
    }
    out << appendices_text(r);
    return out.str();
}

std::string template_for(const Record &r) {
    if (r.kind == "решение")
        return "decision";
    if (r.kind == "письмо")
        return "letter";
    return "order";
}

struct Case {
    std::string folder;
    render::Format format;
};

void PrintTo(const Case &c, std::ostream *out) {
    *out << c.folder << (c.format == render::Format::Docx ? " docx" : " odt");
}

// The lines of `a` missing from `b` and those of `b` missing from `a`, in order: a short
// message instead of two whole records.
std::string line_difference(const std::string &a, const std::string &b) {
    auto lines = [](const std::string &s) {
        std::vector<std::string> out;
        std::istringstream in(s);
        for (std::string line; std::getline(in, line);)
            out.push_back(line);
        return out;
    };
    std::vector<std::string> la = lines(a), lb = lines(b);
    std::multiset<std::string> sa(la.begin(), la.end()), sb(lb.begin(), lb.end());
    std::string out;
    for (const auto &l : la)
        if (sb.count(l) < sa.count(l))
            out += "- " + l + "\n";
    for (const auto &l : lb)
        if (sa.count(l) < sb.count(l))
            out += "+ " + l + "\n";
    return out;
}

std::vector<Case> cases() {
    std::vector<Case> out;
    for (const auto &entry : std::filesystem::directory_iterator(test::corpus_path(""))) {
        if (!std::filesystem::exists(entry.path() / "expected.xml"))
            continue;
        out.push_back({entry.path().filename().string(), render::Format::Docx});
        out.push_back({entry.path().filename().string(), render::Format::Odt});
    }
    std::sort(out.begin(), out.end(), [](const Case &a, const Case &b) {
        return a.folder < b.folder || (a.folder == b.folder && a.format < b.format);
    });
    return out;
}

class RenderRoundTrip : public ::testing::TestWithParam<Case> {};

Record expected_record(const std::string &folder) {
    const std::string path = test::corpus_path(folder + "/expected.xml");
    return record::read_record_xml(test::read_file(path), path);
}

Record render_and_extract(const Record &original, const std::string &template_name,
                          render::Format format) {
    auto tpl = render::load_template(template_name, format);
    std::string package = render::render_document(*tpl, original);
    const char *ext = format == render::Format::Docx ? ".docx" : ".odt";
    return extract::extract_record(read::read_bytes(package, template_name + ext));
}

TEST_P(RenderRoundTrip, KindTemplateKeepsTheRecord) {
    const Record original = expected_record(GetParam().folder);
    const std::string name = template_for(original);
    const Record back = render_and_extract(original, name, GetParam().format);
    EXPECT_EQ("", line_difference(comparable(original, true), comparable(back, true)))
        << "template " << name << " (- lost, + gained)";
}

TEST_P(RenderRoundTrip, PlanTemplateKeepsTheMeasures) {
    const Record original = expected_record(GetParam().folder);
    // A record without a plan renders an empty plan, which must read back as no appendix.
    const Record back = render_and_extract(original, "plan", GetParam().format);
    EXPECT_EQ("", line_difference(comparable(original, false), comparable(back, false)))
        << "(- lost, + gained)";
}

INSTANTIATE_TEST_SUITE_P(Corpus, RenderRoundTrip, ::testing::ValuesIn(cases()),
                         [](const auto &info) {
                             std::string name =
                                 info.param.folder +
                                 (info.param.format == render::Format::Docx ? "_docx" : "_odt");
                             for (char &c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

} // namespace
} // namespace prikaz
