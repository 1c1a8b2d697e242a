#include "serve/responses.h"

#include <ostream>
#include <sstream>

namespace prikaz::serve {

void send_bytes(Poco::Net::HTTPServerResponse &response, Poco::Net::HTTPResponse::HTTPStatus status,
                const std::string &content_type, const std::string &bytes) {
    response.setStatusAndReason(status);
    response.setContentType(content_type);
    response.setContentLength64(static_cast<Poco::UInt64>(bytes.size()));
    // send() gives a stream bounded to the headers for HEAD, so the body is left out then.
    std::ostream &out = response.send();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    // On the wire now, not when the handler returns: after an error the handler may still
    // drain the rest of a body the client is waiting to send.
    out.flush();
}

void send_json(Poco::Net::HTTPServerResponse &response, Poco::Net::HTTPResponse::HTTPStatus status,
               const Poco::JSON::Object &body) {
    std::ostringstream text;
    body.stringify(text);
    text << '\n';
    send_bytes(response, status, kJsonType, text.str());
}

} // namespace prikaz::serve
