// A small, forgiving, non-validating XML scanner for the XML inside office
// files: it reports start/end tags and entity-decoded text in order, skips
// comments, processing instructions and declarations, and fails with the byte
// offset on a tag that never closes. No DOM is built; memory is O(1) beyond
// the input. Not for general XML (no namespaces resolution, no DTDs).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::ingest {

struct XmlTag {
  std::string_view name;      // qualified name as written, e.g. "w:p"
  bool closing = false;       // </w:p>
  bool self_closing = false;  // <w:br/>
  // The raw attribute text after the name (`r="B2" t="s"`), undecoded; read
  // it with XmlAttribute.
  std::string_view attributes;
};

Status ScanXml(std::string_view xml, const std::function<void(const XmlTag&)>& on_tag,
               const std::function<void(std::string_view)>& on_text);

// The entity-decoded value of attribute `name` (qualified name as written,
// e.g. "r:id"), or empty if the tag has no such attribute.
std::string XmlAttribute(const XmlTag& tag, std::string_view name);

// Decodes &lt; &gt; &amp; &quot; &apos; and numeric references.
std::string DecodeXmlEntities(std::string_view s);

}  // namespace wenyuan::ingest
