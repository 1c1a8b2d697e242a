// Placeholder: the lead replaces this with the real renderer.
#include "render/render.h"

namespace prikaz::render {

class Template {};

std::shared_ptr<const Template> load_template(const std::string &name_or_path, Format) {
    throw TemplateError(name_or_path, "rendering is not implemented yet");
}

std::string render_document(const Template &, const record::Record &, const Value &) {
    return {};
}

Format template_format(const Template &) { return Format::Docx; }

} // namespace prikaz::render
