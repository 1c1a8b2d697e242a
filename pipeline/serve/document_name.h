// The name a request body goes by in messages and in the record's `source`: the `name=` query
// parameter, else the filename of a Content-Disposition header, else "request body". Only the
// last path component is kept, and a name that is not clean UTF-8 text is not used.
#pragma once

#include "serve/query.h"

#include <Poco/Net/HTTPServerRequest.h>

#include <string>

namespace prikaz::serve {

inline constexpr const char *kDefaultDocumentName = "request body";

std::string document_name(const Query &query, const Poco::Net::HTTPServerRequest &request);

// A file name for Content-Disposition of a rendered package: the document's stem (ASCII only,
// for the plain `filename` parameter) with `extension`, "document" when nothing is left.
std::string ascii_download_name(const std::string &document, const std::string &extension);

// The same name, UTF-8 percent-encoded for the `filename*` parameter (RFC 6266).
std::string utf8_download_name(const std::string &document, const std::string &extension);

} // namespace prikaz::serve
