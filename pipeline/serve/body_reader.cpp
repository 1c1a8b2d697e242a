#include "serve/body_reader.h"

#include "serve/http_errors.h"

#include <Poco/Net/HTTPResponse.h>

#include <algorithm>
#include <array>
#include <istream>

namespace prikaz::serve {

namespace {

using Poco::Net::HTTPResponse;

constexpr size_t kBlock = 64 * 1024;

HttpError too_large(std::uint64_t max_bytes, const std::string &file) {
    return HttpError(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE,
                     "request body is larger than the limit of " + std::to_string(max_bytes) +
                         " bytes (--max-body)",
                     file);
}

} // namespace

std::string read_body(Poco::Net::HTTPServerRequest &request, std::uint64_t max_bytes,
                      const std::string &file) {
    const bool chunked = request.getChunkedTransferEncoding();
    if (!chunked && !request.hasContentLength()) {
        // Without a length the body would run to the end of the connection (HTTP/1.0 style),
        // which cannot be told apart from a client that stalls.
        throw HttpError(HTTPResponse::HTTP_LENGTH_REQUIRED,
                        "the request needs a Content-Length or chunked transfer encoding", file);
    }
    const std::int64_t declared = chunked ? -1 : request.getContentLength64();
    if (declared >= 0 && static_cast<std::uint64_t>(declared) > max_bytes)
        throw too_large(max_bytes, file);

    std::string body;
    if (declared > 0)
        body.reserve(static_cast<size_t>(declared));
    std::istream &in = request.stream();
    std::array<char, kBlock> block;
    while (in) {
        in.read(block.data(), block.size());
        const auto got = static_cast<size_t>(in.gcount());
        if (got == 0)
            break;
        if (body.size() + got > max_bytes) // only a chunked body can get here
            throw too_large(max_bytes, file);
        body.append(block.data(), got);
    }
    // A fixed-length stream ends quietly (eof) when the peer goes away early; a socket error or
    // timeout leaves the stream bad.
    if (in.bad() || (declared >= 0 && body.size() != static_cast<std::uint64_t>(declared))) {
        throw HttpError(HTTPResponse::HTTP_BAD_REQUEST,
                        "the request body ended early (" + std::to_string(body.size()) +
                            " bytes received)",
                        file);
    }
    return body;
}

bool drain_small_body(Poco::Net::HTTPServerRequest &request, std::uint64_t max_bytes) {
    if (!request.getChunkedTransferEncoding() && !request.hasContentLength()) {
        // HTTP/1.1 says: no body. Poco reads a POST or PUT without length up to the end of the
        // connection (HTTP/1.0), so such a connection cannot be trusted with another request.
        const std::string &method = request.getMethod();
        return method != "POST" && method != "PUT" && method != "PATCH";
    }
    std::istream &in = request.stream();
    if (in.eof())
        return !in.bad(); // read to its end already
    if (request.getChunkedTransferEncoding() ||
        request.getContentLength64() > static_cast<std::int64_t>(max_bytes))
        return false;
    drain_rest(request, max_bytes);
    return in.eof() && !in.bad();
}

void drain_rest(Poco::Net::HTTPServerRequest &request, std::uint64_t max_bytes) {
    if (!request.getChunkedTransferEncoding() && !request.hasContentLength())
        return; // such a stream only ends when the client closes
    std::istream &in = request.stream();
    std::array<char, kBlock> block;
    std::uint64_t dropped = 0;
    while (in.good() && dropped < max_bytes) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        dropped += static_cast<std::uint64_t>(in.gcount());
    }
}

} // namespace prikaz::serve
