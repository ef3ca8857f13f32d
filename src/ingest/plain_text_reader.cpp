// Reads .txt files: decoded to UTF-8 from whichever encoding they use (see
// text_decoding.h; its warnings travel with the document), the first
// non-empty line is the title.
#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/text_decoding.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxTitleCodePoints = 120;

std::string FirstLine(std::string_view text) {
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    line = utf8::Trim(line);
    if (!line.empty()) return utf8::SliceCodePoints(line, 0, kMaxTitleCodePoints);
  }
  return {};
}

class PlainTextReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"txt", "text"}; }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, path.string()));
    std::string text = std::move(decoded.text);
    ExtractedDocument doc;
    doc.format = "txt";
    doc.warnings = std::move(decoded.warnings);
    doc.title = FirstLine(text);
    doc.date = FindFirstDate(text);
    doc.text = std::move(text);
    return OneDocument(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakePlainTextReader() { return std::make_unique<PlainTextReader>(); }

}  // namespace wenyuan::ingest
