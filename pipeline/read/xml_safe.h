// libxml2 set up for untrusted package parts: no network, no DTD loading, no entity
// substitution, and any document type declaration refused up front (package parts never have
// one, so a DOCTYPE means XXE or an entity-expansion attack).
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <memory>
#include <string>
#include <string_view>

namespace prikaz::read {

// Throws ReadError if the prolog of `xml` holds a <!DOCTYPE ...>.
void refuse_doctype(std::string_view xml, const std::string &file, const std::string &part);

struct XmlDocFree {
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses a whole part into a DOM (for small parts: styles, numbering). Throws ReadError with
// the libxml2 message and line on malformed XML.
XmlDocPtr parse_xml_dom(std::string_view xml, const std::string &file, const std::string &part);

// Pull parser over one part (for the large content parts). Usage:
//   XmlStream s(xml, file, "word/document.xml");
//   while (s.next()) { if (s.is_start() && s.local_name_is("p")) ... }
// next() throws ReadError on malformed XML.
class XmlStream {
public:
    XmlStream(std::string_view xml, const std::string &file, const std::string &part);
    ~XmlStream();
    XmlStream(const XmlStream &) = delete;
    XmlStream &operator=(const XmlStream &) = delete;

    bool next();           // advances; false at the end of the document
    int node_type() const; // XML_READER_TYPE_*
    bool is_start() const; // element start (possibly empty)
    bool is_end() const;   // element end (also reported right after an empty element start)
    bool is_text() const;  // text, CDATA or significant whitespace
    int depth() const;
    const char *local_name() const;    // never null
    const char *namespace_uri() const; // never null ("" when none); valid until next()/skip()
    bool is(const char *ns, const char *local) const;
    std::string attribute(const char *ns, const char *local) const; // "" when absent
    bool has_attribute(const char *ns, const char *local) const;
    std::string text() const; // value of a text node
    // The current element with its whole subtree as DOM nodes, owned by the reader and valid
    // until the next call to next()/skip(). Follow it with skip() to continue after it.
    xmlNode *expand();
    // Moves past the current element's subtree; the next event is what follows it.
    void skip();
    const std::string &file() const { return file_; }
    const std::string &part() const { return part_; }

private:
    xmlTextReader *reader_ = nullptr;
    std::string file_;
    std::string part_;
    bool synthetic_end_ = false; // reporting the end of an empty element (<a/>)
    bool after_skip_ = false;    // skip() already moved to the next event
    bool positioned_after_skip_ = false;
    int type_ = XML_READER_TYPE_NONE; // of the current node, asked for on every test
    bool advance(int rc);
    std::string error_;
    friend void xml_stream_error(void *, xmlError *);
};

} // namespace prikaz::read
