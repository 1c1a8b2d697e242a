// GET /health ({"status": "ok", "version": ...}) and GET /templates (the shipped template
// names): cheap answers for load balancers and clients discovering the service.
#pragma once

#include "serve/json_handler.h"

namespace prikaz::serve {

class HealthHandler : public JsonHandler {
protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;
};

class TemplatesHandler : public JsonHandler {
protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;
};

} // namespace prikaz::serve
