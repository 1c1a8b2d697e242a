// The individual readers. Each fills a Document and calls model::finalize() last. They are
// called by read_bytes() once the format is known; tests may call them directly.
#pragma once

#include "model/document.h"
#include "read/zip_package.h"

#include <string>
#include <string_view>

namespace prikaz::read {

model::Document read_text(std::string_view bytes, const std::string &name);
model::Document read_html(std::string_view bytes, const std::string &name);
model::Document read_docx(const ZipPackage &package, const std::string &name);
model::Document read_odt(const ZipPackage &package, const std::string &name);
model::Document read_fodt(std::string_view xml, const std::string &name);

} // namespace prikaz::read
