// Reads .pptx (Office Open XML presentations): one block per slide, in the
// order of the slide parts' numbers (ppt/slides/slide1.xml, slide2.xml, …,
// slide10.xml), blocks separated by a blank line. Within a slide each
// paragraph (a:p) is one line made of its text runs (a:t); a line break
// (a:br) starts a new line; a table row (a:tr) is one line with its cells
// joined by " | ", as the DOCX reader does (ingest/office_part_text.h). The
// title is the first slide's first line. Speaker notes and slide masters
// are not read.
//
// Limits: the archive's caps on unpacked bytes (OfficeArchive) and on the
// number of slides.
#include <algorithm>
#include <charconv>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/office_archive.h"
#include "ingest/office_part_text.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxSlides = 10000;

// "ppt/slides/slide12.xml" → 12; 0 for any other name.
size_t SlideNumber(std::string_view name) {
  constexpr std::string_view kPrefix = "ppt/slides/slide";
  constexpr std::string_view kSuffix = ".xml";
  if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return 0;
  std::string_view digits = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
  size_t n = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || p != digits.data() + digits.size() || digits.empty()) return 0;
  return n;
}

class PptxReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"pptx"}; }

  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    const std::string where = path.string();
    WY_ASSIGN_OR_RETURN(OfficeArchive zip, OfficeArchive::Open(bytes, where, "PPTX"));
    std::vector<std::pair<size_t, std::string>> slides;
    for (auto& name : zip.Names()) {
      if (size_t n = SlideNumber(name); n > 0) slides.emplace_back(n, std::move(name));
    }
    if (slides.empty()) {
      if (!zip.Has("ppt/presentation.xml")) {
        return Status::InvalidArgument(where + ": not a PPTX file (no ppt/presentation.xml)");
      }
    }
    if (slides.size() > kMaxSlides) {
      return Status::ResourceExhausted(where + ": " + std::to_string(slides.size()) + " slides, over the limit of " +
                                       std::to_string(kMaxSlides));
    }
    std::sort(slides.begin(), slides.end());
    ExtractedDocument doc;
    doc.format = "pptx";
    for (const auto& [number, part] : slides) {
      WY_ASSIGN_OR_RETURN(std::string block, ReadOfficePartText(zip, part, OfficeMarkup::kDrawing));
      if (block.empty()) continue;
      if (!doc.text.empty())
        doc.text += '\n';
      else
        doc.title = block.substr(0, block.find('\n'));
      doc.text += block;
    }
    if (slides.empty()) doc.warnings.push_back("the presentation has no slides");
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakePptxReader() { return std::make_unique<PptxReader>(); }

}  // namespace wenyuan::ingest
