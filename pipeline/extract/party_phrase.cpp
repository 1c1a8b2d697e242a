#include "extract/party_phrase.h"

#include "extract/head_shapes.h"
#include "extract/nominative.h"
#include "extract/operative_names.h"
#include "extract/party_words.h"
#include "extract/text_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace prikaz::extract::party {

namespace {

namespace nom = nominative;

constexpr size_t kMaxPhraseWords = 45;

// «Назначить главного специалиста … Шилову Т.Н. ответственной за …»: the appointed official
// is the point's party; the phrase ends at the office given («ответственной», «координатором»).
bool appoints(const std::string &bare) {
    return bare == "назначить" || bare == "определить";
}

bool names_the_office(const std::string &bare) {
    static const Regex office(R"((?:ответственн|координатор|куратор)\p{L}*)", 0);
    Match m;
    return office.full(bare, m);
}

// What a point can start with before its party: the verb that governs the party's case.
unsigned lead_verb_case(const std::string &bare) {
    if (bare == "рекомендовать" || bare == "поручить" || bare == "предложить")
        return nom::kDat;
    if (bare == "обязать" || bare == "просить" || appoints(bare))
        return nom::kAcc;
    return 0;
}

// Adverbial phrases that end a party phrase: terms, purposes, manners, co-executors.
bool stops_phrase(const std::string &rest) {
    static const Regex stop(
        R"((?:в\s+сроки?\b|в\s+течени[еи]|до\s+\d|до\s+конца|не\s+поздн|не\s+позже|к\s+\d)"
        R"(|совместно\s+с|во\s+взаимодействии|при\s+участии|с\s+участием|с\s+привлечением)"
        R"(|по\s+согласованию|в\s+целях|в\s+рамках|в\s+пределах|в\s+соответствии|в\s+установленн)"
        R"(|в\s+период|в\s+случае|на\s+основании|с\s+уч[её]том|по\s+итогам|в\s+том\s+числе)"
        R"(|в\s+ходе|по\s+мере|в\s+\d{4}|в\s+(?:\d+\s*-\s*)?\p{L}*(?:дневн|недельн|месячн)|с\s+\d)"
        R"(|на\s+постоянной|на\s+регулярной|ежекварт|ежемесячн|ежегодн|еженедельн|ежедневн)"
        R"(|постоянно\b|незамедлительно\b|своевременно\b|дополнительно\b|также\b|руководствуясь)"
        // «в I квартале 2021 года», «во втором полугодии», «в мае», «при внесении изменений …»
        R"(|в\s+(?:[IV]{1,3}|[1-4]|перв|втор|трет|четв)\S*\s+(?:квартал|полугоди)|во\s+втор)"
        R"(|в\s+(?:январ|феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр|ноябр|декабр))"
        R"(|при\s+\p{L}+ни[ияе]\b))");
    Match m;
    return stop.starts(rest, m);
}

bool initials(const std::string &word) {
    static const Regex re(R"(\(?(?:\p{Lu}\.){1,2}\)?[,:;]?)", 0);
    Match m;
    return re.full(word, m);
}

char last_char(const std::string &s) {
    return s.empty() ? ' ' : s.back();
}

// «в срок до 01.03.2023 г. представить», «и т.д. обеспечить»: a Russian sentence starts with a
// capital, so an abbreviation's dot followed by a lower-case word ends no sentence.
bool followed_by_lowercase(const std::vector<Word> &words, size_t j) {
    if (j + 1 >= words.size())
        return false;
    const std::string &next = words[j + 1].text;
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(next.data(), i, static_cast<int32_t>(next.size()), c);
    return c >= 0 && u_islower(c);
}

// «МАОУ «Лицей № 3» г. Тамбова», «МБОУ СОШ № 2 с. Первомайское», «Главе р.п. Сузун»: the
// abbreviated type of a settlement before its capitalised name ends no sentence. The types are
// those a document head's place line uses (head_shapes.h); a compound type — «г.о.» (городской
// округ), «с.п.» (сельское поселение) — is read by its first part.
bool settlement_type(const std::vector<Word> &words, size_t j) {
    if (j + 1 >= words.size() || words[j + 1].nested || is_infinitive(words[j + 1].bare))
        return false; // «… за 2023 г. Обеспечить …»: a new sentence, not a place
    static const Regex tail(R"([,;:.!?»")]+$)");
    std::string name = tail.replace_all(words[j + 1].text, "");
    const std::string &type = words[j].text;
    auto prefixed = [&](const std::string &t) {
        std::optional<PlaceShape> shape = place_shape(t + " " + name);
        return shape && shape->prefixed;
    };
    size_t first_dot = type.find('.');
    return prefixed(type) ||
           (first_dot + 1 < type.size() && prefixed(type.substr(0, first_dot + 1)));
}

// «Горбуновой Т.С., директору …»: a person named before the position, set off by a comma.
bool starts_with_person(const std::vector<Word> &words, const std::string &text) {
    if (words.size() < 3 || last_char(words[1].text) != ',')
        return false;
    std::string two = slice_cp(text, words[0].begin, words[1].end - 1);
    return operative::is_name(two);
}

// A point can be addressed to a body: it starts with an abbreviation, a quoted name, a noun
// phrase in the dative or a person followed by a position.
bool starts_with_party(const std::vector<Word> &words, const std::string &text) {
    static const Regex contracted(R"((?:Мин|Рос)\p{Ll}{3,})", 0); // Минпросвещения, Рособрнадзор
    const Word &first = words.front();
    Match m;
    if (is_abbreviation(first.text) || first.text.rfind("«", 0) == 0 ||
        contracted.full(first.text, m) || starts_with_person(words, text))
        return true;
    // «Провести олимпиаду …», «Утвердить план …»: a point that opens with its verb names no
    // addressee, even where the verb could be read as a noun («провести» as a dative).
    if (is_infinitive(first.bare))
        return false;
    size_t n = std::min<size_t>(words.size(), 4);
    std::string head = slice_cp(text, first.begin, words[n - 1].end);
    return nom::noun_phrase(head, nom::kDat).found == nom::kDat;
}

struct End {
    size_t last = 0; // index of the last word of the phrase
    bool found = false;
};

// The last word of the phrase that starts at words[from]: before an infinitive or a stop
// phrase, or the word that carries the colon. Only an infinitive or a colon somewhere after
// it confirms that the point is addressed to somebody; after «Назначить», the office the
// official is appointed to does.
End phrase_end(const std::vector<Word> &words, const std::string &text, size_t from,
               bool appointment) {
    End end;
    bool stopped = false;
    for (size_t j = from; j < words.size() && j < from + kMaxPhraseWords; ++j) {
        const Word &w = words[j];
        // after «Назначить» only the office confirms an appointee («назначить приказом лиц …
        // и представить» names nobody)
        bool ends_here = appointment ? names_the_office(w.bare) : is_infinitive(w.bare);
        if (!w.nested && j > from && ends_here) {
            end.found = true;
            if (!stopped)
                end.last = j - 1;
            return end;
        }
        if (!w.nested && j > from && !stopped &&
            stops_phrase(slice_cp(text, w.begin, w.end + 60))) {
            stopped = true;
            end.last = j - 1;
        }
        bool depth0 = !w.nested || w.closes_group;
        if (depth0 && last_char(w.text) == ':') {
            end.found = true;
            if (!stopped)
                end.last = j;
            return end;
        }
        if (depth0 && (last_char(w.text) == ';' ||
                       (last_char(w.text) == '.' && !initials(w.text) &&
                        !settlement_type(words, j) && !followed_by_lowercase(words, j))))
            return end; // the sentence ends without a verb for the party
    }
    return end;
}

} // namespace

std::optional<Phrase> find_point_phrase(const std::string &text) {
    std::vector<Word> words = split_words(text);
    if (words.size() < 2)
        return std::nullopt;
    size_t from = 0;
    unsigned cases = lead_verb_case(words.front().bare);
    if (cases)
        from = 1;
    else if (starts_with_party(words, text))
        cases = nom::kDat;
    else
        return std::nullopt;
    End end = phrase_end(words, text, from, from == 1 && appoints(words.front().bare));
    if (!end.found || end.last < from)
        return std::nullopt;
    Phrase p;
    p.begin = words[from].begin;
    std::string raw = slice_cp(text, p.begin, words[end.last].end);
    while (!raw.empty() && (raw.back() == ':' || raw.back() == ',' || raw.back() == ';'))
        raw.pop_back();
    p.text = trim(raw);
    p.end = p.begin + code_points(p.text);
    p.cases = cases;
    return p.text.empty() ? std::nullopt : std::optional<Phrase>(p);
}

} // namespace prikaz::extract::party
