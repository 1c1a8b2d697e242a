// The endpoints that take a body and use the server's shared state (service.h). Each serve()
// is in its own file: extract_handler.cpp, render_handler.cpp, validate_handler.cpp.
#pragma once

#include "serve/json_handler.h"
#include "serve/service.h"

namespace prikaz::serve {

// A handler with the server's shared state.
class ServiceHandler : public JsonHandler {
public:
    explicit ServiceHandler(Service &service) : service_(service) {}

protected:
    Service &service_;
};

// POST /extract?format=xml|json[&name=FILE]: a source document in, its record out (validated
// against the record schema, as `prikaz extract` writes it).
class ExtractHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;
};

// POST /render?template=NAME[&to=docx|odt][&name=FILE]: a record (XML or JSON as written by
// `prikaz extract`) or a source document (extracted first) in, the rendered package out.
class RenderHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;
};

// POST /validate: a record XML in; {"valid": true} (200), or {"valid": false, "errors":
// [{"line", "message"}]} (422) with the schema's first problems, as `prikaz validate` prints
// them.
class ValidateHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;
};

} // namespace prikaz::serve
