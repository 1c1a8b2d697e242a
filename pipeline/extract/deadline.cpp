#include "extract/deadline.h"

#include "extract/deadline_rules.h"
#include "extract/deadline_tokens.h"
#include "extract/text_util.h"

namespace prikaz::extract {

namespace {

using deadline::Term;
using deadline::Tokens;
using deadline::Where;

std::vector<record::Deadline> build_all(const std::vector<Term> &terms, const Tokens &t,
                                        const std::string &text, const DeadlineContext &ctx) {
    std::vector<record::Deadline> out;
    for (const Term &term : terms)
        out.push_back(deadline::build_deadline(term, t, text, ctx));
    return out;
}

// The whole phrase as one deadline (its trimmed extent).
record::Deadline whole_phrase(const std::string &phrase, record::DeadlineKind kind) {
    record::Deadline d;
    d.kind = kind;
    d.as_written = trim(phrase);
    int lead = 0;
    icu::UnicodeString u = to_u(phrase);
    while (lead < u.countChar32() && u_isUWhiteSpace(u.char32At(u.moveIndex32(0, lead))))
        ++lead;
    d.source.begin = lead;
    d.source.end = lead + code_points(d.as_written);
    return d;
}

} // namespace

std::vector<record::Deadline> parse_deadline_phrase(const std::string &phrase,
                                                    const DeadlineContext &ctx) {
    std::vector<deadline::Token> tokens = deadline::tokenize(phrase);
    Tokens t(tokens);
    std::vector<Term> terms = deadline::scan_terms(t, Where::Phrase);
    deadline::share_list_years(t, terms);
    if (terms.empty())
        return {whole_phrase(phrase, deadline::open_ended_kind(phrase))};
    std::vector<record::Deadline> out = build_all(terms, t, phrase, ctx);
    if (out.size() == 1) { // one term: the phrase keeps its other words too
        record::Deadline whole = whole_phrase(phrase, out[0].kind);
        out[0].as_written = whole.as_written;
        out[0].source = whole.source;
    }
    return out;
}

bool same_deadline_value(const record::Deadline &a, const record::Deadline &b) {
    return a.kind == b.kind && a.date == b.date && a.from == b.from && a.to == b.to &&
           a.every == b.every && a.day == b.day && a.amount == b.amount && a.unit == b.unit;
}

} // namespace prikaz::extract
