#include "extract/regex_letters.h"

#include <unicode/uchar.h>
#include <unicode/uregex.h>
#include <unicode/utf8.h>

#include <cctype>
#include <optional>
#include <string_view>

namespace prikaz::extract {

namespace {

constexpr size_t npos = std::string::npos;
constexpr std::string_view kLetters = "\\p{L}";

// Bytes of the escape that starts at p[i] == '\\': \p{…}, \P{…}, \N{…}, \x{…} run to their '}',
// any other escape is the backslash and one code point.
size_t escape_length(const std::string &p, size_t i) {
    if (i + 1 >= p.size())
        return p.size() - i;
    const char c = p[i + 1];
    if ((c == 'p' || c == 'P' || c == 'N' || c == 'x') && i + 2 < p.size() && p[i + 2] == '{') {
        const size_t close = p.find('}', i + 3);
        return close == npos ? p.size() - i : close + 1 - i;
    }
    return 2 + static_cast<size_t>(U8_COUNT_TRAIL_BYTES(static_cast<uint8_t>(c)));
}

// Bytes of the quantifier at p[j] (*, +, ?, {n}, {n,}, {n,m}, each maybe lazy or possessive),
// 0 when there is none.
size_t quantifier_length(const std::string &p, size_t j) {
    size_t k = j;
    if (k < p.size() && (p[k] == '*' || p[k] == '+' || p[k] == '?')) {
        ++k;
    } else if (k < p.size() && p[k] == '{') {
        size_t m = k + 1;
        const size_t digits = m;
        while (m < p.size() && std::isdigit(static_cast<unsigned char>(p[m])))
            ++m;
        if (m == digits)
            return 0;
        if (m < p.size() && p[m] == ',')
            for (++m; m < p.size() && std::isdigit(static_cast<unsigned char>(p[m]));)
                ++m;
        if (m >= p.size() || p[m] != '}')
            return 0;
        k = m + 1;
    } else {
        return 0;
    }
    if (k < p.size() && (p[k] == '?' || p[k] == '+'))
        ++k;
    return k - j;
}

// One past the ']' that closes the set opening at p[i] == '[' (nested sets and escapes
// followed), npos when unterminated or when it starts with ']' (not followed here).
size_t bracket_end(const std::string &p, size_t i) {
    size_t j = i + 1;
    if (j < p.size() && p[j] == '^')
        ++j;
    if (j < p.size() && p[j] == ']')
        return npos;
    for (int depth = 1; j < p.size();) {
        if (p[j] == '\\') {
            j += escape_length(p, j);
        } else if (p[j] == '[') {
            ++depth;
            ++j;
        } else if (p[j] == ']') {
            ++j;
            if (--depth == 0)
                return j;
        } else {
            ++j;
        }
    }
    return npos;
}

// A code point whose case closure adds nothing beyond the closure of \p{L}: a letter (its
// case partners are letters or U+0345) or a character no case mapping touches.
bool closed_with_letters(UChar32 c) {
    return (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0 || !u_hasBinaryProperty(c, UCHAR_CASE_SENSITIVE);
}

bool closed_escape(std::string_view e) {
    if (e == "\\d" || e == "\\s" || e == "\\p{N}" || e == "\\p{Nd}")
        return true;
    // An escaped ASCII punctuation character stands for itself.
    return e.size() == 2 && std::ispunct(static_cast<unsigned char>(e[1]));
}

// The members of the flat set p[begin, end) (between '[' or '[^' and the closing ']') with each
// \p{L} written as the closed letter set, or nothing when the set holds no \p{L} or a member
// that case closure could widen beyond it (or syntax not followed here: ranges, operators).
std::optional<std::string> closed_set_body(const std::string &p, size_t begin, size_t end) {
    std::string body;
    bool letters = false;
    for (size_t j = begin; j < end;) {
        const char c = p[j];
        if (c == '\\') {
            const size_t len = escape_length(p, j);
            const std::string_view e(p.data() + j, len);
            if (e == kLetters) {
                body += kClosedLetters;
                letters = true;
            } else if (closed_escape(e)) {
                body += e;
            } else {
                return std::nullopt;
            }
            j += len;
        } else if (c == '[' || c == '&') {
            return std::nullopt; // nested set or set operator
        } else if (c == '-' && j != begin && j + 1 != end) {
            return std::nullopt; // a range
        } else {
            int32_t at = static_cast<int32_t>(j);
            UChar32 cp;
            U8_NEXT(p.data(), at, static_cast<int32_t>(end), cp);
            if (cp < 0 || !closed_with_letters(cp))
                return std::nullopt;
            body.append(p, j, static_cast<size_t>(at) - j);
            j = static_cast<size_t>(at);
        }
    }
    if (!letters)
        return std::nullopt;
    return body;
}

// A case-sensitive group holding `set` and the quantifier that followed it.
std::string uncased_group(const std::string &set, const std::string &p, size_t q_at, size_t q) {
    return "(?-i:" + set + p.substr(q_at, q) + ")";
}

} // namespace

std::string presolve_letter_closure(const std::string &p, uint32_t flags) {
    if (!(flags & UREGEX_CASE_INSENSITIVE) || (flags & (UREGEX_COMMENTS | UREGEX_LITERAL)))
        return p;
    std::string out;
    out.reserve(p.size() + 64);
    for (size_t i = 0; i < p.size();) {
        const char c = p[i];
        if (c == '\\') {
            const size_t len = escape_length(p, i);
            if (i + 1 < p.size() && p[i + 1] == 'Q')
                return p; // \Q…\E quoting: not followed
            if (p.compare(i, len, kLetters) == 0) {
                const size_t q = quantifier_length(p, i + len);
                out += uncased_group(std::string("[") + kClosedLetters + "]", p, i + len, q);
                i += len + q;
            } else {
                out.append(p, i, len);
                i += len;
            }
        } else if (c == '[') {
            const size_t e = bracket_end(p, i);
            if (e == npos)
                return p;
            const bool negated = p[i + 1] == '^';
            const size_t begin = i + (negated ? 2 : 1);
            if (auto body = closed_set_body(p, begin, e - 1)) {
                // ICU closes a negated set before negating it: [^X] matches what closure(X)
                // does not, which is what [^X'] matches when X' is closure(X).
                const size_t q = quantifier_length(p, e);
                out += uncased_group((negated ? "[^" : "[") + *body + "]", p, e, q);
                i = e + q;
            } else {
                out.append(p, i, e - i);
                i = e;
            }
        } else if (c == '(' && p.compare(i, 2, "(?") == 0 && i + 2 < p.size() &&
                   std::string_view("imsxwu-#").find(p[i + 2]) != std::string_view::npos) {
            return p; // inline flags or a comment: the case mode is not the flags' everywhere
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace prikaz::extract
