// Where a point names the body it addresses. Russian orders put it first, in the dative,
// before the infinitive that says what to do («Отделу … обеспечить …», «Управлению …
// (Маханова А.В.):», «МУ «МЦОКО» в срок до … обеспечить:»), or after «Рекомендовать»,
// «Поручить», «Предложить» (dative) or «Обязать» (accusative). The phrase ends before the
// infinitive (-ть/-ти/-чь, -ться), a colon, or an adverbial phrase that is no part of a name
// (a term «в срок до …», «в течение …», a purpose «в целях …», co-executors «совместно с …»,
// «во взаимодействии с …» — they are not parties).
#pragma once

#include "extract/party.h"

#include <optional>
#include <string>

namespace prikaz::extract::party {

std::optional<Phrase> find_point_phrase(const std::string &text);

} // namespace prikaz::extract::party
