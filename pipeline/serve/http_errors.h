// Error responses of the HTTP service: always JSON {"error": "...", "file": "..."}, so that a
// client can show the reason without parsing HTML. Handlers throw HttpError; the handler base
// (json_handler.h) turns it into the response.
#pragma once

#include <Poco/Net/HTTPServerResponse.h>

#include <stdexcept>
#include <string>

namespace prikaz::serve {

class HttpError : public std::runtime_error {
public:
    using Status = Poco::Net::HTTPResponse::HTTPStatus;

    // `file` names the document the error is about ("" when there is none: a bad path or query).
    HttpError(Status status, const std::string &message, const std::string &file = "")
        : std::runtime_error(message), status_(status), file_(file) {}

    Status status() const { return status_; }
    const std::string &file() const { return file_; }

private:
    Status status_;
    std::string file_;
};

// Sends {"error": message, "file": file} ("file" left out when empty).
void send_error(Poco::Net::HTTPServerResponse &response, HttpError::Status status,
                const std::string &message, const std::string &file = "");

} // namespace prikaz::serve
