#include "extract/party_words.h"

#include "extract/text_util.h"

#include <unicode/uchar.h>

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

// «работников",» / «(Иванов И.И.):»: a closing quote or parenthesis before final punctuation.
bool closes_before_punctuation(const icu::UnicodeString &word) {
    if (word.countChar32() < 2)
        return false;
    UChar32 c = word.char32At(word.moveIndex32(word.length(), -2));
    return closes(c) || straight_quote(c);
}

std::string bare_of(const icu::UnicodeString &w) {
    int32_t b = 0, e = w.length();
    while (b < e && !u_isalnum(w.char32At(b)))
        b = w.moveIndex32(b, 1);
    while (e > b && !u_isalnum(w.char32At(w.moveIndex32(e, -1))))
        e = w.moveIndex32(e, -1);
    return fold(to_utf8(w.tempSubStringBetween(b, e)));
}

} // namespace

std::vector<Word> split_words(const std::string &text) {
    std::vector<Word> out;
    icu::UnicodeString u = to_u(text);
    Depth depth;
    int cp = 0;
    int32_t i = 0;
    while (i < u.length()) {
        UChar32 c = u.char32At(i);
        if (u_isUWhiteSpace(c)) {
            i = u.moveIndex32(i, 1);
            ++cp;
            continue;
        }
        Word w;
        w.begin = cp;
        w.nested = depth.total() > 0;
        int32_t start = i;
        while (i < u.length() && !u_isUWhiteSpace(u.char32At(i))) {
            depth.step(u.char32At(i));
            i = u.moveIndex32(i, 1);
            ++cp;
        }
        w.end = cp;
        icu::UnicodeString word = u.tempSubStringBetween(start, i);
        w.text = to_utf8(word);
        w.bare = bare_of(word);
        UChar32 tail = word.char32At(word.moveIndex32(word.length(), -1));
        w.closes_group = depth.total() == 0 &&
                         (closes(tail) || straight_quote(tail) || closes_before_punctuation(word));
        out.push_back(std::move(w));
    }
    return out;
}

std::string slice_cp(const std::string &text, int begin, int end) {
    icu::UnicodeString u = to_u(text);
    int32_t b = u.moveIndex32(0, begin);
    int32_t e = u.moveIndex32(0, end);
    return to_utf8(u.tempSubStringBetween(b, e));
}

bool is_abbreviation(const std::string &word) {
    static const Regex abbr(R"([«"(]*\p{Lu}[\p{L}-]*\p{Lu}[\p{L}]*[»")]*[,;:.]?)", 0);
    Match m;
    return abbr.full(word, m);
}

bool is_legal_form(const std::string &word) {
    static const Regex form(
        R"([«"(]*(?:(?:Ф|Ф?Г|М|Ч|Н|Ч?О)[БКАП]?[А-Я]{0,3}У|АНО|ООО|ОАО|ЗАО|ПАО|АО|ГУП|МУП|ФГУП|ИП)[,;:]?)",
        0);
    Match m;
    return form.full(word, m);
}

bool is_infinitive(const std::string &bare) {
    // Reflexive and plain infinitives; nouns that end the same way are listed.
    static const Regex verb(R"(\p{L}{2,}(?:ться|тись|[аеиоуыяюэ]ть|ести|йти|зти|чти|[еч]сть|чь))",
                            0);
    static const Regex noun(R"(печать|сеть|путь|суть|мать|треть|нить|рать|знать|благодать)"
                            R"(|кровать|честь|месть|лесть|шесть|весть|жесть|есть|совесть|повесть)"
                            R"(|речь|ночь|дочь|печь|течь|желчь|мощь|помощь|вести|чести)",
                            0);
    Match m;
    return verb.full(bare, m) && !noun.full(bare, m);
}

bool is_position_noun(const std::string &nominative_lower) {
    static const Regex head(
        R"((?:заместител|руководител|директор|начальник|председател|заведующ|управляющ|бухгалтер)"
        R"(|специалист|инспектор|методист|учител|педагог|секретар|консультант|советник|помощник)"
        R"(|ректор|проректор|декан|член|глав[аы]|министр|губернатор|мэр|уполномоченн|ответственн)"
        R"(|координатор|куратор|эксперт|сотрудник|работник|преподавател|воспитател|тьютор|психолог)"
        R"(|логопед|исполняющ|референт|аналитик|экономист|юрист|врач|фельдшер|медсестр|директриса)"
        R"()\p{L}*(?:-\p{L}+)?)",
        0);
    Match m;
    return head.full(nominative_lower, m);
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
