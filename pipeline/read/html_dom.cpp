#include "read/html_dom.h"

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace prikaz::read {

std::string html_attribute(const xmlNode *node, const char *name) {
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return "";
    std::string out(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

int html_int_attribute(const xmlNode *node, const char *name, int fallback) {
    std::string value = html_attribute(node, name);
    if (value.empty())
        return fallback;
    errno = 0;
    char *end = nullptr;
    long parsed = std::strtol(value.c_str(), &end, 10);
    if (end == value.c_str() || errno == ERANGE || parsed < INT_MIN || parsed > INT_MAX)
        return fallback;
    return static_cast<int>(parsed);
}

} // namespace prikaz::read
