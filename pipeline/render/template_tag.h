// What a single template tag is, independent of where it sits in the XML: its kind
// ({{ }}, {% %}, {# #}), its scope (inline or {%p / {%tr / {%tc), and how far it reaches in a
// paragraph's text. Shared by the XML normaliser (which finds tags in split runs) and by the
// parser (which reads what is inside them).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace prikaz::render::tpl {

enum class TagKind { Print, Statement, Comment };
// What a structural tag replaces: nothing (inline), its paragraph, table row or table cell.
enum class TagScope { Inline, Paragraph, Row, Cell };

struct TagInfo {
    std::string text; // the whole tag as written, "{%p for x in y %}" (for messages)
    TagKind kind = TagKind::Print;
    TagScope scope = TagScope::Inline;
    std::string inner; // what the expression/statement parser reads: "for x in y"
    // Namespace prefix (without colon) of the WordprocessingML or ODF text namespace where the
    // tag sits, so that a printed line break is written with the prefix the part itself uses.
    std::string prefix;
};

// True when `text` at `i` starts a tag: exactly "{{", "{%" or "{#".
bool is_tag_opener(std::string_view text, size_t i);

// `text` holds an opener at `start`; returns one past the matching closer ("}}", "%}", "#}"),
// or npos when the tag is not closed in `text`. Closers inside string literals (ASCII or Word's
// curly quotes) do not count, unless a quote is never closed (then it was an apostrophe).
size_t find_tag_end(std::string_view text, size_t start);

// Splits a whole tag into kind, scope and inner text. `text` must come from find_tag_end.
TagInfo classify_tag(std::string text);

// Quotes: a string literal opens with " ' “ ” „ ‘ ’ « and closes with a quote of the same family
// (Word's autocorrect turns "x" into “x”, and Russian layouts give «x»). Byte length of the
// opening quote at s[i], 0 if none.
size_t quote_open_length(std::string_view s, size_t i);
// Byte length of a quote at s[i] that closes a literal opened by `open`, 0 if none.
size_t quote_close_length(std::string_view open, std::string_view s, size_t i);

// Whitespace inside tags: ASCII blanks and the no-break space Word likes to insert.
size_t whitespace_length(std::string_view s, size_t i);

} // namespace prikaz::render::tpl
