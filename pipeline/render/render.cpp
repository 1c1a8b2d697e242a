// Loading templates and rendering records into DOCX/ODT packages. The templated parts are
// compiled once by the template engine (render/template_engine.h); a render then only walks
// the compiled parts, fixes list numbering (render/list_numbering.h) and zips the package.
// Rendered parts are not parsed back: the engine's output is well-formed by construction
// (compile checks that every branch keeps the XML nesting; printed values are escaped and
// cleaned of characters XML cannot hold), and the tests validate every shipped template's
// output against the OOXML and ODF schemas.
#include "render/render.h"

#include "render/context.h"
#include "render/docx_cells.h"
#include "render/filters.h"
#include "render/list_numbering.h"
#include "render/template_engine.h"
#include "render/template_package.h"

#include <cstdlib>
#include <filesystem>

namespace prikaz::render {

namespace fs = std::filesystem;

class Template {
public:
    struct Part {
        PackageEntry entry;
        std::shared_ptr<const CompiledPart> compiled; // null: copied unchanged
    };
    std::string name;
    Format format = Format::Docx;
    std::vector<Part> parts;
    DocxNumbering numbering;
};

bool is_templated_part(const std::string &path, Format format) {
    if (format == Format::Odt)
        return path == "content.xml" || path == "styles.xml";
    if (path.rfind("word/", 0) != 0 || path.size() < 9 ||
        path.compare(path.size() - 4, 4, ".xml") != 0 || path.find('/', 5) != std::string::npos)
        return false;
    const std::string file = path.substr(5);
    return file == "document.xml" || file.rfind("header", 0) == 0 || file.rfind("footer", 0) == 0 ||
           file == "footnotes.xml" || file == "endnotes.xml";
}

namespace {

std::string shipped_template_dir(const std::string &name, Format format) {
    const char *env = std::getenv("PRIKAZ_TEMPLATES");
    fs::path root = env && *env ? fs::path(env) : fs::path(PRIKAZ_TEMPLATE_DIR);
    return (root / name / (format == Format::Docx ? "docx" : "odt")).string();
}

} // namespace

// A bare word ("order") names a shipped template; anything that exists on disk is a path.
std::string resolve_template(const std::string &name_or_path, Format format) {
    std::error_code ec;
    if (fs::exists(name_or_path, ec) || name_or_path.find('/') != std::string::npos ||
        name_or_path.find('.') != std::string::npos)
        return name_or_path;
    return shipped_template_dir(name_or_path, format);
}

namespace {

const PackageEntry *find_entry(const std::vector<PackageEntry> &entries, const std::string &path) {
    for (const PackageEntry &e : entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

Format detect_format(const std::vector<PackageEntry> &entries, const std::string &name) {
    if (find_entry(entries, "word/document.xml"))
        return Format::Docx;
    const PackageEntry *mimetype = find_entry(entries, "mimetype");
    if (find_entry(entries, "content.xml") && mimetype &&
        mimetype->data.rfind("application/vnd.oasis.opendocument.text", 0) == 0)
        return Format::Odt;
    throw TemplateError(name, "neither a DOCX (word/document.xml) nor an ODF text document "
                              "(content.xml, mimetype application/vnd.oasis.opendocument.text)");
}

Value merged_context(const record::Record &record, const Value &extra) {
    Value base = record_context(record);
    if (!extra.is_map() || extra.as_map().empty())
        return base;
    Map merged = base.as_map();
    for (const auto &[key, value] : extra.as_map()) {
        bool replaced = false;
        for (auto &[k, v] : merged)
            if (k == key) {
                v = value;
                replaced = true;
            }
        if (!replaced)
            merged.emplace_back(key, value);
    }
    return Value(std::move(merged));
}

} // namespace

std::shared_ptr<const Template> load_template(const std::string &name_or_path, Format format) {
    const std::string path = resolve_template(name_or_path, format);
    std::vector<PackageEntry> entries;
    try {
        entries = load_package(path);
    } catch (const std::exception &e) {
        throw TemplateError(name_or_path, e.what());
    }
    auto tpl = std::make_shared<Template>();
    tpl->name = path;
    tpl->format = detect_format(entries, path);
    if (tpl->format != format)
        throw TemplateError(path,
                            std::string("is a ") + (tpl->format == Format::Docx ? "DOCX" : "ODT") +
                                " template, not " + (format == Format::Docx ? "DOCX" : "ODT"));
    const Dialect dialect = format == Format::Docx ? Dialect::Docx : Dialect::Odt;
    for (PackageEntry &entry : entries) {
        Template::Part part{std::move(entry), nullptr};
        if (is_templated_part(part.entry.path, format)) {
            try {
                auto compiled = compile_part(part.entry.data, dialect, part.entry.path);
                if (compiled_part_has_tags(*compiled))
                    part.compiled = std::move(compiled);
            } catch (const std::exception &e) {
                throw TemplateError(path, e.what());
            }
        }
        if (part.entry.path == "word/numbering.xml")
            tpl->numbering = read_docx_numbering(part.entry.data);
        tpl->parts.push_back(std::move(part));
    }
    return tpl;
}

std::string render_document(const Template &tpl, const record::Record &record, const Value &extra) {
    const Value context = merged_context(record, extra);
    std::vector<PackageEntry> out;
    out.reserve(tpl.parts.size());
    std::string new_nums;
    for (const Template::Part &part : tpl.parts) {
        if (!part.compiled) {
            out.push_back(part.entry);
            continue;
        }
        std::string xml;
        try {
            xml = render_part(*part.compiled, context, find_filter);
        } catch (const std::exception &e) {
            throw TemplateError(tpl.name, e.what());
        }
        if (part.entry.path == "word/document.xml") {
            new_nums = restart_docx_lists(xml, tpl.numbering);
            ensure_cells_end_with_paragraph(xml);
        } else if (part.entry.path == "content.xml")
            restart_odt_lists(xml);
        else
            strip_loop_markers(xml);
        out.push_back({part.entry.path, std::move(xml)});
    }
    if (!new_nums.empty())
        for (PackageEntry &entry : out)
            if (entry.path == "word/numbering.xml")
                add_docx_nums(entry.data, new_nums);
    return write_package(out);
}

Format template_format(const Template &tpl) {
    return tpl.format;
}

} // namespace prikaz::render
