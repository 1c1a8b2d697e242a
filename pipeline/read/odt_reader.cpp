#include "read/format_readers.h"
#include "read/read_error.h"
namespace prikaz::read {
model::Document read_odt(const ZipPackage &, const std::string &name) { throw ReadError(name, "odt reader not yet written"); }
model::Document read_fodt(std::string_view, const std::string &name) { throw ReadError(name, "fodt reader not yet written"); }
}
