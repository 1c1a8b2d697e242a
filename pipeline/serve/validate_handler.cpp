#include "serve/endpoints.h"

#include "record/validate.h"
#include "serve/body_reader.h"
#include "serve/document_name.h"
#include "serve/query.h"
#include "serve/responses.h"

#include <Poco/JSON/Array.h>

namespace prikaz::serve {

using Poco::Net::HTTPResponse;

void ValidateHandler::serve(Poco::Net::HTTPServerRequest &request,
                            Poco::Net::HTTPServerResponse &response) {
    const Query query(request, {"name"});
    const std::string name = document_name(query, request);
    const std::string body = read_body(request, service_.max_body, name);
    const std::vector<record::ValidationIssue> issues = record::validate_record_xml(body);

    Poco::JSON::Object result(Poco::JSON_PRESERVE_KEY_ORDER);
    result.set("valid", issues.empty());
    if (issues.empty()) {
        send_json(response, HTTPResponse::HTTP_OK, result);
        return;
    }
    Poco::JSON::Array errors;
    for (const record::ValidationIssue &issue : issues) {
        Poco::JSON::Object error(Poco::JSON_PRESERVE_KEY_ORDER);
        error.set("line", issue.line);
        error.set("message", issue.message);
        errors.add(error);
    }
    result.set("errors", errors);
    result.set("file", name);
    send_json(response, HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, result);
}

} // namespace prikaz::serve
