#include "extract/deadline_numbers.h"

#include "extract/text_util.h"

#include <map>
#include <memory>

#include <unicode/locid.h>
#include <unicode/rbnf.h>

namespace prikaz::extract::deadline {

namespace {

using Forms = std::map<std::string, int>;

// Every form `format` spells for 1..max with the rule sets whose name starts with `prefix`.
Forms spelled_forms(const icu::RuleBasedNumberFormat &format, const char *prefix, int max) {
    Forms forms;
    const icu::UnicodeString wanted = to_u(prefix);
    for (int32_t r = 0; r < format.getNumberOfRuleSetNames(); ++r) {
        icu::UnicodeString name = format.getRuleSetName(r);
        if (!name.startsWith(wanted))
            continue;
        for (int n = max; n >= 1; --n) { // small numbers last: they win a shared form
            icu::UnicodeString out;
            icu::FieldPosition pos;
            UErrorCode err = U_ZERO_ERROR;
            format.format(static_cast<int32_t>(n), name, out, pos, err);
            if (U_SUCCESS(err))
                forms[fold(to_utf8(out))] = n;
        }
    }
    return forms;
}

struct Tables {
    Forms cardinals;
    Forms ordinals;
};

Tables spelled_tables() {
    Tables t;
    // Parsing ICU's Russian spell-out rules costs more than all the spelling done with them, so
    // both tables come from one instance, built here once (and used by this thread only).
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale("ru"), status);
    if (U_FAILURE(status))
        return t;
    t.cardinals = spelled_forms(format, "%spellout-cardinal", 100);
    t.ordinals = spelled_forms(format, "%spellout-ordinal", 31);
    // ICU 72 spells the dative of 23 "двадцать третьому"; documents write "третьему".
    Forms extra;
    for (const auto &[form, n] : t.ordinals) {
        size_t at = form.find("третьому");
        if (at != std::string::npos)
            extra[form.substr(0, at) + "третьему"] = n;
    }
    t.ordinals.insert(extra.begin(), extra.end());
    return t;
}

const Tables &tables() {
    static const Tables t = spelled_tables();
    return t;
}

const Forms &cardinals() {
    return tables().cardinals;
}

const Forms &ordinals() {
    return tables().ordinals;
}

int lookup(const Forms &forms, const std::string &folded) {
    auto it = forms.find(folded);
    return it == forms.end() ? 0 : it->second;
}

} // namespace

int cardinal_value(const std::string &folded) {
    return lookup(cardinals(), folded);
}

int ordinal_value(const std::string &folded) {
    return lookup(ordinals(), folded);
}

int compound_amount(const std::string &folded, std::string &rest) {
    rest.clear();
    // "одно-" is the compounding form of 1, which no case of "один" spells.
    static const std::string one = "одно";
    if (folded.compare(0, one.size(), one) == 0 && folded.size() > one.size()) {
        rest = folded.substr(one.size());
        return 1;
    }
    // The longest genitive cardinal that the word starts with ("двадцати" before "два").
    int best = 0;
    size_t best_len = 0;
    for (const auto &[form, n] : cardinals()) {
        if (form.find(' ') != std::string::npos || form.size() <= best_len)
            continue;
        if (folded.size() > form.size() && folded.compare(0, form.size(), form) == 0) {
            best = n;
            best_len = form.size();
        }
    }
    if (best != 0)
        rest = folded.substr(best_len);
    return best;
}

} // namespace prikaz::extract::deadline
