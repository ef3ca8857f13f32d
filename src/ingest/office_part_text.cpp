#include "ingest/office_part_text.h"

#include "ingest/table_text_layout.h"
#include "ingest/xml_scanner.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

// Walks one part's XML and lays out its paragraphs and table rows.
class OfficeTextWriter {
 public:
  explicit OfficeTextWriter(OfficeMarkup markup) : markup_(markup) {}

  void OnTag(const XmlTag& tag) {
    std::string_view name;
    if (!LocalName(tag.name, name)) return;
    const bool word = markup_ == OfficeMarkup::kWordprocessing;
    if (name == "p") {
      if (tag.closing || (tag.self_closing && !word))
        EndParagraph();
      else if (!tag.self_closing)
        paragraph_.clear();
    } else if (word && name == "tab" && !tag.closing) {
      paragraph_ += ' ';
    } else if ((name == "br" || (word && name == "cr")) && !tag.closing) {
      EndParagraph();
    } else if (name == "t") {
      in_text_ = !tag.closing && !tag.self_closing;
    } else if (name == "tr") {
      if (!tag.closing)
        layout_.StartRow();
      else
        layout_.EndRow();
    } else if (name == "tc" && !tag.closing) {
      layout_.StartCell();
    }
  }
  void OnText(std::string_view text) {
    if (in_text_) paragraph_ += text;
  }
  std::string Finish() { return layout_.Finish(); }

 private:
  // The name without its prefix, if it is one this markup reads: "w:" only
  // for WordprocessingML; any prefix for DrawingML (PowerPoint writes "a:",
  // but the prefix is the writer's choice).
  bool LocalName(std::string_view qualified, std::string_view& local) const {
    if (markup_ == OfficeMarkup::kWordprocessing) {
      if (!qualified.starts_with("w:")) return false;
      local = qualified.substr(2);
      return true;
    }
    local = qualified;
    if (size_t colon = local.find(':'); colon != std::string_view::npos) local.remove_prefix(colon + 1);
    return true;
  }

  void EndParagraph() {
    std::string p(utf8::Trim(paragraph_));
    paragraph_.clear();
    if (markup_ == OfficeMarkup::kDrawing) {
      for (char& c : p) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\v') c = ' ';
      }
    }
    layout_.AddParagraph(p);
  }

  const OfficeMarkup markup_;
  TableTextLayout layout_;
  std::string paragraph_;
  bool in_text_ = false;
};

}  // namespace

Result<std::string> ReadOfficePartText(OfficeArchive& archive, std::string_view part, OfficeMarkup markup) {
  WY_ASSIGN_OR_RETURN(std::string xml, archive.ReadXml(part));
  OfficeTextWriter writer(markup);
  Status scanned = ScanXml(
      xml, [&](const XmlTag& t) { writer.OnTag(t); }, [&](std::string_view text) { writer.OnText(text); });
  if (!scanned.ok()) return scanned.WithContext(archive.where() + ": " + std::string(part));
  return writer.Finish();
}

}  // namespace wenyuan::ingest
