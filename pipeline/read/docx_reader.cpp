#include "read/format_readers.h"
#include "read/read_error.h"
namespace prikaz::read {
model::Document read_docx(const ZipPackage &, const std::string &name) { throw ReadError(name, "docx reader not yet written"); }
}
