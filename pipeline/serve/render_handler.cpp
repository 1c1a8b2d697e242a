#include "serve/endpoints.h"

#include "batch/convert_one.h"
#include "batch/record_source.h"
#include "serve/body_reader.h"
#include "serve/document_errors.h"
#include "serve/document_name.h"
#include "serve/http_errors.h"
#include "serve/query.h"
#include "serve/responses.h"

#include <algorithm>

namespace prikaz::serve {

namespace {

using Poco::Net::HTTPResponse;

std::string joined(const std::vector<std::string> &names) {
    std::string out;
    for (const std::string &n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

// The compiled template. Only template names are taken, never paths: a client must not make
// the server read files of its choosing. The names are those of the shipped templates, or of
// the directory $PRIKAZ_TEMPLATES named when the server started (render::resolve_template), so
// an office serves its own templates by putting them there. A template of that set that fails
// is the server's fault (500).
std::shared_ptr<const render::Template> template_for(Service &service, const std::string &name,
                                                     render::Format format) {
    const std::vector<std::string> names = shipped_template_names();
    if (name.empty())
        throw HttpError(HTTPResponse::HTTP_BAD_REQUEST,
                        "template= is required (one of: " + joined(names) + ")");
    if (!is_template_name(name) || std::find(names.begin(), names.end(), name) == names.end())
        throw HttpError(HTTPResponse::HTTP_BAD_REQUEST,
                        "unknown template '" + name + "' (one of: " + joined(names) +
                            "; templates are served from PRIKAZ_TEMPLATES, never from a path)");
    return service.templates.get(name, format);
}

std::string render_body(const std::string &body, const std::string &name,
                        const std::shared_ptr<const render::Template> &tpl, render::Format format) {
    try {
        if (batch::looks_like_record(body))
            return render::render_document(*tpl, batch::read_record_bytes(body, name));
        batch::ConvertSettings settings;
        settings.target = format == render::Format::Odt ? batch::Target::Odt : batch::Target::Docx;
        settings.tpl = tpl;
        batch::RecordStats stats;
        return batch::convert_bytes(body, name, settings, stats);
    } catch (const render::TemplateError &) {
        throw; // a template of the server's own set: 500
    } catch (...) {
        rethrow_refusal(body, name);
    }
}

} // namespace

void RenderHandler::serve(Poco::Net::HTTPServerRequest &request,
                          Poco::Net::HTTPServerResponse &response) {
    const Query query(request, {"template", "to", "name"});
    const std::string to = query.get("to", "docx");
    if (to != "docx" && to != "odt")
        throw HttpError(HTTPResponse::HTTP_BAD_REQUEST,
                        "unknown target '" + to + "' (docx or odt)");
    const render::Format format = to == "odt" ? render::Format::Odt : render::Format::Docx;
    // The template is checked before the body is read, so that a bad query is answered without
    // taking in the upload.
    const std::string template_name = query.get("template");
    auto tpl = template_for(service_, template_name, format);

    const std::string name = document_name(query, request);
    const std::string body = read_body(request, service_.max_body, name);
    const std::string package = render_body(body, name, tpl, format);
    response.set("Content-Disposition", "attachment; filename=\"" + ascii_download_name(name, to) +
                                            "\"; filename*=UTF-8''" + utf8_download_name(name, to));
    send_bytes(response, HTTPResponse::HTTP_OK,
               format == render::Format::Odt ? kOdtType : kDocxType, package);
}

} // namespace prikaz::serve
