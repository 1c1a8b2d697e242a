// `prikaz render RECORD --template NAME|PATH [--to docx|odt] -o OUT [--set KEY=VALUE]...`
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/record_input.h"
#include "render/render.h"

#include <filesystem>
#include <iostream>

namespace prikaz::cli {

namespace {

struct RenderArgs {
    std::string record;
    std::string template_name;
    std::string to;
    std::string output;
    std::vector<std::pair<std::string, std::string>> values;
};

bool parse_args(const std::vector<std::string> &args, RenderArgs &out) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        bool has_value = i + 1 < args.size();
        if (arg == "--template" && has_value) {
            out.template_name = args[++i];
        } else if (arg == "--to" && has_value) {
            out.to = args[++i];
        } else if ((arg == "-o" || arg == "--output") && has_value) {
            out.output = args[++i];
        } else if (arg == "--set" && has_value) {
            const std::string &kv = args[++i];
            size_t eq = kv.find('=');
            if (eq == std::string::npos || eq == 0)
                return false;
            out.values.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
        } else if (!arg.empty() && arg[0] == '-') {
            return false;
        } else if (out.record.empty()) {
            out.record = arg;
        } else {
            return false;
        }
    }
    if (out.to.empty()) { // from the output's extension
        const std::string ext = std::filesystem::path(out.output).extension().string();
        out.to = ext == ".odt" ? "odt" : ext == ".docx" ? "docx" : "";
    }
    return !out.record.empty() && !out.template_name.empty() && !out.output.empty() &&
           (out.to == "docx" || out.to == "odt");
}

// Sets `value` at a dotted path ("executor.name") inside `map`, making maps on the way.
void set_path(render::Map &map, const std::string &path, const std::string &value) {
    size_t dot = path.find('.');
    std::string head = path.substr(0, dot);
    for (auto &[key, existing] : map) {
        if (key != head)
            continue;
        if (dot == std::string::npos) {
            existing = render::Value(value);
        } else {
            render::Map inner = existing.is_map() ? existing.as_map() : render::Map{};
            set_path(inner, path.substr(dot + 1), value);
            existing = render::Value(std::move(inner));
        }
        return;
    }
    if (dot == std::string::npos) {
        map.emplace_back(head, render::Value(value));
    } else {
        render::Map inner;
        set_path(inner, path.substr(dot + 1), value);
        map.emplace_back(head, render::Value(std::move(inner)));
    }
}

} // namespace

int cmd_render(const std::vector<std::string> &args) {
    RenderArgs a;
    if (!parse_args(args, a)) {
        std::cerr << "usage: prikaz render RECORD.xml|RECORD.json|DOCUMENT --template NAME|PATH "
                     "[--to docx|odt] -o OUT [--set KEY=VALUE]...\n"
                     "  shipped templates: order, decision, plan, letter\n";
        return 2;
    }
    const render::Format format = a.to == "odt" ? render::Format::Odt : render::Format::Docx;
    render::Map extra;
    for (const auto &[key, value] : a.values)
        set_path(extra, key, value);
    try {
        record::Record rec = load_record(a.record);
        auto tpl = render::load_template(a.template_name, format);
        write_output(a.output, render::render_document(*tpl, rec, render::Value(std::move(extra))));
    } catch (const render::TemplateError &e) {
        std::cerr << "prikaz: template " << e.what() << '\n';
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace prikaz::cli
