#include "model/finalize.h"

#include <cctype>
#include <memory>
#include <mutex>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace prikaz::model {

namespace {

// Length of the UTF-8 sequence at s[i] when it is a character we drop (soft hyphen, zero-width
// space/joiners, word joiner, BOM), else 0. All of them are 2- or 3-byte sequences.
size_t dropped_char_length(const std::string &s, size_t i) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (b(0) == 0xC2 && i + 1 < s.size() && (b(1) == 0xAD || b(1) <= 0x9F))
        return 2; // U+00AD, C1 control characters U+0080..U+009F
    if (i + 2 >= s.size())
        return 0;
    if (b(0) == 0xE2 && b(1) == 0x80 && b(2) >= 0x8B && b(2) <= 0x8D)
        return 3; // U+200B..U+200D
    if (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0xA0)
        return 3; // U+2060
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
        return 3; // U+FEFF
    return 0;
}

// Length of the UTF-8 sequence at s[i] when it is a fixed-width or no-break space (mapped to
// ' ') or a line/paragraph separator (mapped to '\n'), else 0; `replacement` receives the
// character to write.
size_t mapped_char_length(const std::string &s, size_t i, char &replacement) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    replacement = ' ';
    if (b(0) == 0xC2 && i + 1 < s.size() && b(1) == 0xA0)
        return 2; // U+00A0
    if (i + 2 >= s.size())
        return 0;
    if (b(0) == 0xE2 && b(1) == 0x80) {
        if (b(2) <= 0x8A || b(2) == 0xAF)
            return 3; // U+2000..U+200A, U+202F
        if (b(2) == 0xA8 || b(2) == 0xA9) {
            replacement = '\n'; // U+2028, U+2029
            return 3;
        }
    }
    if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80)
        return 3; // U+3000
    return 0;
}

// Drops invisible characters and maps special spaces and separators, on UTF-8 bytes.
std::string strip_and_map(const std::string &in) {
    std::string out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size();) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            if (c == '\r' || c == 0x0B)
                out += '\n';
            else if (c >= 0x20 || c == '\t' || c == '\n')
                out += static_cast<char>(c);
            // other C0 control characters are dropped: they carry nothing and XML forbids them
            ++i;
            continue;
        }
        char replacement;
        if (size_t n = dropped_char_length(in, i)) {
            i += n;
        } else if (size_t m = mapped_char_length(in, i, replacement)) {
            out += replacement;
            i += m;
        } else {
            out += static_cast<char>(c);
            ++i;
        }
    }
    return out;
}

// Folds spaces, trims each line and drops empty lines, working on UTF-8 bytes (ASCII-safe).
std::string fold_spaces(const std::string &s) {
    std::string out;
    out.reserve(s.size());
    std::string line;
    auto flush_line = [&] {
        size_t b = line.find_first_not_of(' ');
        size_t e = line.find_last_not_of(' ');
        if (b != std::string::npos) {
            if (!out.empty())
                out += '\n';
            out.append(line, b, e - b + 1);
        }
        line.clear();
    };
    for (char ch : s) {
        if (ch == '\n') {
            flush_line();
        } else if (ch == ' ') {
            if (line.empty() || line.back() != ' ')
                line += ' ';
        } else {
            line += ch;
        }
    }
    flush_line();
    return out;
}

// Printable ASCII, tabs and line feeds only: nothing to map, drop or compose.
bool is_plain_ascii(const std::string &s) {
    for (unsigned char c : s)
        if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n'))
            return false;
    return true;
}

// Typed labels: multi-level numbers ("3.2.1.", "2.1"), single numbers with a dot or bracket
// ("3.", "1)"), letters with a bracket ("а)", "б)"), Roman numerals ("IV.") and bullets.
// Number parts never start with 0 and have at most 3 digits, so dates ("08.02.2021") and
// decimals are never taken for labels.
constexpr const char *kLabelPattern = "^(?:[-*•]\\s+(?=[•·▪✓✔➢►●○◦■□❖➤]\\s))?"
                                      "("
                                      "[1-9]\\d{0,2}(?:\\.[1-9]\\d{0,2})+\\.?"
                                      "|[1-9]\\d{0,2}[.)]"
                                      "|\\(?[а-яёa-z]\\)"
                                      "|[IVX]{1,5}\\."
                                      "|[-–—•·▪✓✔➢►●○◦■□❖➤*]"
                                      ")[ \\t]+(?=\\S)";

struct LabelMatcher {
    std::unique_ptr<icu::RegexPattern> pattern;
    LabelMatcher() {
        UErrorCode status = U_ZERO_ERROR;
        UParseError perr;
        pattern.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(kLabelPattern), 0,
                                                 perr, status));
        if (U_FAILURE(status))
            pattern.reset();
    }
};

const LabelMatcher &label_matcher() {
    static const LabelMatcher m;
    return m;
}

void finalize_blocks(std::vector<Block> &blocks, const std::string &prefix);

// A cheap test run before the regex: most paragraphs start with a capital word, which can
// never be a label unless a bracket follows its first letter.
bool could_start_label(const std::string &text) {
    if (text.empty())
        return false;
    unsigned char c = static_cast<unsigned char>(text[0]);
    if (c < 0x80)
        return (c >= '1' && c <= '9') || c == '(' || c == '-' || c == '*' || c == 'I' || c == 'V' ||
               c == 'X' || (std::isalpha(c) && text.size() > 1 && text[1] == ')');
    // A non-ASCII first character: a bullet or dash (U+2013.., U+2022.., U+25xx, U+27xx, ·)
    // or a Cyrillic letter followed by a bracket.
    if (c == 0xE2 || c == 0xC2)
        return true;
    if ((c == 0xD0 || c == 0xD1) && text.size() > 2 && text[2] == ')')
        return true;
    return false;
}

void finalize_paragraph(Paragraph &p) {
    p.text = clean_text(p.text);
    p.label = clean_text(p.label);
    split_typed_label(p);
}

void finalize_table(Table &t, const std::string &id) {
    for (size_t r = 0; r < t.rows.size(); ++r)
        for (size_t c = 0; c < t.rows[r].cells.size(); ++c)
            finalize_blocks(t.rows[r].cells[c].blocks,
                            id + "/r" + std::to_string(r) + "/c" + std::to_string(c) + "/");
}

void finalize_blocks(std::vector<Block> &blocks, const std::string &prefix) {
    for (size_t i = 0; i < blocks.size(); ++i) {
        Block &b = blocks[i];
        b.source.id = prefix + "b" + std::to_string(i);
        if (b.kind == Block::Kind::Paragraph)
            finalize_paragraph(b.paragraph);
        else if (b.kind == Block::Kind::Table)
            finalize_table(b.table, b.source.id);
    }
}

} // namespace

std::string clean_text(const std::string &raw) {
    if (is_plain_ascii(raw))
        return fold_spaces(raw);
    std::string text = strip_and_map(raw);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) {
        std::string composed;
        icu::StringByteSink<std::string> sink(&composed);
        nfc->normalizeUTF8(0, text, sink, nullptr, status);
        if (U_SUCCESS(status))
            text.swap(composed);
    }
    return fold_spaces(text);
}

void split_typed_label(Paragraph &p) {
    if (!p.label.empty() || !could_start_label(p.text))
        return;
    const LabelMatcher &lm = label_matcher();
    if (!lm.pattern)
        return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(p.text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(lm.pattern->matcher(u, status));
    if (U_FAILURE(status) || !m->lookingAt(status) || U_FAILURE(status))
        return;
    icu::UnicodeString label = m->group(1, status);
    int32_t end = m->end(status);
    if (U_FAILURE(status))
        return;
    std::string label_utf8, rest;
    label.toUTF8String(label_utf8);
    u.tempSubString(end).toUTF8String(rest);
    p.label = label_utf8;
    p.text = rest;
}

void finalize(Document &doc) {
    finalize_blocks(doc.body, "");
    for (size_t i = 0; i < doc.headers_footers.size(); ++i)
        finalize_blocks(doc.headers_footers[i].blocks, "h" + std::to_string(i) + "/");
}

} // namespace prikaz::model
