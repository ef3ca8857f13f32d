#include "export/draft_file.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "export/zip_writer.h"
#include "util/markup_escape.h"

namespace wenyuan::exporting {
namespace {

// Text escaped for XML; characters XML 1.0 cannot hold are dropped.
// A line cut into text and citation markers: [n] with 1 <= n <= `sources`
// is a citation; anything else is text.
struct Piece {
  std::string text;
  size_t citation = 0;  // 0: text
};

std::vector<Piece> SplitCitations(std::string_view line, size_t sources) {
  std::vector<Piece> out;
  std::string text;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '[') {
      size_t j = i + 1;
      size_t n = 0;
      while (j < line.size() && j - i <= 4 && std::isdigit(static_cast<unsigned char>(line[j]))) {
        n = n * 10 + static_cast<size_t>(line[j] - '0');
        ++j;
      }
      if (j > i + 1 && j < line.size() && line[j] == ']' && n >= 1 && n <= sources) {
        if (!text.empty()) out.push_back({std::move(text), 0});
        text.clear();
        out.push_back({"", n});
        i = j + 1;
        continue;
      }
    }
    text += line[i++];
  }
  if (!text.empty()) out.push_back({std::move(text), 0});
  return out;
}

std::vector<std::string_view> Lines(std::string_view body) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view line = body.substr(pos, nl - pos);
    if (!line.empty()) out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

// One paragraph of the document: an optional bold lead ("主旨：") and a line.
struct Paragraph {
  std::string lead;
  std::string line;
};

std::vector<Paragraph> Paragraphs(const answer::Draft& draft) {
  std::vector<Paragraph> out;
  if (!draft.label.empty()) out.push_back({"", "（" + draft.label + "：以下各段為資料原文摘錄，請改寫後使用）"});
  for (const answer::DraftSection& s : draft.sections) {
    std::vector<std::string_view> lines = Lines(s.body);
    if (lines.size() == 1) {
      out.push_back({s.heading + "：", std::string(lines[0])});
      continue;
    }
    out.push_back({s.heading + "：", ""});
    for (std::string_view line : lines) out.push_back({"", std::string(line)});
  }
  return out;
}

std::string OdtContent(const answer::Draft& draft) {
  std::string body;
  body += "<text:h text:outline-level=\"1\">" + EscapeMarkup(draft.title) + "</text:h>\n";
  size_t note = 0;
  for (const Paragraph& p : Paragraphs(draft)) {
    body += "<text:p text:style-name=\"Body\">";
    if (!p.lead.empty()) body += "<text:span text:style-name=\"Lead\">" + EscapeMarkup(p.lead) + "</text:span>";
    for (const Piece& piece : SplitCitations(p.line, draft.evidence.size())) {
      if (piece.citation == 0) {
        body += EscapeMarkup(piece.text);
        continue;
      }
      ++note;
      body += "<text:note text:id=\"ftn" + std::to_string(note) +
              "\" text:note-class=\"footnote\"><text:note-citation>" + std::to_string(note) +
              "</text:note-citation><text:note-body><text:p text:style-name=\"Footnote\">" +
              EscapeMarkup(SourceNote(draft.evidence[piece.citation - 1])) + "</text:p></text:note-body></text:note>";
    }
    body += "</text:p>\n";
  }
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
         R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
         R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
         R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:automatic-styles>
<style:style style:name="Lead" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" style:font-name-asian="標楷體"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
</office:automatic-styles>
<office:body><office:text>
)" + body +
         "</office:text></office:body></office:document-content>\n";
}

Result<std::string> WriteOdt(const answer::Draft& draft) {
  ZipWriter zip;
  zip.Add("mimetype", "application/vnd.oasis.opendocument.text", /*stored=*/true);
  zip.Add("content.xml", OdtContent(draft));
  zip.Add("styles.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                        R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
                        R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:default-style></office:styles>
</office:document-styles>
)");
  zip.Add("meta.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                      R"(xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><dc:title>)" +
                          EscapeMarkup(draft.title) + "</dc:title><dc:subject>" + EscapeMarkup(draft.request) +
                          "</dc:subject></office:meta></office:document-meta>\n");
  zip.Add("META-INF/manifest.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)");
  return zip.Finish();
}

constexpr const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string WordRun(std::string_view text, bool bold) {
  std::string run = "<w:r>";
  if (bold) run += "<w:rPr><w:b/><w:bCs/></w:rPr>";
  return run + "<w:t xml:space=\"preserve\">" + EscapeMarkup(text) + "</w:t></w:r>";
}

Result<std::string> WriteDocx(const answer::Draft& draft) {
  std::string body =
      "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr>"
      "<w:t>" +
      EscapeMarkup(draft.title) + "</w:t></w:r></w:p>\n";
  std::string notes;
  size_t note = 0;
  for (const Paragraph& p : Paragraphs(draft)) {
    body += "<w:p>";
    if (!p.lead.empty()) body += WordRun(p.lead, true);
    for (const Piece& piece : SplitCitations(p.line, draft.evidence.size())) {
      if (piece.citation == 0) {
        body += WordRun(piece.text, false);
        continue;
      }
      ++note;
      const std::string id = std::to_string(note);
      body +=
          "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"" + id + "\"/></w:r>";
      notes += "<w:footnote w:id=\"" + id +
               "\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>" +
               WordRun(" " + SourceNote(draft.evidence[piece.citation - 1]), false) + "</w:p></w:footnote>\n";
    }
    body += "</w:p>\n";
  }
  const std::string head = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
  ZipWriter zip;
  zip.Add("[Content_Types].xml", head + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
)");
  zip.Add("_rels/.rels", head + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
)");
  zip.Add(
      "docProps/core.xml",
      head +
          R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>)" +
          EscapeMarkup(draft.title) + "</dc:title><dc:subject>" + EscapeMarkup(draft.request) +
          "</dc:subject></cp:coreProperties>\n");
  zip.Add("word/_rels/document.xml.rels",
          head + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>
)");
  zip.Add("word/document.xml",
          head + "<w:document xmlns:w=\"" + kWordNs + "\"><w:body>\n" + body +
              "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>\n");
  zip.Add("word/footnotes.xml", head + "<w:footnotes xmlns:w=\"" + kWordNs + "\">\n" +
                                    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>"
                                    "</w:p></w:footnote>\n<w:footnote w:type=\"continuationSeparator\" w:id=\"0\">"
                                    "<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\n" +
                                    notes + "</w:footnotes>\n");
  return zip.Finish();
}

}  // namespace

Result<DraftFileFormat> ParseDraftFileFormat(std::string_view name) {
  if (name == "odt") return DraftFileFormat::kOdt;
  if (name == "docx") return DraftFileFormat::kDocx;
  return Status::InvalidArgument("unknown draft file format '" + std::string(name) + "' (odt or docx)");
}

Result<DraftFileFormat> DraftFileFormatFor(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".odt") return DraftFileFormat::kOdt;
  if (ext == ".docx") return DraftFileFormat::kDocx;
  return Status::InvalidArgument(path.string() + ": a draft is written as .odt or .docx, not '" + ext + "'");
}

std::string_view MimeTypeOf(DraftFileFormat format) {
  return format == DraftFileFormat::kOdt ? "application/vnd.oasis.opendocument.text"
                                         : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

std::string_view ExtensionOf(DraftFileFormat format) { return format == DraftFileFormat::kOdt ? ".odt" : ".docx"; }

std::string SourceNote(const answer::Evidence& e) {
  const answer::Citation& c = e.citation;
  std::string note = c.title.empty() ? c.passage_id : c.title;
  if (!c.source.empty()) note += "（" + c.source + "）";
  note += "，" + c.passage_id + " 第" + std::to_string(c.begin) + "–" + std::to_string(c.end) + "字";
  return note;
}

Result<std::string> WriteDraftFile(const answer::Draft& draft, DraftFileFormat format) {
  return format == DraftFileFormat::kOdt ? WriteOdt(draft) : WriteDocx(draft);
}

}  // namespace wenyuan::exporting
