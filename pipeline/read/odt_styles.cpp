#include "read/odt_styles.h"

#include "read/odt_xml.h"

#include <cstdlib>
#include <vector>

namespace prikaz::read::odt {

namespace {

constexpr int kMaxStyleChain = 32; // parent chains deeper than this are cut (or cyclic)

std::optional<model::Align> parse_align(const std::string &value) {
    if (value == "start" || value == "left")
        return model::Align::Left;
    if (value == "center")
        return model::Align::Center;
    if (value == "end" || value == "right")
        return model::Align::Right;
    if (value == "justify")
        return model::Align::Justify;
    return std::nullopt;
}

std::optional<bool> parse_bold(const std::optional<std::string> &weight) {
    if (!weight)
        return std::nullopt;
    if (*weight == "bold")
        return true;
    if (*weight == "normal")
        return false;
    return std::atoi(weight->c_str()) >= 600;
}

std::optional<bool> parse_italic(const std::optional<std::string> &style) {
    if (!style)
        return std::nullopt;
    return *style == "italic" || *style == "oblique";
}

std::optional<bool> parse_page_break(const std::optional<std::string> &value) {
    if (!value)
        return std::nullopt;
    return *value == "page";
}

template <typename T> void inherit(std::optional<T> &field, const std::optional<T> &base) {
    if (!field && base)
        field = base;
}

std::string key(const std::string &family, const std::string &name) {
    return family + ':' + name;
}

} // namespace

void StyleSheet::add(const xmlNode *container, bool automatic) {
    if (!container)
        return;
    for (const xmlNode *c = first_element(container->children); c; c = first_element(c->next)) {
        if (is(c, kStyleNs, "style") || is(c, kStyleNs, "default-style")) {
            read_style(c, automatic);
        } else if (is(c, kTextNs, "list-style")) {
            ListStyle list = parse_list_style(c);
            (automatic ? automatic_lists_ : named_lists_)[list.name] = std::move(list);
        } else if (is(c, kTextNs, "outline-style")) {
            outline_ = parse_list_style(c);
        }
    }
    paragraph_cache_.clear();
}

void StyleSheet::read_style(const xmlNode *node, bool automatic) {
    Style s;
    s.name = attr(node, kStyleNs, "name");
    s.display_name = attr(node, kStyleNs, "display-name");
    s.parent = attr(node, kStyleNs, "parent-style-name");
    s.automatic = automatic;
    s.outline_level = int_attr(node, kStyleNs, "default-outline-level");
    if (!s.outline_level && attr_opt(node, kStyleNs, "default-outline-level"))
        s.outline_level = 0; // "" sets body text, overriding a heading parent
    s.list_style_name = attr_opt(node, kStyleNs, "list-style-name");
    s.master_page_name = attr_opt(node, kStyleNs, "master-page-name");
    if (const xmlNode *p = child(node, kStyleNs, "paragraph-properties")) {
        s.align = parse_align(attr(p, kFoNs, "text-align"));
        s.break_before = parse_page_break(attr_opt(p, kFoNs, "break-before"));
        s.break_after = parse_page_break(attr_opt(p, kFoNs, "break-after"));
    }
    if (const xmlNode *t = child(node, kStyleNs, "table-properties")) {
        s.break_before = parse_page_break(attr_opt(t, kFoNs, "break-before"));
        s.break_after = parse_page_break(attr_opt(t, kFoNs, "break-after"));
    }
    if (const xmlNode *t = child(node, kStyleNs, "text-properties")) {
        s.bold = parse_bold(attr_opt(t, kFoNs, "font-weight"));
        s.italic = parse_italic(attr_opt(t, kFoNs, "font-style"));
    }
    std::string family = attr(node, kStyleNs, "family");
    if (is(node, kStyleNs, "default-style"))
        defaults_[family] = std::move(s);
    else
        (automatic ? automatic_ : named_)[key(family, s.name)] = std::move(s);
}

const StyleSheet::Style *StyleSheet::find(const std::string &family,
                                          const std::string &name) const {
    if (name.empty())
        return nullptr;
    if (auto it = automatic_.find(key(family, name)); it != automatic_.end())
        return &it->second;
    if (auto it = named_.find(key(family, name)); it != named_.end())
        return &it->second;
    return nullptr;
}

const StyleSheet::Style *StyleSheet::find_parent(const std::string &family,
                                                 const Style &style) const {
    if (style.parent.empty())
        return nullptr;
    // Parents are common styles; an automatic style of the same name is a different style.
    if (auto it = named_.find(key(family, style.parent)); it != named_.end())
        return &it->second;
    return find(family, style.parent);
}

const ParagraphStyle &StyleSheet::paragraph(const std::string &name) const {
    auto it = paragraph_cache_.find(name);
    if (it == paragraph_cache_.end())
        it = paragraph_cache_.emplace(name, resolve_paragraph(name)).first;
    return it->second;
}

ParagraphStyle StyleSheet::resolve_paragraph(const std::string &name) const {
    Style merged;
    std::string display;
    bool named_found = false;
    const Style *s = find("paragraph", name);
    if (!s)
        display = name;
    for (int depth = 0; s && depth < kMaxStyleChain; ++depth, s = find_parent("paragraph", *s)) {
        if (!named_found && !s->automatic) {
            display = s->display_name.empty() ? s->name : s->display_name;
            named_found = true;
        }
        inherit(merged.align, s->align);
        inherit(merged.bold, s->bold);
        inherit(merged.italic, s->italic);
        inherit(merged.break_before, s->break_before);
        inherit(merged.break_after, s->break_after);
        inherit(merged.outline_level, s->outline_level);
        inherit(merged.list_style_name, s->list_style_name);
        inherit(merged.master_page_name, s->master_page_name);
    }
    if (auto d = defaults_.find("paragraph"); d != defaults_.end()) {
        inherit(merged.align, d->second.align);
        inherit(merged.bold, d->second.bold);
        inherit(merged.italic, d->second.italic);
    }
    ParagraphStyle out;
    out.name = display;
    out.outline_level = merged.outline_level.value_or(0);
    out.align = merged.align.value_or(model::Align::Unspecified);
    out.bold = merged.bold.value_or(false);
    out.italic = merged.italic.value_or(false);
    out.break_before = merged.break_before.value_or(false);
    out.break_after = merged.break_after.value_or(false);
    out.master_page = !merged.master_page_name.value_or("").empty();
    out.list_style_name = merged.list_style_name.value_or("");
    return out;
}

TextStyle StyleSheet::text(const std::string &name) const {
    TextStyle out;
    const Style *s = find("text", name);
    for (int depth = 0; s && depth < kMaxStyleChain; ++depth, s = find_parent("text", *s)) {
        inherit(out.bold, s->bold);
        inherit(out.italic, s->italic);
    }
    return out;
}

TableStyle StyleSheet::table(const std::string &name) const {
    TableStyle out;
    const Style *s = find("table", name);
    if (!s)
        return out;
    out.break_before = s->break_before.value_or(false);
    out.break_after = s->break_after.value_or(false);
    out.master_page = !s->master_page_name.value_or("").empty();
    return out;
}

const ListStyle *StyleSheet::list_style(const std::string &name) const {
    if (auto it = automatic_lists_.find(name); it != automatic_lists_.end())
        return &it->second;
    if (auto it = named_lists_.find(name); it != named_lists_.end())
        return &it->second;
    return nullptr;
}

const ListStyle *StyleSheet::outline_style() const {
    return outline_ ? &*outline_ : nullptr;
}

} // namespace prikaz::read::odt
