#include "serve/http_errors.h"

#include "serve/responses.h"

#include <Poco/JSON/Object.h>

namespace prikaz::serve {

void send_error(Poco::Net::HTTPServerResponse &response, HttpError::Status status,
                const std::string &message, const std::string &file) {
    // Key order is kept so that "error" comes first for a human reading the reply.
    Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
    body.set("error", message);
    if (!file.empty())
        body.set("file", file);
    send_json(response, status, body);
}

} // namespace prikaz::serve
