// What a reader makes of a source file before cleaning: one or more
// documents (a crawl file or a JSONL export holds many), each with its raw
// text in reading order and the metadata the reader found.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace wenyuan::ingest {

struct ExtractedDocument {
  std::string format;  // "txt", "md", "html", "pdf", "docx", "crawl", "jsonl", "record", ...
  // Which document of a many-document file this is ("cn-3", "line-12");
  // empty when the file is one document. Becomes part of the source id.
  std::string part;
  std::string title;                            // may be empty; the ingester then uses the file name
  std::string date;                             // ISO yyyy-mm-dd if the reader found one, else empty
  std::string url;                              // where the document was published, if known
  std::string author;                           // author or issuing body, if stated
  std::map<std::string, std::string> metadata;  // any other fields, as found
  std::string text;                             // UTF-8; paragraphs on their own lines
  bool wrapped_lines = false;                   // lines were broken by layout (PDF), not meaning
  // Problems that did not stop the read, each naming the place ("line 7:
  // 3 invalid bytes replaced"); the ingester reports them.
  std::vector<std::string> warnings;
};

using ExtractedDocuments = std::vector<ExtractedDocument>;

inline ExtractedDocuments OneDocument(ExtractedDocument doc) {
  ExtractedDocuments out;
  out.push_back(std::move(doc));
  return out;
}

}  // namespace wenyuan::ingest
