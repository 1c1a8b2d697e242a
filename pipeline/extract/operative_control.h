// The control clause: «Контроль за исполнением настоящего приказа возложить на заместителя
// министра Беспалову С.Э.», «Возложить контроль … на …», «Контроль … оставляю за собой»,
// «Контроль … осуществляет …». Usually a numbered point of its own; the point stays in the tree.
#pragma once

#include "model/document.h"
#include "record/record.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace prikaz::extract::operative {

struct ControlHit {
    record::Control control;
    bool self = false; // «оставляю за собой»: the signatory controls
};

// The first control clause of the points (depth first, document order). Offsets are taken in
// the paragraph the point starts with (body blocks [from, to)) when the clause lies in it.
std::optional<ControlHit> find_control(const model::Document &doc, size_t from, size_t to,
                                       const std::vector<record::Point> &points);

// «оставляю за собой»: position and person of the (first) signatory.
void fill_self_control(record::Control &control, const std::vector<record::Signature> &signatures);

} // namespace prikaz::extract::operative
