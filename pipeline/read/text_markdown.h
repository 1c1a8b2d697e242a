// Markdown bold markers ("**") in plain-text exports: removed from the text, and a paragraph
// whose whole visible text lies inside them is bold.
#pragma once

#include <string>
#include <string_view>

namespace prikaz::read {

struct MarkdownBold {
    std::string text;         // the text without any "**"
    bool bold = false;        // every visible character lies inside a ** span
    bool open_at_end = false; // a span opened in this text is still open at its end
};

// `open_at_start` says that a span opened on an earlier line is still open (a bold paragraph
// wrapped over several lines in line-paragraph mode).
MarkdownBold strip_markdown_bold(std::string_view text, bool open_at_start = false);

// Number of "**" markers in the text (an odd count leaves a span open).
int count_bold_markers(std::string_view text);

} // namespace prikaz::read
