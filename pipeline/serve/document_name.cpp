#include "serve/document_name.h"

#include <Poco/Exception.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/URI.h>

#include <unicode/ustring.h>

#include <cctype>
#include <filesystem>

namespace prikaz::serve {

namespace {

constexpr size_t kMaxNameBytes = 255;

bool valid_utf8(const std::string &s) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
    return status != U_INVALID_CHAR_FOUND && status != U_ILLEGAL_CHAR_FOUND;
}

// The last path component, without control characters (they would end up in the record's
// XML, where most of them cannot be written), at most kMaxNameBytes long.
std::string clean(const std::string &raw) {
    std::string name =
        raw.substr(raw.find_last_of("/\\") == std::string::npos ? 0 : raw.find_last_of("/\\") + 1);
    std::string out;
    for (char c : name)
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)
            out += c;
    if (out.size() > kMaxNameBytes) {
        size_t cut = kMaxNameBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        out.resize(cut);
    }
    if (out.find_first_not_of(" .") == std::string::npos || !valid_utf8(out))
        return "";
    return out;
}

// filename* (RFC 6266 / 5987: charset'language'percent-encoded) wins over filename.
std::string disposition_filename(const std::string &header) {
    std::string disposition;
    Poco::Net::NameValueCollection params;
    Poco::Net::MessageHeader::splitParameters(header, disposition, params);
    const std::string extended = params.get("filename*", "");
    if (!extended.empty()) {
        const size_t quote = extended.find("''");
        if (quote != std::string::npos) {
            std::string decoded;
            try {
                Poco::URI::decode(extended.substr(quote + 2), decoded);
                return decoded;
            } catch (const Poco::Exception &) {
            }
        }
    }
    return params.get("filename", "");
}

std::string stem_of(const std::string &document) {
    if (document == kDefaultDocumentName)
        return "";
    return std::filesystem::path(document).stem().string();
}

} // namespace

std::string document_name(const Query &query, const Poco::Net::HTTPServerRequest &request) {
    std::string name = clean(query.get("name"));
    if (name.empty() && request.has("Content-Disposition"))
        name = clean(disposition_filename(request.get("Content-Disposition")));
    return name.empty() ? kDefaultDocumentName : name;
}

std::string ascii_download_name(const std::string &document, const std::string &extension) {
    std::string out;
    bool has_letter = false;
    for (char c : stem_of(document)) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) && byte < 0x80) {
            out += c;
            has_letter = true;
        } else if ((c == '-' || c == '_' || c == '.') || byte >= 0xC0 || byte < 0x80) {
            // one '_' per character that cannot stay (continuation bytes add nothing)
            out += (c == '-' || c == '.') ? c : '_';
        }
    }
    return (has_letter ? out : std::string("document")) + "." + extension;
}

std::string utf8_download_name(const std::string &document, const std::string &extension) {
    std::string stem = stem_of(document);
    std::string encoded;
    Poco::URI::encode((stem.empty() ? std::string("document") : stem) + "." + extension,
                      ";/?:@&=+# ", encoded);
    return encoded;
}

} // namespace prikaz::serve
