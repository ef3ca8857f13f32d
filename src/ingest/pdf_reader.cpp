// Reads PDF text with poppler's pdftotext in a child process (GPL code stays
// out of our binary; a hostile file can hang or bloat only the child, which
// runs under time and memory limits). The document title comes from pdfinfo
// unless it is a placeholder (a file name, "Untitled"); then it is the first
// line of the text.
//
// Page by page: pdftotext's output is split at its form feeds, the running
// headers, footers and page numbers are taken off every page
// (pdf_page_furniture.h), and the pages are joined with a line break, so a
// sentence that runs over a page break can still be joined by the cleaner.
// Lines come back as laid out on the page, so the text is marked as wrapped.
//
// Pages without a text layer (scans: next to no readable text, but an
// image) are rendered with pdftoppm at 300 dpi into a private temporary
// directory and read with Tesseract OCR (Traditional and Simplified
// Chinese), each tool a child process under the limits; the OCR text
// replaces the page's own when it holds more. A warning lists the pages read
// that way. Without tesseract such pages are skipped with a warning, not a
// failure. Pages with no text and no image (blank pages) are left alone.
//
// Limits, besides the per-tool limits given: at most kMaxPages pages are
// read, at most kMaxOcrPages pages are OCR'd, and OCR stops once it has spent
// kOcrBudget on one document; each cut is reported as a warning.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <map>
#include <optional>
#include <set>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/ocr.h"
#include "ingest/pdf_page_furniture.h"
#include "ingest/scratch_dir.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxPages = 5000;
constexpr size_t kMaxOcrPages = 300;
constexpr std::chrono::seconds kOcrBudget{900};
constexpr int kOcrDpi = 300;
// A page with fewer non-space characters than this (page numbers aside) has
// no real text layer and is a candidate for OCR.
constexpr size_t kMinTextLayerChars = 16;

std::string FirstLineOf(std::string_view s) { return std::string(utf8::Trim(s.substr(0, s.find('\n')))); }

// Code points that carry text, leaving out lines that are only a page
// number: no white space, no controls, and none of what a text layer made
// with a broken font map is full of (U+FFFD, private-use code points).
size_t TextChars(std::string_view page) {
  size_t n = 0;
  LineReader lines(page);
  std::string_view line;
  while (lines.Next(line)) {
    if (ParsePageNumberLine(line)) continue;
    for (size_t pos = 0; pos < line.size();) {
      const char32_t cp = utf8::DecodeNext(line, pos);
      if (utf8::IsSpace(cp) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == utf8::kReplacement ||
          (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
        continue;
      }
      ++n;
    }
  }
  return n;
}

// "1, 3-5, 9" for pages {1, 3, 4, 5, 9}.
std::string PageList(const std::vector<size_t>& pages) {
  std::string out;
  for (size_t i = 0; i < pages.size();) {
    size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (!out.empty()) out += ", ";
    out += std::to_string(pages[i]);
    if (j > i) out += "-" + std::to_string(pages[j]);
    i = j + 1;
  }
  return out;
}

// "page 3 had" / "pages 3-5 had": the subject of a warning and its verb.
std::string PagesHad(const std::vector<size_t>& pages) {
  return (pages.size() == 1 ? "page " : "pages ") + PageList(pages) + " had";
}
std::string WasWere(const std::vector<size_t>& pages) { return pages.size() == 1 ? "was" : "were"; }

// The last non-empty line of a tool's complaint.
std::string Complaint(std::string_view stderr_text) {
  std::string why;
  LineReader lines(stderr_text);
  std::string_view line;
  while (lines.Next(line)) {
    std::string_view t = utf8::Trim(line);
    if (!t.empty()) why = std::string(t);
  }
  if (why.size() > 200 || !utf8::IsValid(why)) why = "unreadable message";
  return why.empty() ? "no message" : why;
}

// Titles that producers fill in by themselves and that say nothing: a file
// name ("報告.docx", "Microsoft Word - 報告.doc"), "Untitled".
bool IsPlaceholderTitle(std::string_view title) {
  std::string lower;
  for (char c : title) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower == "untitled" || lower.starts_with("microsoft word - ") || lower.starts_with("microsoft powerpoint - ")) {
    return true;
  }
  for (std::string_view ext : {".doc", ".docx", ".odt", ".rtf", ".htm", ".html", ".pdf", ".txt", ".xls", ".xlsx",
                               ".ppt", ".pptx", ".tif", ".tiff", ".jpg", ".png"}) {
    if (lower.ends_with(ext)) return true;
  }
  return false;
}

struct PdfInfo {
  std::string title;
  std::optional<size_t> pages;
};

class PdfReader : public DocumentReader {
 public:
  explicit PdfReader(SubprocessLimits limits) : limits_(limits) {}
  std::vector<std::string> Extensions() const override { return {"pdf"}; }

  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    const std::string where = path.string();
    if (!bytes.substr(0, 1024).starts_with("%PDF-") && bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
      return Status::InvalidArgument(where + ": not a PDF file (no %PDF- header)");
    }
    // An absolute path can never be mistaken for an option.
    const std::string file = std::filesystem::absolute(path).string();
    ExtractedDocument doc;
    doc.format = "pdf";
    doc.wrapped_lines = true;
    const PdfInfo info = Info(file);
    doc.title = info.title;

    std::vector<std::string> args{"pdftotext", "-enc", "UTF-8", "-eol", "unix"};
    if (info.pages && *info.pages > kMaxPages) {
      args.insert(args.end(), {"-l", std::to_string(kMaxPages)});
      doc.warnings.push_back("only the first " + std::to_string(kMaxPages) + " of " + std::to_string(*info.pages) +
                             " pages were read (the page limit)");
    }
    args.insert(args.end(), {file, "-"});
    auto out = RunSubprocess(args, limits_);
    if (!out.ok()) return out.status().WithContext(where);
    if (out->exit_code != 0) {
      std::string why = FirstLineOf(out->stderr_text);
      return Status::InvalidArgument(where + ": PDF text could not be extracted" +
                                     (why.empty() ? "" : " (" + why + ")"));
    }
    std::vector<std::string> pages = SplitPages(out->stdout_text);
    for (size_t p = 0; p < pages.size(); ++p) {
      size_t bad = 0;
      if (!utf8::IsValid(pages[p], &bad)) {
        return Status::Corruption(where + ": page " + std::to_string(p + 1) +
                                  ": pdftotext returned invalid UTF-8 (byte " + std::to_string(bad) + ")");
      }
    }
    doc.metadata["pages"] = std::to_string(info.pages.value_or(pages.size()));

    OcrPagesWithoutText(file, pages, doc);

    PagesWithoutFurniture clean = RemovePageFurniture(pages);
    for (const auto& page : clean.pages) {
      if (page.empty()) continue;
      if (!doc.text.empty()) doc.text += '\n';
      doc.text += page;
    }
    if (!doc.text.empty()) doc.text += '\n';
    if (doc.title.empty()) doc.title = FirstLineOf(utf8::Trim(doc.text));
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }

 private:
  // pdftotext ends every page with a form feed.
  static std::vector<std::string> SplitPages(std::string_view text) {
    std::vector<std::string> pages;
    while (!text.empty()) {
      size_t ff = text.find('\f');
      pages.emplace_back(text.substr(0, ff));
      if (ff == std::string_view::npos) break;
      text.remove_prefix(ff + 1);
    }
    return pages;
  }

  // Title and page count from pdfinfo; empty when it cannot tell.
  PdfInfo Info(const std::string& file) const {
    PdfInfo info;
    auto run = RunSubprocess({"pdfinfo", "-enc", "UTF-8", file}, limits_);
    if (!run.ok() || run->exit_code != 0) return info;
    LineReader lines(run->stdout_text);
    std::string_view line;
    while (lines.Next(line)) {
      if (line.starts_with("Title:")) {
        std::string title(utf8::Trim(line.substr(6)));
        if (utf8::IsValid(title) && !IsPlaceholderTitle(title)) info.title = std::move(title);
      } else if (line.starts_with("Pages:")) {
        std::string_view n = utf8::Trim(line.substr(6));
        size_t pages = 0;
        auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), pages);
        if (ec == std::errc() && p == n.data() + n.size()) info.pages = pages;
      }
    }
    return info;
  }

  // Pages (1-based) that hold at least one image, from `pdfimages -list`;
  // nullopt when it cannot tell.
  std::optional<std::set<size_t>> PagesWithImages(const std::string& file, size_t first, size_t last) const {
    auto run =
        RunSubprocess({"pdfimages", "-f", std::to_string(first), "-l", std::to_string(last), "-list", file}, limits_);
    if (!run.ok() || run->exit_code != 0) return std::nullopt;
    std::set<size_t> pages;
    LineReader lines(run->stdout_text);
    std::string_view line;
    while (lines.Next(line)) {
      std::string_view t = utf8::Trim(line);
      size_t page = 0;
      auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), page);
      if (ec == std::errc() && p != t.data() && (p == t.data() + t.size() || *p == ' ')) {
        pages.insert(page);
      }
    }
    return pages;
  }

  // Replaces the text of pages without a text layer by what OCR reads on
  // them, and says so in the document's warnings.
  void OcrPagesWithoutText(const std::string& file, std::vector<std::string>& pages, ExtractedDocument& doc) const {
    std::vector<size_t> candidates;  // 1-based
    for (size_t p = 0; p < pages.size(); ++p) {
      if (TextChars(pages[p]) < kMinTextLayerChars) candidates.push_back(p + 1);
    }
    if (candidates.empty()) return;
    // Pages with no image either are blank or hold vector drawings: nothing to OCR.
    if (auto with_images = PagesWithImages(file, candidates.front(), candidates.back())) {
      std::erase_if(candidates, [&](size_t p) { return !with_images->count(p); });
    }
    if (candidates.empty()) return;

    const auto deadline = std::chrono::steady_clock::now() + kOcrBudget;
    std::optional<ScratchDir> scratch;
    std::vector<size_t> read, over_limit, out_of_time, no_tesseract;
    std::map<std::string, std::vector<size_t>> failed;  // reason → pages
    size_t attempted = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const size_t page = candidates[i];
      if (!no_tesseract.empty()) {
        no_tesseract.push_back(page);
        continue;
      }
      if (attempted >= kMaxOcrPages) {
        over_limit.push_back(page);
        continue;
      }
      if (std::chrono::steady_clock::now() >= deadline) {
        out_of_time.push_back(page);
        continue;
      }
      if (!scratch) {
        auto made = ScratchDir::Create("wenyuan-ocr");
        if (!made.ok()) {
          failed[made.status().message()].push_back(page);
          continue;
        }
        scratch.emplace(std::move(made).value());
      }
      ++attempted;
      auto text = OcrPage(file, page, scratch->path());
      if (!text.ok()) {
        if (text.status().code() == StatusCode::kNotFound)
          no_tesseract.push_back(page);
        else
          failed[text.status().message()].push_back(page);
        continue;
      }
      read.push_back(page);
      if (TextChars(*text) > TextChars(pages[page - 1])) pages[page - 1] = std::move(*text);
    }

    const std::string langs(kOcrLanguagesChinese);
    if (!read.empty()) {
      doc.warnings.push_back(PagesHad(read) + " no text layer and " + WasWere(read) + " read by OCR (tesseract " +
                             langs + ")");
      doc.metadata["ocr_pages"] = PageList(read);
    }
    if (!no_tesseract.empty()) {
      doc.warnings.push_back(PagesHad(no_tesseract) + " no text layer and " + WasWere(no_tesseract) +
                             " skipped: tesseract is not installed (run scripts/setup)");
    }
    for (const auto& [why, list] : failed) {
      doc.warnings.push_back(PagesHad(list) + " no text layer and OCR failed (" + why + "); " + WasWere(list) +
                             " skipped");
    }
    if (!over_limit.empty()) {
      doc.warnings.push_back(PagesHad(over_limit) + " no text layer and " + WasWere(over_limit) +
                             " skipped: over the limit of " + std::to_string(kMaxOcrPages) + " OCR pages per document");
    }
    if (!out_of_time.empty()) {
      doc.warnings.push_back(PagesHad(out_of_time) + " no text layer and " + WasWere(out_of_time) +
                             " skipped: OCR ran past its time budget of " + std::to_string(kOcrBudget.count()) +
                             " s per document");
    }
  }

  // One page rendered to PNG and read by Tesseract; the image is removed
  // straight away so a long scan never fills the disk.
  Result<std::string> OcrPage(const std::string& file, size_t page, const std::filesystem::path& dir) const {
    const std::filesystem::path prefix = dir / ("page-" + std::to_string(page));
    const std::filesystem::path image = prefix.string() + ".png";
    const std::string n = std::to_string(page);
    auto render = RunSubprocess(
        {"pdftoppm", "-r", std::to_string(kOcrDpi), "-f", n, "-l", n, "-png", "-singlefile", file, prefix.string()},
        limits_);
    std::error_code ec;
    if (!render.ok()) {
      std::filesystem::remove(image, ec);
      if (render.status().code() == StatusCode::kNotFound) {
        return Status::Unsupported("pdftoppm is not installed (run scripts/setup)");
      }
      return render.status();
    }
    if (render->exit_code != 0 || !std::filesystem::is_regular_file(image, ec)) {
      std::filesystem::remove(image, ec);
      return Status::InvalidArgument("pdftoppm could not render the page (" + Complaint(render->stderr_text) + ")");
    }
    auto text = RecogniseText(image, kOcrLanguagesChinese, limits_);
    std::filesystem::remove(image, ec);
    return text;
  }

  SubprocessLimits limits_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakePdfReader(SubprocessLimits limits) { return std::make_unique<PdfReader>(limits); }

}  // namespace wenyuan::ingest
