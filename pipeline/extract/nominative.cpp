#include "extract/nominative.h"

#include "extract/text_util.h"

#include <algorithm>
#include <unicode/uchar.h>
#include <vector>

namespace prikaz::extract::nominative {

namespace {

// ---- words as UTF-32, so that endings are plain string suffixes ---------------------------

using W = std::u32string;

W to_w(const std::string &utf8) {
    icu::UnicodeString u = to_u(utf8);
    W out;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
        out.push_back(static_cast<char32_t>(u.char32At(i)));
    return out;
}

std::string from_w(const W &w) {
    icu::UnicodeString u;
    for (char32_t c : w)
        u.append(static_cast<UChar32>(c));
    return to_utf8(u);
}

W lower_w(const W &w) {
    W out;
    for (char32_t c : w) {
        char32_t l = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        out.push_back(l == U'ё' ? U'е' : l);
    }
    return out;
}

bool ends(const W &w, const W &suffix) {
    return w.size() > suffix.size() &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

W cut(const W &w, size_t n) {
    return n >= w.size() ? W() : w.substr(0, w.size() - n);
}

char32_t last(const W &w) {
    return w.empty() ? 0 : w.back();
}

bool one_of(char32_t c, const W &set) {
    return c != 0 && set.find(c) != W::npos;
}

bool vowel(char32_t c) {
    return one_of(c, U"аеёиоуыэюя");
}
bool velar(char32_t c) {
    return one_of(c, U"гкх");
}
bool sibilant(char32_t c) {
    return one_of(c, U"жшщч");
}

// The word with its last `drop` letters replaced by `add`, in capitals when the word ends in
// capitals ("УПРАВЛЕНИЮ" → "УПРАВЛЕНИЕ").
W rewrite(const W &word, size_t drop, const W &add) {
    bool caps = word.size() > 1 && u_isupper(static_cast<UChar32>(word[word.size() - 1])) &&
                u_isupper(static_cast<UChar32>(word[word.size() - 2]));
    W out = cut(word, drop);
    for (char32_t c : add)
        out.push_back(caps ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))) : c);
    return out;
}

// ---- analyses: which case, number and gender an ending can express -------------------------

struct Form {
    unsigned cases = 0;
    bool plural = false;
    char gender = 0; // 'm', 'n', 'f' in the singular
    size_t drop = 0; // letters to drop …
    W add;           // … and what to add for the nominative
};

bool agree(const Form &a, const Form &b, unsigned c) {
    return (a.cases & b.cases & c) != 0 && a.plural == b.plural &&
           (a.plural || a.gender == b.gender);
}

// Neuter stems of the hard declension that name bodies: министерство, агентство, общество,
// училище (the rest of the hard stems in -а/-у are masculine: отдел, комитет, центр).
bool neuter_stem(const W &stem) {
    return ends(stem, U"ств") || ends(stem, U"ищ");
}
W neuter_ending(const W &stem) {
    return ends(stem, U"ищ") ? U"е" : U"о";
}

// Masculine nouns with a stressed plural in -а/-я (директора, учителя).
bool a_plural(const W &stem) {
    static const std::vector<W> stems = {U"директор", U"профессор", U"учител", U"доктор",
                                         U"мастер",   U"инспектор", U"округ"};
    for (const W &s : stems)
        if (stem == s || ends(stem, s))
            return true;
    return false;
}

// Nominative plural ending after a hard stem (органам → органы, педагогам → педагоги,
// министерствам → министерства).
W plural_hard(const W &stem) {
    if (neuter_stem(stem) || a_plural(stem))
        return U"а";
    return velar(last(stem)) || sibilant(last(stem)) || last(stem) == U'ц' ? U"и" : U"ы";
}

// Nominative plural ending after a soft stem: организациям → организации, учреждениям →
// учреждения (verbal nouns in -ение/-ание/-тие are neuter), руководителям → руководители.
W plural_soft(const W &stem) {
    if (last(stem) == U'и') {
        bool verbal = (ends(stem, U"ени") || ends(stem, U"ани") || ends(stem, U"ти") ||
                       ends(stem, U"вии") || ends(stem, U"ьи")) &&
                      !ends(stem, U"пани");
        return verbal ? U"я" : U"и";
    }
    return a_plural(stem) ? U"я" : U"и";
}

using Forms = std::vector<Form>;

void add(Forms &f, unsigned cases, bool plural, char gender, size_t drop, const W &ending) {
    f.push_back(Form{cases, plural, gender, drop, ending});
}

void plural_noun_forms(const W &l, Forms &f) {
    struct Ending {
        const char32_t *text;
        unsigned cases;
        bool soft;
    };
    static const Ending endings[] = {{U"ами", kIns, false}, {U"ями", kIns, true},
                                     {U"ам", kDat, false},  {U"ям", kDat, true},
                                     {U"ах", kPre, false},  {U"ях", kPre, true}};
    for (const Ending &e : endings) {
        W ending = e.text;
        if (!ends(l, ending))
            continue;
        W stem = cut(l, ending.size());
        add(f, e.cases, true, 0, ending.size(), e.soft ? plural_soft(stem) : plural_hard(stem));
        return;
    }
}

void genitive_plural_forms(const W &l, Forms &f) {
    if (ends(l, U"ов") || ends(l, U"ев")) {
        W stem = cut(l, 2);
        add(f, kGen | kAcc, true, 0, 2, vowel(last(stem)) ? U"и" : plural_hard(stem));
        add(f, kNom | kAcc, false, 'm', 0, U"");
    } else if (ends(l, U"ией")) {
        add(f, kIns, false, 'f', 2, U"я");
    } else if (ends(l, U"ей")) {
        W stem = cut(l, 2);
        add(f, kGen | kAcc, true, 0, 2, plural_soft(stem));
        add(f, kIns, false, 'f', 2, U"я");
    } else if (ends(l, U"ий")) {
        add(f, kGen | kAcc, true, 0, 1, plural_soft(cut(l, 1)));
        add(f, kNom | kAcc, false, 'm', 0, U"");
    }
}

void singular_u_forms(const W &l, Forms &f) {
    W stem = cut(l, 1);
    if (last(l) == U'у') {
        if (neuter_stem(stem))
            add(f, kDat, false, 'n', 1, neuter_ending(stem));
        else
            add(f, kDat, false, 'm', 1, U"");
        add(f, kAcc, false, 'f', 1, U"а");
        return;
    }
    // -ю: учреждению → учреждение, музею → музей, руководителю → руководитель. A neuter in -ие
    // is a verbal noun (-ние, -тие: управлению, развитию); «информацию», «комиссию» are the
    // accusative of a feminine in -ия only.
    if (last(stem) == U'и') {
        W before = cut(stem, 1);
        if (ends(before, U"н") || ends(before, U"т"))
            add(f, kDat, false, 'n', 1, U"е");
    } else
        add(f, kDat, false, 'm', 1, vowel(last(stem)) ? U"й" : U"ь");
    add(f, kAcc, false, 'f', 1, U"я");
}

// Soft feminine nouns whose oblique form ends in -и after these consonants (область, сеть,
// власть); -ли/-ри are masculine plurals (руководители, секретари) and are not read so.
bool soft_feminine_stem(const W &stem) {
    return one_of(last(stem), U"тдсзнв");
}

void singular_vowel_forms(const W &l, Forms &f) {
    W stem = cut(l, 1);
    char32_t e = last(l);
    if (e == U'е') {
        if (last(stem) == U'и' || last(stem) == U'ь' || ends(stem, U"щ") || ends(stem, U"ц")) {
            add(f, kNom | kAcc, false, 'n', 0, U"");
            if (last(stem) == U'и' || last(stem) == U'ь')
                return;
        }
        add(f, kDat | kPre, false, 'f', 1, U"а");
        add(f, kPre, false, 'm', 1, U"");
    } else if (e == U'и' && last(stem) == U'и') {
        add(f, kGen | kDat | kPre, false, 'f', 1, U"я");
        add(f, kNom | kAcc, true, 0, 0, U"");
        add(f, kPre, false, 'n', 1, U"е");
    } else if (e == U'и' || e == U'ы') {
        add(f, kNom | kAcc, true, 0, 0, U"");
        if (e == U'ы' || velar(last(stem)) || sibilant(last(stem)))
            add(f, kGen, false, 'f', 1, U"а");
        else if (soft_feminine_stem(stem))
            add(f, kGen | kDat | kPre, false, 'f', 1, U"ь");
    } else if (e == U'я') {
        add(f, kNom, false, 'f', 0, U"");
        if (last(stem) == U'и') {
            add(f, kGen, false, 'n', 1, U"е");
            add(f, kNom | kAcc, true, 0, 0, U"");
        } else {
            add(f, kGen | kAcc, false, 'm', 1, vowel(last(stem)) ? U"й" : U"ь");
            if (a_plural(stem))
                add(f, kNom | kAcc, true, 0, 0, U"");
        }
    } else if (e == U'а') {
        add(f, kNom, false, 'f', 0, U"");
        if (neuter_stem(stem)) {
            add(f, kGen, false, 'n', 1, neuter_ending(stem));
            add(f, kNom | kAcc, true, 0, 0, U"");
        } else {
            add(f, kGen | kAcc, false, 'm', 1, U"");
            if (a_plural(stem))
                add(f, kNom | kAcc, true, 0, 0, U"");
        }
    } else if (e == U'о') {
        add(f, kNom | kAcc, false, 'n', 0, U"");
    }
}

void instrumental_forms(const W &l, Forms &f) {
    if (ends(l, U"ой") || ends(l, U"ою")) {
        add(f, kIns, false, 'f', 2, U"а");
        add(f, kNom | kAcc, false, 'm', 0, U"");
    } else if (ends(l, U"ием")) {
        add(f, kIns, false, 'n', 2, U"е");
    } else if (ends(l, U"ом") || ends(l, U"ем")) {
        W stem = cut(l, 2);
        if (neuter_stem(stem))
            add(f, kIns, false, 'n', 2, neuter_ending(stem));
        else if (last(l) == U'м' && l[l.size() - 2] == U'е')
            add(f, kIns, false, 'm', 2, vowel(last(stem)) ? U"й" : U"ь");
        else
            add(f, kIns, false, 'm', 2, U"");
    }
}

Forms noun_forms(const W &l) {
    Forms f;
    if (l.size() < 2)
        return f;
    plural_noun_forms(l, f);
    if (!f.empty())
        return f;
    genitive_plural_forms(l, f);
    instrumental_forms(l, f);
    if (!f.empty())
        return f;
    char32_t e = last(l);
    if (e == U'у' || e == U'ю')
        singular_u_forms(l, f);
    else if (vowel(e))
        singular_vowel_forms(l, f);
    else {
        add(f, kNom | kAcc, false, 'm', 0, U"");
        if (e == U'ь')
            add(f, kNom | kAcc, false, 'f', 0, U"");
        else if (e != U'й')
            add(f, kGen, true, 0, 0, plural_hard(l)); // школ → школы, only when forced
    }
    return f;
}

// ---- adjectives and participles ----------------------------------------------------------

// Adjectives with a stressed masculine ending -ой (областной, городской, краевой).
bool stressed_ending(const W &stem) {
    static const std::vector<W> stems = {
        U"городск", U"областн", U"краев",  U"окружн", U"основн", U"мужск", U"морск",
        U"молод",   U"передов", U"трудов", U"миров",  U"боев",   U"полев", U"делов",
        U"годов",   U"выпускн", U"рабоч",  U"больш",  U"ин",     U"друг",  U"дорог"};
    W tail = stem.substr(stem.rfind(U'-') == W::npos ? 0 : stem.rfind(U'-') + 1);
    for (const W &s : stems)
        if (tail == s)
            return true;
    return false;
}

W masculine(const W &stem, bool soft) {
    if (stressed_ending(stem))
        return U"ой";
    if (soft || velar(last(stem)) || sibilant(last(stem)))
        return U"ий";
    return U"ый";
}
W neuter(const W &stem, bool soft) {
    return (soft || sibilant(last(stem))) && !velar(last(stem)) ? U"ее" : U"ое";
}
W feminine(const W &stem, bool soft) {
    return soft && !sibilant(last(stem)) && !velar(last(stem)) ? U"яя" : U"ая";
}
W plural(const W &stem, bool soft) {
    return soft || velar(last(stem)) || sibilant(last(stem)) ? U"ие" : U"ые";
}

void adjective_singular_mn(Forms &f, unsigned m_cases, unsigned n_cases, const W &stem, size_t drop,
                           bool soft) {
    add(f, m_cases, false, 'm', drop, masculine(stem, soft));
    add(f, n_cases, false, 'n', drop, neuter(stem, soft));
}

Forms adjective_forms(const W &l) {
    Forms f;
    auto stem_of = [&](size_t n) { return cut(l, n); };
    if (ends(l, U"ыми") || ends(l, U"ими")) {
        add(f, kIns, true, 0, 3, plural(stem_of(3), l[l.size() - 3] == U'и'));
    } else if (ends(l, U"ого") || ends(l, U"его")) {
        bool soft = l[l.size() - 3] == U'е';
        adjective_singular_mn(f, kGen | kAcc, kGen, stem_of(3), 3, soft);
    } else if (ends(l, U"ому") || ends(l, U"ему")) {
        bool soft = l[l.size() - 3] == U'е';
        adjective_singular_mn(f, kDat, kDat, stem_of(3), 3, soft);
    } else if (ends(l, U"ым") || ends(l, U"им")) {
        bool soft = l[l.size() - 2] == U'и';
        adjective_singular_mn(f, kIns, kIns, stem_of(2), 2, soft);
        add(f, kDat, true, 0, 2, plural(stem_of(2), soft));
    } else if (ends(l, U"ых") || ends(l, U"их")) {
        add(f, kGen | kPre | kAcc, true, 0, 2, plural(stem_of(2), l[l.size() - 2] == U'и'));
    } else if (ends(l, U"ую") || ends(l, U"юю")) {
        add(f, kAcc, false, 'f', 2, feminine(stem_of(2), l[l.size() - 2] == U'ю'));
    } else if (ends(l, U"ой") || ends(l, U"ою")) {
        add(f, kGen | kDat | kIns | kPre, false, 'f', 2, feminine(stem_of(2), false));
        if (last(l) == U'й')
            add(f, kNom | kAcc, false, 'm', 0, U"");
    } else if (ends(l, U"ей") || ends(l, U"ею")) {
        add(f, kGen | kDat | kIns | kPre, false, 'f', 2, feminine(stem_of(2), true));
    } else if (ends(l, U"ый") || ends(l, U"ий")) {
        add(f, kNom | kAcc, false, 'm', 0, U"");
    } else if (ends(l, U"ая") || ends(l, U"яя")) {
        add(f, kNom, false, 'f', 0, U"");
    } else if (ends(l, U"ое") || ends(l, U"ее")) {
        add(f, kNom | kAcc, false, 'n', 0, U"");
    } else if (ends(l, U"ые") || ends(l, U"ие")) {
        add(f, kNom | kAcc, true, 0, 0, U"");
    }
    return f;
}

// Verbal nouns end like soft adjectives (управление, учреждений, развитие) but have a single н
// after a vowel, or т, before the ending.
bool verbal_noun(const W &l) {
    for (const W &e : {W(U"ие"), W(U"ий"), W(U"ия"), W(U"ию"), W(U"ии"), W(U"ием")}) {
        if (!ends(l, e))
            continue;
        W stem = cut(l, e.size());
        if (ends(stem, U"т") || ends(stem, U"в") || ends(stem, U"р") || ends(stem, U"ц") ||
            ends(stem, U"з") || ends(stem, U"с") || ends(stem, U"л") || ends(stem, U"м"))
            return true;
        if (ends(stem, U"н") && !ends(stem, U"нн") && stem.size() >= 2 &&
            vowel(stem[stem.size() - 2]))
            return true;
    }
    return false;
}

enum class Kind { Noun, Adjective, Either };

Kind word_kind(const W &l) {
    if (l.size() < 4)
        return Kind::Noun;
    // «систему», «проблему», «схему» are nouns: a soft adjective in -ему has н or a hushing
    // consonant before it (синему, общему).
    if (ends(l, U"ему") && !one_of(l[l.size() - 4], U"нжшщч"))
        return Kind::Noun;
    static const std::vector<W> certain = {U"ого", U"его", U"ому", U"ему", U"ыми", U"ими",
                                           U"ую",  U"юю",  U"ых",  U"ый",  U"ая",  U"яя",
                                           U"ое",  U"ые",  U"ым",  U"ее"};
    for (const W &e : certain)
        if (ends(l, e))
            return Kind::Adjective;
    for (const W &e : {W(U"их"), W(U"им"), W(U"ий"), W(U"ие")})
        if (ends(l, e) && !verbal_noun(l) && one_of(l[l.size() - 3], U"нкгхжшщч"))
            return Kind::Adjective;
    if (ends(l, U"ой") || ends(l, U"ою"))
        return Kind::Either;
    if ((ends(l, U"ей") || ends(l, U"ею")) && one_of(l[l.size() - 3], U"жшщчн"))
        return Kind::Either;
    return Kind::Noun;
}

// ---- tokens of a phrase ------------------------------------------------------------------

struct Token {
    size_t begin = 0; // code points in the phrase: the whole token …
    size_t end = 0;
    size_t word_begin = 0; // … and the word inside it, without punctuation around
    size_t word_end = 0;
    W word;  // as written
    W lower; // lower case, ё → е
    bool word_only() const { return word_begin == begin && word_end == end; }
    bool comma_after() const { return word_end < end; }
};

bool word_char(char32_t c) {
    return u_isalpha(static_cast<UChar32>(c)) || c == U'-';
}

std::vector<Token> tokenize(const W &text) {
    std::vector<Token> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && u_isUWhiteSpace(static_cast<UChar32>(text[i])))
            ++i;
        if (i >= text.size())
            break;
        Token t;
        t.begin = i;
        while (i < text.size() && !u_isUWhiteSpace(static_cast<UChar32>(text[i])))
            ++i;
        t.end = i;
        t.word_begin = t.begin;
        t.word_end = t.end;
        // Trailing , ; : are allowed after a word; anything else makes it no plain word.
        while (t.word_end > t.word_begin && one_of(text[t.word_end - 1], U",;:"))
            --t.word_end;
        t.word = text.substr(t.word_begin, t.word_end - t.word_begin);
        bool letters = !t.word.empty();
        for (char32_t c : t.word)
            letters = letters && word_char(c);
        if (!letters)
            t.word.clear();
        t.lower = lower_w(t.word);
        out.push_back(std::move(t));
    }
    return out;
}

// A word that declines: Cyrillic letters, not an abbreviation («ГБУ», «ВсОШ», «МАДОУ»). A word in
// capitals declines when it looks like a word typed in capitals («ОТДЕЛУ», «УПРАВЛЕНИЮ»): long
// enough, no run of three consonants in a short word, not ending in vowel + У (…учреждение).
bool declinable(const Token &t) {
    if (t.word.empty() || t.word.front() == U'-' || t.word.back() == U'-')
        return false;
    size_t capitals = 0, letters = 0, run = 0, max_run = 0;
    for (char32_t c : t.word) {
        char32_t l = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        if (c == U'-')
            continue;
        if (!(l >= U'а' && l <= U'я') && l != U'ё')
            return false;
        ++letters;
        capitals += u_isupper(static_cast<UChar32>(c)) ? 1 : 0;
        run = vowel(l) ? 0 : run + 1;
        max_run = std::max(max_run, run);
    }
    if (capitals <= 1)
        return true;
    if (capitals < letters || letters < 5)
        return false;
    W l = lower_w(t.word);
    bool vowel_u = last(l) == U'у' && vowel(l[l.size() - 2]);
    return !vowel_u && (letters >= 8 || max_run < 3);
}

// Contracted names of ministries stand in the genitive of their own and do not decline
// («Минпросвещения», «Минобрнауки», «Минэкономразвития»).
bool contraction(const Token &t) {
    static const std::vector<W> heads = {U"мин", U"рос", U"глав"};
    for (const W &h : heads)
        if (t.lower.rfind(h, 0) == 0 && t.lower.size() > h.size() + 4 &&
            (ends(t.lower, U"ия") || ends(t.lower, U"ки") || ends(t.lower, U"ры") ||
             ends(t.lower, U"ения")))
            return !(t.lower.rfind(U"глав", 0) == 0 && t.lower.size() < 8);
    return false;
}

// ---- the head group -------------------------------------------------------------------------

struct Member {
    size_t token;
    Forms forms;
    bool noun;
};

bool compatible_forms(const Forms &a, const Forms &b, unsigned cases) {
    for (const Form &x : a)
        for (const Form &y : b)
            if (agree(x, y, cases))
                return true;
    return false;
}

bool adverb(const W &l) {
    return l.size() >= 5 && ends(l, U"но");
}

// «заведующей», «исполняющей»: a participle in -щей/-вшей declines as an adjective, also where
// it stands for a noun (a position).
bool participle(const W &l) {
    return l.size() > 5 && (ends(l, U"щей") || ends(l, U"вшей") || ends(l, U"щею"));
}

std::vector<Member> head_group(const std::vector<Token> &tokens, unsigned cases) {
    std::vector<Member> group;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (!declinable(t) || contraction(t))
            break;
        bool has_next = !t.comma_after() && i + 1 < tokens.size() && declinable(tokens[i + 1]);
        Kind kind = word_kind(t.lower);
        if (kind == Kind::Noun && adverb(t.lower) && has_next &&
            word_kind(tokens[i + 1].lower) == Kind::Adjective)
            continue; // «временно исполняющему»
        if (kind == Kind::Adjective || (kind == Kind::Either && participle(t.lower)) ||
            (kind == Kind::Either && has_next && [&] {
                Forms next = adjective_forms(tokens[i + 1].lower);
                Forms nouns = noun_forms(tokens[i + 1].lower);
                next.insert(next.end(), nouns.begin(), nouns.end());
                return compatible_forms(adjective_forms(t.lower), next, cases);
            }())) {
            group.push_back(Member{i, adjective_forms(t.lower), false});
            if (t.comma_after())
                break;
            continue;
        }
        group.push_back(Member{i, noun_forms(t.lower), true});
        break;
    }
    return group;
}

const unsigned kOrder[] = {kNom, kDat, kAcc, kGen, kIns, kPre};

struct Choice {
    unsigned found = 0;
    std::vector<Form> forms; // one per member of the group
};

// The first allowed case in which every member of `group[0..count)` agrees with the last one.
Choice choose(const std::vector<Member> &group, size_t count, unsigned cases, unsigned prefer) {
    std::vector<unsigned> order = {prefer};
    for (unsigned c : kOrder)
        if (c != prefer)
            order.push_back(c);
    for (unsigned c : order) {
        if (!(c & cases))
            continue;
        for (const Form &head : group[count - 1].forms) {
            if (!(head.cases & c))
                continue;
            Choice choice{c, {}};
            for (size_t i = 0; i + 1 < count; ++i)
                for (const Form &f : group[i].forms)
                    if (agree(f, head, c)) {
                        choice.forms.push_back(f);
                        break;
                    }
            if (choice.forms.size() + 1 == count) {
                choice.forms.push_back(head);
                return choice;
            }
        }
    }
    return {};
}

unsigned preferred(unsigned cases) {
    for (unsigned c : kOrder)
        if (c & cases)
            return c;
    return kNom;
}

struct Reading {
    Choice choice;
    size_t members = 0; // how many members of the group are read (the rest stay)
};

Reading read_group(const std::vector<Member> &group, unsigned cases, unsigned prefer) {
    if (group.empty())
        return {};
    Choice full = choose(group, group.size(), cases, prefer);
    if (full.found)
        return {full, group.size()};
    // A substantivised adjective or participle heads the group («заведующему детским садом»,
    // «исполняющего обязанности директора»): the longest agreeing run of adjectives.
    for (size_t count = group.size(); count-- > 1;) {
        if (group[count - 1].noun)
            continue;
        Choice part = choose(group, count, cases, prefer);
        if (part.found)
            return {part, count};
    }
    return {};
}

// ---- putting it together ------------------------------------------------------------------

// A replacement of text[begin, end) (code points).
struct Edit {
    size_t begin;
    size_t end;
    W text;
};
using Edits = std::vector<Edit>;

Edit word_edit(const Token &t, const Form &f) {
    return Edit{t.word_begin, t.word_end, rewrite(t.word, f.drop, f.add)};
}

// A compound noun declines in both parts («педагогам-психологам», «учителю-логопеду»).
Edit noun_edit(const Token &t, const Form &f, unsigned found) {
    Edit edit = word_edit(t, f);
    size_t dash = t.word.find(U'-');
    if (dash == W::npos || dash < 3 || t.word.size() - dash < 4 || word_kind(t.lower) != Kind::Noun)
        return edit;
    W first = t.word.substr(0, dash);
    for (const Form &g : noun_forms(lower_w(first)))
        if ((g.cases & found) && g.plural == f.plural && (g.drop || !g.add.empty())) {
            edit.text = rewrite(first, g.drop, g.add) + edit.text.substr(dash);
            break;
        }
    return edit;
}

// The text with the edits made; `head_end` (a position in `text`) is mapped to the result.
W apply(const W &text, Edits edits, size_t &head_end) {
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.begin < b.begin; });
    W out;
    size_t pos = 0;
    size_t mapped = W::npos;
    for (const Edit &e : edits) {
        if (e.begin < pos)
            continue; // overlapping edits: the first wins
        if (mapped == W::npos && head_end <= e.begin)
            mapped = out.size() + (head_end - pos);
        out += text.substr(pos, e.begin - pos) + e.text;
        pos = e.end;
        if (mapped == W::npos && e.end == head_end)
            mapped = out.size();
    }
    if (mapped == W::npos)
        mapped = out.size() + (head_end >= pos ? head_end - pos : 0);
    head_end = mapped;
    return out + text.substr(pos);
}

// «школами, функционирующими в …» → «школы, функционирующие в …»: a participle after a comma
// that agrees with the head is part of its group.
void agreeing_participle(const std::vector<Token> &tokens, size_t head, const Form &head_form,
                         unsigned found, Edits &edits) {
    if (found == kNom || head + 1 >= tokens.size())
        return;
    for (size_t i = head + 1; i < tokens.size(); ++i) {
        if (!tokens[i - 1].comma_after())
            continue;
        if (!declinable(tokens[i]) || word_kind(tokens[i].lower) != Kind::Adjective)
            return;
        for (const Form &f : adjective_forms(tokens[i].lower))
            if (agree(f, head_form, found)) {
                edits.push_back(word_edit(tokens[i], f));
                return;
            }
        return;
    }
}

// «план мероприятий ("дорожную карту")»: a parenthesised quoted apposition after the head stands
// in the head's case.
void apposition(const W &text, const std::vector<Token> &tokens, size_t head, unsigned found,
                Edits &edits) {
    // Read in the head's case; a head read as nominative (an inanimate accusative looks the
    // same) leaves the apposition to show its own case.
    unsigned cases = found == kNom ? unsigned{kAnyCase & ~kNom} : found;
    for (size_t i = head + 1; i < tokens.size(); ++i) {
        if (tokens[i - 1].comma_after())
            return;
        W raw = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        if (raw.empty() || raw[0] != U'(')
            continue;
        if (raw.size() < 2 || !one_of(raw[1], U"«\"“„"))
            return;
        W inner = text.substr(tokens[i].begin + 2);
        size_t close = inner.find_first_of(U"»\"”“)");
        inner = inner.substr(0, close);
        NounPhrase np = noun_phrase(from_w(inner), cases);
        if (np.found)
            edits.push_back(
                Edit{tokens[i].begin + 2, tokens[i].begin + 2 + inner.size(), to_w(np.text)});
        return;
    }
}

} // namespace

NounPhrase noun_phrase(const std::string &phrase, unsigned cases) {
    NounPhrase result;
    result.text = phrase;
    W text = to_w(phrase);
    std::vector<Token> tokens = tokenize(text);
    std::vector<Member> group = head_group(tokens, cases);
    Reading reading = read_group(group, cases, preferred(cases));
    if (!reading.members)
        return result;
    Edits edits;
    for (size_t i = 0; i < reading.members; ++i) {
        const Form &f = reading.choice.forms[i];
        if (!(f.drop || !f.add.empty()))
            continue;
        const Token &t = tokens[group[i].token];
        edits.push_back(group[i].noun ? noun_edit(t, f, reading.choice.found) : word_edit(t, f));
    }
    size_t head = group[reading.members - 1].token;
    const Form &head_form = reading.choice.forms.back();
    agreeing_participle(tokens, head, head_form, reading.choice.found, edits);
    apposition(text, tokens, head, reading.choice.found, edits);
    size_t head_end = tokens[head].word_end;
    W out = apply(text, edits, head_end);
    result.text = from_w(out);
    result.found = reading.choice.found;
    result.plural = head_form.plural;
    result.head = from_w(lower_w(rewrite(tokens[head].word, head_form.drop, head_form.add)));
    result.head_end = from_w(out.substr(0, head_end)).size();
    return result;
}

std::string phrase_nominative(const std::string &phrase, unsigned cases) {
    return noun_phrase(phrase, cases).text;
}

namespace {
// The stems of is_pointing_word, shared with governed_case's pattern.
const char *const kPointingStems = "прилагаем|настоящ|указанн|вышеуказанн|вышеназванн|данн";
} // namespace

unsigned governed_case(const std::string &text_before) {
    // The governing word: the last one, over words that point at the name and agree with it
    // rather than govern it («Утвердить прилагаемый …», «в указанный …»).
    static const std::string last_word_pattern =
        std::string(R"((\p{L}+)[^\p{L}]*(?:(?:)") + kPointingStems + R"()\p{L}*[^\p{L}]*)*$)";
    static const Regex last_word(last_word_pattern.c_str());
    // At the start of a sentence a name is the subject, the object, or the addressee of a
    // point («Отделу образования (далее – отдел образования) обеспечить …»).
    static const Regex sentence_end(R"([.:;!?][^\p{L}\d]*$)");
    static const Regex no_word(R"([^\p{L}\d]*)");
    // Only the last words matter: the regexes run on a bounded tail, whatever the paragraph.
    constexpr size_t kTailBytes = 160;
    size_t from = text_before.size() > kTailBytes ? text_before.size() - kTailBytes : 0;
    while (from > 0 && (static_cast<unsigned char>(text_before[from]) & 0xC0) == 0x80)
        --from; // not inside a UTF-8 sequence
    const std::string tail = text_before.substr(from);
    Match m;
    bool at_start = sentence_end.search(tail, m) || (from == 0 && no_word.full(tail, m));
    if (at_start || !last_word.search(tail, m))
        return kNom | kDat | kAcc;
    W w = lower_w(to_w(m[1].text));
    struct Governs {
        const char32_t *words;
        unsigned cases;
    };
    static const Governs prepositions[] = {
        {U" с со ", kIns | kGen},
        {U" по к ко ", kDat},
        {U" в во на ", kAcc | kPre},
        {U" о об обо при ", kPre},
        {U" за под над перед между ", kIns | kAcc},
        {U" через про ", kAcc},
        {U" для из от до у без около после кроме среди вокруг ", kGen},
        {U" и или а но либо ", kNom | kAcc},
    };
    W padded = U" " + w + U" ";
    for (const Governs &g : prepositions)
        if (W(g.words).find(padded) != W::npos)
            return g.cases;
    if (is_infinitive(from_w(w)))
        return kAcc;
    return kGen;
}

bool is_pointing_word(const std::string &bare) {
    static const std::string pattern = std::string("(?:") + kPointingStems + R"()\p{L}*)";
    static const Regex pointing(pattern.c_str());
    Match m;
    return pointing.full(bare, m);
}

bool is_active_participle(const std::string &bare) {
    static const Regex participle(
        R"(\p{L}+(?:щ|вш)(?:ий|ая|ее|ие|их|им|ими|его|ему|ей|ую|ые|ых|ым|ыми|ого|ому|ой|ое))", 0);
    Match m;
    return participle.full(bare, m);
}

bool is_infinitive(const std::string &bare) {
    // Reflexive and plain infinitives; nouns that end the same way are listed.
    // «вести», «нести», «провести»: the -сти verbs are short.
    static const Regex verb(
        R"(\p{L}{2,}(?:ться|тись|[аеиоуыяюэ]ть|йти|зти|чти|[еч]сть|чь)|\p{L}+ести)", 0);
    static const Regex noun(R"(печать|сеть|путь|суть|мать|треть|нить|рать|знать|благодать)"
                            R"(|кровать|честь|месть|лесть|шесть|весть|жесть|есть|совесть|повесть)"
                            R"(|речь|ночь|дочь|печь|течь|желчь|мощь|помощь|чести|шести|мести)"
                            R"(|лести|жести|совести|повести)",
                            0);
    Match m;
    return verb.full(bare, m) && !noun.full(bare, m);
}

// ---- surnames -------------------------------------------------------------------------------

namespace {

struct SurnameRule {
    const char32_t *ending;
    unsigned cases;
    size_t drop;
    const char32_t *add;
};

// Ordered: the first rule whose ending and case fit wins. Feminine forms keep their gender
// (-овой → -ова, accusative -ову → -ова); the dative -ову and genitive -ова are masculine.
const SurnameRule kSurnameRules[] = {
    {U"овой", kGen | kDat | kIns | kPre, 2, U"а"},
    {U"евой", kGen | kDat | kIns | kPre, 2, U"а"},
    {U"иной", kGen | kDat | kIns | kPre, 2, U"а"},
    {U"ыной", kGen | kDat | kIns | kPre, 2, U"а"},
    {U"ской", kGen | kDat | kIns | kPre, 2, U"ая"},
    {U"цкой", kGen | kDat | kIns | kPre, 2, U"ая"},
    {U"ского", kGen | kAcc, 3, U"ий"},
    {U"цкого", kGen | kAcc, 3, U"ий"},
    {U"скому", kDat, 3, U"ий"},
    {U"цкому", kDat, 3, U"ий"},
    {U"ским", kIns, 2, U"ий"},
    {U"цким", kIns, 2, U"ий"},
    {U"ую", kAcc, 2, U"ая"},
    {U"овым", kIns, 2, U""},
    {U"евым", kIns, 2, U""},
    {U"иным", kIns, 2, U""},
    {U"ыным", kIns, 2, U""},
    {U"ову", kDat, 1, U""},
    {U"еву", kDat, 1, U""},
    {U"ину", kDat, 1, U""},
    {U"ыну", kDat, 1, U""},
    {U"ову", kAcc, 1, U"а"},
    {U"еву", kAcc, 1, U"а"},
    {U"ину", kAcc, 1, U"а"},
    {U"ыну", kAcc, 1, U"а"},
    {U"ова", kNom, 0, U""},
    {U"ева", kNom, 0, U""},
    {U"ина", kNom, 0, U""},
    {U"ына", kNom, 0, U""},
    {U"ова", kGen | kAcc, 1, U""},
    {U"ева", kGen | kAcc, 1, U""},
    {U"ина", kGen | kAcc, 1, U""},
    {U"ына", kGen | kAcc, 1, U""},
    {U"ове", kPre, 1, U""},
    {U"еве", kPre, 1, U""},
};

// Surnames that do not decline: -ых/-их (Черных), -ко (Шевченко), -аго/-яго, and foreign ones
// on -е/-и/-о/-э (Гёте, Руссо).
bool indeclinable(const W &l) {
    return ends(l, U"ых") || ends(l, U"их") || ends(l, U"ко") || ends(l, U"аго") ||
           ends(l, U"яго") || one_of(last(l), U"еиоэ");
}

// Endings no nominative surname has: a surname with one of them is in an oblique case.
bool oblique_only(const W &l) {
    for (const W &e :
         {W(U"овой"), W(U"евой"), W(U"иной"), W(U"ыной"), W(U"ской"), W(U"цкой"), W(U"ого"),
          W(U"ому"), W(U"ову"), W(U"еву"), W(U"ину"), W(U"ыну"), W(U"ым"), W(U"ую")})
        if (ends(l, e))
            return true;
    return false;
}

W surname_part(const W &word, unsigned cases) {
    W l = lower_w(word);
    if (l.size() < 3 || indeclinable(l))
        return word;
    for (unsigned c : kOrder) {
        if (!(c & cases))
            continue;
        for (const SurnameRule &r : kSurnameRules)
            if ((r.cases & c) && ends(l, r.ending))
                return rewrite(word, r.drop, r.add);
        // Masculine surnames on a consonant: Лаврика → Лаврик, Лаврику → Лаврик, Лавриком.
        W stem = cut(l, 1);
        bool consonant_stem = !vowel(last(stem)) && last(stem) != U'ь' && last(stem) != U'й';
        if (consonant_stem && last(l) == U'а' && (c & (kGen | kAcc)))
            return rewrite(word, 1, U"");
        if (consonant_stem && last(l) == U'у' && (c & kDat))
            return rewrite(word, 1, U"");
        if (consonant_stem && last(l) == U'у' && (c & kAcc))
            return rewrite(word, 1, U"а");
        if (ends(l, U"ом") && !vowel(last(cut(l, 2))) && (c & kIns))
            return rewrite(word, 2, U"");
        if (c == kNom && !oblique_only(l))
            return word;
    }
    return word;
}

#define INITIALS "(?:\\p{Lu}\\.\\s?){1,2}"
#define SURNAME "\\p{Lu}[\\p{L}’'-]*\\p{L}"

const Regex &initials_first() {
    static const Regex re("^(" INITIALS ")\\s*(" SURNAME ")$", 0);
    return re;
}
const Regex &surname_first() {
    static const Regex re("^(" SURNAME ")\\s+(\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?)$", 0);
    return re;
}

#undef INITIALS
#undef SURNAME

// ---- full names: surname, first name, patronymic --------------------------------------------

// The patronymic tells the gender and the case of a full name: «Петровичу» is a man in the
// dative, «Николаевне» a woman in the dative or prepositional, «Ильиничну» a woman in the
// accusative. Turkic «оглы» / «кызы» do not decline.
struct Patronymic {
    char gender = 0; // 'm' or 'f'; 0 = not a patronymic
    unsigned cases = 0;
    size_t drop = 0;
    W add;
};

Patronymic patronymic(const W &word) {
    W l = lower_w(word);
    if (ends(l, U"оглы"))
        return {'m', kAnyCase, 0, U""};
    if (ends(l, U"кызы"))
        return {'f', kAnyCase, 0, U""};
    struct Ending {
        const char32_t *text;
        char gender;
        unsigned cases;
        size_t drop;
        const char32_t *add;
    };
    static const Ending endings[] = {
        {U"вич", 'm', kNom, 0, U""},  {U"вича", 'm', kGen | kAcc, 1, U""},
        {U"вичу", 'm', kDat, 1, U""}, {U"вичем", 'm', kIns, 2, U""},
        {U"виче", 'm', kPre, 1, U""}, {U"на", 'f', kNom, 0, U""},
        {U"ны", 'f', kGen, 1, U"а"},  {U"не", 'f', kDat | kPre, 1, U"а"},
        {U"ну", 'f', kAcc, 1, U"а"},  {U"ной", 'f', kIns, 2, U"а"},
        {U"ною", 'f', kIns, 2, U"а"},
    };
    for (const Ending &e : endings) {
        W ending = e.text;
        bool feminine = e.gender == 'f';
        if (ends(l, ending) &&
            (!feminine || ends(cut(l, ending.size()), U"в") || ends(cut(l, ending.size()), U"ич")))
            return {e.gender, e.cases, e.drop, e.add};
    }
    return {};
}

// A first name in the nominative, given its gender and (one) case: «Ольге» → «Ольга»,
// «Наталье» → «Наталья», «Марии» → «Мария», «Ивану» → «Иван», «Андрею» → «Андрей», «Игорем» →
// «Игорь», «Никите» → «Никита».
W first_name_nominative(const W &word, char gender, unsigned c) {
    W l = lower_w(word);
    if (c == kNom || l.size() < 3)
        return word;
    char32_t e = last(l);
    W stem = cut(l, 1);
    char32_t before = last(stem);
    // The -а/-я declension (all women's names, and «Никита», «Илья» for men).
    auto a_declension = [&]() -> W {
        if (ends(l, U"ией") || ends(l, U"ьей"))
            return rewrite(word, 2, U"я");
        if ((ends(l, U"ой") || ends(l, U"ою")) && (c & kIns))
            return rewrite(word, 2, U"а");
        if ((ends(l, U"ей") || ends(l, U"ею")) && (c & kIns))
            return rewrite(word, 2, U"я");
        if (e == U'у')
            return rewrite(word, 1, U"а");
        if (e == U'ю')
            return rewrite(word, 1, U"я");
        if (e == U'ы')
            return rewrite(word, 1, U"а");
        if (e == U'е' || e == U'и') {
            bool soft = before == U'и' || before == U'ь' || vowel(before) ||
                        (e == U'и' && !velar(before) && !sibilant(before));
            return rewrite(word, 1, soft ? U"я" : U"а");
        }
        return word;
    };
    if (gender == 'f')
        return a_declension();
    // Men: «Иван», «Игорь», «Андрей», «Василий».
    auto soft_end = [&](const W &s) -> W { return vowel(last(s)) ? U"й" : U"ь"; };
    if ((c & kDat) && e == U'у')
        return rewrite(word, 1, U"");
    if ((c & kDat) && e == U'ю')
        return rewrite(word, 1, soft_end(stem));
    if ((c & (kGen | kAcc)) && e == U'а')
        return rewrite(word, 1, U"");
    if ((c & (kGen | kAcc)) && e == U'я' && before != U'ь')
        return rewrite(word, 1, soft_end(stem));
    if ((c & kIns) && ends(l, U"ом"))
        return rewrite(word, 2, U"");
    if ((c & kIns) && ends(l, U"ем"))
        return rewrite(word, 2, soft_end(cut(l, 2)));
    if ((c & kPre) && e == U'е' && !vowel(before))
        return rewrite(word, 1, U"");
    if ((c & kPre) && (e == U'е' || e == U'и') && vowel(before))
        return rewrite(word, 1, U"й");
    return a_declension();
}

unsigned first_case(unsigned cases) {
    for (unsigned c : kOrder)
        if (c & cases)
            return c;
    return kNom;
}

// «Сергеевой Ольге Николаевне» → «Сергеева О.Н.», «Ивану Петровичу Сидорову» → «Сидоров И.П.»;
// empty when `words` is no full name.
std::string full_name_nominative(const std::vector<std::string> &words, unsigned cases) {
    if (words.size() != 3)
        return "";
    bool surname_first = patronymic(to_w(words[2])).gender != 0;
    size_t p = surname_first ? 2 : 1;
    Patronymic pat = patronymic(to_w(words[p]));
    if (!pat.gender)
        return "";
    unsigned c = first_case((pat.cases & cases) ? pat.cases & cases : pat.cases);
    size_t first = surname_first ? 1 : 0;
    size_t surname = surname_first ? 0 : 2;
    std::vector<std::string> out = words;
    out[p] = from_w(rewrite(to_w(words[p]), pat.drop, pat.add));
    if (pat.cases != kAnyCase) {
        out[first] = from_w(first_name_nominative(to_w(words[first]), pat.gender, c));
        // A woman's surname on a consonant («Лаврик», «Шевчук») does not decline.
        W l = lower_w(to_w(words[surname]));
        bool feminine_fixed = pat.gender == 'f' && !vowel(last(l)) && last(l) != U'й' &&
                              !ends(l, U"ой") && !ends(l, U"ей");
        if (!feminine_fixed)
            out[surname] = surname_nominative(words[surname], c);
    }
    // Records write a person as "Surname I.O." whatever the text spells out.
    auto initial = [](const std::string &word) {
        W w = to_w(word);
        return w.empty() ? std::string() : from_w(W(1, w[0])) + ".";
    };
    return out[surname] + " " + initial(out[first]) + initial(out[p]);
}

std::vector<std::string> split_words(const std::string &collapsed) {
    std::vector<std::string> words;
    size_t from = 0;
    while (from < collapsed.size()) {
        size_t space = collapsed.find(' ', from);
        if (space == std::string::npos)
            space = collapsed.size();
        if (space > from)
            words.push_back(collapsed.substr(from, space - from));
        from = space + 1;
    }
    return words;
}

std::string compact(const std::string &initials) {
    std::string out;
    for (char c : initials)
        if (c != ' ')
            out += c;
    return out;
}

} // namespace

std::string surname_nominative(const std::string &surname, unsigned cases) {
    W word = to_w(surname);
    W out;
    size_t from = 0;
    while (from <= word.size()) {
        size_t dash = word.find(U'-', from);
        W part = word.substr(from, dash == W::npos ? W::npos : dash - from);
        out += surname_part(part, cases);
        if (dash == W::npos)
            break;
        out += U'-';
        from = dash + 1;
    }
    return from_w(out);
}

std::string person_nominative(const std::string &name, unsigned cases) {
    std::string t = collapse_lines(trim(name));
    while (!t.empty() && (t.back() == ',' || t.back() == ';'))
        t.pop_back();
    Match m;
    if (initials_first().full(t, m))
        return surname_nominative(m[2].text, cases) + " " + compact(m[1].text);
    if (surname_first().full(t, m))
        return surname_nominative(m[1].text, cases) + " " + compact(m[2].text);
    std::string full = full_name_nominative(split_words(t), cases);
    return full.empty() ? t : full;
}

} // namespace prikaz::extract::nominative
