// compile_part / render_part: the pipeline prepare_xml -> parse_template -> check_balance once,
// then render_block per document.
#include "render/template_engine.h"

#include "render/template_eval.h"
#include "render/template_parser.h"
#include "render/template_xml.h"

namespace prikaz::render {

namespace {

std::string message(const std::string &part, const std::string &problem, const std::string &tag) {
    return part + ": " + problem + (tag.empty() ? std::string() : " near `" + tag + "`");
}

void throw_first_error(const std::string &part, const tpl::Issues &issues) {
    for (const tpl::Issue &i : issues)
        if (i.error)
            throw TemplateSyntaxError(part, i.problem, i.tag);
}

} // namespace

TemplateSyntaxError::TemplateSyntaxError(const std::string &part, const std::string &problem,
                                         const std::string &tag)
    : std::runtime_error(message(part, problem, tag)), part_(part), problem_(problem), tag_(tag) {}

std::shared_ptr<const CompiledPart> compile_part(std::string_view xml, Dialect dialect,
                                                 const std::string &part_name) {
    tpl::Issues issues;
    tpl::PreparedXml prepared = tpl::prepare_xml(xml, dialect, issues);
    throw_first_error(part_name, issues);
    tpl::ParsedTemplate parsed = tpl::parse_template(prepared.xml, prepared.tags, issues);
    tpl::check_balance(parsed.body, prepared.tags, issues);
    throw_first_error(part_name, issues);

    auto part = std::make_shared<CompiledPart>();
    part->name = part_name;
    part->dialect = dialect;
    part->has_tags = !prepared.tags.empty();
    part->body = std::move(parsed.body);
    part->tags = std::move(prepared.tags);
    part->literal_bytes = parsed.literal_bytes;
    return part;
}

bool compiled_part_has_tags(const CompiledPart &part) {
    return part.has_tags;
}

std::string render_part(const CompiledPart &part, const Value &context, FilterLookup filters) {
    std::string out;
    out.reserve(part.literal_bytes + part.literal_bytes / 4 + 256);
    tpl::render_block(part, context, filters, out);
    return out;
}

} // namespace prikaz::render
