// Reading a request body into memory under a size limit. The limit is checked from
// Content-Length before anything is read, and again while a chunked body is read, so that an
// oversized upload is refused without being buffered.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include <cstdint>
#include <string>

namespace prikaz::serve {

// The whole body. Throws HttpError: 411 when the request has neither Content-Length nor chunked
// transfer encoding, 413 when the body is over `max_bytes`, 400 when the connection ends
// before the declared length. `file` names the document in those errors.
std::string read_body(Poco::Net::HTTPServerRequest &request, std::uint64_t max_bytes,
                      const std::string &file);

// Before an error response, when the body may not have been read (the error came first, or
// the body is over the limit): a body that is over, or whose rest is announced by Content-Length
// as at most `max_bytes`, is read to its end now, and true returned — the connection can carry
// the next request. Otherwise false: the response must close the connection, and drain_rest
// follows it. Nothing large is awaited before answering, so a 413 goes out at once.
bool drain_small_body(Poco::Net::HTTPServerRequest &request, std::uint64_t max_bytes);

// After a response that closes the connection: reads and drops at most `max_bytes` of what is
// left of the body. A socket closed with unread data is reset by the kernel, and the client may
// then lose the response it has not read yet.
void drain_rest(Poco::Net::HTTPServerRequest &request, std::uint64_t max_bytes);

} // namespace prikaz::serve
