// The template engine: compiles one XML part of a DOCX/ODT template (document.xml, a header,
// content.xml, styles.xml, a flat .fodt) into a tree of literal XML and Jinja-like tags, and
// renders that tree against a Value context. The language is the docxtpl-compatible subset of
// Jinja2 described in the README (Templates): {{ expr }}, {% if %}/{% for %}, {%p %}, {%tr %},
// {%tc %}, {# #}.
//
// Compiling works on a libxml2 DOM: tags that Word or LibreOffice split over several runs are
// joined, and structural tags ({%p / {%tr / {%tc) replace their paragraph, row or cell. Rendering
// is then one pass over the compiled tree appending to a string: no DOM, no re-parsing, so one
// compiled part serves thousands of renders, from many threads at once.
#pragma once

#include "render/value.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace prikaz::render {

// WordprocessingML part vs ODF part (content.xml, styles.xml or a flat document).
enum class Dialect { Docx, Odt };

// A template that cannot be compiled. Message: "PART: problem near `TAG`" (no tag: "PART:
// problem").
class TemplateSyntaxError : public std::runtime_error {
public:
    TemplateSyntaxError(const std::string &part, const std::string &problem,
                        const std::string &tag);
    const std::string &part() const { return part_; }
    const std::string &problem() const { return problem_; }
    const std::string &tag() const { return tag_; }

private:
    std::string part_, problem_, tag_;
};

// Opaque; immutable after compile_part, so it may be rendered from many threads at once.
struct CompiledPart;

// Throws TemplateSyntaxError for malformed XML, a DOCTYPE, unbalanced blocks, bad expressions,
// tags spanning paragraphs, structural tags outside their paragraph/row/cell.
std::shared_ptr<const CompiledPart> compile_part(std::string_view xml, Dialect dialect,
                                                 const std::string &part_name);

// False: the part holds no tag at all and the renderer may copy it unchanged.
bool compiled_part_has_tags(const CompiledPart &part);

// The part's XML text (UTF-8, with XML declaration). Throws std::runtime_error naming the part
// and the tag for an unknown filter or a filter's std::invalid_argument.
std::string render_part(const CompiledPart &part, const Value &context, FilterLookup filters);

struct LintIssue {
    std::string part;
    bool error = false; // false: a warning (the template still renders)
    std::string message;
    std::string tag; // the tag's text as written, "" when the issue is not about one tag
};

// `prikaz template check` for one part. `schema` is a Value map showing every field the
// context can have (lists hold one sample element; loop variables bind to it; `loop.*` is
// always known). Never throws for a bad template: everything becomes an issue.
std::vector<LintIssue> lint_part(std::string_view xml, Dialect dialect,
                                 const std::string &part_name, const Value &schema,
                                 FilterLookup filters);

} // namespace prikaz::render
