#include "extract/head_authority.h"

#include "extract/text_util.h"

#include <unicode/uchar.h>

namespace prikaz::extract {

namespace {

// Head nouns of organisation names (and of the territories printed above them), nominative.
const Regex &org_head_noun() {
    static const Regex re(
        "(?<!\\p{L})(?:министерство|управление|комитет|департамент|администрация|отдел|"
        "коллегия|учреждение|агентство|служба|правительство|губернатор|глава|совет|дума|"
        "собрание|мэрия|инспекция|центр|институт|школа|лицей|гимназия|колледж|техникум|"
        "университет|академия|организация|комиссия|республика|область|край|округ|город|"
        "район|федерация|отделение|филиал|палата|прокуратура|префектура|представительство|"
        "аппарат|управа|муниципалитет|образование|сад|министр|начальник|директор|"
        "руководитель|ректор)(?!\\p{L})");
    return re;
}

} // namespace

// First word in the nominative: a head noun or an adjective ending -ое/-ая/-ый/-ий.
bool starts_org_unit(const std::string &line) {
    static const Regex first_word("^(\\p{L}+)");
    static const Regex nominative_adjective("^\\p{L}{3,}(?:ое|ая|ый|ий)$");
    Match m;
    if (!first_word.starts(line, m))
        return false;
    Match head;
    return org_head_noun().full(m[1].text, head) || nominative_adjective.contains(m[1].text);
}

namespace {

bool names_org_head(const std::string &text) {
    return org_head_noun().contains(text);
}

bool names_only_territory(const std::string &text) {
    static const Regex territory("^(?:республика|область|край|округ|федерация|город|район|"
                                 "образование)$");
    auto heads = org_head_noun().all(text);
    for (const Match &m : heads)
        if (!territory.contains(m[0].text))
            return false;
    return !heads.empty();
}

// Letterhead lines → units, each a complete name. A territory in the nominative after a body's
// name is that name's apposition, not a unit of its own: «АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА /
// ГОРОД ВОРОНЕЖ», «АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ / ГОРОД КРАСНОДАР».
std::vector<std::vector<size_t>> split_units(const std::vector<HeadLine> &lines,
                                             const std::vector<size_t> &which) {
    std::vector<std::vector<size_t>> units;
    std::string current;
    for (size_t k : which) {
        const std::string &text = lines[k].text;
        bool apposition = names_only_territory(text) && !names_only_territory(current);
        if (units.empty() || (starts_org_unit(text) && names_org_head(current) && !apposition)) {
            units.emplace_back();
            current.clear();
        }
        units.back().push_back(k);
        current += " " + text;
    }
    return units;
}

// Replaces the last `cut` code points of `word` with `ending`, in the word's letter case.
std::string replace_ending(const std::string &word, int cut, const char *ending) {
    icu::UnicodeString u = to_u(word);
    bool upper_case = u.length() > 1 && u_isupper(u.char32At(u.moveIndex32(u.length(), -1)));
    u.truncate(u.moveIndex32(u.length(), -cut));
    return to_utf8(u) + (upper_case ? upper(ending) : std::string(ending));
}

// Genitive singular → nominative singular for the nouns that name issuers: the ending matched
// (on the folded word) loses `cut` code points and takes `nominative`.
struct EndingRule {
    Regex genitive;
    int cut;
    const char *nominative;
};

std::string noun_to_nominative(const std::string &word) {
    static const EndingRule rules[] = {
        {Regex("ии$"), 1, "я"},   // коллегии, администрации, комиссии
        {Regex("ства$"), 1, "о"}, // министерства, агентства
        {Regex("ия$"), 1, "е"},   // управления, собрания, заседания
        {Regex("ы$"), 1, "а"},    // думы, главы, службы
        {Regex("его$"), 3, "ий"}, // заведующего
        {Regex("ля$"), 1, "ь"},   // руководителя, председателя
        {Regex("[бвгдзклмнпрстфхцжшщ]а$"), 1, ""}, // комитета, совета, министра, начальника
    };
    std::string folded = fold(word);
    for (const EndingRule &r : rules)
        if (r.genitive.contains(folded))
            return replace_ending(word, r.cut, r.nominative);
    return word;
}

// A unit that names only a territory ("РЕСПУБЛИКА КРЫМ", "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
// "САХАЛИНСКАЯ ОБЛАСТЬ"): every nominative head noun in it is a territory noun.
bool is_territory(const std::vector<HeadLine> &lines, const std::vector<size_t> &unit) {
    std::string text;
    for (size_t k : unit)
        text += lines[k].text + " ";
    return names_only_territory(text);
}

} // namespace

std::string issuer_to_nominative(const std::string &genitive) {
    static const Regex first_word("^(\\s*)(\\p{L}+)(.*)$", UREGEX_DOTALL);
    Match m;
    if (!first_word.full(genitive, m))
        return genitive;
    return m[1].text + noun_to_nominative(m[2].text) + m[3].text;
}

void assign_authority(const std::vector<HeadLine> &lines, const std::vector<size_t> &which,
                      record::Requisites &req) {
    auto units = split_units(lines, which);
    if (units.empty())
        return;
    // The parent: the leading territory units, or else the first of several units.
    size_t parent_units = 0;
    while (parent_units + 1 < units.size() && is_territory(lines, units[parent_units]))
        ++parent_units;
    if (parent_units == 0 && units.size() > 1)
        parent_units = 1;
    std::vector<size_t> parent, authority;
    for (size_t u = 0; u < units.size(); ++u) {
        auto &target = u < parent_units ? parent : authority;
        target.insert(target.end(), units[u].begin(), units[u].end());
    }
    req.parent = join_lines(lines, parent);
    req.authority = join_lines(lines, authority);
}

} // namespace prikaz::extract
