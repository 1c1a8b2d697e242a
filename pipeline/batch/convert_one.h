// The per-file job, input bytes to output bytes: read -> extract -> XML/JSON, or -> render
// with a template loaded once for the whole batch. Files are not touched here.
#pragma once

#include "batch/file_result.h"
#include "render/render.h"

#include <memory>
#include <string>
#include <string_view>

namespace prikaz::batch {

enum class Target { Xml, Json, Docx, Odt };

// "xml" -> Xml ...; false for an unknown name.
bool parse_target(const std::string &name, Target &out);
const char *target_extension(Target t); // "xml", "json", "docx", "odt"

struct ConvertSettings {
    Target target = Target::Xml;
    std::shared_ptr<const render::Template> tpl; // Docx/Odt only
};

// Throws std::runtime_error (read::ReadError for unreadable input) with the reason. Like
// `prikaz extract`, never hands out a record that does not validate against the record XSD.
std::string convert_bytes(std::string_view input, const std::string &name,
                          const ConvertSettings &settings, RecordStats &stats);

} // namespace prikaz::batch
