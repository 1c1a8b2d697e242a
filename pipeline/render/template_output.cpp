#include "render/template_output.h"

namespace prikaz::render::tpl {

namespace {

void element(std::string &out, std::string_view prefix, std::string_view markup) {
    out += '<';
    if (markup.front() == '/') {
        out += '/';
        markup.remove_prefix(1);
    }
    if (!prefix.empty()) {
        out.append(prefix);
        out += ':';
    }
    out.append(markup);
    out += '>';
}

// DOCX: a break or tab is its own run content, so the w:t is closed and reopened around it;
// the reopened w:t preserves spaces like the one the engine put the value in.
void docx_special(std::string &out, std::string_view prefix, std::string_view what) {
    element(out, prefix, "/t");
    element(out, prefix, what);
    element(out, prefix, "t xml:space=\"preserve\"");
}

// ODF collapses runs of spaces and drops leading ones: any space that is not a single one
// between two characters of the value becomes text:s.
void odt_spaces(std::string &out, std::string_view prefix, size_t count, bool at_edge) {
    if (!at_edge) {
        out += ' ';
        --count;
    }
    if (count == 0)
        return;
    std::string attrs = "s";
    if (count > 1) {
        attrs += ' ';
        if (!prefix.empty()) {
            attrs.append(prefix);
            attrs += ':';
        }
        attrs += "c=\"" + std::to_string(count) + "\"";
    }
    attrs += '/';
    element(out, prefix, attrs);
}

bool escaped(std::string &out, char c) {
    switch (c) {
    case '<':
        out += "&lt;";
        return true;
    case '>':
        out += "&gt;";
        return true;
    case '&':
        out += "&amp;";
        return true;
    default:
        return false;
    }
}

} // namespace

void append_text(std::string &out, std::string_view text, Dialect dialect,
                 std::string_view prefix) {
    bool docx = dialect == Dialect::Docx;
    bool line_start = true; // at the value's start or after a break/tab (ODT spaces)
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            docx ? docx_special(out, prefix, "br/") : element(out, prefix, "line-break/");
            line_start = true;
        } else if (c == '\t') {
            docx ? docx_special(out, prefix, "tab/") : element(out, prefix, "tab/");
            line_start = true;
        } else if (c == ' ' && !docx) {
            size_t run = 1;
            while (i + run < text.size() && text[i + run] == ' ')
                ++run;
            bool at_end = i + run == text.size() || text[i + run] == '\n' ||
                          text[i + run] == '\r' || text[i + run] == '\t';
            odt_spaces(out, prefix, run, line_start || at_end);
            i += run - 1;
            line_start = false;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            // Other control characters cannot appear in XML 1.0: dropped.
        } else {
            if (!escaped(out, c))
                out += c;
            line_start = false;
        }
    }
}

} // namespace prikaz::render::tpl
