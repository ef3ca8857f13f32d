// Reads .docx (Office Open XML): paragraphs in order, each table row as one
// line with its cells joined by " | " (ingest/office_part_text.h), the core
// properties' title if set.
// The ZIP is read through OfficeArchive, under its caps on unpacked bytes, so
// a zip bomb or a truncated archive ends in an error naming the file and part.
#include <memory>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/office_archive.h"
#include "ingest/office_part_text.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

class DocxReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"docx"}; }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    const std::string where = path.string();
    WY_ASSIGN_OR_RETURN(OfficeArchive zip, OfficeArchive::Open(bytes, where, "DOCX"));
    ExtractedDocument doc;
    doc.format = "docx";
    WY_ASSIGN_OR_RETURN(doc.text, ReadOfficePartText(zip, "word/document.xml", OfficeMarkup::kWordprocessing));
    doc.title = CoreTitle(zip, doc.warnings);
    if (doc.title.empty()) {
      doc.title = std::string(utf8::Trim(std::string_view(doc.text).substr(0, doc.text.find('\n'))));
    }
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeDocxReader() { return std::make_unique<DocxReader>(); }

}  // namespace wenyuan::ingest
