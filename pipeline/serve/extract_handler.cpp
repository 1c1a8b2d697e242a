#include "serve/endpoints.h"

#include "batch/convert_one.h"
#include "serve/body_reader.h"
#include "serve/document_errors.h"
#include "serve/document_name.h"
#include "serve/http_errors.h"
#include "serve/query.h"
#include "serve/responses.h"

namespace prikaz::serve {

using Poco::Net::HTTPResponse;

void ExtractHandler::serve(Poco::Net::HTTPServerRequest &request,
                           Poco::Net::HTTPServerResponse &response) {
    const Query query(request, {"format", "name"});
    const std::string format = query.get("format", "xml");
    if (format != "xml" && format != "json")
        throw HttpError(HTTPResponse::HTTP_BAD_REQUEST,
                        "unknown format '" + format + "' (xml or json)");
    batch::ConvertSettings settings;
    settings.target = format == "json" ? batch::Target::Json : batch::Target::Xml;

    const std::string name = document_name(query, request);
    const std::string body = read_body(request, service_.max_body, name);
    std::string record;
    try {
        batch::RecordStats stats;
        record = batch::convert_bytes(body, name, settings, stats);
    } catch (...) {
        rethrow_refusal(body, name);
    }
    send_bytes(response, HTTPResponse::HTTP_OK, format == "json" ? kJsonType : kXmlType, record);
}

} // namespace prikaz::serve
