#include "render/template_tag.h"

namespace prikaz::render::tpl {

namespace {

// Quote families: any member closes a literal opened by any member of the same family, because
// autocorrect does not always pick the "right" curly quote (and „…“ is the German/Russian pair).
constexpr std::string_view kDoubleCurly[] = {"\u201C", "\u201D", "\u201E"};
constexpr std::string_view kSingleCurly[] = {"\u2018", "\u2019"};
constexpr std::string_view kGuillemetOpen = "\u00AB";
constexpr std::string_view kGuillemetClose = "\u00BB";

template <size_t N>
size_t match_any(const std::string_view (&set)[N], std::string_view s, size_t i) {
    for (std::string_view q : set)
        if (s.substr(i, q.size()) == q)
            return q.size();
    return 0;
}

template <size_t N> bool in_family(const std::string_view (&set)[N], std::string_view q) {
    for (std::string_view m : set)
        if (m == q)
            return true;
    return false;
}

std::string_view closer_for(char second) {
    if (second == '{')
        return "}}";
    if (second == '%')
        return "%}";
    return "#}";
}

size_t find_closer(std::string_view text, size_t from, std::string_view closer, bool quotes) {
    size_t i = from;
    while (i < text.size()) {
        if (text.substr(i, 2) == closer)
            return i + 2;
        size_t q = quotes ? quote_open_length(text, i) : 0;
        if (q == 0) {
            ++i;
            continue;
        }
        std::string_view open = text.substr(i, q);
        size_t j = i + q;
        while (j < text.size() && quote_close_length(open, text, j) == 0)
            ++j;
        if (j >= text.size())
            return std::string_view::npos; // unclosed quote: the caller retries without quotes
        j += quote_close_length(open, text, j);
        i = j;
    }
    return std::string_view::npos;
}

std::string_view trim(std::string_view s) {
    size_t b = 0;
    while (b < s.size()) {
        size_t w = whitespace_length(s, b);
        if (w == 0)
            break;
        b += w;
    }
    size_t e = s.size();
    while (e > b) {
        if (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')
            --e;
        else if (e - b >= 2 && s.substr(e - 2, 2) == "\u00A0")
            e -= 2;
        else
            break;
    }
    return s.substr(b, e - b);
}

// "{%p ...": the scope letters must be followed by whitespace (or "-" / the closer) so that
// "{% print %}" or "{%trim%}"-like words are never mistaken for a scope.
TagScope read_scope(std::string_view body, size_t &pos) {
    struct Prefix {
        std::string_view letters;
        TagScope scope;
    };
    static constexpr Prefix prefixes[] = {
        {"tr", TagScope::Row}, {"tc", TagScope::Cell}, {"p", TagScope::Paragraph}};
    for (const Prefix &p : prefixes) {
        if (body.substr(0, p.letters.size()) != p.letters)
            continue;
        size_t after = p.letters.size();
        if (after == body.size() || whitespace_length(body, after) > 0 || body[after] == '-') {
            pos = after;
            return p.scope;
        }
    }
    return TagScope::Inline;
}

} // namespace

size_t whitespace_length(std::string_view s, size_t i) {
    if (i >= s.size())
        return 0;
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return 1;
    if (s.substr(i, 2) == "\u00A0")
        return 2;
    return 0;
}

size_t quote_open_length(std::string_view s, size_t i) {
    if (i >= s.size())
        return 0;
    if (s[i] == '"' || s[i] == '\'')
        return 1;
    if (size_t n = match_any(kDoubleCurly, s, i))
        return n;
    if (size_t n = match_any(kSingleCurly, s, i))
        return n;
    if (s.substr(i, kGuillemetOpen.size()) == kGuillemetOpen)
        return kGuillemetOpen.size();
    return 0;
}

size_t quote_close_length(std::string_view open, std::string_view s, size_t i) {
    if (i >= s.size())
        return 0;
    if (open == "\"" || open == "'")
        return s[i] == open[0] ? 1 : 0;
    if (in_family(kDoubleCurly, open))
        return match_any(kDoubleCurly, s, i);
    if (in_family(kSingleCurly, open))
        return match_any(kSingleCurly, s, i);
    if (open == kGuillemetOpen)
        return s.substr(i, kGuillemetClose.size()) == kGuillemetClose ? kGuillemetClose.size() : 0;
    return 0;
}

bool is_tag_opener(std::string_view text, size_t i) {
    return i + 1 < text.size() && text[i] == '{' &&
           (text[i + 1] == '{' || text[i + 1] == '%' || text[i + 1] == '#');
}

size_t find_tag_end(std::string_view text, size_t start) {
    std::string_view closer = closer_for(text[start + 1]);
    if (closer == "#}") // comments are free text: an apostrophe must not hide the closer
        return find_closer(text, start + 2, closer, false);
    size_t end = find_closer(text, start + 2, closer, true);
    if (end == std::string_view::npos)
        end = find_closer(text, start + 2, closer, false);
    return end;
}

TagInfo classify_tag(std::string text) {
    TagInfo tag;
    char second = text.size() > 1 ? text[1] : '{';
    tag.kind = second == '{'   ? TagKind::Print
               : second == '%' ? TagKind::Statement
                               : TagKind::Comment;
    std::string_view body(text);
    body = body.substr(2, body.size() >= 4 ? body.size() - 4 : 0);
    size_t pos = 0;
    if (tag.kind != TagKind::Print)
        tag.scope = read_scope(body, pos);
    body = body.substr(pos);
    // Jinja's whitespace control ("{%- … -%}") means nothing between XML elements: accept it.
    if (!body.empty() && body.front() == '-')
        body.remove_prefix(1);
    if (!body.empty() && body.back() == '-')
        body.remove_suffix(1);
    tag.inner = std::string(trim(body));
    tag.text = std::move(text);
    return tag;
}

} // namespace prikaz::render::tpl
