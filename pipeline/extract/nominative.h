// The nominative of Russian noun phrases and surnames, by suffix rules (no dictionary).
//
// A noun phrase of an administrative text («Отделу реализации государственной политики …»,
// «Государственному бюджетному учреждению «…»», «руководителям органов местного
// самоуправления», «школами с низкими образовательными результатами») changes only in its head
// group: the leading adjectives and participles and the head noun they agree with. Everything
// after the head noun (the genitive tail, prepositional phrases, quoted names) is kept as
// written. The case of the group is found from the endings of all its words together (they
// must agree in case, number and gender), restricted by what the caller knows from the syntax
// (a point addressed to a body is dative, «возложить на …» accusative, a table cell
// nominative). The gender of the head noun comes from its oblique ending (отделу → отдел,
// учреждению → учреждение, службе → служба, руководителям → руководители).
//
// Surnames keep their gender: the feminine oblique endings (-овой, -ову in the accusative,
// -скую, …) give a feminine nominative, the masculine ones (-ову in the dative, -ова in the
// genitive/accusative, -ским, …) a masculine one. Indeclinable surnames stay as written.
#pragma once

#include <string>

namespace prikaz::extract::nominative {

// Grammatical cases as bits, so that a caller can allow several.
enum Case : unsigned {
    kNom = 1,
    kGen = 2,
    kDat = 4,
    kAcc = 8,
    kIns = 16,
    kPre = 32,
    kAnyCase = 63,
};

struct NounPhrase {
    std::string text;    // the phrase with its head group in the nominative
    unsigned found = 0;  // the case the head group was read in (one bit); 0 = not understood
    bool plural = false; // the head noun is plural
    std::string head;    // the head word in the nominative, lower case ("отдел")
    size_t head_end = 0; // byte offset in `text` just after the head word
};

// The phrase with its head group put into the nominative. When several of the allowed cases
// fit, the first of nominative, dative, accusative, genitive, instrumental, prepositional wins.
// A phrase that starts with an abbreviation, a quote or anything else that does not decline is
// returned as written (found = 0).
NounPhrase noun_phrase(const std::string &phrase, unsigned cases = kAnyCase);

// An infinitive («обеспечить», «провести», «заняться»), lower case without punctuation; the
// nouns that end like one («деятельности», «печать», «помощь») are not.
bool is_infinitive(const std::string &bare);

// Words that point at a name rather than name it («прилагаемый план», «настоящее Положение»,
// «указанные сведения»), lower case without punctuation.
bool is_pointing_word(const std::string &bare);

// An active participle («осуществляющие», «функционирующих», «реализовавшие»), lower case
// without punctuation.
bool is_active_participle(const std::string &bare);

// Shorthand for noun_phrase(phrase, cases).text.
std::string phrase_nominative(const std::string &phrase, unsigned cases = kAnyCase);

// The cases a noun phrase can stand in after `text_before` (the words before it in its
// sentence): after a preposition the cases it governs («со школами» → instrumental, «по
// работе» → dative), after an infinitive the accusative («Утвердить план»), after another
// noun the genitive («по выполнению Комплекса мер», «приказом Министерства»); at the start of
// a sentence or after a conjunction the nominative or accusative.
unsigned governed_case(const std::string &text_before);

// One surname (hyphenated parts each) in the nominative: "Беспаловой" → "Беспалова",
// "Беспалову" (kAcc) → "Беспалова", "Иванову" (kDat) → "Иванов", "Битуева" (kAcc) → "Битуев".
// Letter case as written ("ИВАНОВУ" → "ИВАНОВА").
std::string surname_nominative(const std::string &surname, unsigned cases = kAnyCase);

// A person as "Surname I.O." with the surname in the nominative: "С.А. Мирнову" (kAcc) →
// "Мирнова С.А.", "Трещеву О.В." (kDat) → "Трещев О.В.", a full name in any order
// "Сергеевой Ольге Николаевне" → "Сергеева О.Н.". Text that is no name is returned trimmed.
std::string person_nominative(const std::string &name, unsigned cases = kAnyCase);

} // namespace prikaz::extract::nominative
