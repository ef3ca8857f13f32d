// Reads .docx (Office Open XML): paragraphs in order, each table row as one
// line with its cells joined by " | ", the core properties' title if set.
// The ZIP is opened from memory with libzip and each part is read under a
// size cap, so a zip bomb or a truncated archive ends in an error.
#include <zip.h>

#include <memory>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/xml_scanner.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr zip_uint64_t kMaxPartBytes = 64ull << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

Result<std::string> ReadPart(zip_t* zip, const char* name, const std::string& where) {
  zip_int64_t index = zip_name_locate(zip, name, 0);
  if (index < 0) return Status::NotFound(where + ": DOCX has no " + name);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      !(st.valid & ZIP_STAT_SIZE)) {
    return Status::InvalidArgument(where + ": cannot read " + name + " in the DOCX archive");
  }
  if (st.size > kMaxPartBytes) {
    return Status::ResourceExhausted(where + ": " + name + " unpacks to " + std::to_string(st.size) +
                                     " bytes, over the limit of " + std::to_string(kMaxPartBytes));
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0));
  if (!f) return Status::InvalidArgument(where + ": cannot open " + name + " in the DOCX archive");
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_int64_t n = zip_fread(f.get(), out.data(), st.size);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    return Status::InvalidArgument(where + ": " + name + " is damaged in the DOCX archive");
  }
  return out;
}

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
      if (!tag.closing) rows_.emplace_back();
      else if (!rows_.empty()) EndRow();
    } else if (name == "w:tc" && !rows_.empty()) {
      if (!tag.closing) rows_.back().emplace_back();
    }
  }
  void OnText(std::string_view text) {
    if (in_text_) paragraph_ += text;
  }
  std::string Finish() { return std::move(out_); }

 private:
  void EndParagraph() {
    std::string p(utf8::Trim(paragraph_));
    paragraph_.clear();
    if (p.empty()) return;
    if (!rows_.empty() && !rows_.back().empty()) {
      std::string& cell = rows_.back().back();
      if (!cell.empty()) cell += ' ';
      cell += p;
      return;
    }
    out_ += p;
    out_ += '\n';
  }
  void EndRow() {
    std::string line;
    for (const auto& cell : rows_.back()) {
      if (cell.empty()) continue;
      if (!line.empty()) line += " | ";
      line += cell;
    }
    rows_.pop_back();
    if (line.empty()) return;
    if (!rows_.empty() && !rows_.back().empty()) {  // a table inside a cell
      std::string& cell = rows_.back().back();
      if (!cell.empty()) cell += ' ';
      cell += line;
      return;
    }
    out_ += line;
    out_ += '\n';
  }

  std::string out_;
  std::string paragraph_;
  bool in_text_ = false;
  std::vector<std::vector<std::string>> rows_;  // open rows, innermost last
};

std::string CoreTitle(std::string_view core_xml) {
  std::string title;
  bool in_title = false;
  ScanXml(core_xml, [&](const XmlTag& tag) {
    if (tag.name == "dc:title") in_title = !tag.closing && !tag.self_closing;
  }, [&](std::string_view text) {
    if (in_title) title += text;
  });
  return std::string(utf8::Trim(title));
}

class DocxReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"docx"}; }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path,
                                  std::string_view bytes) const override {
    const std::string where = path.string();
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!src) return Status::Internal(where + ": cannot create a ZIP source");
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(src, ZIP_RDONLY, &error));
    if (!zip) {
      zip_source_free(src);
      std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      return Status::InvalidArgument(where + ": not a DOCX file (ZIP archive unreadable: " + why + ")");
    }
    zip_error_fini(&error);
    WY_ASSIGN_OR_RETURN(std::string body, ReadPart(zip.get(), "word/document.xml", where));
    if (!utf8::IsValid(body)) {
      return Status::InvalidArgument(where + ": word/document.xml is not valid UTF-8");
    }
    DocxBodyWriter writer;
    Status scanned = ScanXml(body, [&](const XmlTag& t) { writer.OnTag(t); },
                             [&](std::string_view text) { writer.OnText(text); });
    if (!scanned.ok()) return scanned.WithContext(where + ": word/document.xml");
    ExtractedDocument doc;
    doc.format = "docx";
    doc.text = writer.Finish();
    auto core = ReadPart(zip.get(), "docProps/core.xml", where);
    if (core.ok() && utf8::IsValid(*core)) doc.title = CoreTitle(*core);
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
