// The query string of a request, checked against the parameters an endpoint knows: an unknown
// parameter is refused (400) rather than ignored, so that a misspelt "templte=" is noticed.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace prikaz::serve {

class Query {
public:
    // Throws HttpError 400 on a malformed URI, an unknown or a repeated parameter.
    Query(const Poco::Net::HTTPServerRequest &request, std::initializer_list<const char *> known);

    bool has(const std::string &name) const;
    // The value, or `fallback` when the parameter is absent.
    std::string get(const std::string &name, const std::string &fallback = "") const;

private:
    std::vector<std::pair<std::string, std::string>> params_;
};

} // namespace prikaz::serve
