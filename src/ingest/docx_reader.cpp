// Reads .docx (Office Open XML): paragraphs in order, each table row as one
// line with its cells joined by " | ", the core properties' title if set.
// The ZIP is read through OfficeArchive, under its caps on unpacked bytes, so
// a zip bomb or a truncated archive ends in an error naming the file and part.
#include <memory>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/office_archive.h"
#include "ingest/table_text_layout.h"
#include "ingest/xml_scanner.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

// Walks word/document.xml and lays out paragraphs and table rows.
class DocxBodyWriter {
 public:
  void OnTag(const XmlTag& tag) {
    const std::string_view name = tag.name;
    if (name == "w:p") {
      if (tag.closing) EndParagraph();
      else if (!tag.self_closing) paragraph_.clear();
    } else if (name == "w:tab" && !tag.closing) {
      paragraph_ += ' ';
    } else if ((name == "w:br" || name == "w:cr") && !tag.closing) {
      EndParagraph();
    } else if (name == "w:t") {
      in_text_ = !tag.closing && !tag.self_closing;
    } else if (name == "w:tr") {
      if (!tag.closing) layout_.StartRow();
      else layout_.EndRow();
    } else if (name == "w:tc" && !tag.closing) {
      layout_.StartCell();
    }
  }
  void OnText(std::string_view text) {
    if (in_text_) paragraph_ += text;
  }
  std::string Finish() { return layout_.Finish(); }

 private:
  void EndParagraph() {
    layout_.AddParagraph(std::string(utf8::Trim(paragraph_)));
    paragraph_.clear();
  }

  TableTextLayout layout_;
  std::string paragraph_;
  bool in_text_ = false;
};

class DocxReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"docx"}; }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path,
                                  std::string_view bytes) const override {
    const std::string where = path.string();
    WY_ASSIGN_OR_RETURN(OfficeArchive zip, OfficeArchive::Open(bytes, where, "DOCX"));
    WY_ASSIGN_OR_RETURN(std::string body, zip.ReadXml("word/document.xml"));
    DocxBodyWriter writer;
    Status scanned = ScanXml(body, [&](const XmlTag& t) { writer.OnTag(t); },
                             [&](std::string_view text) { writer.OnText(text); });
    if (!scanned.ok()) return scanned.WithContext(where + ": word/document.xml");
    ExtractedDocument doc;
    doc.format = "docx";
    doc.text = writer.Finish();
    doc.title = CoreTitle(zip);
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
