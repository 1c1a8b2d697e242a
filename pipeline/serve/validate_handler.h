// POST /validate: a record XML in; {"valid": true} (200), or {"valid": false, "errors": [{"line",
// "message"}]} (422) with the schema's first problems, as `prikaz validate` prints them.
#pragma once

#include "serve/json_handler.h"
#include "serve/service.h"

namespace prikaz::serve {

class ValidateHandler : public JsonHandler {
public:
    explicit ValidateHandler(Service &service) : service_(service) {}

protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;

private:
    Service &service_;
};

} // namespace prikaz::serve
