// The base of every endpoint handler: runs the endpoint and turns whatever it throws into a
// JSON error response. HttpError carries its own status; anything else is a bug in prikaz, so
// it is logged and answered with 500 — a request never takes the server down.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <cstdint>

namespace prikaz::serve {

class JsonHandler : public Poco::Net::HTTPRequestHandler {
public:
    void handleRequest(Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response) final;

protected:
    virtual void serve(Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response) = 0;
};

// What is left of a body that was not read (an error came first, or the body is over the
// limit) is read and dropped up to this much (see drain_small_body, drain_rest).
inline constexpr std::uint64_t kDrainLimit = 4ull << 20;

// Sends an error response to a request whose body may not have been read: keeps the
// connection when the rest of the body could be drained, else closes it (draining after).
void send_error_after_body(Poco::Net::HTTPServerRequest &request,
                           Poco::Net::HTTPServerResponse &response,
                           Poco::Net::HTTPResponse::HTTPStatus status, const std::string &message,
                           const std::string &file = "");

// For an endpoint that takes no body: a stray one is drained (or the connection closed) so
// that it is not read as the next request.
void ignore_body(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

// Writes one line to stderr for a request that failed inside prikaz (500).
void log_internal_error(const Poco::Net::HTTPServerRequest &request, const std::string &what);

} // namespace prikaz::serve
