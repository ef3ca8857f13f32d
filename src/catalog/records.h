// The rows of the catalog as plain structs: knowledge bases, documents and
// passages. Offsets are code points into the document's stored text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wenyuan::catalog {

struct KnowledgeBase {
  int64_t id = 0;
  std::string name;
  std::string created_at;            // ISO 8601 UTC
  std::string settings_json = "{}";  // per-KB choices, a JSON object
  // Bumped by the catalog itself (triggers) with every change of the KB's
  // documents or passages, in the same transaction: equal generations mean
  // equal contents.
  int64_t generation = 0;
  // Bumped the same way with every change of its documents' categories
  // (enrichment), which does not move `generation`.
  int64_t category_generation = 0;
};

// A knowledge base with its sizes, as ListKbs reads them (counters the
// catalog's triggers keep: no counting per call).
struct KbListing {
  KnowledgeBase kb;
  int64_t documents = 0;
  int64_t passages = 0;
};

struct PassageInput {
  std::string text;
  int64_t start = 0;  // [start, end) in the document text, code points
  int64_t end = 0;
};

// What an ingest writes for one document.
struct DocumentInput {
  std::string source;  // "path" or "path#part"; unique within a KB
  std::string title;
  std::string date;          // ISO yyyy-mm-dd, may be empty
  std::string format;        // "txt", "md", "html", "pdf", "docx", "crawl", ...
  std::string content_hash;  // SHA-256 of the document's cleaned text
  std::string text;          // the cleaned text passages point into
  std::string url;
  std::string author;
  std::string script;                // "traditional", "simplified", "mixed", "none"
  std::string metadata_json = "{}";  // other fields, a JSON object
  uint64_t fingerprint = 0;          // SimHash of the text, for near-duplicates
  int64_t duplicate_of = 0;          // the document this one repeats; it then gets no passages
  // Or: it repeats the document at this position in the same
  // ReplaceFileDocuments call (a page crawled twice into one file).
  int duplicate_of_position = -1;
};

// A document with its passages, as one file's ingest writes them.
struct StoredDocument {
  DocumentInput document;
  std::vector<PassageInput> passages;
};

struct SourceFileRecord {
  int64_t id = 0;
  std::string path;
  std::string content_hash;  // SHA-256 of the file's bytes
  int64_t document_count = 0;
  int64_t passage_count = 0;
  int64_t first_document_id = 0;
};

// What replacing one file's documents did.
struct FileReplaceResult {
  std::vector<int64_t> document_ids;  // in the order given
  size_t added = 0;
  size_t updated = 0;
  size_t removed = 0;  // documents the file no longer holds
  std::vector<int64_t> removed_ids;
  // Near-duplicates (of other files) whose original went or changed: they
  // have no passages and nothing to point at until promoted.
  std::vector<int64_t> orphaned_duplicates;
};

// A document without passages and what it is linked to.
struct PassagelessDocument {
  int64_t id = 0;
  uint64_t fingerprint = 0;
  int64_t duplicate_of = 0;  // 0: no link (never one, or its original was deleted)
  bool original_exists = false;
  bool original_is_duplicate = false;
  uint64_t original_fingerprint = 0;
  std::string text;
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
  std::string url;
  std::string author;
  std::string script;
  std::string metadata_json;
  uint64_t fingerprint = 0;
  int64_t duplicate_of = 0;
};

// A passage with what a search result or citation needs of its document.
struct PassageRecord {
  int64_t id = 0;  // row id; not the public passage id
  int64_t document_id = 0;
  int64_t number = 0;  // 0-based within the document
  std::string text;
  int64_t start = 0;
  int64_t end = 0;
  std::string title;   // of the document
  std::string source;  // of the document
  std::string date;    // of the document
};

// The stable public id DESIGN.md defines: "<kb>/<document id>#<number>".
std::string PassageId(const std::string& kb, int64_t document_id, int64_t number);

}  // namespace wenyuan::catalog
