// POST /extract?format=xml|json[&name=FILE]: a source document in, its record out (validated
// against the record schema, as `prikaz extract` writes it).
#pragma once

#include "serve/json_handler.h"
#include "serve/service.h"

namespace prikaz::serve {

class ExtractHandler : public JsonHandler {
public:
    explicit ExtractHandler(Service &service) : service_(service) {}

protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;

private:
    Service &service_;
};

} // namespace prikaz::serve
