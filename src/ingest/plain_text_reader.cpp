// Reads .txt files: decoded to UTF-8, the first non-empty line is the title.
#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/text_decoding.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxTitleCodePoints = 120;

std::string FirstLine(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = utf8::Trim(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    if (!line.empty()) return utf8::SliceCodePoints(line, 0, kMaxTitleCodePoints);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return {};
}

class PlainTextReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"txt", "text"}; }
  Result<ExtractedDocument> Read(const std::filesystem::path& path,
                                 std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(std::string text, DecodeToUtf8(bytes, path.string()));
    ExtractedDocument doc;
    doc.format = "txt";
    doc.title = FirstLine(text);
    doc.date = FindFirstDate(text);
    doc.text = std::move(text);
    return doc;
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakePlainTextReader() { return std::make_unique<PlainTextReader>(); }

}  // namespace wenyuan::ingest
