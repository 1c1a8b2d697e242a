#include "read/docx_relationships.h"

#include "read/docx_xml.h"
#include "read/xml_safe.h"

#include <cstring>
#include <vector>

namespace prikaz::read::docx {

namespace {

std::string folder_of(const std::string &part) {
    size_t slash = part.rfind('/');
    return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string rels_part_of(const std::string &part) {
    size_t slash = part.rfind('/');
    std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
    return folder_of(part) + "_rels/" + file + ".rels";
}

bool is_element(const xmlNode *n, const char *local) {
    return n->type == XML_ELEMENT_NODE &&
           std::strcmp(reinterpret_cast<const char *>(n->name), local) == 0;
}

} // namespace

std::string resolve_part_name(const std::string &source_part, const std::string &target) {
    std::string path =
        !target.empty() && target[0] == '/' ? target.substr(1) : folder_of(source_part) + target;
    std::vector<std::string> segments;
    size_t begin = 0;
    while (begin <= path.size()) {
        size_t end = path.find('/', begin);
        if (end == std::string::npos)
            end = path.size();
        std::string seg = path.substr(begin, end - begin);
        if (seg == "..") {
            if (!segments.empty())
                segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(std::move(seg));
        }
        begin = end + 1;
    }
    std::string out;
    for (const std::string &seg : segments)
        out += (out.empty() ? "" : "/") + seg;
    return out;
}

Relationships::Relationships(const ZipPackage &package, const std::string &source_part) {
    const std::string rels_part = rels_part_of(source_part);
    std::string xml = package.read_if_present(rels_part);
    if (xml.empty())
        return;
    XmlDocPtr doc = parse_xml_dom(xml, package.file_name(), rels_part);
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    for (const xmlNode *n = root ? root->children : nullptr; n; n = n->next) {
        if (!is_element(n, "Relationship") || attr_or_empty(n, "TargetMode") == "External")
            continue;
        std::string id = attr_or_empty(n, "Id");
        std::string target = attr_or_empty(n, "Target");
        if (!id.empty() && !target.empty())
            targets_[id] = resolve_part_name(source_part, target);
    }
}

std::string Relationships::target(const std::string &id) const {
    auto it = targets_.find(id);
    return it == targets_.end() ? std::string() : it->second;
}

} // namespace prikaz::read::docx
