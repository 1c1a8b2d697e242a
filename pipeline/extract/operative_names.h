// Person names as administrative documents type them ("А.Н. Киктева", "А.ЕЗАОВ", "О. ТРЕЩЁВ",
// "Иванов И.И.", "Иванова Мария Петровна") and the nominative of the accusative forms used by
// «возложить на заместителя министра Беспалову С.Э.».
#pragma once

#include <optional>
#include <string>

namespace prikaz::extract::operative {

struct NameHit {
    std::string text; // as written
    int begin = -1;   // code points in the searched text
    int end = -1;
};

// The name that closes `text` (preceded by the start or white space), if any.
std::optional<NameHit> find_name_at_end(const std::string &text);
bool is_name(const std::string &text); // `text` (trimmed) is only a name

// "Беспалову С.Э." → "Беспалова С.Э."; "С.А. Мирнову" → "Мирнова С.А."; "Битуева А.Х." →
// "Битуев А.Х.". With `accusative` false only the order is normalised (surname first).
// Full names (surname, first name, patronymic) are returned as written.
std::string person_nominative(const std::string &name, bool accusative);

// "первого заместителя министра образования" → "первый заместитель министра образования": the
// leading adjectives and the head noun of a position go to the nominative, dependent words stay.
std::string position_nominative(const std::string &accusative);

} // namespace prikaz::extract::operative
