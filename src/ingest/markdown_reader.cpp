// Reads Markdown: headings, emphasis, links, images, code fences and table
// rules are reduced to their text, list markers, HTML comments and DocFX
// markers ([!NOTE], [!include[…](…)]) dropped; the first heading is the
// title. Lines stay lines, so lists and headings keep their own paragraphs.
#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/text_decoding.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

// "[text](url)" → "text", "![alt](src)" → "alt", "**x**"/"__x__"/"`x`" → "x".
std::string StripInline(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '!' && i + 1 < line.size() && line[i + 1] == '[') continue;
    if (c == '[') {
      size_t close = line.find(']', i);
      if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == '(') {
        size_t paren = line.find(')', close);
        if (paren != std::string_view::npos) {
          out += StripInline(line.substr(i + 1, close - i - 1));  // "[`code`](url)"
          i = paren;
          continue;
        }
      }
    }
    if (c == '*' || c == '`') continue;
    if (c == '_' && i + 1 < line.size() && line[i + 1] == '_') {
      ++i;
      continue;
    }
    out += c;
  }
  return out;
}

bool IsTableRule(std::string_view line) {
  if (line.find('-') == std::string_view::npos) return false;
  return line.find_first_not_of("|-: ") == std::string_view::npos;
}

class MarkdownReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"md", "markdown"}; }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, path.string()));
    const std::string& raw = decoded.text;
    ExtractedDocument doc;
    doc.format = "md";
    doc.warnings = std::move(decoded.warnings);
    LineReader lines(raw);
    std::string_view line;
    bool in_code = false;  // inside a fenced code block: lines stay as written
    while (lines.Next(line)) {
      std::string_view t = utf8::Trim(line);
      if (t.starts_with("```") || t.starts_with("~~~")) {
        in_code = !in_code;
        continue;
      }
      if (in_code) {
        doc.text += t;
        doc.text += '\n';
        continue;
      }
      if (IsTableRule(t)) continue;
      bool heading = false;
      while (t.starts_with("#")) {
        t.remove_prefix(1);
        heading = true;
      }
      if (t.starts_with(">")) t = utf8::Trim(t.substr(1));
      // Markup with no text: an HTML comment, a DocFX include or alert
      // marker ("[!include[banner](b.md)]", "[!NOTE]").
      if ((t.starts_with("<!--") && t.ends_with("-->")) || (t.starts_with("[!") && t.ends_with("]"))) continue;
      // A list item's marker; the item stays its own line.
      if (t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ")) t = utf8::Trim(t.substr(2));
      if (t.starts_with("|")) t.remove_prefix(1);
      if (t.ends_with("|")) t.remove_suffix(1);
      std::string text = StripInline(utf8::Trim(t));
      if (heading && doc.title.empty()) doc.title = text;
      doc.text += text;
      doc.text += '\n';
    }
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeMarkdownReader() { return std::make_unique<MarkdownReader>(); }

}  // namespace wenyuan::ingest
