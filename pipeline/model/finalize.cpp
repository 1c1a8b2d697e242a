#include "model/finalize.h"

#include <memory>
#include <mutex>
#include <unicode/normalizer2.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace prikaz::model {

namespace {

bool is_dropped_char(UChar32 c) {
    return c == 0x00AD                    // soft hyphen
           || (c >= 0x200B && c <= 0x200D) // zero-width space / joiners
           || c == 0x2060 || c == 0xFEFF;  // word joiner, BOM
}

bool is_fixed_space(UChar32 c) {
    return c == 0x00A0 || c == 0x2007 || c == 0x202F || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x3000;
}

icu::UnicodeString strip_and_map(const icu::UnicodeString &in) {
    icu::UnicodeString out;
    out.getBuffer(in.length()); // reserve
    out.releaseBuffer(0);
    for (int32_t i = 0; i < in.length();) {
        UChar32 c = in.char32At(i);
        i += U16_LENGTH(c);
        if (is_dropped_char(c))
            continue;
        if (c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B)
            c = '\n';
        out.append(is_fixed_space(c) ? UChar32(' ') : c);
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

bool is_ascii(const std::string &s) {
    for (unsigned char c : s)
        if (c >= 0x80)
            return false;
    return true;
}

// Typed labels: multi-level numbers ("3.2.1.", "2.1"), single numbers with a dot or bracket
// ("3.", "1)"), letters with a bracket ("а)", "б)"), Roman numerals ("IV.") and bullets.
// Number parts never start with 0 and have at most 3 digits, so dates ("08.02.2021") and
// decimals are never taken for labels.
constexpr const char *kLabelPattern =
    "^(?:[-*•]\\s+(?=[•·▪✓✔➢►●○◦■□❖➤]\\s))?"
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
    if (is_ascii(raw) && raw.find('\r') == std::string::npos)
        return fold_spaces(raw);
    icu::UnicodeString u = strip_and_map(icu::UnicodeString::fromUTF8(raw));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && !nfc->isNormalized(u, status))
        u = nfc->normalize(u, status);
    std::string utf8;
    u.toUTF8String(utf8);
    return fold_spaces(utf8);
}

void split_typed_label(Paragraph &p) {
    if (!p.label.empty() || p.text.empty())
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
