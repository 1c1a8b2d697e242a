#include "read/docx_styles.h"

#include "read/docx_xml.h"

#include <unicode/unistr.h>

#include <optional>

#include <unordered_set>

namespace prikaz::read::docx {

namespace {

// Built-in heading styles are recognised by name ("heading 1", "Заголовок 2") or id
// ("Heading3"): case folded, spaces ignored, the word followed by one digit 1..9.
int heading_level_from_name(const std::string &name) {
    icu::UnicodeString folded = icu::UnicodeString::fromUTF8(name).foldCase();
    folded.findAndReplace(icu::UnicodeString(u" "), icu::UnicodeString());
    for (const char16_t *word : {u"heading", u"заголовок"}) {
        icu::UnicodeString prefix(word);
        if (folded.length() == prefix.length() + 1 && folded.startsWith(prefix)) {
            char16_t digit = folded.charAt(prefix.length());
            if (digit >= u'1' && digit <= u'9')
                return digit - u'0';
        }
    }
    return 0;
}

} // namespace

int heading_level_from_outline(int outline_level) {
    return outline_level >= 0 && outline_level <= 8 ? outline_level + 1 : 0;
}

StyleSheet::StyleSheet(const xmlDoc *styles) {
    const xmlNode *root = styles ? xmlDocGetRootElement(const_cast<xmlDoc *>(styles)) : nullptr;
    if (!root)
        return;
    if (const xmlNode *defaults = w_child(root, "docDefaults"))
        document_run_defaults_ = parse_run_props(w_child(w_child(defaults, "rPrDefault"), "rPr"));
    for (const xmlNode *n = root->children; n; n = n->next)
        if (w_is(n, "style"))
            read_style(n);
}

void StyleSheet::read_style(const xmlNode *node) {
    std::string id = attr_or_empty(node, "styleId");
    std::string type = attr_or_empty(node, "type");
    if (id.empty())
        return;
    Style style;
    style.name = child_val(node, "name").value_or(id);
    style.based_on = child_val(node, "basedOn").value_or(std::string());
    style.para = parse_paragraph_props(w_child(node, "pPr"));
    style.para.style_id.clear();
    style.run = parse_run_props(w_child(node, "rPr"));
    std::optional<std::string> is_default = attr(node, "default");
    if ((type == "paragraph" || type.empty()) && is_default && on_off(is_default))
        default_paragraph_style_ = id;
    styles_.emplace(std::move(id), std::move(style));
}

ResolvedParagraphStyle StyleSheet::resolve(const std::string &id) const {
    ResolvedParagraphStyle out;
    bool heading_known = false;
    std::unordered_set<std::string> seen; // basedOn cycles exist in damaged files
    for (std::string cur = id; !cur.empty() && seen.insert(cur).second;) {
        auto it = styles_.find(cur);
        if (it == styles_.end())
            break;
        const Style &s = it->second;
        if (out.name.empty())
            out.name = s.name;
        // The nearest style that says anything about the outline decides the heading level.
        if (!heading_known && s.para.outline_level) {
            out.heading_level = heading_level_from_outline(*s.para.outline_level);
            heading_known = true;
        } else if (!heading_known) {
            out.heading_level = heading_level_from_name(s.name);
            if (out.heading_level == 0)
                out.heading_level = heading_level_from_name(cur);
            heading_known = out.heading_level != 0;
        }
        out.para.inherit(s.para);
        out.run.inherit(s.run);
        cur = s.based_on;
    }
    out.run.inherit(document_run_defaults_);
    return out;
}

bool StyleSheet::has(const std::string &id) const {
    return styles_.count(id) != 0;
}

const ResolvedParagraphStyle &StyleSheet::paragraph_style(const std::string &id) const {
    const std::string &key = id.empty() || !styles_.count(id) ? default_paragraph_style_ : id;
    auto it = resolved_.find(key);
    if (it == resolved_.end())
        it = resolved_.emplace(key, resolve(key)).first;
    return it->second;
}

const RunProps &StyleSheet::character_style(const std::string &id) const {
    auto it = resolved_character_.find(id);
    if (it == resolved_character_.end())
        it = resolved_character_.emplace(id, resolve_character(id)).first;
    return it->second;
}

RunProps StyleSheet::resolve_character(const std::string &id) const {
    RunProps out;
    std::unordered_set<std::string> seen;
    for (std::string cur = id; !cur.empty() && seen.insert(cur).second;) {
        auto it = styles_.find(cur);
        if (it == styles_.end())
            break;
        out.inherit(it->second.run);
        cur = it->second.based_on;
    }
    return out;
}

std::optional<int> StyleSheet::numbering_style_num_id(const std::string &id) const {
    std::unordered_set<std::string> seen;
    for (std::string cur = id; !cur.empty() && seen.insert(cur).second;) {
        auto it = styles_.find(cur);
        if (it == styles_.end())
            break;
        if (it->second.para.num_id)
            return it->second.para.num_id;
        cur = it->second.based_on;
    }
    return std::nullopt;
}

} // namespace prikaz::read::docx
