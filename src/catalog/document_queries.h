// Read and delete queries over one KB's documents that the HTTP API needs
// beyond Catalog's ingest-side calls: a filtered, paged document listing, a
// document's text and passages, per-KB statistics, and deleting a document
// (with its source-file record once the file holds no other document) in
// one transaction. The search index follows the catalog (it reconciles
// itself on open), so nothing here touches an index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace wenyuan::catalog {

struct DocumentFilter {
  std::string source;  // documents whose source contains this (empty: any)
  std::string text;    // ... whose title or source contains this (empty: any)
  int64_t offset = 0;
  int64_t limit = 50;
};

struct DocumentPage {
  std::vector<DocumentRecord> documents;  // ordered by id
  int64_t total = 0;                      // matching documents, all pages
};

struct KbStats {
  int64_t documents = 0;
  int64_t passages = 0;
  int64_t sources = 0;      // source files ingested
  int64_t text_bytes = 0;   // bytes of cleaned text stored
  std::string last_ingest;  // ISO 8601 UTC, empty if nothing was ingested
};

Result<DocumentPage> ListDocuments(Catalog& catalog, int64_t kb_id, const DocumentFilter& filter);
// The document `id` if it belongs to the KB; NotFound otherwise.
Result<DocumentRecord> GetKbDocument(Catalog& catalog, int64_t kb_id, int64_t id);
Result<std::string> GetDocumentText(Catalog& catalog, int64_t id);
// The document's passages in order (title/source/date filled in).
Result<std::vector<PassageRecord>> ListDocumentPassages(Catalog& catalog, int64_t id);
Result<KbStats> GetKbStats(Catalog& catalog, int64_t kb_id);

// The path of the source file the document came from, if it has one.
Result<std::optional<std::string>> DocumentSourcePath(Catalog& catalog, int64_t id);
// Deletes the document and its passages; if its source file then holds no
// documents, the file's record goes too (so ingesting the file again adds
// it back). One transaction. Returns the path of a file record removed.
Result<std::optional<std::string>> DeleteKbDocument(Catalog& catalog, int64_t kb_id, int64_t id);
// Makes the next ingest of `path` in the KB treat the file as changed.
Status ForgetSourceFileHash(Catalog& catalog, int64_t kb_id, const std::string& path);

}  // namespace wenyuan::catalog
