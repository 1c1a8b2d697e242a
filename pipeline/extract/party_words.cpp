#include "extract/party_words.h"

#include "extract/text_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace prikaz::extract::party {

namespace {

bool opens(UChar32 c) {
    return c == U'«' || c == U'(' || c == U'„';
}
bool closes(UChar32 c) {
    return c == U'»' || c == U')' || c == U'“' || c == U'”';
}
bool straight_quote(UChar32 c) {
    return c == U'"';
}

// Depth of quotes and parentheses, straight quotes toggling.
struct Depth {
    int nested = 0;
    bool in_straight = false;
    int total() const { return nested + (in_straight ? 1 : 0); }
    void step(UChar32 c) {
        if (straight_quote(c))
            in_straight = !in_straight;
        else if (opens(c))
            ++nested;
        else if (closes(c) && nested > 0)
            --nested;
    }
};

// The words are read straight from well-formed UTF-8 (code points, no UTF-16 round trip).
struct Utf8 {
    const char *p;
    int32_t n;
    UChar32 at(int32_t i) const { // the code point starting at byte i
        UChar32 c;
        U8_GET_UNSAFE(p, i, c);
        return c;
    }
    int32_t next(int32_t i) const {
        U8_FWD_1_UNSAFE(p, i);
        return i;
    }
    int32_t prev(int32_t i) const {
        U8_BACK_1_UNSAFE(p, i);
        return i;
    }
};

// «работников",» / «(Иванов И.И.):»: a closing quote or parenthesis before final punctuation.
bool closes_before_punctuation(const Utf8 &t, int32_t begin, int32_t end) {
    int32_t last = t.prev(end);
    if (last <= begin)
        return false; // fewer than two characters
    UChar32 c = t.at(t.prev(last));
    return closes(c) || straight_quote(c);
}

std::string bare_of(const std::string &text, const Utf8 &t, int32_t b, int32_t e) {
    while (b < e && !u_isalnum(t.at(b)))
        b = t.next(b);
    while (e > b && !u_isalnum(t.at(t.prev(e))))
        e = t.prev(e);
    return fold(text.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
}

std::vector<Word> split_well_formed(const std::string &text) {
    std::vector<Word> out;
    const Utf8 t{text.data(), static_cast<int32_t>(text.size())};
    Depth depth;
    int cp = 0;
    int32_t i = 0;
    while (i < t.n) {
        if (u_isUWhiteSpace(t.at(i))) {
            i = t.next(i);
            ++cp;
            continue;
        }
        Word w;
        w.begin = cp;
        w.nested = depth.total() > 0;
        int32_t start = i;
        while (i < t.n && !u_isUWhiteSpace(t.at(i))) {
            depth.step(t.at(i));
            i = t.next(i);
            ++cp;
        }
        w.end = cp;
        w.text = text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
        w.bare = bare_of(text, t, start, i);
        UChar32 tail = t.at(t.prev(i));
        w.closes_group = depth.total() == 0 && (closes(tail) || straight_quote(tail) ||
                                                closes_before_punctuation(t, start, i));
        out.push_back(std::move(w));
    }
    return out;
}

} // namespace

std::vector<Word> split_words(const std::string &text) {
    // Ill-formed bytes read as U+FFFD, as they always did through UTF-16.
    return is_well_formed(text) ? split_well_formed(text) : split_well_formed(to_utf8(to_u(text)));
}

std::string slice_cp(const std::string &text, int begin, int end) {
    return substr_cp(text, begin, end);
}

bool is_abbreviation(const std::string &word) {
    static const Regex abbr(R"([«"(]*\p{Lu}[\p{L}-]*\p{Lu}[\p{L}]*[»")]*[,;:.]?)", 0);
    Match m;
    return abbr.full(word, m);
}

bool is_legal_form(const std::string &word) {
    static const Regex form(
        R"([«"(]*(?:(?:Ф|Ф?Г|М|Ч|Н|Ч?О|К|КГ|ОГ)[БКАП]?[А-Я]{0,3}У(?:З|К|СО)?|АНО|ООО|ОАО|ЗАО|ПАО|АО)"
        R"(|ГУП|МУП|ФГУП|ИП)[,;:]?)",
        0);
    Match m;
    return form.full(word, m);
}

bool is_position_noun(const std::string &nominative_lower) {
    // «воспитательной работы», «педагогических работников»: adjectives made from these nouns
    static const Regex adjective(R"(\p{L}*(?:тельн|ическ)\p{L}*)", 0);
    static const Regex head(
        R"((?:заместител|руководител|директор|начальник|председател|заведующ|управляющ|бухгалтер)"
        R"(|специалист|инспектор|методист|учител|педагог|секретар|консультант|советник|помощник)"
        R"(|ректор|проректор|декан|член|глав[аы]|министр|губернатор|мэр|уполномоченн|ответственн)"
        R"(|координатор|куратор|эксперт|сотрудник|работник|преподавател|воспитател|тьютор|психолог)"
        R"(|логопед|исполняющ|референт|аналитик|экономист|юрист|врач|фельдшер|медсестр|директриса)"
        R"()\p{L}*(?:-\p{L}+)?)",
        0);
    Match m;
    return head.full(nominative_lower, m) && !adjective.full(nominative_lower, m);
}

} // namespace prikaz::extract::party

namespace prikaz::extract::party {

bool is_body_noun(const std::string &nominative_lower) {
    static const Regex head(
        R"((?:орган|организаци|учреждени|служб|отдел|управлени|комитет|школ|центр|комисси|групп)"
        R"(|объединени|сообществ|администраци|министерств|департамент|агентств|институт|колледж)"
        R"(|университет|академи|лице[йи]|гимнази|училищ|кабинет|совет|коллеги|инспекци|палат)"
        R"(|фонд|предприяти|сектор|бюро|аппарат|ведомств|подразделени|филиал|дом|библиотек)"
        R"(|сад|детск|ассоциаци|союз|общество|штаб|команд|служащ|прокуратур|полици|отделени)"
        R"()\p{L}*)",
        0);
    Match m;
    return head.full(nominative_lower, m);
}

} // namespace prikaz::extract::party
