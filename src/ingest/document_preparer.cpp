#include "ingest/document_preparer.h"

#include <algorithm>
#include <cctype>

#include "ingest/date_finder.h"
#include "util/file_io.h"
#include "util/parallel_for.h"

namespace wenyuan::ingest {

clean::SourceLayout LayoutForFormat(std::string_view format) {
  if (format == "crawl") return clean::SourceLayout::kWebDump;
  if (format == "pdf" || format == "image") return clean::SourceLayout::kPaged;
  if (format == "html") return clean::SourceLayout::kWebPage;
  if (format == "docx" || format == "xlsx" || format == "pptx") {
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
                                              const FolderLearningLimits& limits) {
  std::vector<std::filesystem::path> pages;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(folder, ec)) {
    std::error_code size_ec;
    if (e.is_regular_file(size_ec) && IsWebPagePath(e.path()) && e.file_size(size_ec) <= limits.max_page_bytes &&
        !size_ec) {
      pages.push_back(e.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  if (pages.size() > limits.max_pages) pages.resize(limits.max_pages);
  std::vector<std::string> texts;
  uint64_t total = 0;
  const Deadline deadline(limits.max_time);
  for (const auto& p : pages) {
    if (deadline.Passed()) break;
    auto bytes = ReadFileToString(p, limits.max_page_bytes);
    if (!bytes.ok()) continue;
    total += bytes->size();
    if (total > limits.max_total_bytes) break;
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
                                                       const clean::SiteBoilerplate* folder_site, size_t jobs,
                                                       const ResourceLimits& limits) {
  WY_ASSIGN_OR_RETURN(ExtractedDocuments extracted, reader.Read(path, bytes));
  for (const auto& d : extracted) {
    WY_RETURN_IF_ERROR(
        CheckDocumentChars(d.text, limits, d.part.empty() ? path.string() : path.string() + "#" + d.part));
  }
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
    p.cleaned = clean::CleanDocument(doc.text, layout, site_lines,
                                     layout == clean::SourceLayout::kWebPage ? doc.title : std::string());
    // A title the reader took from a line that cleaning dropped (a site
    // banner, a logo) is not the document's.
    bool title_dropped = false;
    const std::string title_key = clean::NormaliseLineKey(clean::RepairText(doc.title));
    for (const auto& d : p.cleaned.dropped) {
      title_dropped |= !doc.title.empty() && clean::NormaliseLineKey(d.text) == title_key;
    }
    // The document's own structure first (a 標題 field, the subject of an
    // official letter, a heading that is not a letterhead).
    const std::string reader_title = title_dropped ? std::string{} : clean::RepairText(doc.title);
    p.title = clean::ChooseTitle(reader_title, doc.format != "txt", p.cleaned.text);
    // Cover-page fields are the document's metadata.
    for (const auto& [name, value] : p.cleaned.fields) {
      doc.metadata.emplace(name, value);
      if (doc.date.empty() && (name == "報告日期" || name == "报告日期" || name == "出版年月")) {
        doc.date = FindFirstDate(value);
      }
    }
    p.extracted = std::move(doc);
  });
  return out;
}

}  // namespace wenyuan::ingest
