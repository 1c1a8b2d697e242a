// The head of a document: parent body, authority, kind, date, number, place, title, addressee,
// «на № … от …». GOST R 7.0.97 fixes the requisites but not their order in a typed text, so the
// head is read line by line (extract/head_lines.h) and every line is classified by its shape
// (extract/head_shapes.h):
//   - lines before the kind word (in a letter: before the registration line) are the
//     letterhead: organisation names (extract/head_authority.h) then, from the first contact
//     line on, address, phone, e-mail — which are skipped;
//   - the kind line may carry the issuer in the genitive and the topic of a board decision:
//     "Решение коллегии комитета … на тему «…»";
//   - registration lines give the first date and the first number; a settlement name next to
//     them is the place; "на № … от …" is the reply reference; a dative recipient starts the
//     addressee;
//   - the title ("О …", "Об …") ends the head; registration lines, places, the addressee and the
//     reply reference right after it still belong to it;
//   - without a title the head ends at the first paragraph of running text, the enacting word
//     ("ПРИКАЗЫВАЮ:") or the salutation of a letter.
// A document without a kind word but with an addressee, a reply reference or a salutation is a
// letter.
#include "extract/document_kind.h"
#include "extract/extract.h"
#include "extract/head_authority.h"
#include "extract/head_lines.h"
#include "extract/head_shapes.h"
#include "extract/text_util.h"

#include <algorithm>
#include <functional>

namespace prikaz::extract {

namespace {

// `text` from code point `from` on.
std::string tail(const std::string &text, int from) {
    icu::UnicodeString u = to_u(text);
    return to_utf8(u.tempSubString(u.moveIndex32(0, from)));
}

enum class Phase {
    Letterhead, // before the kind word or the first registration line
    Requisites, // after them, before the title
    AfterTitle, // only trailing requisites may follow
};

class HeadReader {
public:
    HeadReader(const std::vector<HeadLine> &lines, record::Record &rec)
        : lines_(lines), rec_(rec), req_(rec.requisites) {}

    // Reads the head; returns the body block index where the text starts.
    size_t read();

private:
    bool ends_head(size_t i) const;
    bool read_line(size_t &i);
    bool read_after_title(size_t &i);
    bool take_kind(size_t &i);
    void take_issuer_after_kind(size_t &i, const HeadLine &kind_line, int rest_begin);
    void extend_issuer(size_t &i, std::vector<size_t> &issuer) const;
    void take_issuer_and_topic(const std::vector<size_t> &issuer, int skip);
    void take_registration(size_t i, const RequisiteLine &r, int offset = 0);
    size_t take_title(size_t i);
    size_t take_addressee(size_t i);
    bool take_place(size_t i);
    bool next_is_registration(size_t i) const;
    size_t paragraph_end(size_t i) const;
    std::vector<size_t>
    paragraphs_from(size_t i, const std::function<bool(const HeadLine &, size_t)> &continues) const;
    size_t head_end_block(size_t stop) const;
    void finish();

    const std::vector<HeadLine> &lines_;
    record::Record &rec_;
    record::Requisites &req_;
    Phase phase_ = Phase::Letterhead;
    std::vector<size_t> letterhead_;
    bool contacts_seen_ = false;
    long last_registration_ = -2; // line index of the last kind/registration line
    std::optional<size_t> letterhead_place_;
    long last_consumed_ = -1;
};

size_t HeadReader::read() {
    size_t i = 0;
    for (; i < lines_.size(); ++i) {
        if (ends_head(i))
            break;
        bool consumed = phase_ == Phase::AfterTitle ? read_after_title(i) : read_line(i);
        if (!consumed)
            break;
        last_consumed_ = static_cast<long>(i);
    }
    finish();
    return head_end_block(i);
}

// Running text, the enacting word or a salutation starts the body; only the first line of a
// paragraph is tested, and never when it has the shape of a head requisite.
bool HeadReader::ends_head(size_t i) const {
    const HeadLine &line = lines_[i];
    if (!line.first_in_paragraph)
        return false;
    if (is_salutation(line.text))
        return true;
    std::string paragraph = paragraph_line(line);
    if (has_enacting_word(paragraph))
        return true;
    bool head_shape = starts_title(line.text) || starts_addressee(line.text) ||
                      parse_requisite_line(line.text) || is_reply_to_line(line.text) ||
                      (rec_.kind_as_written.empty() && match_document_kind(line.text));
    constexpr int kLongestTitle = 600; // code points
    if (head_shape && code_points(paragraph) <= kLongestTitle)
        return false;
    return is_running_text(paragraph);
}

bool HeadReader::read_line(size_t &i) {
    const HeadLine &line = lines_[i];
    if (rec_.kind_as_written.empty() && take_kind(i))
        return true;
    if (is_reply_to_line(line.text)) {
        if (req_.reply_to.empty())
            req_.reply_to = line_part(line, 0, code_points(line.text));
        return true;
    }
    if (auto r = parse_requisite_line(line.text)) {
        take_registration(i, *r);
        return true;
    }
    if (starts_title(line.text) && (line.first_in_paragraph || phase_ != Phase::Letterhead)) {
        i = take_title(i);
        return true;
    }
    if (starts_addressee(line.text)) {
        i = take_addressee(i);
        return true;
    }
    if (phase_ == Phase::Requisites) {
        if (take_place(i))
            return true;
        // A bold paragraph among the requisites is a title even without "О …" ("Перечень …").
        if (line.first_in_paragraph && line.para && line.para->bold && req_.title.empty()) {
            i = take_title(i);
            return true;
        }
        // A phrase of several words is the text (a short preamble); a stamp like "ПРОЕКТ" or
        // "(в ред. …)" is skipped.
        return !(line.first_in_paragraph && is_prose_line(line.text));
    }
    if (is_contact_line(line.text))
        contacts_seen_ = true;
    else if (place_shape(line.text).value_or(PlaceShape{}).prefixed && !letterhead_place_)
        letterhead_place_ = i;
    else if (!contacts_seen_)
        letterhead_.push_back(i);
    return true;
}

bool HeadReader::read_after_title(size_t &i) {
    const HeadLine &line = lines_[i];
    if (is_reply_to_line(line.text)) {
        if (req_.reply_to.empty())
            req_.reply_to = line_part(line, 0, code_points(line.text));
        return true;
    }
    if (auto r = parse_requisite_line(line.text)) {
        take_registration(i, *r);
        return true;
    }
    if (req_.addressee.empty() && starts_addressee(line.text)) {
        i = take_addressee(i);
        return true;
    }
    return take_place(i);
}

bool HeadReader::take_kind(size_t &i) {
    const HeadLine &line = lines_[i];
    auto kind = match_document_kind(line.text);
    if (!kind)
        return false;
    rec_.kind = kind->kind;
    rec_.kind_as_written = line.whole_paragraph && kind->end == code_points(line.text)
                               ? join_lines(lines_, {i})
                               : line_part(line, kind->begin, kind->end);
    phase_ = Phase::Requisites;
    last_registration_ = static_cast<long>(i);
    take_issuer_after_kind(i, line, kind->rest_begin);
    return true;
}

// "ПРИКАЗ № 45" (requisites on the kind line) or "Решение коллегии … на тему «…»" (the issuer
// in the genitive, on the kind line or on the lines after it, and the topic of a decision).
void HeadReader::take_issuer_after_kind(size_t &i, const HeadLine &kind_line, int rest_begin) {
    static const Regex first_word("^[\\s«\"]*(\\p{L}+)");
    std::vector<size_t> issuer;
    int skip = 0; // code points of the kind word at the start of the first issuer line
    if (rest_begin >= 0) {
        if (auto r = parse_requisite_line(tail(kind_line.text, rest_begin))) {
            take_registration(i, *r, rest_begin);
            return;
        }
        issuer.push_back(i);
        skip = rest_begin;
    } else {
        Match m;
        if (i + 1 >= lines_.size() || !first_word.starts(lines_[i + 1].text, m) ||
            !is_genitive_issuer_word(m[1].text))
            return;
        issuer.push_back(++i);
    }
    extend_issuer(i, issuer);
    take_issuer_and_topic(issuer, skip);
}

// The issuer continues on the lines of its paragraph and on lines starting in lower case.
void HeadReader::extend_issuer(size_t &i, std::vector<size_t> &issuer) const {
    static const Regex lower_start("^\\p{Ll}", 0); // case-sensitive
    while (i + 1 < lines_.size()) {
        const HeadLine &next = lines_[i + 1];
        bool continues = next.paragraph == lines_[i].paragraph || lower_start.contains(next.text);
        if (!continues || parse_requisite_line(next.text) || starts_title(next.text))
            break;
        issuer.push_back(++i);
    }
}

// "коллегии комитета … на тему «Управление качеством …»": the issuer, put into the nominative,
// is the authority unless a letterhead named it; the quoted topic is the title.
void HeadReader::take_issuer_and_topic(const std::vector<size_t> &issuer, int skip) {
    static const Regex topic("\\s+на\\s+тему[\\s:]*");
    static const Regex quoted("^«(.*)»\\s*$", UREGEX_DOTALL);
    std::string joined;
    for (size_t k : issuer)
        joined += (joined.empty() ? "" : " ") + lines_[k].text;
    int length = code_points(joined);
    Match t;
    bool has_topic = topic.search(joined, t, skip) && t[0].end < length;
    int issuer_end = has_topic ? t[0].begin : length;
    if (has_topic) {
        Match q;
        int quote = quoted.full(trim(tail(joined, t[0].end)), q) ? 1 : 0;
        req_.title = join_lines(lines_, issuer, t[0].end + quote, length - quote);
    }
    if (letterhead_.empty() && issuer_end > skip) {
        req_.authority = join_lines(lines_, issuer, skip, issuer_end);
        req_.authority.value = issuer_to_nominative(req_.authority.value);
    }
}

void HeadReader::take_registration(size_t i, const RequisiteLine &r, int offset) {
    const HeadLine &line = lines_[i];
    if (r.date && req_.date.empty()) {
        record::Text written = line_part(line, offset + r.date->begin, offset + r.date->end);
        req_.date.iso = r.date->iso;
        req_.date.as_written = written.value;
        req_.date.source = written.source;
    }
    if (r.number.matched() && req_.number.empty())
        req_.number = line_part(line, offset + r.number.begin, offset + r.number.end);
    if (r.place.matched() && req_.place.empty())
        req_.place = line_part(line, offset + r.place.begin, offset + r.place.end);
    if (phase_ == Phase::Letterhead)
        phase_ = Phase::Requisites;
    last_registration_ = static_cast<long>(i);
}

size_t HeadReader::paragraph_end(size_t i) const {
    while (i + 1 < lines_.size() && lines_[i + 1].paragraph == lines_[i].paragraph)
        ++i;
    return i;
}

const Regex &lower_case_start() {
    static const Regex re("^\\p{Ll}", 0); // case-sensitive
    return re;
}

// The line indices of the paragraph holding line `i` (from `i` on), then of every following
// paragraph whose first line `continues` accepts.
std::vector<size_t>
HeadReader::paragraphs_from(size_t i,
                            const std::function<bool(const HeadLine &, size_t)> &continues) const {
    std::vector<size_t> taken;
    size_t last = paragraph_end(i);
    for (size_t k = i; k <= last; ++k)
        taken.push_back(k);
    while (last + 1 < lines_.size() && continues(lines_[last + 1], last)) {
        size_t end = paragraph_end(last + 1);
        for (size_t k = last + 1; k <= end; ++k)
            taken.push_back(k);
        last = end;
    }
    return taken;
}

// The title: its paragraph from the title line on, and following paragraphs that continue it
// in lower case (one-line-per-paragraph archives).
size_t HeadReader::take_title(size_t i) {
    std::vector<size_t> title = paragraphs_from(i, [&](const HeadLine &next, size_t last) {
        return lower_case_start().contains(next.text) && lines_[last].text.back() != '.' &&
               !is_running_text(paragraph_line(next));
    });
    if (req_.title.empty())
        req_.title = join_lines(lines_, title);
    phase_ = Phase::AfterTitle;
    return title.back();
}

// The addressee: its paragraph, and following lines that continue it in lower case or name
// another recipient (a person after a position: "Директору МБОУ СОШ № 1" / "Иванову И.И.").
size_t HeadReader::take_addressee(size_t i) {
    std::vector<size_t> addressee = paragraphs_from(i, [&](const HeadLine &next, size_t) {
        bool continues = lower_case_start().contains(next.text) || starts_addressee(next.text);
        return continues && !starts_title(next.text) && !is_running_text(paragraph_line(next));
    });
    if (req_.addressee.empty())
        req_.addressee = join_lines(lines_, addressee);
    return addressee.back();
}

bool HeadReader::next_is_registration(size_t i) const {
    return i + 1 < lines_.size() && parse_requisite_line(lines_[i + 1].text).has_value();
}

// A settlement name: with its type ("г.", "с.", "р.п.") anywhere among the requisites, a bare
// name ("Южно-Сахалинск") only next to the kind or a registration line.
bool HeadReader::take_place(size_t i) {
    auto shape = place_shape(lines_[i].text);
    if (!shape || !req_.place.empty())
        return false;
    bool next_to_registration =
        last_registration_ == static_cast<long>(i) - 1 || next_is_registration(i);
    if (!shape->prefixed && !next_to_registration)
        return false;
    req_.place = join_lines(lines_, {i});
    return true;
}

void HeadReader::finish() {
    if (req_.authority.empty())
        assign_authority(lines_, letterhead_, req_);
    if (req_.place.empty() && letterhead_place_ && !rec_.kind.empty())
        req_.place = join_lines(lines_, {*letterhead_place_});
    if (rec_.kind.empty() && (!req_.addressee.empty() || !req_.reply_to.empty()))
        rec_.kind = "письмо";
}

// The head ends after the block of the last line read.
size_t HeadReader::head_end_block(size_t stop) const {
    if (last_consumed_ >= 0)
        return lines_[static_cast<size_t>(last_consumed_)].block + 1;
    return stop < lines_.size() ? lines_[stop].block : 0;
}

} // namespace

namespace {

// "Уважаемые коллеги!" in the first paragraphs of the text marks a letter.
bool salutation_follows(const model::Document &doc, size_t from) {
    constexpr size_t kLookAhead = 3;
    for (size_t i = from; i < doc.body.size() && i < from + kLookAhead; ++i)
        if (doc.body[i].kind == model::Block::Kind::Paragraph &&
            is_salutation(doc.body[i].paragraph.text))
            return true;
    return false;
}

// A letterhead printed in the page header of the first page (a DOCX/ODT letter form): its
// lines up to the first contact or registration line, when they start with an organisation.
void authority_from_page_header(const model::Document &doc, record::Requisites &req) {
    const model::HeaderFooter *header = nullptr;
    for (const auto &hf : doc.headers_footers)
        if (hf.kind == model::HeaderFooter::Kind::Header && (!header || hf.type == "first"))
            header = &hf;
    if (!header)
        return;
    std::vector<HeadLine> lines = collect_head_lines(header->blocks);
    std::vector<size_t> letterhead;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string &text = lines[i].text;
        if (is_contact_line(text) || parse_requisite_line(text) || match_document_kind(text))
            break;
        letterhead.push_back(i);
    }
    if (!letterhead.empty() && starts_org_unit(lines[letterhead.front()].text))
        assign_authority(lines, letterhead, req);
}

} // namespace

size_t extract_head(const model::Document &doc, record::Record &rec) {
    std::vector<HeadLine> lines = collect_head_lines(doc.body);
    size_t body_start = HeadReader(lines, rec).read();
    if (rec.requisites.authority.empty())
        authority_from_page_header(doc, rec.requisites);
    if (rec.kind.empty() && salutation_follows(doc, body_start))
        rec.kind = "письмо";
    return body_start;
}

} // namespace prikaz::extract
