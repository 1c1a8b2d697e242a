#include "extract/appendix_reader.h"

#include "extract/appendix_marks.h"
#include "extract/glossary.h"
#include "extract/plan_header.h"
#include "extract/text_util.h"

namespace prikaz::extract {

namespace {

// Approval lines are short («приказом», «Министерства образования», «от 15.05.2020 № 45»).
constexpr int kMaxApprovalLine = 150;
constexpr int kMaxApprovalLines = 10;
// A longer paragraph right after the approval is text, not a heading.
constexpr int kMaxTitle = 500;

bool opens_with_bracket_or_quote(const std::string &s) {
    return s.rfind("(", 0) == 0 || s.rfind("«", 0) == 0 || s.rfind("\"", 0) == 0 ||
           s.rfind("„", 0) == 0 || s.rfind("“", 0) == 0;
}

// Does the paragraph starting with `next` go on with the heading `so_far`?
bool continues_title(const std::string &so_far, const std::string &next) {
    return starts_lowercase(next) || opens_with_bracket_or_quote(next) || word_count(so_far) == 1 ||
           (is_all_caps(so_far) && is_all_caps(next));
}

// Words that open the heading of an appended document; they end an approval that has no
// number line.
bool starts_heading_word(const std::string &line) {
    static const Regex heading(
        R"((?:план|комплекс|перечень|положение|порядок|состав|программа|дорожная\s+карта|мероприятия|график|регламент|календарный)(?!\p{L}).*)");
    Match m;
    return heading.full(line, m);
}

bool has_date(const std::string &line) {
    static const Regex date(R"((?<!\p{L})от\s+\S)");
    return date.contains(line);
}

bool starts_with_number_sign(const std::string &line) {
    static const Regex number(R"((?:№|N\s*\d|N\s*_))", 0);
    Match m;
    return number.starts(trim(line), m);
}

const model::Block *previous_paragraph(const model::Document &doc, size_t index, size_t from) {
    while (index > from) {
        const model::Block &b = doc.body[--index];
        if (b.kind == model::Block::Kind::Break)
            continue;
        return b.kind == model::Block::Kind::Paragraph ? &b : nullptr;
    }
    return nullptr;
}

} // namespace

bool is_stamp_table(const model::Table &table) {
    constexpr size_t kMaxStampRows = 2;
    if (table.rows.empty() || table.rows.size() > kMaxStampRows || find_plan_header(table))
        return false;
    for (const model::Row &row : table.rows)
        for (const model::Cell &cell : row.cells)
            for (const model::Block &b : cell.blocks)
                if (b.kind == model::Block::Kind::Paragraph && is_mark_paragraph(b.paragraph))
                    return true;
    return false;
}

size_t plan_title_start(const model::Document &doc, size_t table_index, size_t from) {
    size_t start = table_index;
    // Walk back over at most two paragraphs: a heading and its continuation line.
    for (int step = 0; step < 2; ++step) {
        const model::Block *prev = previous_paragraph(doc, start, from);
        if (!prev || !prev->paragraph.label.empty() || prev->paragraph.text.empty())
            break;
        size_t prev_index = static_cast<size_t>(prev - doc.body.data());
        if (starts_heading_word(prev->paragraph.text))
            return prev_index;
        if (!starts_lowercase(prev->paragraph.text) &&
            !opens_with_bracket_or_quote(prev->paragraph.text))
            break;
        start = prev_index;
    }
    return table_index;
}

void AppendixReader::read(size_t from) {
    if (from >= doc_.body.size())
        return;
    const model::Block &first = doc_.body[from];
    bool marked =
        (first.kind == model::Block::Kind::Paragraph && is_mark_paragraph(first.paragraph)) ||
        (first.kind == model::Block::Kind::Table && is_stamp_table(first.table));
    if (!marked) { // an appendix opened by a plan table (and its heading) without a mark
        open_appendix("", first.source.id);
        phase_ = Phase::Title;
    }
    for (size_t i = from; i < doc_.body.size(); ++i) {
        const model::Block &b = doc_.body[i];
        if (b.kind == model::Block::Kind::Paragraph)
            paragraph(b, table_follows(i));
        else if (b.kind == model::Block::Kind::Table)
            table(b);
    }
    close_current();
}

bool AppendixReader::table_follows(size_t index) const {
    for (size_t i = index + 1; i < doc_.body.size(); ++i) {
        if (doc_.body[i].kind == model::Block::Kind::Break)
            continue;
        return doc_.body[i].kind == model::Block::Kind::Table;
    }
    return false;
}

void AppendixReader::paragraph(const model::Block &block, bool table_follows) {
    const model::Paragraph &p = block.paragraph;
    bool between_plan_tables = plan_ && plan_->active() && table_follows;
    if (!p.label.empty()) { // a point or list item: content, never a mark or heading
        phase_ = Phase::Body;
        title_open_ = approval_open_ = false;
        if (between_plan_tables)
            plan_->add_section_paragraph(block);
        return;
    }
    if (p.text.empty())
        return;
    if (between_plan_tables && phase_ == Phase::Body && plan_->add_section_paragraph(block))
        return;
    std::vector<Line> lines = split_lines(p.text);
    for (size_t k = 0; k < lines.size(); ++k)
        line(block, lines[k], k == 0);
}

void AppendixReader::line(const model::Block &block, const Line &ln, bool first_line) {
    if (first_line) {
        MarkLine mark = parse_mark_line(ln.text);
        if (mark.kind == MarkLine::Kind::Appendix) {
            open_appendix(mark.num, block.source.id);
            Line rest{mark.rest, ln.begin + mark.rest_begin, ln.end};
            if (mark.rest_kind == MarkLine::Rest::Approval)
                approval_line(block, rest);
            else if (mark.rest_kind == MarkLine::Rest::Title) {
                phase_ = Phase::Title;
                title_line(block, rest, true);
            }
            return;
        }
        if (mark.kind == MarkLine::Kind::Approval) {
            open_for_stamp(block.source.id);
            approval_line(block, ln);
            return;
        }
    }
    if (!current_)
        return;
    if (phase_ == Phase::Approval && approval_line(block, ln))
        return;
    if (phase_ == Phase::Approval)
        phase_ = Phase::Title;
    if (phase_ == Phase::Title)
        title_line(block, ln, first_line);
}

bool AppendixReader::approval_line(const model::Block &block, const Line &ln) {
    if (!approval_open_) {
        if (!approval_.empty() || !starts_approval(ln.text))
            return false;
        approval_open_ = true;
    } else if (code_points(ln.text) > kMaxApprovalLine || starts_heading_word(ln.text) ||
               (approval_dated_ && !starts_with_number_sign(ln.text))) {
        approval_open_ = false; // the stamp ended without a number line
        phase_ = Phase::Title;
        return false;
    }
    approval_.add(block.source.id, block.paragraph.text, ln);
    approval_dated_ = approval_dated_ || has_date(ln.text);
    if (closes_approval(approval_.value()) || ++approval_lines_ >= kMaxApprovalLines) {
        approval_open_ = false;
        phase_ = Phase::Title;
    }
    return true;
}

void AppendixReader::title_line(const model::Block &block, const Line &ln, bool first_line) {
    const std::string &text = block.paragraph.text;
    if (title_.empty()) {
        if (!current_->title.empty() || is_glossary_heading(ln.text) ||
            (first_line && code_points(text) > kMaxTitle)) {
            phase_ = Phase::Body;
            return;
        }
        title_.add(block.source.id, text, ln);
        title_open_ = true;
        return;
    }
    if (title_open_ && (!first_line || continues_title(title_.value(), ln.text))) {
        title_.add(block.source.id, text, ln);
        return;
    }
    title_open_ = false;
    phase_ = Phase::Body;
}

void AppendixReader::table(const model::Block &block) {
    if (stamp_table(block.table))
        return;
    if (!current_) {
        if (!find_plan_header(block.table))
            return;
        open_appendix("", block.source.id);
    }
    title_open_ = approval_open_ = false;
    phase_ = Phase::Body;
    plan_->add_table(block.table);
}

bool AppendixReader::stamp_table(const model::Table &table) {
    if (!is_stamp_table(table))
        return false;
    for (const model::Row &row : table.rows)
        for (const model::Cell &cell : row.cells)
            for (const model::Block &b : cell.blocks)
                if (b.kind == model::Block::Kind::Paragraph)
                    paragraph(b, false);
    return true;
}

bool AppendixReader::has_content() const {
    return (plan_ && plan_->active()) || !current_->sections.empty() || !current_->measures.empty();
}

// A mark before any content of the current appendix, in its mark/approval/title part, adds
// to it (the same appendix marked twice, or a stamp under the mark).
bool AppendixReader::can_merge() const {
    return current_ && !has_content() && phase_ != Phase::Body;
}

void AppendixReader::open_appendix(const std::string &num, const std::string &source_block) {
    if (can_merge() && (num == current_->num || num.empty() || current_->num.empty())) {
        if (current_->num.empty())
            current_->num = num;
    } else {
        close_current();
        current_.emplace();
        current_->num = num;
        current_->source.block = source_block;
        plan_.emplace(*current_);
    }
    phase_ = Phase::Approval;
    title_open_ = approval_open_ = false;
}

void AppendixReader::open_for_stamp(const std::string &source_block) {
    if (can_merge() && approval_.empty()) {
        phase_ = Phase::Approval;
        title_open_ = approval_open_ = false;
        return;
    }
    close_current(); // a stamp after content, or a second stamp: a new appendix
    open_appendix("", source_block);
}

void AppendixReader::close_current() {
    if (!current_)
        return;
    if (!approval_.empty())
        current_->approval = approval_.text();
    if (!title_.empty())
        current_->title = title_.text();
    plan_.reset();
    rec_.appendices.push_back(std::move(*current_));
    current_.reset();
    approval_ = JoinedText{};
    title_ = JoinedText{};
    approval_open_ = approval_dated_ = title_open_ = false;
    approval_lines_ = 0;
}

} // namespace prikaz::extract
