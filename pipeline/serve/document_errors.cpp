#include "serve/document_errors.h"

#include "read/format_detect.h"
#include "read/read_error.h"
#include "record/record_xml_read.h"
#include "serve/http_errors.h"

namespace prikaz::serve {

namespace {

using Poco::Net::HTTPResponse;

// The content detection the reader starts with throws for the formats we do not read at all;
// past it, the format is ours and the document is the problem. An empty body is not a format.
bool format_not_read(std::string_view body, const std::string &name) {
    if (body.empty())
        return false;
    try {
        read::detect_kind(body, name);
        return false;
    } catch (const read::ReadError &) {
        return true;
    }
}

} // namespace

void rethrow_refusal(std::string_view body, const std::string &name) {
    try {
        throw;
    } catch (const read::ReadError &e) {
        throw HttpError(format_not_read(body, name) ? HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE
                                                    : HTTPResponse::HTTP_UNPROCESSABLE_ENTITY,
                        e.what(), name);
    } catch (const record::RecordError &e) {
        throw HttpError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, e.what(), name);
    }
}

} // namespace prikaz::serve
