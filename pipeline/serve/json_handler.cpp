#include "serve/json_handler.h"

#include "serve/body_reader.h"
#include "serve/http_errors.h"

#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>

#include <iostream>
#include <sstream>

namespace prikaz::serve {

namespace {

using Poco::Net::HTTPResponse;

void send_internal_error(Poco::Net::HTTPServerRequest &request,
                         Poco::Net::HTTPServerResponse &response, const std::string &what) {
    log_internal_error(request, what);
    if (response.sent())
        return; // the status line is gone: the client sees the connection close
    try {
        send_error_after_body(request, response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                              "internal error in prikaz: " + what);
    } catch (...) {
        // the client went away: nothing to tell it
    }
}

} // namespace

void send_error_after_body(Poco::Net::HTTPServerRequest &request,
                           Poco::Net::HTTPServerResponse &response,
                           Poco::Net::HTTPResponse::HTTPStatus status, const std::string &message,
                           const std::string &file) {
    const bool body_over = drain_small_body(request, kDrainLimit);
    if (!body_over)
        response.setKeepAlive(false);
    send_error(response, status, message, file);
    if (!body_over)
        drain_rest(request, kDrainLimit);
}

void ignore_body(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) {
    if (!drain_small_body(request, kDrainLimit))
        response.setKeepAlive(false); // Poco closes such a connection after the response
}

void log_internal_error(const Poco::Net::HTTPServerRequest &request, const std::string &what) {
    std::ostringstream line; // one write, so that lines of concurrent requests do not mix
    line << "prikaz serve: 500 " << request.getMethod() << ' ' << request.getURI() << ": " << what
         << '\n';
    std::cerr << line.str() << std::flush;
}

void JsonHandler::handleRequest(Poco::Net::HTTPServerRequest &request,
                                Poco::Net::HTTPServerResponse &response) {
    try {
        serve(request, response);
    } catch (const HttpError &e) {
        if (response.sent()) {
            log_internal_error(request,
                               std::string("error after the response was sent: ") + e.what());
            return;
        }
        try {
            send_error_after_body(request, response, e.status(), e.what(), e.file());
        } catch (...) {
            // the client went away: nothing to tell it
        }
    } catch (const Poco::Net::NetException &) {
        // The client went away or broke the connection while we read or wrote: not a bug, and
        // there is no one left to answer.
    } catch (const Poco::TimeoutException &) {
        // A client too slow for the read timeout: the same.
    } catch (const Poco::Exception &e) {
        send_internal_error(request, response, e.displayText());
    } catch (const std::exception &e) {
        send_internal_error(request, response, e.what());
    } catch (...) {
        send_internal_error(request, response, "unknown exception");
    }
}

} // namespace prikaz::serve
