#include "serve/router.h"

#include "serve/endpoints.h"
#include "serve/http_errors.h"
#include "serve/info_handlers.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <functional>

namespace prikaz::serve {

namespace {

using Poco::Net::HTTPRequestHandler;
using Poco::Net::HTTPResponse;

// Answers every request with one error (404, 405 with its Allow header, 400).
class ErrorHandler : public JsonHandler {
public:
    ErrorHandler(HTTPResponse::HTTPStatus status, std::string message, std::string allow = "")
        : status_(status), message_(std::move(message)), allow_(std::move(allow)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest &, Poco::Net::HTTPServerResponse &response) override {
        if (!allow_.empty())
            response.set("Allow", allow_);
        throw HttpError(status_, message_);
    }

private:
    HTTPResponse::HTTPStatus status_;
    std::string message_;
    std::string allow_;
};

struct Route {
    const char *path;
    bool post; // POST with a body; otherwise GET (and HEAD)
    std::function<HTTPRequestHandler *(Service &)> make;
};

const std::vector<Route> &routes() {
    static const std::vector<Route> table = {
        {"/extract", true, [](Service &s) { return new ExtractHandler(s); }},
        {"/render", true, [](Service &s) { return new RenderHandler(s); }},
        {"/validate", true, [](Service &s) { return new ValidateHandler(s); }},
        {"/health", false, [](Service &) { return new HealthHandler(); }},
        {"/templates", false, [](Service &) { return new TemplatesHandler(); }},
    };
    return table;
}

} // namespace

HTTPRequestHandler *Router::createRequestHandler(const Poco::Net::HTTPServerRequest &request) {
    std::string path;
    try {
        path = Poco::URI(request.getURI()).getPath();
    } catch (const Poco::Exception &e) {
        return new ErrorHandler(HTTPResponse::HTTP_BAD_REQUEST,
                                "malformed request URI: " + e.message());
    }
    const std::string &method = request.getMethod();
    for (const Route &route : routes()) {
        if (path != route.path)
            continue;
        const bool allowed = route.post ? method == "POST" : (method == "GET" || method == "HEAD");
        if (allowed)
            return route.make(*service_);
        return new ErrorHandler(HTTPResponse::HTTP_METHOD_NOT_ALLOWED,
                                method + " is not allowed on " + path,
                                route.post ? "POST" : "GET, HEAD");
    }
    return new ErrorHandler(HTTPResponse::HTTP_NOT_FOUND,
                            "no such endpoint: " + path +
                                " (POST /extract, /render, /validate; GET /health, /templates)");
}

} // namespace prikaz::serve
