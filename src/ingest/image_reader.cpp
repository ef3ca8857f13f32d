// Reads images of text (.png, .jpg, .jpeg, .tif, .tiff: scans, photographed
// notices, screenshots) with Tesseract OCR in a child process under the tool
// limits, in Traditional and Simplified Chinese and English. The file must
// start like the image format it claims to be (PNG, JPEG or TIFF signature);
// anything else is refused before a tool sees it. Every page of a multi-page
// TIFF is read. The title is left empty (OCR'd first lines are unreliable
// titles), so the ingester uses the file name. Lines are as laid out on the
// image, so the text is marked as wrapped.
#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/ocr.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

std::string_view ImageKind(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return "PNG";
  if (bytes.starts_with("\xFF\xD8\xFF")) return "JPEG";
  if (bytes.starts_with(std::string_view("II*\0", 4)) || bytes.starts_with(std::string_view("MM\0*", 4))) {
    return "TIFF";
  }
  return {};
}

class ImageReader : public DocumentReader {
 public:
  explicit ImageReader(SubprocessLimits limits) : limits_(limits) {}
  std::vector<std::string> Extensions() const override { return {"png", "jpg", "jpeg", "tif", "tiff"}; }

  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    const std::string where = path.string();
    std::string_view kind = ImageKind(bytes);
    if (kind.empty()) {
      return Status::InvalidArgument(where + ": not a PNG, JPEG or TIFF image (unknown signature)");
    }
    auto text = RecogniseText(path, kOcrLanguagesChineseEnglish, limits_);
    if (!text.ok()) return text.status().WithContext(where + ": OCR");
    ExtractedDocument doc;
    doc.format = "image";
    doc.metadata["image_type"] = std::string(kind);
    doc.metadata["ocr"] = std::string(kOcrLanguagesChineseEnglish);
    doc.text = std::move(*text);
    doc.wrapped_lines = true;
    if (utf8::Trim(doc.text).empty()) doc.warnings.push_back("OCR found no text in the image");
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }

 private:
  SubprocessLimits limits_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeImageReader(SubprocessLimits limits) {
  return std::make_unique<ImageReader>(limits);
}

}  // namespace wenyuan::ingest
