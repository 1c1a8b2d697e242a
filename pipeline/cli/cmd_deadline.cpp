// `prikaz deadline "PHRASE" [--ref YYYY-MM-DD] [--scope TEXT] [--sentence]`: the deadlines a
// phrase holds, normalised, as a JSON array — for checking a phrase by hand.
//   --ref       the document date: infers missing years and computes relative due dates
//   --scope     a title naming the plan's years ("План мероприятий на 2020 год")
//   --sentence  read the phrase as a point's sentence (only terms introduced by a preposition)
#include "cli/commands.h"
#include "extract/deadline.h"
#include "extract/russian_date.h"
#include "write/record_json.h"

#include <iostream>
#include <optional>

#include <Poco/JSON/Array.h>

namespace prikaz::cli {

namespace {

using Poco::JSON::Array;

// A --ref value must be a real date written as YYYY-MM-DD.
bool iso_date(const std::string &s) {
    std::optional<std::string> parsed = extract::parse_russian_date(s);
    return parsed && *parsed == s;
}

int usage() {
    std::cerr << "usage: prikaz deadline \"PHRASE\" [--ref YYYY-MM-DD] [--scope TEXT] "
                 "[--sentence]\n";
    return 2;
}

} // namespace

int cmd_deadline(const std::vector<std::string> &args) {
    std::string phrase;
    bool have_phrase = false;
    bool sentence = false;
    extract::DeadlineContext ctx;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--ref" && i + 1 < args.size()) {
            ctx.ref_date = args[++i];
            if (!iso_date(ctx.ref_date))
                return usage();
        } else if (args[i] == "--scope" && i + 1 < args.size()) {
            ctx.scopes = extract::deadline::find_scopes(args[++i]);
        } else if (args[i] == "--sentence") {
            sentence = true;
        } else if (!have_phrase && (args[i].empty() || args[i][0] != '-' || args[i].size() == 1)) {
            phrase = args[i];
            have_phrase = true;
        } else {
            return usage();
        }
    }
    if (!have_phrase)
        return usage();
    try {
        std::vector<record::Deadline> found = sentence
                                                  ? extract::find_sentence_deadlines(phrase, ctx)
                                                  : extract::parse_deadline_phrase(phrase, ctx);
        Array out;
        for (const record::Deadline &d : found)
            out.add(write::deadline_to_json(d));
        out.stringify(std::cout, 2);
        std::cout << '\n';
    } catch (const std::exception &e) {
        std::cerr << "prikaz deadline: " << e.what() << '\n';
        return 3;
    }
    return 0;
}

} // namespace prikaz::cli
