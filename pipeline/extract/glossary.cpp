#include "extract/glossary.h"

#include "extract/appendix_text.h"
#include "extract/head_shapes.h"
#include "extract/nominative.h"
#include "extract/text_util.h"

#include <algorithm>
#include <unicode/uchar.h>

namespace prikaz::extract {

namespace {

// ---- what an abbreviation looks like ----------------------------------------------------

int upper_letters(const icu::UnicodeString &u) {
    int n = 0;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
        n += u_isupper(u.char32At(i)) ? 1 : 0;
    return n;
}

std::vector<std::string> words_of(const std::string &s) {
    std::vector<std::string> words;
    std::string word;
    for (char c : s + " ") {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

// Short, and at least one word with two capitals («ШНОР», «ГКУ РК «ИМАЦ»», «ВсОШ»).
bool is_abbreviation(const std::string &abbr) {
    constexpr int kMaxWords = 4;
    std::vector<std::string> words = words_of(abbr);
    if (words.empty() || static_cast<int>(words.size()) > kMaxWords)
        return false;
    return std::any_of(words.begin(), words.end(),
                       [](const std::string &w) { return upper_letters(to_u(w)) >= 2; });
}

// «(далее – Конкурс)», «(далее – план мероприятий)»: a short name of a few words, not a
// phrase or a clause.
bool is_short_name(const std::string &name) {
    constexpr int kMaxWords = 4;
    constexpr int kMaxLength = 40;
    static const Regex letter(R"(\p{L})");
    int words = word_count(name);
    return words > 0 && words <= kMaxWords && code_points(name) <= kMaxLength &&
           letter.contains(name);
}

std::string strip_quotes(const std::string &s) {
    static const Regex quoted(R"([«"“„](.+)[»"”“])");
    Match m;
    return quoted.full(s, m) ? trim(m[1].text) : s;
}

std::string strip_trailing_punctuation(std::string s) {
    s = trim(s);
    while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.'))
        s.pop_back();
    return trim(s);
}

// ---- explicit lists -------------------------------------------------------------------------

struct Collected {
    std::vector<record::GlossaryTerm> terms;
    void add(record::GlossaryTerm term) {
        std::string key = fold(term.abbr);
        for (const record::GlossaryTerm &t : terms)
            if (fold(t.abbr) == key)
                return; // the first definition wins
        terms.push_back(std::move(term));
    }
};

// The items of one paragraph: its lines, and within a line items separated by ";".
std::vector<record::GlossaryTerm> list_items(const std::string &text, int offset,
                                             const std::string &block_id, size_t whole_length) {
    std::vector<record::GlossaryTerm> items;
    for (const Line &line : split_lines(text)) {
        int cp = line.begin;
        size_t from = 0;
        while (from <= line.text.size()) {
            size_t stop = std::min(line.text.find(';', from), line.text.size());
            std::string piece = line.text.substr(from, stop - from);
            if (auto term = parse_glossary_line(piece)) {
                term->source.block = block_id;
                int lead = static_cast<int>(piece.find_first_not_of(' ')); // ASCII spaces
                term->source.begin = offset + cp + lead;
                term->source.end = term->source.begin + code_points(trim(piece));
                if (term->source.begin == 0 &&
                    static_cast<size_t>(term->source.end) == whole_length)
                    term->source.begin = term->source.end = -1;
                items.push_back(std::move(*term));
            } else if (!trim(piece).empty()) {
                return items; // the list ends at the first item that is not a definition
            }
            cp += code_points(piece) + 1;
            from = stop + 1;
        }
    }
    return items;
}

bool adds_paragraph_items(const model::Block &block, Collected &out) {
    const model::Paragraph &p = block.paragraph;
    if (!p.label.empty() && p.label != "-" && p.label != "•" && p.label != "–")
        return false;
    std::vector<record::GlossaryTerm> items =
        list_items(p.text, 0, block.source.id, code_points(p.text));
    if (items.empty())
        return false;
    for (record::GlossaryTerm &t : items)
        out.add(std::move(t));
    return true;
}

// A two-column table of abbreviation | meaning after a glossary heading.
void add_table_items(const model::Table &table, Collected &out) {
    for (const model::Row &row : table.rows) {
        std::vector<const model::Cell *> filled;
        for (const model::Cell &cell : row.cells)
            if (!trim(cell.text()).empty())
                filled.push_back(&cell);
        if (filled.size() != 2)
            continue;
        std::string abbr = trim(collapse_lines(filled[0]->text()));
        std::string full = strip_trailing_punctuation(collapse_lines(filled[1]->text()));
        if (!is_abbreviation(abbr) || full.empty())
            continue;
        record::GlossaryTerm term{abbr, full, {}};
        if (!filled[0]->blocks.empty())
            term.source.block = filled[0]->blocks.front().source.id;
        out.add(std::move(term));
    }
}

// The list under the heading at blocks[i]: the heading's own rest, then paragraphs (or one
// table) as long as they are definitions.
void add_list_after(const std::vector<model::Block> &blocks, size_t i, const std::string &rest,
                    Collected &out) {
    const model::Block &heading = blocks[i];
    if (!rest.empty()) {
        int offset = code_points(heading.paragraph.text) - code_points(rest);
        for (record::GlossaryTerm &t :
             list_items(rest, offset, heading.source.id, code_points(heading.paragraph.text)))
            out.add(std::move(t));
    }
    for (size_t j = i + 1; j < blocks.size(); ++j) {
        const model::Block &block = blocks[j];
        if (block.kind == model::Block::Kind::Break)
            continue;
        if (block.kind == model::Block::Kind::Table) {
            add_table_items(block.table, out);
            return;
        }
        if (!adds_paragraph_items(block, out))
            return;
    }
}

void collect_lists(const std::vector<model::Block> &blocks, Collected &out) {
    for (size_t i = 0; i < blocks.size(); ++i) {
        const model::Block &block = blocks[i];
        std::string rest;
        if (block.kind == model::Block::Kind::Paragraph &&
            is_glossary_heading(block.paragraph.text, &rest))
            add_list_after(blocks, i, rest, out);
        else if (block.kind == model::Block::Kind::Table)
            for (const model::Row &row : block.table.rows)
                for (const model::Cell &cell : row.cells)
                    collect_lists(cell.blocks, out);
    }
}

// «муниципальную программу … (далее – Программа)»: the short name usually stands in the
// nominative whatever the case of the full name; it does when it repeats the full name's head
// noun in the nominative («Программа» after «программу», but «Комплекса мер» after «Комплекса
// мер» is in the full name's case).
bool names_head_in_nominative(const std::string &short_name, const nominative::NounPhrase &full) {
    nominative::NounPhrase own = nominative::noun_phrase(short_name, nominative::kNom);
    return own.found && !full.head.empty() && own.head == full.head;
}

// Both sides of a «(далее – X)» definition in the nominative: the full name stands in the case
// the words before it govern («со школами …» → «школы …», «по выполнению Комплекса мер» →
// «Комплекс мер»); the short name is in the same case.
void to_nominative(record::GlossaryTerm &term, const std::string &paragraph) {
    namespace nom = nominative;
    icu::UnicodeString u = to_u(paragraph);
    int begin = std::max(term.source.begin, 0);
    std::string before = to_utf8(u.tempSubStringBetween(0, u.moveIndex32(0, begin)));
    nom::NounPhrase full = nom::noun_phrase(term.full, nom::governed_case(before));
    if (!full.found)
        full = nom::noun_phrase(term.full, nom::kAnyCase);
    // «Администрации … (далее – Администрация)»: where the words read in several cases
    // (genitive singular or nominative plural), the short name, in the nominative, tells which
    // head the full name has
    nom::NounPhrase own = nom::noun_phrase(term.abbr, nom::kNom);
    if (!is_abbreviation(term.abbr) && own.found && full.found && own.head != full.head &&
        full.plural && !own.plural) {
        nom::NounPhrase other =
            nom::noun_phrase(term.full, nom::kGen | nom::kDat | nom::kIns | nom::kPre);
        if (other.found && other.head == own.head)
            full = other;
    }
    if (!full.found)
        return;
    term.full = full.text;
    if (!is_abbreviation(term.abbr) && !names_head_in_nominative(term.abbr, full))
        term.abbr = nom::phrase_nominative(term.abbr, full.found);
}

void collect_definitions(const std::vector<model::Block> &blocks, Collected &out) {
    for (const model::Block &block : blocks) {
        if (block.kind == model::Block::Kind::Paragraph)
            for (record::GlossaryTerm &t : defined_terms(block.paragraph.text, block.source.id)) {
                to_nominative(t, block.paragraph.text);
                out.add(std::move(t));
            }
        else if (block.kind == model::Block::Kind::Table)
            for (const model::Row &row : block.table.rows)
                for (const model::Cell &cell : row.cells)
                    collect_definitions(cell.blocks, out);
    }
}

// ---- reading a full name backwards by initials ---------------------------------------------

struct Token {
    size_t begin = 0; // byte offsets in the text
    size_t end = 0;
    std::string text;
};

std::vector<Token> tokens_of(const std::string &text) {
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
            ++i;
        size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t')
            ++i;
        if (i > start)
            tokens.push_back(Token{start, i, text.substr(start, i - start)});
    }
    return tokens;
}

UChar32 folded_letter(UChar32 c) {
    c = u_tolower(c);
    return c == U'ё' ? U'е' : c;
}

// First letters of a word and of each of its hyphenated parts («Информационно-методический»
// → и, м).
std::vector<UChar32> initials(const std::string &word) {
    std::vector<UChar32> out;
    icu::UnicodeString u = to_u(word);
    bool at_part_start = true;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (c == '-')
            at_part_start = true;
        else if (u_isalpha(c) && at_part_start) {
            out.push_back(folded_letter(c));
            at_part_start = false;
        }
    }
    return out;
}

std::vector<UChar32> abbreviation_letters(const std::string &abbr) {
    std::vector<UChar32> out;
    icu::UnicodeString u = to_u(abbr);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
        if (u_isupper(u.char32At(i)))
            out.push_back(folded_letter(u.char32At(i)));
    return out;
}

// «Минпросвещения», «Рособрнадзор»: contracted words are not spelled by initials.
bool has_contraction(const std::string &abbr) {
    static const Regex contraction(R"(\p{Lu}\p{Ll}{3,})", 0);
    return contraction.contains(abbr);
}

bool is_function_word(const std::string &word) {
    icu::UnicodeString u = to_u(word);
    return u.countChar32() <= 3 && !u_isupper(u.char32At(0)) && upper_letters(u) == 0;
}

bool ends_clause(const std::string &token) {
    char last = token.empty() ? ' ' : token.back();
    return last == ';' || last == ':' || last == '.' || last == '(' || last == ')';
}

constexpr size_t kMaxNameWords = 20; // how far back initials are looked for
constexpr int kMaxSkippedWords = 2;  // words inside the name the abbreviation leaves out

bool is_preposition(const std::string &word);

// The token index where the initials spell `letters`, or -1.
long spelled_start(const std::vector<Token> &tokens, std::vector<UChar32> letters) {
    int skipped = 0;
    long start = -1;
    size_t scanned = 0;
    for (size_t t = tokens.size(); t-- > 0 && !letters.empty() && scanned < kMaxNameWords;
         ++scanned) {
        const std::string &word = tokens[t].text;
        if (t + 1 < tokens.size() && ends_clause(word))
            break;
        std::vector<UChar32> init = initials(word);
        if (init.empty())
            continue;
        if (init.size() <= letters.size() &&
            std::equal(init.begin(), init.end(), letters.end() - init.size())) {
            letters.resize(letters.size() - init.size());
            start = static_cast<long>(t);
        } else if (init.front() == letters.back()) {
            letters.pop_back();
            start = static_cast<long>(t);
        } else if (!is_function_word(word) &&
                   (++skipped > kMaxSkippedWords || word.back() == ',')) {
            return -1; // too loose, or across a clause boundary the letters do not spell
        }
    }
    return letters.empty() ? start : -1;
}

// The name an abbreviation spells may run on after its last spelled word with a prepositional
// complement the abbreviation leaves out («государственной итоговой аттестации по
// образовательным программам среднего общего образования» for ГИА-11, «центра оценки качества
// в сфере образования» for ЦОК): when the initials do not spell the whole run, they are read
// again before each preposition of the last few words, the nearest first, as long as the word
// just before the preposition is spelled.
long spelled_start_with_tail(const std::vector<Token> &tokens,
                             const std::vector<UChar32> &letters) {
    constexpr size_t kMaxTailWords = 8;
    long whole = spelled_start(tokens, letters);
    if (whole >= 0)
        return whole;
    // «… "Дом детского творчества" г. Задонска (далее – МБУ ДО "ДДТ")»: the place after a
    // name is part of it but not of its abbreviation
    if (tokens.size() > 2) {
        std::string place = tokens[tokens.size() - 2].text + " " + tokens.back().text;
        std::optional<PlaceShape> shape = place_shape(place);
        if (shape && shape->prefixed) {
            std::vector<Token> head(tokens.begin(), tokens.end() - 2);
            long start = spelled_start(head, letters);
            if (start >= 0)
                return start;
        }
    }
    for (size_t k = tokens.size() - 1; k >= 2 && tokens.size() - k <= kMaxTailWords; --k) {
        const std::string &word = tokens[k].text;
        if (ends_clause(word) || ends_clause(tokens[k - 1].text) ||
            tokens[k - 1].text.back() == ',')
            return -1; // the tail stays in the clause and its phrase
        if (!is_preposition(word))
            continue;
        std::vector<UChar32> init = initials(tokens[k - 1].text);
        if (init.empty() || init.front() != letters.back())
            continue;
        std::vector<Token> head(tokens.begin(), tokens.begin() + static_cast<long>(k));
        long start = spelled_start(head, letters);
        if (start >= 0)
            return start;
    }
    return -1;
}

// A preposition governs the name that follows it («в Министерство …», «с органами …»).
bool is_preposition(const std::string &word) {
    static const Regex preposition(
        R"((?:в|во|на|с|со|к|ко|по|о|об|обо|от|до|из|для|при|за|под|над|без|у|через|между|перед))");
    Match m;
    return preposition.full(word, m);
}

// Back to the previous comma, semicolon, colon, sentence start, preposition or verb, at most
// eight words: the index of the clause's first token.
size_t clause_index(const std::vector<Token> &tokens) {
    constexpr size_t kMaxClauseWords = 8;
    size_t start = tokens.size();
    for (size_t n = 0; start > 0 && n < kMaxClauseWords; ++n) {
        const std::string &word = tokens[start - 1].text;
        bool boundary = ends_clause(word) || (!word.empty() && word.back() == ',') ||
                        is_preposition(word) || nominative::is_infinitive(fold(word));
        if (boundary && start < tokens.size())
            break;
        --start;
    }
    return start < tokens.size() ? start : 0;
}

// Adjective endings («муниципальный», «государственного», «общеобразовательными»): words that
// stand before the noun they describe and belong to the name. Verbal nouns in -ние / -тие
// («выполнение», «развитие») end like adjectives and are not.
bool is_adjective(const std::string &word) {
    static const Regex adjective(
        R"((?:\p{L}+-)?\p{L}{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими))");
    static const Regex verbal_noun(R"(\p{L}+(?:ни|ти)е)");
    Match m;
    return adjective.full(word, m) && !verbal_noun.full(word, m);
}

// Nouns that name a legal form of an organisation («учреждение», «организация»,
// «предприятие», «общество», «фонд», «партнерство», «кооператив»), in any case.
bool is_legal_form_noun(const std::string &word) {
    static const Regex noun(
        R"((?:учрежден|организаци|предприяти|обществ|фонд|партнерств|партнёрств|кооператив)\p{L}*)");
    Match m;
    return noun.full(fold(word), m);
}

bool opens_quote(const std::string &word) {
    return word.rfind("«", 0) == 0 || word.rfind("\"", 0) == 0 || word.rfind("„", 0) == 0 ||
           word.rfind("“", 0) == 0;
}

// An abbreviation usually spells only the proper name in quotes, but the name of an
// organisation is its written-out legal form with that name: adjectives, the legal-form noun,
// the words it governs, then the quoted name («государственного бюджетного учреждения
// дополнительного образования Самарской области «Региональный центр …»» for РЦ). When the
// spelled name opens a quote and such a noun stands a few words before it — with only
// governed words (no punctuation, no preposition) between — the name starts at the adjectives
// before that noun.
size_t with_legal_form(const std::vector<Token> &tokens, size_t start) {
    constexpr size_t kMaxGovernedWords = 6;
    if (!opens_quote(tokens[start].text))
        return start;
    for (size_t t = start, between = 0; t-- > 0 && between <= kMaxGovernedWords; ++between) {
        const std::string &word = tokens[t].text;
        if (ends_clause(word) || word.back() == ',' || is_preposition(word) ||
            word.find("»") != std::string::npos || word.find('"') != std::string::npos)
            return start;
        if (!is_legal_form_noun(word))
            continue;
        while (t > 0 && is_adjective(fold(tokens[t - 1].text)))
            --t;
        return t;
    }
    return start;
}

// The first letters of a word a short name repeats in another case («Комплекса» → «комплек»).
std::string stem_of(const std::string &word) {
    constexpr int kMinStem = 4;
    constexpr int kEndingLength = 2;
    icu::UnicodeString u = to_u(fold(word));
    int length = std::max(kMinStem, u.countChar32() - kEndingLength);
    return to_utf8(u.tempSubStringBetween(0, u.moveIndex32(0, std::min(length, u.countChar32()))));
}

// A short name («Конкурс», «план мероприятий») stands for the phrase that starts with its
// first word — in any case — closest before it, with the adjectives in front of that word
// («муниципальный конкурс профессионального мастерства …»). -1 when the word is not there.
long named_start(const std::vector<Token> &tokens, const std::string &name) {
    constexpr size_t kMaxPhraseWords = 40;
    std::vector<std::string> words = words_of(strip_quotes(name));
    if (words.empty())
        return -1;
    std::string stem = stem_of(words.front());
    size_t scanned = 0;
    for (size_t t = tokens.size(); t-- > 0 && scanned < kMaxPhraseWords; ++scanned) {
        const std::string &word = tokens[t].text;
        char last = word.empty() ? ' ' : word.back();
        if (t + 1 < tokens.size() && (last == '.' || last == ';' || last == ':'))
            return -1; // not in this sentence
        // «план мероприятий («дорожную карту») … (далее – дорожная карта)»
        bool apposition = word.rfind("(", 0) == 0;
        size_t skip = apposition ? word.find_first_not_of("(«\"“„") : 0;
        if (skip == std::string::npos || fold(word.substr(skip)).rfind(stem, 0) != 0)
            continue;
        if (apposition) // the name is the phrase the parenthesis stands beside
            return static_cast<long>(clause_index(
                std::vector<Token>(tokens.begin(), tokens.begin() + static_cast<long>(t))));
        // adjectives agreeing with the name, not a participle naming an official before it
        // («заведующему отделом образования …»)
        size_t start = t;
        while (start > 0 && is_adjective(fold(tokens[start - 1].text)) &&
               !nominative::is_active_participle(fold(tokens[start - 1].text)))
            --start;
        return static_cast<long>(start);
    }
    return -1;
}

} // namespace

bool is_glossary_heading(const std::string &text, std::string *rest) {
    // «В тексте приняты следующие сокращения», «Список сокращений», «Используемые
    // сокращения», «Сокращения и обозначения:» — alone on the line or followed by items.
    static const Regex heading(
        R"((?:(?:в\s+(?:тексте|настоящем\s+\p{L}+)\s+)?)"
        R"((?:приняты|используются|применяются|использованы|применены)\s+(?:следующие\s+)?)"
        R"((?:сокращения|аббревиатуры|обозначения))"
        R"(|(?:список|перечень)\s+(?:используемых\s+|принятых\s+|условных\s+)?)"
        R"((?:сокращений|аббревиатур))"
        R"(|(?:используемые|принятые|условные)\s+(?:сокращения|обозначения))"
        R"(|сокращения))"
        R"((?:\s+и\s+(?:обозначения|определения|обозначений|определений))?\s*(?::|\.|$)\s*)");
    Match m;
    if (!heading.starts(text, m))
        return false;
    std::string after = text.substr(m[0].text.size());
    // A heading ends its line; what follows on the line must itself be definitions.
    if (rest)
        *rest = after;
    return after.empty() || parse_glossary_line(after.substr(0, after.find_first_of(";\n")));
}

std::optional<record::GlossaryTerm> parse_glossary_line(const std::string &raw) {
    static const Regex separator(R"(\s*(?:[–—=:]|\s-\s|-\s)\s*)");
    std::string line = trim(raw);
    Match m;
    if (!separator.search(line, m))
        return std::nullopt;
    icu::UnicodeString u = to_u(line);
    std::string abbr = trim(to_utf8(u.tempSubStringBetween(0, u.moveIndex32(0, m[0].begin))));
    std::string full =
        strip_trailing_punctuation(to_utf8(u.tempSubStringBetween(u.moveIndex32(0, m[0].end))));
    if (!is_abbreviation(abbr) || full.empty())
        return std::nullopt;
    return record::GlossaryTerm{abbr, full, {}};
}

std::vector<record::GlossaryTerm> defined_terms(const std::string &text,
                                                const std::string &block_id) {
    static const Regex definition(
        R"(\((?:далее|в\s+дальнейшем)(?:\s+(?:по\s+тексту|также|именуем\p{L}*|соответственно))?\s*[-–—:]?\s*([^()]{1,80})\))");
    std::vector<record::GlossaryTerm> out;
    for (const Match &m : definition.all(text)) {
        std::string abbr = trim(m[1].text);
        abbr = strip_quotes(trim(abbr.substr(0, abbr.find_first_of(",;"))));
        if (!is_short_name(abbr))
            continue;
        icu::UnicodeString u = to_u(text);
        std::string before = to_utf8(u.tempSubStringBetween(0, u.moveIndex32(0, m[0].begin)));
        size_t start = full_name_start(before, abbr);
        std::string full = strip_trailing_punctuation(before.substr(start));
        if (full.empty())
            continue;
        record::GlossaryTerm term{abbr, full, {}};
        term.source.block = block_id;
        term.source.begin = code_points(before.substr(0, start));
        term.source.end = m[0].end;
        out.push_back(std::move(term));
    }
    return out;
}

namespace {

// «прилагаемый план …», «настоящее Положение»: words that point at the name are not part of it.
size_t after_pointing_words(const std::vector<Token> &tokens, size_t start) {
    while (start + 1 < tokens.size() && nominative::is_pointing_word(fold(tokens[start].text)))
        ++start;
    return start;
}

// «осуществляющих,» as a token: the participle without its punctuation.
bool active_participle_word(const std::string &word) {
    std::string bare = fold(word);
    while (!bare.empty() && (bare.back() == ',' || bare.back() == ';'))
        bare.pop_back();
    return nominative::is_active_participle(bare);
}

// Officials named before a body («руководителям органов …», «с директорами школ …»).
bool names_officials(const std::string &word) {
    static const Regex official(
        R"((?:руководител|начальник|директор|заведующ|председател|глав|специалист)\p{L}*)");
    Match m;
    return official.full(fold(word), m);
}

// «с руководителями органов местного самоуправления, осуществляющих управление в сфере
// образования (далее – МОУО)»: an acronym whose letters do not spell the words before it (it
// shortens the usual name of such bodies) stands for the noun phrase that the participle clause
// before it describes, from the word after a preposition, a verb, a clause boundary or the
// officials named before the body. -1 when the text does not read so.
long participle_phrase_start(const std::vector<Token> &tokens) {
    constexpr size_t kMaxPhraseWords = 12;
    size_t comma = tokens.size();
    for (size_t t = tokens.size(); t-- > 1;)
        if (tokens[t - 1].text.back() == ',' && active_participle_word(tokens[t].text)) {
            comma = t - 1;
            break;
        } else if (ends_clause(tokens[t - 1].text)) {
            return -1;
        }
    if (comma >= tokens.size())
        return -1;
    size_t start = comma + 1;
    while (start > 0 && comma + 1 - start < kMaxPhraseWords) {
        const std::string &word = tokens[start - 1].text;
        bool boundary = (start - 1 < comma && (ends_clause(word) || word.back() == ',')) ||
                        is_preposition(word) || names_officials(word) ||
                        nominative::is_infinitive(fold(word));
        if (boundary)
            break;
        --start;
    }
    return comma + 1 - start >= 2 ? static_cast<long>(start) : -1;
}

} // namespace

size_t full_name_start(const std::string &text_before, const std::string &abbr) {
    std::vector<Token> tokens = tokens_of(text_before);
    if (tokens.empty())
        return 0;
    std::vector<UChar32> letters = abbreviation_letters(abbr);
    if (is_abbreviation(abbr) && !has_contraction(abbr) && letters.size() >= 2) {
        long start = spelled_start_with_tail(tokens, letters);
        if (start >= 0) {
            // «общеобразовательных организаций … (далее – ОО)»: a name does not start between
            // an adjective and its noun, spelled or not
            size_t first = static_cast<size_t>(start);
            bool quoted = tokens[first].text.find_first_of("«\"“„") == 0;
            while (!quoted && first > 0 && code_points(tokens[first - 1].text) > 5 &&
                   is_adjective(fold(tokens[first - 1].text)))
                --first;
            return tokens[with_legal_form(tokens, first)].begin;
        }
        start = participle_phrase_start(tokens);
        if (start >= 0)
            return tokens[static_cast<size_t>(start)].begin;
    }
    if (!is_abbreviation(abbr)) {
        long start = named_start(tokens, abbr);
        if (start >= 0)
            return tokens[after_pointing_words(tokens, static_cast<size_t>(start))].begin;
    }
    return tokens[after_pointing_words(tokens, clause_index(tokens))].begin;
}

void extract_glossary(const model::Document &doc, record::Record &rec) {
    Collected collected;
    for (record::GlossaryTerm &t : rec.glossary)
        collected.add(std::move(t));
    collect_lists(doc.body, collected);
    collect_definitions(doc.body, collected);
    rec.glossary = std::move(collected.terms);
}

} // namespace prikaz::extract
