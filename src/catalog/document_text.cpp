#include "catalog/document_text.h"

namespace wenyuan::catalog {

std::string RebuildDocumentText(const std::vector<PassageSlice>& passages) {
  size_t bytes = 0;
  for (const auto& p : passages) bytes += p.text.size();
  std::string out;
  out.reserve(bytes + passages.size());
  int64_t at = 0;  // code points of the document so far
  for (const auto& p : passages) {
    if (p.start > at) out.append(static_cast<size_t>(p.start - at), '\n');
    out.append(p.text);
    at = p.end;
  }
  return out;
}

std::string_view StoredDocumentText(std::string_view text, const std::vector<PassageInput>& passages) {
  if (passages.empty() || text.empty()) return text;
  std::vector<PassageSlice> slices;
  slices.reserve(passages.size());
  for (const auto& p : passages) slices.push_back({p.text, p.start, p.end});
  return RebuildDocumentText(slices) == text ? std::string_view("") : text;
}

}  // namespace wenyuan::catalog
