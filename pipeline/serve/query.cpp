#include "serve/query.h"

#include "serve/http_errors.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>

namespace prikaz::serve {

namespace {

using Poco::Net::HTTPResponse;

std::string known_list(std::initializer_list<const char *> known) {
    std::string out;
    for (const char *k : known)
        out += (out.empty() ? "" : ", ") + std::string(k);
    return out.empty() ? "none" : out;
}

} // namespace

Query::Query(const Poco::Net::HTTPServerRequest &request,
             std::initializer_list<const char *> known) {
    try {
        params_ = Poco::URI(request.getURI()).getQueryParameters();
    } catch (const Poco::Exception &e) {
        throw HttpError(HTTPResponse::HTTP_BAD_REQUEST, "malformed request URI: " + e.message());
    }
    for (size_t i = 0; i < params_.size(); ++i) {
        const std::string &name = params_[i].first;
        if (std::none_of(known.begin(), known.end(), [&](const char *k) { return name == k; }))
            throw HttpError(HTTPResponse::HTTP_BAD_REQUEST, "unknown query parameter '" + name +
                                                                "' (known: " + known_list(known) +
                                                                ")");
        for (size_t j = 0; j < i; ++j)
            if (params_[j].first == name)
                throw HttpError(HTTPResponse::HTTP_BAD_REQUEST,
                                "query parameter '" + name + "' is given twice");
    }
}

bool Query::has(const std::string &name) const {
    return std::any_of(params_.begin(), params_.end(),
                       [&](const auto &p) { return p.first == name; });
}

std::string Query::get(const std::string &name, const std::string &fallback) const {
    for (const auto &[key, value] : params_)
        if (key == name)
            return value;
    return fallback;
}

} // namespace prikaz::serve
