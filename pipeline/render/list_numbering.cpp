#include "render/list_numbering.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace prikaz::render {

namespace {

constexpr std::string_view kLoop = "<?prikaz-loop?>";
constexpr std::string_view kNext = "<?prikaz-next?>";
constexpr std::string_view kEnd = "<?prikaz-end?>";
constexpr std::string_view kMarkerStart = "<?prikaz-";

// Iteration counters of the structural loops around the current position.
class LoopStack {
public:
    // Consumes a marker at `pos` if there is one; returns its length (0 when none).
    size_t consume(std::string_view xml, size_t pos) {
        if (xml.compare(pos, kLoop.size(), kLoop) == 0) {
            counters_.push_back(0);
            return kLoop.size();
        }
        if (xml.compare(pos, kNext.size(), kNext) == 0) {
            if (!counters_.empty())
                ++counters_.back();
            return kNext.size();
        }
        if (xml.compare(pos, kEnd.size(), kEnd) == 0) {
            if (!counters_.empty())
                counters_.pop_back();
            return kEnd.size();
        }
        return 0;
    }
    bool inside_loop() const { return !counters_.empty(); }
    // Which list instance a first-level item belongs to: every loop but the innermost.
    std::vector<int> list_key() const {
        return {counters_.begin(), counters_.end() - (counters_.empty() ? 0 : 1)};
    }

private:
    std::vector<int> counters_;
};

std::optional<int> attribute_int(std::string_view tag, std::string_view element) {
    size_t at = tag.find(element);
    if (at == std::string_view::npos)
        return std::nullopt;
    size_t val = tag.find("w:val=\"", at);
    if (val == std::string_view::npos)
        return std::nullopt;
    val += 7;
    int n = 0;
    bool any = false;
    while (val < tag.size() && tag[val] >= '0' && tag[val] <= '9') {
        n = n * 10 + (tag[val++] - '0');
        any = true;
    }
    return any ? std::optional<int>(n) : std::nullopt;
}

struct ListState {
    std::vector<int> key;
    int current_id = 0;
};

} // namespace

DocxNumbering read_docx_numbering(std::string_view numbering_xml) {
    DocxNumbering result;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(numbering_xml.data(), static_cast<int>(numbering_xml.size()), "numbering.xml",
                      nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
        xmlFreeDoc);
    if (!doc)
        return result;
    int max_id = 0;
    for (xmlNode *n = xmlDocGetRootElement(doc.get())->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || std::strcmp((const char *)n->name, "num") != 0)
            continue;
        xmlChar *id = xmlGetNsProp(n, BAD_CAST "numId", n->ns ? n->ns->href : nullptr);
        int num_id = id ? std::atoi((const char *)id) : 0;
        xmlFree(id);
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE ||
                std::strcmp((const char *)c->name, "abstractNumId") != 0)
                continue;
            xmlChar *val = xmlGetNsProp(c, BAD_CAST "val", c->ns ? c->ns->href : nullptr);
            result.abstract_of_num[num_id] = val ? std::atoi((const char *)val) : 0;
            xmlFree(val);
        }
        max_id = std::max(max_id, num_id);
    }
    result.next_num_id = max_id + 1;
    return result;
}

std::string restart_docx_lists(std::string &document_xml, const DocxNumbering &numbering) {
    std::string_view in = document_xml;
    std::string out;
    out.reserve(in.size());
    std::string new_nums;
    LoopStack loops;
    std::map<int, ListState> lists; // by the template's numId
    int next_id = numbering.next_num_id;
    size_t pos = 0;
    while (pos < in.size()) {
        size_t marker = in.find(kMarkerStart, pos);
        size_t num_pr = in.find("<w:numPr>", pos);
        size_t next = std::min(marker, num_pr);
        if (next == std::string_view::npos) {
            out.append(in.substr(pos));
            break;
        }
        out.append(in.substr(pos, next - pos));
        if (next == marker) {
            size_t len = loops.consume(in, next);
            pos = next + (len ? len : kMarkerStart.size());
            if (!len)
                out.append(kMarkerStart); // not ours: keep it
            continue;
        }
        size_t close = in.find("</w:numPr>", next);
        if (close == std::string_view::npos) {
            out.append(in.substr(next));
            break;
        }
        close += std::strlen("</w:numPr>");
        std::string_view num_pr_xml = in.substr(next, close - next);
        pos = close;
        std::optional<int> num_id = attribute_int(num_pr_xml, "<w:numId ");
        std::optional<int> level = attribute_int(num_pr_xml, "<w:ilvl ");
        if (!loops.inside_loop() || !num_id || *num_id == 0 ||
            !numbering.abstract_of_num.count(*num_id)) {
            out.append(num_pr_xml);
            continue;
        }
        ListState &state = lists[*num_id];
        if (level.value_or(0) == 0) {
            std::vector<int> key = loops.list_key();
            if (state.current_id == 0) {
                state = {key, *num_id};
            } else if (key != state.key) {
                state = {key, next_id++};
                new_nums += "<w:num w:numId=\"" + std::to_string(state.current_id) +
                            "\"><w:abstractNumId w:val=\"" +
                            std::to_string(numbering.abstract_of_num.at(*num_id)) +
                            "\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
                            "</w:lvlOverride></w:num>";
            }
        }
        int id = state.current_id ? state.current_id : *num_id;
        out += "<w:numPr><w:ilvl w:val=\"" + std::to_string(level.value_or(0)) +
               "\"/><w:numId w:val=\"" + std::to_string(id) + "\"/></w:numPr>";
    }
    document_xml.swap(out);
    return new_nums;
}

void add_docx_nums(std::string &numbering_xml, const std::string &nums) {
    if (nums.empty())
        return;
    // w:num elements follow the abstractNums and precede w:numIdMacAtCleanup (CT_Numbering).
    size_t at = numbering_xml.find("<w:numIdMacAtCleanup");
    if (at == std::string::npos)
        at = numbering_xml.rfind("</w:numbering>");
    if (at != std::string::npos)
        numbering_xml.insert(at, nums);
}

namespace {

bool is_list_start(std::string_view xml, size_t pos) {
    constexpr std::string_view open = "<text:list";
    if (xml.compare(pos, open.size(), open) != 0 || pos + open.size() >= xml.size())
        return false;
    char c = xml[pos + open.size()];
    return c == ' ' || c == '>' || c == '/';
}

std::string attribute_value(std::string_view tag, std::string_view name) {
    std::string pattern = " " + std::string(name) + "=\"";
    size_t at = tag.find(pattern);
    if (at == std::string_view::npos)
        return {};
    at += pattern.size();
    size_t end = tag.find('"', at);
    return std::string(tag.substr(at, end - at));
}

std::string drop_attribute(std::string tag, std::string_view name) {
    std::string pattern = " " + std::string(name) + "=\"";
    size_t at = tag.find(pattern);
    if (at == std::string::npos)
        return tag;
    size_t end = tag.find('"', at + pattern.size());
    tag.erase(at, end + 1 - at);
    return tag;
}

// True when the list's first item holds a paragraph, false when it holds a nested list (the
// copy carries a deeper-level item, which always continues its parent).
bool first_item_is_paragraph(std::string_view xml, size_t after_start_tag) {
    size_t item = xml.find("<text:list-item", after_start_tag);
    if (item == std::string_view::npos)
        return true;
    size_t child = xml.find('<', item + 1);
    return child == std::string_view::npos || !is_list_start(xml, child);
}

} // namespace

void restart_odt_lists(std::string &content_xml) {
    std::string_view in = content_xml;
    std::string out;
    out.reserve(in.size());
    LoopStack loops;
    std::map<std::string, std::vector<int>> last_key_by_style;
    int depth = 0;
    size_t pos = 0;
    while (pos < in.size()) {
        size_t lt = in.find('<', pos);
        if (lt == std::string_view::npos) {
            out.append(in.substr(pos));
            break;
        }
        out.append(in.substr(pos, lt - pos));
        if (size_t len = loops.consume(in, lt)) {
            pos = lt + len;
            continue;
        }
        if (in.compare(lt, 12, "</text:list>") == 0) {
            --depth;
            out.append("</text:list>");
            pos = lt + 12;
            continue;
        }
        if (!is_list_start(in, lt)) {
            out.push_back('<');
            pos = lt + 1;
            continue;
        }
        size_t gt = in.find('>', lt);
        std::string tag(in.substr(lt, gt + 1 - lt));
        pos = gt + 1;
        bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
        if (depth == 0 && loops.inside_loop()) {
            std::string style = attribute_value(tag, "text:style-name");
            for (std::string_view name :
                 {"text:continue-numbering", "text:continue-list", "xml:id"})
                tag = drop_attribute(tag, name);
            std::vector<int> key = loops.list_key();
            auto seen = last_key_by_style.find(style);
            bool continues = seen != last_key_by_style.end() &&
                             (seen->second == key || !first_item_is_paragraph(in, pos));
            if (first_item_is_paragraph(in, pos))
                last_key_by_style[style] = key;
            if (continues)
                tag.insert(std::strlen("<text:list"), " text:continue-numbering=\"true\"");
        }
        if (!self_closing)
            ++depth;
        out.append(tag);
    }
    content_xml.swap(out);
}

void strip_loop_markers(std::string &xml) {
    for (std::string_view marker : {kLoop, kNext, kEnd}) {
        size_t at = 0;
        while ((at = xml.find(marker, at)) != std::string::npos)
            xml.erase(at, marker.size());
    }
}

} // namespace prikaz::render
