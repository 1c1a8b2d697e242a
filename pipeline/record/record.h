// The normalised record of an administrative document: what extraction produces and what the
// XML/JSON writers and the renderer consume. Vocabulary: schemas/prikaz-document.xsd
// (namespace urn:prikaz:document:1). Every value taken from the document keeps its Source.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace prikaz::record {

// Where a value came from: the model block id (model::SourcePos::id) and, when the value is
// part of the block's text, the character range [begin, end) in code points.
struct Source {
    std::string block;
    int begin = -1;
    int end = -1;
    bool empty() const { return block.empty(); }
};

struct Text {
    std::string value;
    Source source;
    bool empty() const { return value.empty(); }
};

struct Date {
    std::string iso;        // YYYY-MM-DD, empty when not understood
    std::string as_written; // "от 14.12 2022 г."
    Source source;
    bool empty() const { return as_written.empty() && iso.empty(); }
};

struct Party {
    std::string org;        // nominative
    std::string org_abbr;   // abbreviation as used in the document ("ИРОСО")
    std::string person;     // "Маханова А.В."
    std::string position;   // "заместитель министра"
    bool inherited = false; // taken from the parent point
    std::string as_written;
    Source source;
};

enum class DeadlineKind {
    By,
    On,
    Period,
    Recurring,
    Continuous,
    AsNeeded,
    Conditional,
    Relative,
    Unknown
};
const char *deadline_kind_name(DeadlineKind k);

struct Deadline {
    DeadlineKind kind = DeadlineKind::Unknown;
    std::string date;  // by / on
    std::string from;  // period
    std::string to;    // period
    std::string every; // recurring: week|month|quarter|halfyear|year
    int day = 0;       // recurring: day of the period, when stated
    int amount = 0;    // relative: amount of `unit`
    std::string unit;  // relative: day|workday|week|month|year
    bool year_inferred = false;
    std::string as_written;
    Source source;
};

struct Point {
    std::string num; // "3.2.1" as numbered in the document (without the trailing dot)
    Text text;
    std::vector<Party> responsible;
    std::vector<Deadline> deadlines;
    std::vector<Point> points;
    Source source;
};

struct Measure {
    std::string num;
    Text name;
    std::vector<Deadline> deadlines;
    std::vector<Party> responsible;
    Text result;
    Source source;
};

struct Section {
    std::string num;
    Text title;
    std::vector<Measure> measures;
    Source source;
};

struct Appendix {
    std::string num; // "1", or empty for a single unnumbered appendix
    Text approval;   // "УТВЕРЖДЕН приказом … от … №"
    Text title;
    std::vector<Section> sections;
    std::vector<Measure> measures; // measures outside any section
    Source source;
};

struct GlossaryTerm {
    std::string abbr;
    std::string full;
    Source source;
};

struct Signature {
    Text position;
    Text person;
};

struct Control {
    Text position;
    Text person;
    std::string as_written;
    Source source;
};

struct Reference {
    std::string kind; // "письмо", "приказ", ...
    std::string date; // ISO
    std::string number;
    std::string as_written;
    Source source;
};

struct Requisites {
    Text parent;    // a parent body printed above the authority ("РЕСПУБЛИКА КРЫМ")
    Text authority; // issuing authority, multi-line headers joined
    Date date;
    Text number;
    Text place;
    Text title;
    Text addressee;
    Text reply_to; // the «на № … от …» line of letters
};

struct Record {
    std::string kind; // приказ, распоряжение, решение, постановление, письмо, ...
    Text kind_as_written;    // "Р Е Ш Е Н И Е"
    std::string source_name; // the file it was extracted from
    Requisites requisites;
    std::vector<GlossaryTerm> glossary;
    Text preamble;
    Text enacting_word; // ПРИКАЗЫВАЮ, РЕШИЛА, ...
    std::vector<Point> points;
    std::vector<Appendix> appendices;
    std::optional<Control> control;
    std::vector<Signature> signatures;
    std::vector<Reference> references;
};

} // namespace prikaz::record
