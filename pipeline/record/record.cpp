#include "record/record.h"

namespace prikaz::record {

const char *deadline_kind_name(DeadlineKind k) {
    switch (k) {
    case DeadlineKind::By:
        return "by";
    case DeadlineKind::On:
        return "on";
    case DeadlineKind::Period:
        return "period";
    case DeadlineKind::Recurring:
        return "recurring";
    case DeadlineKind::Continuous:
        return "continuous";
    case DeadlineKind::AsNeeded:
        return "as_needed";
    case DeadlineKind::Conditional:
        return "conditional";
    case DeadlineKind::Relative:
        return "relative";
    case DeadlineKind::Unknown:
        break;
    }
    return "unknown";
}

} // namespace prikaz::record
