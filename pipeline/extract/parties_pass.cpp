#include "extract/normalise.h"
namespace prikaz::extract {
void normalise_parties(record::Record &) {} // being written
}
