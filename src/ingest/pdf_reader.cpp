// Reads PDF text with poppler's pdftotext in a child process (GPL code stays
// out of our binary; a hostile file can hang or bloat only the child, which
// runs under time and memory limits). The document title comes from pdfinfo.
// Lines come back as laid out on the page, so the text is marked as
// wrapped and the cleaner joins lines that were broken by the page width.
#include "util/line_reader.h"
#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

std::string FirstLineOf(std::string_view s) {
  return std::string(utf8::Trim(s.substr(0, s.find('\n'))));
}

class PdfReader : public DocumentReader {
 public:
  explicit PdfReader(SubprocessLimits limits) : limits_(limits) {}
  std::vector<std::string> Extensions() const override { return {"pdf"}; }

  Result<ExtractedDocuments> Read(const std::filesystem::path& path,
                                  std::string_view bytes) const override {
    const std::string where = path.string();
    if (!bytes.substr(0, 1024).starts_with("%PDF-") &&
        bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
      return Status::InvalidArgument(where + ": not a PDF file (no %PDF- header)");
    }
    // An absolute path can never be mistaken for an option.
    const std::string file = std::filesystem::absolute(path).string();
    auto out = RunSubprocess({"pdftotext", "-enc", "UTF-8", "-eol", "unix", file, "-"}, limits_);
    if (!out.ok()) return out.status().WithContext(where);
    if (out->exit_code != 0) {
      std::string why = FirstLineOf(out->stderr_text);
      return Status::InvalidArgument(where + ": PDF text could not be extracted" +
                                     (why.empty() ? "" : " (" + why + ")"));
    }
    if (!utf8::IsValid(out->stdout_text)) {
      return Status::Corruption(where + ": pdftotext returned invalid UTF-8");
    }
    ExtractedDocument doc;
    doc.format = "pdf";
    doc.text = std::move(out->stdout_text);
    doc.wrapped_lines = true;
    doc.title = TitleFromInfo(file);
    if (doc.title.empty()) doc.title = FirstLineOf(utf8::Trim(doc.text));
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }

 private:
  // The Title field of the PDF's info dictionary, if pdfinfo reports one.
  std::string TitleFromInfo(const std::string& file) const {
    auto info = RunSubprocess({"pdfinfo", "-enc", "UTF-8", file}, limits_);
    if (!info.ok() || info->exit_code != 0) return {};
    LineReader lines(info->stdout_text);
    std::string_view line;
    while (lines.Next(line)) {
      if (line.starts_with("Title:")) {
        std::string title(utf8::Trim(line.substr(6)));
        return utf8::IsValid(title) ? title : std::string();
      }
    }
    return {};
  }

  SubprocessLimits limits_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakePdfReader(SubprocessLimits limits) {
  return std::make_unique<PdfReader>(limits);
}

}  // namespace wenyuan::ingest
