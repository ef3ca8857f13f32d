// What a reader makes of one source file before cleaning: the raw text in
// reading order, the title and date it found, and the format's name.
#pragma once

#include <string>

namespace wenyuan::ingest {

struct ExtractedDocument {
  std::string format;  // "txt", "md", "html", "pdf", "docx"
  std::string title;   // may be empty; the ingester then uses the file name
  std::string date;    // ISO yyyy-mm-dd if the reader found one, else empty
  std::string text;    // UTF-8; paragraphs on their own lines
  bool wrapped_lines = false;  // lines were broken by layout (PDF), not meaning
};

}  // namespace wenyuan::ingest
