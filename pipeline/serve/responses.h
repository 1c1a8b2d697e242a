// Successful responses: a body held in memory, sent whole with its Content-Length (every
// result of the service is built before the first byte goes out, so that an error can still
// become a proper error response).
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

namespace prikaz::serve {

inline constexpr const char *kJsonType = "application/json; charset=utf-8";
inline constexpr const char *kXmlType = "application/xml; charset=utf-8";
inline constexpr const char *kDocxType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char *kOdtType = "application/vnd.oasis.opendocument.text";

void send_bytes(Poco::Net::HTTPServerResponse &response, Poco::Net::HTTPResponse::HTTPStatus status,
                const std::string &content_type, const std::string &bytes);

// `body` as JSON (keys in the order they were set when the object preserves it).
void send_json(Poco::Net::HTTPServerResponse &response, Poco::Net::HTTPResponse::HTTPStatus status,
               const Poco::JSON::Object &body);

} // namespace prikaz::serve
