// Which handler answers a request: by path, then method. An unknown path is 404, a known path
// with another method 405 (with Allow), both as JSON errors like every other refusal.
#pragma once

#include "serve/service.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <memory>

namespace prikaz::serve {

class Router : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Router(std::shared_ptr<Service> service) : service_(std::move(service)) {}

    Poco::Net::HTTPRequestHandler *
    createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

private:
    std::shared_ptr<Service> service_;
};

} // namespace prikaz::serve
