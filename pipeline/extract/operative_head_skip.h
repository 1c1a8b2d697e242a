// Until the head zone knows where the head ends (or when it stops early), the operative range may
// start with header blocks. They are skipped by the layout of GOST R 7.0.97 requisites: the
// authority and kind in capitals, the date/number and place lines, the title «О …», the
// addressee «Руководителям …», letterhead contacts, bold or centred header paragraphs.
#pragma once

#include "model/document.h"

#include <cstddef>

namespace prikaz::extract::operative {

// The first block of [from, to) that is not a header block: the preamble, the enacting word or
// the first point.
size_t skip_head(const model::Document &doc, size_t from, size_t to);

} // namespace prikaz::extract::operative
