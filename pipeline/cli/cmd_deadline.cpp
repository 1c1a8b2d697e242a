// `prikaz deadline "PHRASE" [--ref YYYY-MM-DD] [--scope TEXT] [--sentence]`: the deadlines a
// phrase holds, normalised, as a JSON array — for checking a phrase by hand.
//   --ref       the document date: infers missing years and computes relative due dates
//   --scope     a title naming the plan's years ("План мероприятий на 2020 год")
//   --sentence  read the phrase as a point's sentence (only terms introduced by a preposition)
#include "cli/commands.h"
#include "extract/deadline.h"

#include <iostream>
#include <regex>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace prikaz::cli {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr deadline_json(const record::Deadline &d) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("kind", record::deadline_kind_name(d.kind));
    auto set_if = [&](const char *key, const std::string &v) {
        if (!v.empty())
            o->set(key, v);
    };
    set_if("date", d.date);
    set_if("from", d.from);
    set_if("to", d.to);
    set_if("every", d.every);
    if (d.day > 0)
        o->set("day", d.day);
    if (d.amount > 0)
        o->set("amount", d.amount);
    set_if("unit", d.unit);
    o->set("year_inferred", d.year_inferred);
    o->set("text", d.as_written);
    o->set("begin", d.source.begin);
    o->set("end", d.source.end);
    return o;
}

bool iso_date(const std::string &s) {
    static const std::regex iso("\\d{4}-\\d{2}-\\d{2}");
    return std::regex_match(s, iso);
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
            out.add(deadline_json(d));
        out.stringify(std::cout, 2);
        std::cout << '\n';
    } catch (const std::exception &e) {
        std::cerr << "prikaz deadline: " << e.what() << '\n';
        return 3;
    }
    return 0;
}

} // namespace prikaz::cli
