// The rows of the catalog as plain structs: knowledge bases, documents and
// passages. Offsets are code points into the document's stored text.
#pragma once

#include <cstdint>
#include <string>

namespace wenyuan::catalog {

struct KnowledgeBase {
  int64_t id = 0;
  std::string name;
  std::string created_at;  // ISO 8601 UTC
  int64_t document_count = 0;
  int64_t passage_count = 0;
};

// What an ingest writes for one document.
struct DocumentInput {
  std::string source;        // absolute path or URL; unique within a KB
  std::string title;
  std::string date;          // as found in the document, may be empty
  std::string format;        // "txt", "md", "html", "pdf", "docx"
  std::string content_hash;  // SHA-256 of the source bytes
  std::string text;          // the cleaned text passages point into
};

struct PassageInput {
  std::string text;
  int64_t start = 0;  // [start, end) in the document text, code points
  int64_t end = 0;
};

struct DocumentRecord {
  int64_t id = 0;
  int64_t kb_id = 0;
  std::string source;
  std::string title;
  std::string date;
  std::string format;
  std::string content_hash;
  std::string ingested_at;
  int64_t passage_count = 0;
};

// A passage with what a search result or citation needs of its document.
struct PassageRecord {
  int64_t id = 0;           // row id; not the public passage id
  int64_t document_id = 0;
  int64_t number = 0;       // 0-based within the document
  std::string text;
  int64_t start = 0;
  int64_t end = 0;
  std::string title;        // of the document
  std::string source;       // of the document
  std::string date;         // of the document
};

// The stable public id DESIGN.md defines: "<kb>/<document id>#<number>".
std::string PassageId(const std::string& kb, int64_t document_id, int64_t number);

}  // namespace wenyuan::catalog
