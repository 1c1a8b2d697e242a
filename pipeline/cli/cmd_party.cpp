// `prikaz party "PHRASE" [--glossary "ABBR=FULL"]...`: the responsible parties a phrase names,
// as a JSON array of {org, abbr, person, position, written, begin, end}, all in the nominative —
// for checking a phrase by hand. PHRASE is a point («Отделу … (Иванова И.И.) обеспечить …»)
// or a bare party phrase in any case («ИРОСО РЦОКОСО», «заместителю министра Петровой А.А.»).
// --glossary gives abbreviations the way a document's glossary would.
#include "cli/commands.h"
#include "extract/party.h"
#include "write/record_json.h"

#include <iostream>

#include <Poco/JSON/Array.h>

namespace prikaz::cli {

namespace {

using Poco::JSON::Array;

int usage() {
    std::cerr << "usage: prikaz party \"PHRASE\" [--glossary \"ABBR=FULL\"]...\n";
    return 2;
}

} // namespace

int cmd_party(const std::vector<std::string> &args) {
    std::string phrase;
    bool have_phrase = false;
    std::vector<record::GlossaryTerm> glossary;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--glossary" && i + 1 < args.size()) {
            const std::string &def = args[++i];
            size_t eq = def.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == def.size())
                return usage();
            glossary.push_back(record::GlossaryTerm{def.substr(0, eq), def.substr(eq + 1), {}});
        } else if (!have_phrase && (args[i].empty() || args[i][0] != '-')) {
            phrase = args[i];
            have_phrase = true;
        } else {
            return usage();
        }
    }
    if (!have_phrase)
        return usage();
    Array::Ptr out = new Array;
    for (const record::Party &p : extract::party::parties_of_phrase(phrase, glossary))
        out->add(write::party_to_json(p));
    out->stringify(std::cout, 2);
    std::cout << "\n";
    return 0;
}

} // namespace prikaz::cli
