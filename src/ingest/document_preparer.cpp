#include "ingest/document_preparer.h"

namespace wenyuan::ingest {

clean::SourceLayout LayoutForFormat(std::string_view format) {
  if (format == "crawl") return clean::SourceLayout::kWebDump;
  if (format == "pdf" || format == "image") return clean::SourceLayout::kPaged;
  if (format == "html" || format == "docx" || format == "xlsx" || format == "pptx") {
    return clean::SourceLayout::kStructured;
  }
  return clean::SourceLayout::kPlainText;
}

Result<std::vector<PreparedDocument>> PrepareDocuments(const DocumentReader& reader,
                                                       const std::filesystem::path& path,
                                                       std::string_view bytes) {
  WY_ASSIGN_OR_RETURN(ExtractedDocuments extracted, reader.Read(path, bytes));
  std::vector<std::string_view> texts;
  for (const auto& d : extracted) texts.push_back(d.text);
  const clean::SiteBoilerplate site = clean::SiteBoilerplate::Learn(texts);
  std::vector<PreparedDocument> out;
  out.reserve(extracted.size());
  for (auto& doc : extracted) {
    PreparedDocument p;
    clean::SourceLayout layout = doc.wrapped_lines ? clean::SourceLayout::kPaged : LayoutForFormat(doc.format);
    p.cleaned = clean::CleanDocument(doc.text, layout, site.size() ? &site : nullptr);
    // A title the reader took from a line that cleaning dropped (a site
    // banner, a logo) is not the document's.
    bool title_dropped = false;
    const std::string title_key = clean::NormaliseLineKey(clean::RepairText(doc.title));
    for (const auto& d : p.cleaned.dropped) {
      title_dropped |= !doc.title.empty() && clean::NormaliseLineKey(d.text) == title_key;
    }
    p.title = (doc.title.empty() || title_dropped) ? clean::GuessTitle(p.cleaned.text) : doc.title;
    p.extracted = std::move(doc);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace wenyuan::ingest
