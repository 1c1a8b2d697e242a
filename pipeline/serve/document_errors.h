// How a refused input maps to a status: a format prikaz does not read (legacy .doc, RTF, PDF,
// an unknown binary) is 415 Unsupported Media Type; a document or record in a format we read
// that is broken or that we cannot use is 422 Unprocessable Entity. The reason is the reader's
// own message, which names the file.
#pragma once

#include <string>
#include <string_view>

namespace prikaz::serve {

// To be called inside a catch block: rethrows the exception being handled as an HttpError
// when it is a refusal of the input (read::ReadError, record::RecordError); anything else
// (a bug) is rethrown unchanged. `body` is the input, `name` what it goes by.
[[noreturn]] void rethrow_refusal(std::string_view body, const std::string &name);

} // namespace prikaz::serve
