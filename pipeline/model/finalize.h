// One normalisation pass shared by all readers, so that the same content gives the same model
// whatever the source format: NFC text, invisible characters dropped, spaces folded, typed
// numbering labels split from the text, and source ids assigned.
#pragma once

#include "model/document.h"

namespace prikaz::model {

// Normalises one piece of paragraph text: NFC; soft hyphens and zero-width characters removed;
// no-break and other fixed-width spaces mapped to a plain space; runs of spaces folded to one;
// every line trimmed; empty lines dropped. Tabs are kept.
std::string clean_text(const std::string &raw);

// Splits a label typed at the start of a paragraph ("3.2.1. текст", "2.1 текст", "а) текст",
// "IV. текст", "- ✓ текст") into Paragraph::label. Does nothing when the paragraph already has
// an automatic label or when nothing follows the label.
void split_typed_label(Paragraph &p);

// Applies clean_text and split_typed_label to every paragraph (cells and headers included) and
// assigns every block its SourcePos id. Readers call this once, last.
void finalize(Document &doc);

} // namespace prikaz::model
