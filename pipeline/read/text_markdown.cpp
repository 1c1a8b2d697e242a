#include "read/text_markdown.h"

namespace prikaz::read {

namespace {

constexpr std::string_view kMarker = "**";

bool has_visible(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") != std::string_view::npos;
}

} // namespace

MarkdownBold strip_markdown_bold(std::string_view text, bool open_at_start) {
    MarkdownBold out;
    out.text.reserve(text.size());
    bool inside = open_at_start;
    bool any_visible = false;
    bool all_bold = true;
    size_t pos = 0;
    while (true) {
        size_t marker = text.find(kMarker, pos);
        std::string_view segment = text.substr(
            pos, marker == std::string_view::npos ? std::string_view::npos : marker - pos);
        if (has_visible(segment)) {
            any_visible = true;
            all_bold = all_bold && inside;
        }
        out.text += segment;
        if (marker == std::string_view::npos)
            break;
        inside = !inside;
        pos = marker + kMarker.size();
    }
    out.bold = any_visible && all_bold;
    out.open_at_end = inside;
    return out;
}

int count_bold_markers(std::string_view text) {
    int count = 0;
    for (size_t pos = text.find(kMarker); pos != std::string_view::npos;
         pos = text.find(kMarker, pos + kMarker.size()))
        ++count;
    return count;
}

} // namespace prikaz::read
