#include "render/filters.h"

#include "render/russian_forms.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace prikaz::render {

namespace {

using Args = std::vector<Value>;

void expect_args(const char *filter, const Args &args, size_t min, size_t max) {
    if (args.size() >= min && args.size() <= max)
        return;
    std::string expected =
        min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max);
    throw std::invalid_argument(std::string("filter ") + filter + " takes " + expected +
                                " argument(s), got " + std::to_string(args.size()));
}

icu::UnicodeString unicode(const std::string &s) {
    return icu::UnicodeString::fromUTF8(s);
}

std::string utf8(const icu::UnicodeString &s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

const icu::Locale &russian() {
    static const icu::Locale ru("ru");
    return ru;
}

// Dates: an ISO date is reworded, anything else (already worded, a placeholder) is kept.
template <std::string (*Format)(const IsoDate &)>
Value date_filter(const char *name, const Value &in, const Args &args, const char *prefix,
                  const char *suffix) {
    expect_args(name, args, 0, 0);
    if (!in.is_string())
        return in;
    std::optional<IsoDate> d = parse_iso_date(in.as_string());
    if (!d)
        return in;
    return prefix + Format(*d) + suffix;
}

Value f_date(const Value &in, const Args &args) {
    return date_filter<date_numeric>("date", in, args, "", "");
}
Value f_date_long(const Value &in, const Args &args) {
    return date_filter<date_words>("date_long", in, args, "", " г.");
}
Value f_date_until(const Value &in, const Args &args) {
    return date_filter<date_words>("date_until", in, args, "до ", " года");
}

// A list of maps joined by `sep` after `one` words each map; a string is kept as it is.
Value joined(const Value &in, const char *sep, std::string (*one)(const Value &)) {
    if (in.is_string())
        return in;
    if (in.is_map())
        return one(in);
    if (!in.is_list())
        return std::string();
    std::string out;
    for (const Value &item : in.as_list()) {
        std::string text = item.is_map() ? one(item) : item.to_text();
        if (text.empty())
            continue;
        if (!out.empty())
            out += sep;
        out += text;
    }
    return out;
}

Value f_deadline(const Value &in, const Args &args) {
    expect_args("deadline", args, 0, 0);
    return joined(in, "; ", deadline_phrase);
}

// "Управление общего образования (Маханова А.В.)"; without an organisation, the position and
// the person ("заместитель министра Маханова А.В."); the document's words when nothing else.
std::string party_phrase(const Value &p) {
    std::string org = p.get("org").to_text();
    if (org.empty())
        org = p.get("org_abbr").to_text();
    const std::string person = p.get("person").to_text();
    if (!org.empty())
        return person.empty() ? org : org + " (" + person + ")";
    std::string position = p.get("position").to_text();
    if (!position.empty() && !person.empty())
        return position + " " + person;
    if (!position.empty() || !person.empty())
        return position + person;
    return p.get("as_written").to_text();
}

Value f_party(const Value &in, const Args &args) {
    expect_args("party", args, 0, 0);
    return joined(in, ", ", party_phrase);
}

Value f_upper(const Value &in, const Args &args) {
    expect_args("upper", args, 0, 0);
    return utf8(unicode(in.to_text()).toUpper(russian()));
}

Value f_lower(const Value &in, const Args &args) {
    expect_args("lower", args, 0, 0);
    return utf8(unicode(in.to_text()).toLower(russian()));
}

// The first letter upper-cased, the rest left alone: unlike Jinja's capitalize, which lowers
// the rest, this keeps proper names and abbreviations ("управление ИРОСО" → "Управление
// ИРОСО") intact, which is what a sentence start in an official document needs.
Value f_capitalize(const Value &in, const Args &args) {
    expect_args("capitalize", args, 0, 0);
    icu::UnicodeString s = unicode(in.to_text());
    if (s.isEmpty())
        return std::string();
    const int32_t first_end = s.moveIndex32(0, 1);
    icu::UnicodeString head = s.tempSubString(0, first_end);
    head.toUpper(russian());
    return utf8(head + s.tempSubString(first_end));
}

// default(x): x when the value is missing or empty ("" or an empty list); Jinja's
// default(x, true) also replaces false and 0.
Value f_default(const Value &in, const Args &args) {
    expect_args("default", args, 1, 2);
    const bool any_falsy = args.size() == 2 && args[1].truthy();
    const bool empty = in.is_null() || (in.is_string() && in.as_string().empty()) ||
                       (in.is_list() && in.as_list().empty());
    return empty || (any_falsy && !in.truthy()) ? args[0] : in;
}

Value f_join(const Value &in, const Args &args) {
    expect_args("join", args, 0, 1);
    if (!args.empty() && !args[0].is_string())
        throw std::invalid_argument("filter join takes a string separator");
    if (!in.is_list())
        return in.to_text();
    const std::string sep = args.empty() ? std::string() : args[0].as_string();
    std::string out;
    for (const Value &item : in.as_list()) {
        if (&item != &in.as_list().front())
            out += sep;
        out += item.to_text();
    }
    return out;
}

Value f_length(const Value &in, const Args &args) {
    expect_args("length", args, 0, 0);
    if (in.is_list())
        return static_cast<long long>(in.as_list().size());
    if (in.is_map())
        return static_cast<long long>(in.as_map().size());
    if (in.is_string())
        return static_cast<long long>(unicode(in.as_string()).countChar32());
    return 0;
}

// One end of a list, or the first/last character of a string; null when empty.
Value end_of(const Value &in, bool first) {
    if (in.is_list()) {
        if (in.as_list().empty())
            return Value();
        return first ? in.as_list().front() : in.as_list().back();
    }
    if (!in.is_string() || in.as_string().empty())
        return Value();
    icu::UnicodeString s = unicode(in.as_string());
    const int32_t at = first ? 0 : s.moveIndex32(s.length(), -1);
    return utf8(s.tempSubString(at, s.moveIndex32(at, 1) - at));
}

Value f_first(const Value &in, const Args &args) {
    expect_args("first", args, 0, 0);
    return end_of(in, true);
}

Value f_last(const Value &in, const Args &args) {
    expect_args("last", args, 0, 0);
    return end_of(in, false);
}

// One per thread: building a break iterator is costly and one instance is not thread-safe.
icu::BreakIterator *character_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> chars = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createCharacterInstance(russian(), status));
        if (U_FAILURE(status))
            throw std::runtime_error("ICU character break iterator");
        return it;
    }();
    return chars.get();
}

// "РЕШЕНИЕ" → "Р Е Ш Е Н И Е", as document kinds are printed in headings; a gap between words
// widens to three spaces so that the words stay apart. Characters are grapheme clusters
// (ICU), so a letter with a combining accent stays whole.
Value f_spaced(const Value &in, const Args &args) {
    expect_args("spaced", args, 0, 0);
    icu::UnicodeString s = unicode(in.to_text());
    icu::BreakIterator *chars = character_iterator();
    chars->setText(s);
    std::string out;
    bool gap = false;
    for (int32_t start = chars->first(), end = chars->next(); end != icu::BreakIterator::DONE;
         start = end, end = chars->next()) {
        if (u_isUWhiteSpace(s.char32At(start))) {
            gap = !out.empty();
            continue;
        }
        if (!out.empty())
            out += gap ? "   " : " ";
        gap = false;
        out += utf8(s.tempSubString(start, end - start));
    }
    return out;
}

// "a\nb" → ["a", "b"]: a value of several paragraphs (a preamble) repeated paragraph by
// paragraph with {%p for line in preamble | lines %}, so that each becomes a real paragraph.
Value f_lines(const Value &in, const Args &args) {
    expect_args("lines", args, 0, 0);
    List out;
    const std::string text = in.to_text();
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

struct Entry {
    const char *name;
    Filter filter;
};

// Alphabetical, so that filter_names() lists them in order.
const Entry kFilters[] = {
    {"capitalize", f_capitalize}, {"date", f_date},         {"date_long", f_date_long},
    {"date_until", f_date_until}, {"deadline", f_deadline}, {"default", f_default},
    {"first", f_first},           {"join", f_join},         {"last", f_last},
    {"length", f_length},         {"lines", f_lines},       {"lower", f_lower},
    {"party", f_party},           {"spaced", f_spaced},     {"upper", f_upper},
};

} // namespace

Filter find_filter(std::string_view name) {
    for (const Entry &e : kFilters)
        if (name == e.name)
            return e.filter;
    return nullptr;
}

std::vector<std::string> filter_names() {
    std::vector<std::string> out;
    for (const Entry &e : kFilters)
        out.emplace_back(e.name);
    return out;
}

} // namespace prikaz::render
