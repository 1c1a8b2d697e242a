// Shapes of the lines of a document head (GOST R 7.0.97 requisites as people type them).
// Each function looks at one line (or one paragraph) and says what it is; head.cpp decides
// from their order what the head holds.
#pragma once

#include "extract/russian_date.h"
#include "extract/text_util.h"

#include <optional>
#include <string>

namespace prikaz::extract {

// A registration line: "от 14.12 2022 г.", "08.02.2021 № 3.12-132-р", "№ 7/3",
// "от 29.01.2024 г. № 01-13/08", "Исх. № 12 от 01.02.2023", "от ________ № _____".
struct RequisiteLine {
    std::optional<ParsedDate> date; // span widened to a leading "от" (as written in the record)
    Group number;                   // the registration number without "№"/"N"; unmatched if none
    bool has_number_sign = false;   // "№"/"N" present (a blank "№ ____" too)
    Group
        place; // "11.04.2018   г. Владивосток   № 23а-214": a place between them; unmatched if none
};

// The requisites of a line that holds nothing else (words "от", "г.", "года", "исх.", signs,
// underscores and punctuation aside) but, in a column of its own, the place of issue.
// nullopt for any other line.
std::optional<RequisiteLine> parse_requisite_line(const std::string &line);

// "на № ____ от ____", "На № 12-05/77 от 01.02.2024": the reference to the letter answered.
bool is_reply_to_line(const std::string &line);

// Postal code, phone, fax, e-mail, web site, street, ИНН/КПП/ОГРН…: letterhead contact lines.
bool is_contact_line(const std::string &line);

// A settlement name: "г. Симферополь", "г.Энгельс", "с. Новая Усмань", "р.п. Степное",
// "пос. Северный" (`prefixed` = true) or 1–3 capitalised words without a prefix
// ("Южно-Сахалинск", "Нижний Новгород").
struct PlaceShape {
    bool prefixed = false;
};
std::optional<PlaceShape> place_shape(const std::string &line);

// The first line of a title: "О …", "Об …", "Обо …" (any case) — the summary of content.
bool starts_title(const std::string &line);

// The first line of an addressee block: a recipient in the dative ("Руководителям …",
// "Директору …", "Главе …", "Министру …") or a surname with initials ("Иванову И.И.",
// "И.И. Петровой").
bool starts_addressee(const std::string &line);

// "ПРИКАЗЫВАЮ:", "РЕШИЛА:", "ПОСТАНОВЛЯЕТ:", "п р и к а з ы в а ю" — alone on the line or
// ending the paragraph.
bool has_enacting_word(const std::string &paragraph);

// "Уважаемые коллеги!", "Уважаемый Иван Петрович!"
bool is_salutation(const std::string &line);

// A phrase of four or more words not in upper case: "В связи с кадровыми изменениями".
bool is_prose_line(const std::string &line);

// A paragraph of running text (preamble, letter body): long, or a sentence. Upper-case
// paragraphs (organisation names) never are.
bool is_running_text(const std::string &paragraph);

} // namespace prikaz::extract
