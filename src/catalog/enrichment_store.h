// EnrichmentStore: what enrichment (src/enrich/) found about each document,
// kept in the catalog beside it: keywords and summary as JSON (the catalog
// does not interpret them), and categories as rows, so that search can
// filter by them and count them (facets) with an index. Deleting a document
// deletes its enrichment (foreign keys), and so does changing it. Each Save
// is one transaction (a savepoint inside a caller's larger one).
// Use from one thread at a time, like the Catalog whose connection it uses.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalog/sqlite_db.h"
#include "util/status.h"

namespace wenyuan::catalog {

struct StoredCategory {
  std::string taxonomy;
  std::string category;
  int64_t count = 0;
};

struct StoredEnrichment {
  std::string keywords_json = "[]";
  std::string summary_json = "[]";
  std::vector<StoredCategory> categories;
  std::string enriched_at;  // set by Save
};

// taxonomy → category → documents
using FacetCounts = std::map<std::string, std::map<std::string, int64_t>>;

class EnrichmentStore {
 public:
  explicit EnrichmentStore(SqliteDb& db) : db_(db) {}

  Status Save(int64_t document_id, const StoredEnrichment& enrichment);
  Result<std::optional<StoredEnrichment>> Load(int64_t document_id);

  // Category counts over the given documents (each document counts once per
  // category it has).
  Result<FacetCounts> Facets(const std::vector<int64_t>& document_ids);
  // The KB's documents that have the category.
  Result<std::vector<int64_t>> DocumentsWithCategory(int64_t kb_id, const std::string& taxonomy,
                                                     const std::string& category);

  // Every (document, taxonomy, category) of the KB's documents, by document
  // id ascending (search keeps them in memory: search/category_columns.h).
  Status ForEachCategory(
      int64_t kb_id,
      const std::function<void(int64_t document_id, const std::string& taxonomy, const std::string& category)>& row);

  // The KB's documents with no enrichment, ascending: new ones, changed
  // ones (replacing a document's text drops its enrichment in the same
  // transaction), and any a crash left before enrichment was saved.
  Result<std::vector<int64_t>> UnenrichedDocumentIds(int64_t kb_id);

  // Every document id of the KB, ascending. (A document's stored text:
  // GetDocumentText in catalog/document_queries.h.)
  Result<std::vector<int64_t>> DocumentIds(int64_t kb_id);

 private:
  SqliteDb& db_;
};

}  // namespace wenyuan::catalog
