#include <algorithm>
#include <cctype>

#include "ingest/document_reader.h"

namespace wenyuan::ingest {

ReaderRegistry::ReaderRegistry(SubprocessLimits tool_limits, ResourceLimits limits) : limits_(limits) {
  // Content sniffers first: ForFile asks readers in this order.
  readers_.push_back(MakeCrawlReader());
  readers_.push_back(MakeJsonlReader());
  readers_.push_back(MakeRecordReader());
  readers_.push_back(MakePlainTextReader());
  readers_.push_back(MakeMarkdownReader());
  readers_.push_back(MakeHtmlReader());
  readers_.push_back(MakePdfReader(tool_limits));
  readers_.push_back(MakeDocxReader());
  readers_.push_back(MakeXlsxReader(limits));
  readers_.push_back(MakePptxReader());
  readers_.push_back(MakeImageReader(tool_limits));
}

const DocumentReader* ReaderRegistry::ForPath(const std::filesystem::path& path) const {
  std::string ext = path.extension().string();
  if (ext.empty()) return nullptr;
  ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& reader : readers_) {
    auto exts = reader->Extensions();
    if (std::find(exts.begin(), exts.end(), ext) != exts.end()) return reader.get();
  }
  return nullptr;
}

const DocumentReader* ReaderRegistry::ForFile(const std::filesystem::path& path, std::string_view bytes) const {
  constexpr size_t kSniffBytes = 4096;
  std::string_view head = bytes.substr(0, kSniffBytes);
  for (const auto& reader : readers_) {
    if (reader->RecognisesContent(head)) return reader.get();
  }
  return ForPath(path);
}

std::vector<std::string> ReaderRegistry::Extensions() const {
  std::vector<std::string> out;
  for (const auto& reader : readers_) {
    for (auto& e : reader->Extensions()) out.push_back(e);
  }
  return out;
}

}  // namespace wenyuan::ingest
