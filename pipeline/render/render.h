// Rendering a record into a formatted DOCX or ODT from a template (issue 5).
// A template is a DOCX/ODT package (a file, or a directory holding the package's entries
// unpacked, as in templates/) whose XML parts carry Jinja-like tags (docs: README, Templates).
// load_template compiles every templated part once; render_document can then be called for
// many records, from many threads at once.
#pragma once

#include "record/record.h"
#include "render/value.h"

#include <memory>
#include <stdexcept>
#include <string>

namespace prikaz::render {

enum class Format { Docx, Odt };

// A template that cannot be used: names the template and the problem (part, tag).
class TemplateError : public std::runtime_error {
public:
    TemplateError(const std::string &template_name, const std::string &problem)
        : std::runtime_error(template_name + ": " + problem) {}
};

class Template;

// NAME_OR_PATH: a path to a .docx/.odt file or an unpacked package directory, or the name of a
// shipped template ("order", "decision", "plan", "letter") looked up in $PRIKAZ_TEMPLATES or
// the compiled-in templates/ directory as NAME/docx or NAME/odt. Throws TemplateError.
std::shared_ptr<const Template> load_template(const std::string &name_or_path, Format format);

// The package bytes of the rendered document. `extra` (a map, may be null) is merged into the
// record's context at the top level (values given with `prikaz render --set`).
std::string render_document(const Template &tpl, const record::Record &record,
                            const Value &extra = Value());

Format template_format(const Template &tpl);

// The package parts that may carry tags: DOCX word/document.xml, headers, footers, foot- and
// endnotes; ODT content.xml and styles.xml (headers and footers live there).
bool is_templated_part(const std::string &path, Format format);

// Where a shipped template lives: $PRIKAZ_TEMPLATES or the compiled-in templates/ directory,
// then NAME/docx or NAME/odt. A value that exists on disk or looks like a path is returned as
// it is.
std::string resolve_template(const std::string &name_or_path, Format format);

} // namespace prikaz::render
