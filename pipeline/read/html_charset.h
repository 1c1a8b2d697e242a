// The charset an HTML document declares for itself, found by a prescan of its first bytes
// (as browsers do) before the bytes are decoded.
#pragma once

#include <string>
#include <string_view>

namespace prikaz::read {

// From <meta charset="...">, <meta http-equiv="Content-Type" content="...; charset=...">
// or an XML declaration's encoding; "" when none is found in the first 4 KB.
std::string find_declared_charset(std::string_view bytes);

} // namespace prikaz::read
