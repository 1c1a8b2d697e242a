#include "extract/head_shapes.h"

#include <unicode/uchar.h>

namespace prikaz::extract {

namespace {

// "№ 3.12-132-р", "N 22-01-05/4569", "№7/3", "№ 280 - п", "№ ____". A Latin "N" counts only
// before a digit.
const Regex &number_re() {
    static const Regex re(
        "(?:№|(?<![\\p{L}\\d])N(?=\\s*\\d))\\s*([^\\s,;]*(?:\\s?[-–/]\\s?[^\\s,;]+)*)");
    return re;
}

// What may surround the date and the number on a registration line.
const Regex &requisite_filler() {
    static const Regex re("^(?:[\\s.,:;_«»\"“”()-]|от(?!\\p{L})|исх(?!\\p{L})|вх(?!\\p{L})|"
                          "дата(?!\\p{L})|г(?!\\p{L})|года?(?!\\p{L})|№|N(?!\\p{L}))*$");
    return re;
}

// Text of `line` with the code-point ranges of the date and the number blanked out.
std::string blank_out(const std::string &line, const RequisiteLine &r) {
    icu::UnicodeString u = to_u(line);
    icu::UnicodeString out;
    int cp = 0;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1), ++cp) {
        bool in_date = r.date && cp >= r.date->begin && cp < r.date->end;
        bool in_number = r.number.matched() && cp >= r.number.begin && cp < r.number.end;
        out.append(in_date || in_number ? UChar32(u' ') : u.char32At(i));
    }
    return to_utf8(out);
}

// Widens a date span to a leading "от " ("от 14.12 2022 г." is the date as written).
void widen_to_ot(const std::string &line, ParsedDate &date) {
    static const Regex ot("(?<!\\p{L})от\\s*$");
    icu::UnicodeString u = to_u(line);
    std::string before = to_utf8(u.tempSubString(0, u.moveIndex32(0, date.begin)));
    Match m;
    if (ot.search(before, m))
        date.begin = m[0].begin;
}

// Trailing punctuation is not part of a number ("№ 112." at the end of a sentence).
void trim_number(Group &number) {
    while (!number.text.empty() &&
           std::string(".,;:").find(number.text.back()) != std::string::npos) {
        number.text.pop_back();
        --number.end;
    }
    bool blank = number.text.find_first_not_of('_') == std::string::npos;
    if (blank)
        number = Group{};
}

bool mostly_upper(const std::string &text) {
    icu::UnicodeString u = to_u(text);
    int letters = 0, upper_letters = 0;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (!u_isalpha(c))
            continue;
        ++letters;
        upper_letters += u_isupper(c) ? 1 : 0;
    }
    return letters > 0 && upper_letters * 10 >= letters * 8;
}

int word_count(const std::string &text) {
    static const Regex word("\\p{L}[\\p{L}\\d-]*");
    return static_cast<int>(word.all(text).size());
}

// «11.04.2018      г. Владивосток»: a "г." a column away from the date is the settlement type
// of the place, not the year's mark.
void drop_far_year_mark(const std::string &line, ParsedDate &date) {
    static const Regex far_mark(R"((?:\t|\s{2,})г\.?$)");
    std::string written = substr_cp(line, date.begin, date.end);
    Match m;
    if (far_mark.search(written, m))
        date.end = date.begin + m[0].begin;
}

// «11.04.2018      г. Владивосток      № 23а-214», «29.12.2020 г.    Моршанск    № 1246»: once
// the date and the number are blanked out, the only column that is not filler is the place
// (columns are set apart by two or more spaces or a tab; "г." in a column of its own is the
// year's).
std::optional<Group> place_column(const std::string &blanked) {
    static const Regex column(R"([^\s](?:[^\t ]| (?! ))*)");
    static const Regex edge_filler(R"(^(?:от\s+)?|\s*(?:№|N)$)");
    std::optional<Group> place;
    for (const Match &m : column.all(blanked)) {
        if (requisite_filler().contains(m[0].text))
            continue;
        std::string text = trim(edge_filler.replace_all(m[0].text, ""));
        std::optional<PlaceShape> shape = place_shape(text);
        if (place || !shape || word_count(text) > 4)
            return std::nullopt; // two columns of words, or not a settlement
        int lead = static_cast<int>(code_points(m[0].text.substr(0, m[0].text.find(text))));
        place = Group{text, m[0].begin + lead, m[0].begin + lead + code_points(text)};
    }
    return place;
}

} // namespace

std::optional<RequisiteLine> parse_requisite_line(const std::string &line) {
    if (is_reply_to_line(line))
        return std::nullopt;
    RequisiteLine r;
    r.date = find_russian_date(line);
    if (r.date)
        drop_far_year_mark(line, *r.date);
    Match m;
    if (number_re().search(line, m)) {
        r.has_number_sign = true;
        r.number = m[1];
        trim_number(r.number);
    }
    if (!r.date && !r.has_number_sign)
        return std::nullopt;
    std::string rest = blank_out(line, r);
    if (!requisite_filler().contains(rest)) {
        std::optional<Group> place = place_column(rest);
        if (!place || !r.date || !r.has_number_sign)
            return std::nullopt;
        r.place = *place;
    }
    if (r.date)
        widen_to_ot(line, *r.date);
    return r;
}

bool is_reply_to_line(const std::string &line) {
    static const Regex re("^\\s*на\\s*(?:№|N(?!\\p{L}))");
    return re.contains(line);
}

bool is_contact_line(const std::string &line) {
    static const Regex re(
        "^\\s*\\d{6}(?!\\d)|тел(?:\\.|:|ефон|\\s)|факс|e-?mail|эл\\.\\s*почта|электронн\\p{L}*\\s+"
        "почт|(?<!\\p{L})(?:инн|кпп|огрн|окпо|окогу|оквэд|бик)(?!\\p{L})|https?:|www\\.|@|"
        "(?<!\\p{L})(?:ул|пр-т|пер|пр|д|корп|стр|пл)\\.\\s*\\p{L}|(?<!\\p{L})(?:улица|проспект|"
        "переулок|бульвар|шоссе|набережная)(?!\\p{L})|(?<!\\p{L})(?:дом|д\\.)\\s*\\d");
    return re.contains(line);
}

std::optional<PlaceShape> place_shape(const std::string &line) {
    // Settlement type abbreviations and words: город, село, посёлок (городского типа),
    // рабочий посёлок, станица, деревня, хутор, аул, микрорайон, and the municipal units a
    // place is also given by: городской округ (г.о.), городское (г.п.) and сельское (с.п.)
    // поселение. «пгт» and «рп» are often written without a dot.
    static const Regex prefixed(
        "^(?:(?:г|гор|с|пос|п|ст|ст-ца|д|дер|х|мкр|г\\.\\s?о|г\\.\\s?п|с\\.\\s?п|р\\.\\s?п)\\.|"
        "(?:пгт|рп)\\.?\\s)\\s*\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}?[\\p{L}-]+){0,2}$|"
        "^(?:город|село|поселок|посёлок|станица|деревня|хутор|аул)\\s+\\p{Lu}[\\p{L}-]*"
        "(?:\\s+\\p{Lu}?[\\p{L}-]+){0,1}$",
        0);
    static const Regex bare("^\\p{Lu}[\\p{L}]*(?:-\\p{L}+)*(?:\\s+\\p{Lu}[\\p{L}]*(?:-\\p{L}+)*)"
                            "{0,2}$",
                            0);
    std::string t = trim(line);
    if (prefixed.contains(t))
        return PlaceShape{true};
    if (bare.contains(t) && !mostly_upper(t))
        return PlaceShape{false};
    return std::nullopt;
}

bool starts_title(const std::string &line) {
    static const Regex re("^\\s*(?:о|об|обо)\\s+\\p{L}");
    return re.contains(line);
}

bool starts_addressee(const std::string &line) {
    // Recipient nouns in the dative singular or plural.
    static const Regex dative(
        "^\\s*(?:руководител(?:ю|ям)|директор(?:у|ам)|начальник(?:у|ам)|глав(?:е|ам)|"
        "министр(?:у|ам)|заместител(?:ю|ям)|заведующ(?:ему|ей|им)|председател(?:ю|ям)|"
        "ректор(?:у|ам)|губернатор(?:у|ам)|мэр(?:у|ам)|прокурор(?:у|ам)|уполномоченн(?:ому|ым)|"
        "управляющ(?:ему|им)|специалист(?:у|ам)|член(?:у|ам)|участник(?:у|ам)|орган(?:у|ам)|"
        "родител(?:ю|ям)|педагог(?:у|ам)|учител(?:ю|ям)|ответственн(?:ому|ым)|"
        "(?:государственн|муниципальн|образовательн|общеобразовательн)(?:ым|ому)\\s+\\p{L}+"
        "(?:ям|ам|ю|у|иям))(?!\\p{L})");
    // "Иванову И.И.", "Петровой А.Б.", "И.И. Иванову"
    static const Regex person("^\\s*(?:\\p{Lu}\\p{Ll}+(?:ову|еву|ину|ой|ому|скому|цкому)\\s+"
                              "\\p{Lu}\\.\\s?\\p{Lu}\\.|\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}\\p{Ll}+"
                              "(?:ову|еву|ину|ой|ому|скому|цкому)(?!\\p{L}))",
                              0);
    return dative.contains(line) || person.contains(line);
}

bool has_enacting_word(const std::string &paragraph) {
    static const Regex re("(?:^|\\s)(?:приказываю|приказывает|постановляю|постановляет|"
                          "решил[аио]?|распоряжаюсь|обязываю|предлагаю)\\s*[:.]?\\s*$");
    static const Regex spaced_letters("(?<=\\p{L}) (?=\\p{L}(?: |$|:))");
    std::string text = collapse_lines(paragraph);
    return re.contains(text) || re.contains(spaced_letters.replace_all(text, ""));
}

bool is_salutation(const std::string &line) {
    static const Regex re("^\\s*уважаем\\p{L}*(?!\\p{L})");
    return re.contains(line);
}

bool is_prose_line(const std::string &line) {
    constexpr int kMinWords = 4;
    return !mostly_upper(line) && word_count(line) >= kMinWords;
}

bool is_running_text(const std::string &paragraph) {
    constexpr int kLong = 200; // code points: no requisite is this long, titles aside
    constexpr int kMiddle = 100;
    std::string text = collapse_lines(paragraph);
    if (mostly_upper(text))
        return false;
    int length = code_points(text);
    if (length >= kLong)
        return true;
    char last = text.empty() ? '\0' : text.back();
    bool sentence_end = last == '.' || last == '!' || last == '?';
    if (sentence_end && word_count(text) >= 5)
        return true;
    return length >= kMiddle && (last == ':' || last == ';');
}

} // namespace prikaz::extract
