#include "ingest/document_preparer.h"

#include <algorithm>
#include <cctype>

#include "util/file_io.h"
#include "util/parallel_for.h"

namespace wenyuan::ingest {

clean::SourceLayout LayoutForFormat(std::string_view format) {
  if (format == "crawl") return clean::SourceLayout::kWebDump;
  if (format == "pdf" || format == "image") return clean::SourceLayout::kPaged;
  if (format == "html" || format == "docx" || format == "xlsx" || format == "pptx") {
    return clean::SourceLayout::kStructured;
  }
  return clean::SourceLayout::kPlainText;
}

bool IsWebPagePath(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".html" || ext == ".htm" || ext == ".xhtml";
}

clean::SiteBoilerplate LearnFolderBoilerplate(const ReaderRegistry& readers, const std::filesystem::path& folder,
                                              size_t max_pages) {
  constexpr uint64_t kMaxPageBytes = 8ull << 20;
  std::vector<std::filesystem::path> pages;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(folder, ec)) {
    if (e.is_regular_file(ec) && IsWebPagePath(e.path())) pages.push_back(e.path());
  }
  std::sort(pages.begin(), pages.end());
  if (pages.size() > max_pages) pages.resize(max_pages);
  std::vector<std::string> texts;
  for (const auto& p : pages) {
    auto bytes = ReadFileToString(p, kMaxPageBytes);
    if (!bytes.ok()) continue;
    const DocumentReader* reader = readers.ForFile(p, *bytes);
    if (!reader) continue;
    auto docs = reader->Read(p, *bytes);
    if (!docs.ok()) continue;
    for (auto& d : *docs) texts.push_back(std::move(d.text));
  }
  std::vector<std::string_view> views(texts.begin(), texts.end());
  return clean::SiteBoilerplate::Learn(views);
}

Result<std::vector<PreparedDocument>> PrepareDocuments(const DocumentReader& reader, const std::filesystem::path& path,
                                                       std::string_view bytes,
                                                       const clean::SiteBoilerplate* folder_site, size_t jobs) {
  WY_ASSIGN_OR_RETURN(ExtractedDocuments extracted, reader.Read(path, bytes));
  return PrepareExtracted(std::move(extracted), folder_site, jobs);
}

std::vector<PreparedDocument> PrepareExtracted(ExtractedDocuments extracted, const clean::SiteBoilerplate* folder_site,
                                               size_t jobs) {
  std::vector<std::string_view> texts;
  for (const auto& d : extracted) texts.push_back(d.text);
  clean::SiteBoilerplate site = clean::SiteBoilerplate::Learn(texts);
  if (folder_site) site.Merge(*folder_site);
  // Each document is cleaned on its own (the site's lines are learnt
  // above), so the work spreads over `jobs` threads; results keep their order.
  std::vector<PreparedDocument> out(extracted.size());
  const clean::SiteBoilerplate* site_lines = site.size() ? &site : nullptr;
  ParallelFor(extracted.size(), jobs, [&](size_t i) {
    ExtractedDocument& doc = extracted[i];
    PreparedDocument& p = out[i];
    clean::SourceLayout layout = doc.wrapped_lines ? clean::SourceLayout::kPaged : LayoutForFormat(doc.format);
    p.cleaned = clean::CleanDocument(doc.text, layout, site_lines);
    // A title the reader took from a line that cleaning dropped (a site
    // banner, a logo) is not the document's.
    bool title_dropped = false;
    const std::string title_key = clean::NormaliseLineKey(clean::RepairText(doc.title));
    for (const auto& d : p.cleaned.dropped) {
      title_dropped |= !doc.title.empty() && clean::NormaliseLineKey(d.text) == title_key;
    }
    p.title = (doc.title.empty() || title_dropped) ? clean::GuessTitle(p.cleaned.text) : doc.title;
    p.extracted = std::move(doc);
  });
  return out;
}

}  // namespace wenyuan::ingest
