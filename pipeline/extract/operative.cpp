#include "extract/extract.h"
namespace prikaz::extract {
void extract_operative(const model::Document &, size_t, size_t, record::Record &) {} // being written
}
