#include "read/docx_numbering.h"

#include "read/docx_number_format.h"
#include "read/docx_symbols.h"
#include "read/docx_xml.h"

#include <algorithm>

namespace prikaz::read::docx {

namespace {

// Start values are clamped so that counting on from them can never overflow.
constexpr int kMaxStart = 1'000'000;

int clamp_start(int v) {
    return std::clamp(v, 0, kMaxStart);
}

std::optional<int> int_val(const xmlNode *parent, const char *local) {
    std::optional<std::string> v = child_val(parent, local);
    return v ? to_int(*v) : std::nullopt;
}

std::optional<int> level_index(const xmlNode *node) {
    std::optional<std::string> ilvl = attr(node, "ilvl");
    std::optional<int> i = ilvl ? to_int(*ilvl) : std::nullopt;
    if (!i || *i < 0 || *i >= kListLevels)
        return std::nullopt;
    return i;
}

std::string level_font(const xmlNode *lvl) {
    const xmlNode *fonts = w_child(w_child(lvl, "rPr"), "rFonts");
    for (const char *which : {"ascii", "hAnsi", "cs"})
        if (std::optional<std::string> f = attr(fonts, which))
            return *f;
    return {};
}

ListLevel parse_level(const xmlNode *lvl) {
    ListLevel level;
    level.start = clamp_start(int_val(lvl, "start").value_or(1));
    level.num_fmt = child_val(lvl, "numFmt").value_or("decimal");
    level.text = child_val(lvl, "lvlText").value_or(std::string());
    level.restart = int_val(lvl, "lvlRestart");
    level.legal = toggle(lvl, "isLgl").value_or(false);
    level.style_id = child_val(lvl, "pStyle").value_or(std::string());
    level.font = level_font(lvl);
    level.picture_bullet = w_child(lvl, "lvlPicBulletId") != nullptr;
    return level;
}

void read_levels(const xmlNode *parent, ListLevels &levels) {
    for (const xmlNode *n = parent->children; n; n = n->next)
        if (w_is(n, "lvl"))
            if (std::optional<int> i = level_index(n))
                levels[*i] = parse_level(n);
}

NumberingDefinitions::ListInstance parse_instance(const xmlNode *num) {
    NumberingDefinitions::ListInstance inst;
    inst.abstract_id = int_val(num, "abstractNumId").value_or(-1);
    for (const xmlNode *n = num->children; n; n = n->next) {
        if (!w_is(n, "lvlOverride"))
            continue;
        std::optional<int> i = level_index(n);
        if (!i)
            continue;
        if (std::optional<int> start = int_val(n, "startOverride"))
            inst.start_override[*i] = clamp_start(*start);
        if (const xmlNode *lvl = w_child(n, "lvl"))
            inst.level_override[*i] = parse_level(lvl);
    }
    return inst;
}

bool has_levels(const ListLevels &levels) {
    return std::any_of(levels.begin(), levels.end(), [](const auto &l) { return l.has_value(); });
}

} // namespace

NumberingDefinitions::NumberingDefinitions(const xmlDoc *numbering, const StyleSheet &styles) {
    const xmlNode *root =
        numbering ? xmlDocGetRootElement(const_cast<xmlDoc *>(numbering)) : nullptr;
    if (!root)
        return;
    std::unordered_map<int, std::string> style_links; // abstractNum -> w:numStyleLink
    for (const xmlNode *n = root->children; n; n = n->next) {
        if (w_is(n, "abstractNum")) {
            std::optional<int> id = to_int(attr_or_empty(n, "abstractNumId"));
            if (!id)
                continue;
            AbstractList list;
            list.counter_key = *id;
            read_levels(n, list.levels);
            if (std::optional<std::string> link = child_val(n, "numStyleLink"))
                style_links[*id] = *link;
            abstracts_[*id] = std::move(list);
        } else if (w_is(n, "num")) {
            if (std::optional<int> id = to_int(attr_or_empty(n, "numId")))
                instances_[*id] = parse_instance(n);
        }
    }
    // A list that only links to a numbering style takes the levels (and the counters) of the
    // list that style defines.
    for (const auto &[id, style] : style_links) {
        AbstractList &list = abstracts_[id];
        std::optional<int> num_id = styles.numbering_style_num_id(style);
        const ListInstance *target_inst = num_id ? instance(*num_id) : nullptr;
        const AbstractList *target =
            target_inst ? abstract_list(target_inst->abstract_id) : nullptr;
        if (target && target != &list && !has_levels(list.levels)) {
            list.levels = target->levels;
            list.counter_key = target_inst->abstract_id;
        }
    }
}

const NumberingDefinitions::ListInstance *NumberingDefinitions::instance(int num_id) const {
    auto it = instances_.find(num_id);
    return it == instances_.end() ? nullptr : &it->second;
}

const NumberingDefinitions::AbstractList *
NumberingDefinitions::abstract_list(int abstract_id) const {
    auto it = abstracts_.find(abstract_id);
    return it == abstracts_.end() ? nullptr : &it->second;
}

std::optional<int> NumberingDefinitions::level_for_style(int num_id,
                                                         const std::string &style_id) const {
    const ListInstance *inst = instance(num_id);
    const AbstractList *list = inst ? abstract_list(inst->abstract_id) : nullptr;
    if (!list || style_id.empty())
        return std::nullopt;
    for (int i = 0; i < kListLevels; ++i) {
        const std::optional<ListLevel> &lvl =
            inst->level_override[i] ? inst->level_override[i] : list->levels[i];
        if (lvl && lvl->style_id == style_id)
            return i;
    }
    return std::nullopt;
}

namespace {

// One list instance seen through its overrides.
struct ListView {
    const NumberingDefinitions::ListInstance &inst;
    const NumberingDefinitions::AbstractList &list;

    const ListLevel *level(int i) const {
        if (inst.level_override[i])
            return &*inst.level_override[i];
        return list.levels[i] ? &*list.levels[i] : nullptr;
    }
    int start(int i) const {
        if (inst.start_override[i])
            return *inst.start_override[i];
        const ListLevel *l = level(i);
        return l ? l->start : 1;
    }
    // Whether advancing level `advanced` resets the counter of the deeper level `i`.
    bool restarts(int i, int advanced) const {
        const ListLevel *l = level(i);
        if (!l || !l->restart)
            return true;
        return *l->restart != 0 && advanced < *l->restart;
    }
};

std::string trim_suffix(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.pop_back();
    return s;
}

template <typename Counters>
std::string render_label(const ListView &view, const ListLevel &cur, const Counters &counters) {
    if (cur.num_fmt == "bullet")
        return cur.text.empty() && cur.picture_bullet ? "•" : map_symbol_chars(cur.text, cur.font);
    std::string out;
    for (size_t i = 0; i < cur.text.size(); ++i) {
        char c = cur.text[i];
        char d = i + 1 < cur.text.size() ? cur.text[i + 1] : '\0';
        if (c != '%' || d < '1' || d > '9') {
            out += c;
            continue;
        }
        int ref = d - '1';
        const ListLevel *ref_level = view.level(ref);
        std::string fmt = ref_level ? ref_level->num_fmt : "decimal";
        if (cur.legal && fmt != "none")
            fmt = "decimal";
        int value = counters[ref].started ? counters[ref].value : view.start(ref);
        out += format_number(value, fmt);
        ++i;
    }
    return trim_suffix(std::move(out));
}

} // namespace

std::optional<ListLabel> ListCounters::next(int num_id, int level) {
    const NumberingDefinitions::ListInstance *inst = defs_.instance(num_id);
    const NumberingDefinitions::AbstractList *list =
        inst ? defs_.abstract_list(inst->abstract_id) : nullptr;
    if (!list)
        return std::nullopt;
    ListView view{*inst, *list};
    level = std::clamp(level, 0, kListLevels - 1);
    const ListLevel *cur = view.level(level);
    if (!cur)
        return std::nullopt;
    Counters &counters = counters_[list->counter_key];
    if (used_instances_.insert(num_id).second)
        for (int i = 0; i < kListLevels; ++i)
            if (inst->start_override[i])
                counters[i].started = false;
    Counter &c = counters[level];
    c.value = c.started ? std::min(c.value, kMaxStart * 2) + 1 : view.start(level);
    c.started = true;
    for (int i = level + 1; i < kListLevels; ++i)
        if (view.restarts(i, level))
            counters[i].started = false;
    return ListLabel{render_label(view, *cur, counters), level};
}

} // namespace prikaz::read::docx
