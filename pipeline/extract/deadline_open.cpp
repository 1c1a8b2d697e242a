// Terms without a date, recognised over the whole phrase (a deadline cell or line that holds no
// dated, recurring or relative term). In order of precedence:
//   continuous   "постоянно", "в течение всего периода", "в течение срока (реализации …)",
//                "в течение года", "в течение учебного года" (no year named: all year round),
//                "в течении срока" (a common misspelling), "весь период", "на протяжении всего
//                периода", "бессрочно", "систематически", "регулярно", "ежедневно" (the
//                schema has no daily recurrence: work done every day is continuous);
//                "постоянно в течение всего периода по отдельному графику" stays continuous;
//   as_needed    "по мере необходимости", "при необходимости", "по необходимости", "в случае
//                необходимости", "по мере поступления …", "по запросу", "по требованию",
//                "по заявкам": no date and no condition of state — the work is done on
//                demand, so requests are as_needed too;
//   conditional  a term tied to an event or another schedule, kept as written: "в период
//                действия ограничительных мер", "после снятия ограничительных мер", "по
//                отдельному графику", "согласно графику", "в соответствии с планом", "в
//                установленные сроки", "по согласованию", "по итогам …", "по окончании …",
//                "в конце …" / "в начале …" (a part of a period that no date states), "в случае …";
//   unknown      anything else, kept as written.
#include "extract/deadline_rules.h"
#include "extract/text_util.h"

namespace prikaz::extract::deadline {

record::DeadlineKind open_ended_kind(const std::string &phrase) {
    static const Regex continuous(
        "(?<!\\p{L})(?:постоянно|бессрочно|систематически|регулярно|ежедневно|весь\\s+период"
        "|в\\s+течени[еяи]\\s+(?:всего\\s+)?(?:срока|периода|(?:учебного\\s+|календарного\\s+)?"
        "года)"
        "|на\\s+протяжении\\s+(?:всего\\s+)?(?:срока|периода))(?!\\p{L})");
    static const Regex as_needed(
        "(?<!\\p{L})(?:по\\s+мере\\s+(?:необходимости|потребности|поступления|возникновения)"
        "|(?:при|по|в\\s+случае)\\s+необходимости|по\\s+запрос|по\\s+требованию"
        "|по\\s+заявк)");
    static const Regex conditional(
        "(?<!\\p{L})(?:в\\s+период|после|по\\s+(?:отдельному\\s+)?(?:графику|плану)"
        "|согласно\\s+(?:графику|плану)|в\\s+соответствии\\s+с|в\\s+установленные\\s+сроки"
        "|в\\s+сроки|по\\s+согласованию|по\\s+итогам|по\\s+результатам|по\\s+окончании"
        "|по\\s+завершении|до\\s+(?:снятия|отмены|окончания|завершения|начала)"
        "|в\\s+(?:конце|начале|середине)|в\\s+случае|при\\s+(?:наличии|условии)"
        "|с\\s+момента|со\\s+дня|по\\s+мере)(?!\\p{L})");
    std::string text = fold(collapse_lines(phrase));
    if (continuous.contains(text))
        return record::DeadlineKind::Continuous;
    if (as_needed.contains(text))
        return record::DeadlineKind::AsNeeded;
    if (conditional.contains(text))
        return record::DeadlineKind::Conditional;
    return record::DeadlineKind::Unknown;
}

} // namespace prikaz::extract::deadline
