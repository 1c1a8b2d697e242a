// Line-level classifiers of the operative part: what a paragraph (or one of its lines) is, by the
// grammar and layout of Russian administrative documents (GOST R 7.0.97 requisites and the usual
// ways people type them). Pure functions of the text, no state.
#pragma once

#include <string>

namespace prikaz::extract::operative {

std::string first_line(const std::string &text);

// A running footer or document code that a page break left between paragraphs: page numbers
// ("2", "- 3 -", "стр. 4 из 7") and short codes without words ("3.12-144-р (п)(4.0)").
bool is_noise_line(const std::string &line);

// `text` without its noise lines (the rest joined with "\n").
std::string drop_noise_lines(const std::string &text);

// The first paragraph of the appendices: «ПРИЛОЖЕНИЕ», «Приложение N 1», «Приложение № 2 к
// приказу», «Приложение\nк распоряжению», «УТВЕРЖДЕН(А/О/Ы) [приказом …]», «УТВЕРЖДАЮ».
// An enclosure note of a letter («Приложение: форма на 1 л.») is not a mark.
bool is_appendix_mark(const std::string &text);

// What follows the signature: executor and phone («Исп. Петрова А.А.», «тел. 8 (…)»), approval
// visas («СОГЛАСОВАНО»), acquaintance lists («С приказом ознакомлены:»), mailing lists.
bool is_trailing_mark(const std::string &text);

// Paragraphs that belong to neither the preamble nor a point: a letter's enclosure note
// («Приложение: на 3 л.») and closing formula («С уважением,»).
bool is_body_skippable(const std::string &text);

// The sentence is not finished: no terminal punctuation [.;:!?] at the end, or a hyphen.
bool ends_open(const std::string &text);
bool ends_with_word_hyphen(const std::string &text); // "научно-" (letter + hyphen)
bool starts_lower(const std::string &text);          // first letter is lower case

// Appends `next` to `text` as the continuation of the same sentence: with a space, or directly
// after a word hyphen ("научно-" + "методический").
void join_sentence(std::string &text, const std::string &next);

} // namespace prikaz::extract::operative
