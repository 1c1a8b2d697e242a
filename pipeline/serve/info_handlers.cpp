#include "serve/info_handlers.h"

#include "serve/query.h"
#include "serve/responses.h"
#include "serve/template_cache.h"

#include <Poco/JSON/Array.h>

namespace prikaz::serve {

using Poco::Net::HTTPResponse;

void HealthHandler::serve(Poco::Net::HTTPServerRequest &request,
                          Poco::Net::HTTPServerResponse &response) {
    const Query query(request, {});
    ignore_body(request, response);
    Poco::JSON::Object result(Poco::JSON_PRESERVE_KEY_ORDER);
    result.set("status", "ok");
    result.set("version", PRIKAZ_VERSION);
    send_json(response, HTTPResponse::HTTP_OK, result);
}

void TemplatesHandler::serve(Poco::Net::HTTPServerRequest &request,
                             Poco::Net::HTTPServerResponse &response) {
    const Query query(request, {});
    ignore_body(request, response);
    Poco::JSON::Array names;
    for (const std::string &name : shipped_template_names())
        names.add(name);
    Poco::JSON::Object result(Poco::JSON_PRESERVE_KEY_ORDER);
    result.set("templates", names);
    send_json(response, HTTPResponse::HTTP_OK, result);
}

} // namespace prikaz::serve
