// POST /render?template=NAME|PATH[&to=docx|odt][&name=FILE]: a record (XML or JSON as written by
// `prikaz extract`) or a source document (extracted first) in, the rendered package out.
#pragma once

#include "serve/json_handler.h"
#include "serve/service.h"

namespace prikaz::serve {

class RenderHandler : public JsonHandler {
public:
    explicit RenderHandler(Service &service) : service_(service) {}

protected:
    void serve(Poco::Net::HTTPServerRequest &request,
               Poco::Net::HTTPServerResponse &response) override;

private:
    Service &service_;
};

} // namespace prikaz::serve
