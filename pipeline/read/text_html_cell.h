// Table cells of plain-text exports sometimes carry the HTML of their source ("<p>a</p><p>b</p>",
// "a<br/>b"): such a cell holds several paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prikaz::read {

// True when the cell contains <p>, </p> or <br> tags (any case, with attributes or "/").
bool has_html_paragraph_markup(std::string_view cell);

// Splits the cell at <p>, </p> and <br> tags, removes them and decodes HTML character
// references (&quot; &amp; &lt; &gt; &nbsp; &#171; &#xAB; and the other HTML 4 names) in each
// piece. Pieces without visible text are dropped.
std::vector<std::string> split_html_paragraphs(std::string_view cell);

} // namespace prikaz::read
