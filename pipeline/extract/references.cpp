#include "extract/extract.h"
namespace prikaz::extract {
void extract_references(const model::Document &, record::Record &) {} // being written
}
