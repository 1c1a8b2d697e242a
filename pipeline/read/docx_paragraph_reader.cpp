// Paragraphs of a WordprocessingML part. The paragraph's descendants are read as one flat
// stream of events: wrappers (hyperlinks, smart tags, content controls, insertions, fields,
// drawings) are descended into, hidden content is skipped, and paragraphs or tables met inside
// (text boxes) become blocks emitted right after the anchoring paragraph.
#include "read/docx_part_reader.h"

#include "read/docx_symbols.h"
#include "read/docx_xml.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>
#include <cstring>

namespace prikaz::read::docx {

namespace {

// True when `text` shows nothing: only white space and invisible format characters.
bool is_blank(const std::string &text) {
    const auto *bytes = reinterpret_cast<const uint8_t *>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 ||
            !(u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)))
            return false;
    }
    return true;
}

bool has_visible_char(const std::string &text) {
    return text.find_first_not_of(" \t\r\n") != std::string::npos;
}

std::optional<char32_t> parse_hex_char(const std::string &hex) {
    unsigned value = 0;
    auto [ptr, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
    if (ec != std::errc() || ptr != hex.data() + hex.size() || value == 0 || value > 0x10FFFF ||
        (value >= 0xD800 && value <= 0xDFFF))
        return std::nullopt;
    return static_cast<char32_t>(value);
}

bool is_math_text(const XmlStream &s) {
    return std::strcmp(s.local_name(), "t") == 0 && std::strcmp(s.namespace_uri(), kMathNs) == 0;
}

} // namespace

struct PartReader::ParagraphState {
    model::Paragraph current; // the part being read (a page break starts a new part)
    bool props_applied = false;
    bool page_break_before = false;
    bool section_break_after = false;
    std::vector<model::Block> parts;    // finished parts and the page breaks between them
    std::vector<model::Block> floating; // text-box content anchored in this paragraph
    RunProps style_run;                 // run properties of the paragraph style
    bool run_bold = false;
    bool run_italic = false;
    // bold/italic of the current part: every run with visible text must be so
    bool any_visible = false;
    bool all_bold = true;
    bool all_italic = true;
};

void PartReader::read_paragraph(std::vector<model::Block> &out) {
    const int depth = s_.depth();
    ParagraphState p;
    while (s_.next()) {
        if (s_.is_end() && s_.depth() == depth)
            break;
        if (s_.is_start())
            read_paragraph_element(p);
    }
    if (!p.props_applied)
        apply_paragraph_properties(p, nullptr);
    flush_part(p);
    if (p.page_break_before)
        out.push_back(model::Block::make_break(model::BreakKind::Page));
    for (model::Block &b : p.parts)
        out.push_back(std::move(b));
    for (model::Block &b : p.floating)
        out.push_back(std::move(b));
    if (p.section_break_after)
        out.push_back(model::Block::make_break(model::BreakKind::Section));
}

void PartReader::read_paragraph_element(ParagraphState &p) {
    if (w_is(s_, "pPr")) {
        apply_paragraph_properties(p, s_.expand());
        s_.skip();
        return;
    }
    if (!p.props_applied)
        apply_paragraph_properties(p, nullptr);
    if (skip_if_hidden_content())
        return;
    if (is_math_text(s_)) {
        append_text(p, read_element_text());
        return;
    }
    if (!is_word_ns(s_.namespace_uri()))
        return; // drawings, VML, math structure: descend, looking for text boxes and m:t
    const char *name = s_.local_name();
    auto is = [name](const char *local) { return std::strcmp(name, local) == 0; };
    if (is("p")) {
        read_paragraph(p.floating); // a text box's paragraph
    } else if (is("tbl")) {
        read_table(p.floating);
    } else if (is("r")) {
        p.run_bold = p.style_run.bold.value_or(false);
        p.run_italic = p.style_run.italic.value_or(false);
    } else if (is("rPr")) {
        read_run_properties(p, s_.expand());
        s_.skip();
    } else if (is("t")) {
        append_text(p, read_element_text());
    } else if (is("tab") || is("ptab")) {
        append_text(p, "\t");
    } else if (is("br")) {
        read_break(p);
    } else if (is("cr")) {
        append_text(p, "\n");
    } else if (is("noBreakHyphen")) {
        append_text(p, "-");
    } else if (is("sym")) {
        read_symbol(p);
    } else if (is("fldChar")) {
        read_field_char(w_attr(s_, "fldCharType"));
    }
}

void PartReader::apply_paragraph_properties(ParagraphState &p, const xmlNode *ppr) {
    p.props_applied = true;
    ParagraphProps direct = parse_paragraph_props(ppr);
    const ResolvedParagraphStyle &style = styles_.paragraph_style(direct.style_id);
    if (!direct.style_id.empty())
        p.current.style = styles_.has(direct.style_id) ? style.name : direct.style_id;
    ParagraphProps props = direct;
    props.inherit(style.para);
    p.current.align = props.align.value_or(model::Align::Unspecified);
    p.current.heading_level = direct.outline_level
                                  ? heading_level_from_outline(*direct.outline_level)
                                  : style.heading_level;
    p.page_break_before = props.page_break_before.value_or(false);
    p.style_run = style.run;
    if (const xmlNode *sect_pr = w_child(ppr, "sectPr")) {
        read_section_properties(sect_pr);
        p.section_break_after = true;
    }
    if (!props.num_id || *props.num_id == 0)
        return; // numId 0 switches off a list inherited from the style
    // The level: direct ilvl; with a direct numId alone, level 0; with the style's list, the
    // style's ilvl or the level that names this style in its w:pStyle.
    int level = 0;
    if (direct.list_level)
        level = *direct.list_level;
    else if (!direct.num_id)
        level = style.para.list_level.value_or(
            numbering_.level_for_style(*props.num_id, direct.style_id).value_or(0));
    apply_list_label(p, *props.num_id, level);
}

void PartReader::apply_list_label(ParagraphState &p, int num_id, int level) {
    std::optional<ListLabel> label = counters_.next(num_id, level);
    if (!label)
        return; // unknown list: no label
    p.current.label = label->text;
    p.current.label_auto = !label->text.empty();
    p.current.list_level = label->level;
}

void PartReader::read_run_properties(ParagraphState &p, const xmlNode *rpr) {
    RunProps run = parse_run_props(rpr);
    run.inherit(styles_.character_style(run.style_id));
    run.inherit(p.style_run);
    p.run_bold = run.bold.value_or(false);
    p.run_italic = run.italic.value_or(false);
}

void PartReader::read_field_char(const std::string &type) {
    if (type == "begin") {
        field_in_result_.push_back(false);
        ++fields_in_instruction_;
    } else if (type == "separate") {
        if (!field_in_result_.empty() && !field_in_result_.back()) {
            field_in_result_.back() = true;
            --fields_in_instruction_;
        }
    } else if (type == "end" && !field_in_result_.empty()) {
        if (!field_in_result_.back())
            --fields_in_instruction_;
        field_in_result_.pop_back();
    }
}

void PartReader::read_break(ParagraphState &p) {
    if (w_attr(s_, "type") != "page") {
        append_text(p, "\n"); // textWrapping, column
        return;
    }
    if (!field_text_visible())
        return;
    // A page break at the very start keeps the label with the text that follows it.
    if (!is_blank(p.current.text))
        flush_part(p);
    p.parts.push_back(model::Block::make_break(model::BreakKind::Page));
}

void PartReader::read_symbol(ParagraphState &p) {
    if (std::optional<char32_t> code = parse_hex_char(w_attr(s_, "char")))
        append_text(p, symbol_char_text(*code, w_attr(s_, "font")));
}

void PartReader::append_text(ParagraphState &p, const std::string &text) {
    if (!field_text_visible() || text.empty())
        return;
    p.current.text += text;
    if (has_visible_char(text)) {
        p.any_visible = true;
        p.all_bold = p.all_bold && p.run_bold;
        p.all_italic = p.all_italic && p.run_italic;
    }
}

void PartReader::flush_part(ParagraphState &p) {
    model::Paragraph &cur = p.current;
    if (!is_blank(cur.text) || !cur.label.empty()) {
        model::Paragraph part = cur;
        part.bold = p.any_visible && p.all_bold;
        part.italic = p.any_visible && p.all_italic;
        p.parts.push_back(model::Block::make_paragraph(std::move(part)));
    }
    // What follows a page break continues the same paragraph: same style, no new label.
    cur.text.clear();
    cur.label.clear();
    cur.label_auto = false;
    cur.list_level = -1;
    p.any_visible = false;
    p.all_bold = p.all_italic = true;
}

std::string PartReader::read_element_text() {
    std::string text;
    const int depth = s_.depth();
    while (s_.next()) {
        if (s_.is_end() && s_.depth() == depth)
            break;
        if (s_.is_text())
            text += s_.text();
    }
    return text;
}

} // namespace prikaz::read::docx
