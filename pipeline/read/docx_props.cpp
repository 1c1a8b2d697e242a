#include "read/docx_props.h"

#include "read/docx_xml.h"

namespace prikaz::read::docx {

namespace {

template <typename T> void inherit_field(std::optional<T> &field, const std::optional<T> &base) {
    if (!field)
        field = base;
}

std::optional<int> int_child(const xmlNode *parent, const char *local) {
    std::optional<std::string> v = child_val(parent, local);
    return v ? to_int(*v) : std::nullopt;
}

} // namespace

void RunProps::inherit(const RunProps &base) {
    inherit_field(bold, base.bold);
    inherit_field(italic, base.italic);
}

void ParagraphProps::inherit(const ParagraphProps &base) {
    inherit_field(num_id, base.num_id);
    inherit_field(list_level, base.list_level);
    inherit_field(outline_level, base.outline_level);
    inherit_field(align, base.align);
    inherit_field(page_break_before, base.page_break_before);
}

RunProps parse_run_props(const xmlNode *rpr) {
    RunProps p;
    if (!rpr)
        return p;
    p.bold = toggle(rpr, "b");
    p.italic = toggle(rpr, "i");
    p.style_id = child_val(rpr, "rStyle").value_or(std::string());
    return p;
}

std::optional<model::Align> parse_alignment(const std::string &jc) {
    using model::Align;
    if (jc == "left" || jc == "start")
        return Align::Left;
    if (jc == "center")
        return Align::Center;
    if (jc == "right" || jc == "end")
        return Align::Right;
    if (jc == "both" || jc == "distribute" || jc.find("Kashida") != std::string::npos ||
        jc == "thaiDistribute")
        return Align::Justify;
    return std::nullopt;
}

ParagraphProps parse_paragraph_props(const xmlNode *ppr) {
    ParagraphProps p;
    if (!ppr)
        return p;
    p.style_id = child_val(ppr, "pStyle").value_or(std::string());
    if (const xmlNode *num_pr = w_child(ppr, "numPr")) {
        p.num_id = int_child(num_pr, "numId");
        p.list_level = int_child(num_pr, "ilvl");
    }
    p.outline_level = int_child(ppr, "outlineLvl");
    if (std::optional<std::string> jc = child_val(ppr, "jc"))
        p.align = parse_alignment(*jc);
    p.page_break_before = toggle(ppr, "pageBreakBefore");
    return p;
}

} // namespace prikaz::read::docx
