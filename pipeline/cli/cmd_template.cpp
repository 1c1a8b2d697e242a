// `prikaz template check NAME|PATH [--to docx|odt]` lints a template;
// `prikaz template pack DIR -o FILE` zips an unpacked template directory into a .docx/.odt.
#include "cli/commands.h"
#include "cli/output_file.h"
#include "render/context.h"
#include "render/filters.h"
#include "render/render.h"
#include "render/template_engine.h"
#include "render/template_package.h"

#include <iostream>

namespace prikaz::cli {

namespace {

render::Format format_of(const std::vector<render::PackageEntry> &entries) {
    for (const render::PackageEntry &e : entries)
        if (e.path == "word/document.xml")
            return render::Format::Docx;
    return render::Format::Odt;
}

int check(const std::string &name, const std::string &to) {
    const render::Format wanted = to == "odt" ? render::Format::Odt : render::Format::Docx;
    const std::string path = render::resolve_template(name, wanted);
    std::vector<render::PackageEntry> entries = render::load_package(path);
    const render::Format format = format_of(entries);
    const render::Dialect dialect =
        format == render::Format::Docx ? render::Dialect::Docx : render::Dialect::Odt;
    const render::Value schema = render::context_schema();
    int errors = 0;
    int warnings = 0;
    for (const render::PackageEntry &entry : entries) {
        if (!render::is_templated_part(entry.path, format))
            continue;
        for (const render::LintIssue &issue :
             render::lint_part(entry.data, dialect, entry.path, schema, render::find_filter)) {
            (issue.error ? errors : warnings)++;
            std::cout << path << ": " << issue.part << ": " << (issue.error ? "error" : "warning")
                      << ": " << issue.message;
            if (!issue.tag.empty())
                std::cout << " (" << issue.tag << ")";
            std::cout << '\n';
        }
    }
    std::cout << path << ": " << errors << " error(s), " << warnings << " warning(s)\n";
    return errors ? 1 : 0;
}

int pack(const std::string &dir, const std::string &output) {
    write_output(output, render::write_package(render::load_package(dir)));
    return 0;
}

int usage() {
    std::cerr << "usage: prikaz template check NAME|PATH [--to docx|odt]\n"
                 "       prikaz template pack DIR -o FILE.docx|FILE.odt\n";
    return 2;
}

} // namespace

int cmd_template(const std::vector<std::string> &args) {
    if (args.size() < 2)
        return usage();
    try {
        if (args[0] == "check") {
            std::string to = "docx";
            if (args.size() == 4 && args[2] == "--to")
                to = args[3];
            else if (args.size() != 2)
                return usage();
            return check(args[1], to);
        }
        if (args[0] == "pack" && args.size() == 4 && args[2] == "-o")
            return pack(args[1], args[3]);
    } catch (const std::exception &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    }
    return usage();
}

} // namespace prikaz::cli
