// CategoryColumns: a KB's document categories (what enrichment stored,
// catalog/enrichment_store.h) held in memory as columns, so category:
// filters and facets read no catalog row per query. Built once from the
// catalog and kept by KbSessions until the KB's documents or categories
// change (kb.generation, kb.category_generation). Immutable once built, so
// any number of threads may read it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/enrichment_store.h"
#include "util/status.h"

namespace wenyuan::search {

class CategoryColumns {
 public:
  // Every category row of the KB's documents, read in one query.
  static Result<std::shared_ptr<const CategoryColumns>> Load(catalog::Catalog& catalog, int64_t kb_id);

  // Category counts over `documents` (each document once per category it
  // has; a document given twice counts once), as EnrichmentStore::Facets.
  catalog::FacetCounts Count(const std::vector<int64_t>& documents) const;
  // The documents in the category, ascending; empty if it is unknown.
  std::vector<int64_t> DocumentsWith(const std::string& taxonomy, const std::string& category) const;

  size_t documents() const { return document_ids_.size(); }

 private:
  // Categories interned as (taxonomy, category); per document (sorted ids)
  // a run of category numbers in `categories_` from `starts_`, and per
  // category its documents ascending.
  std::vector<std::pair<std::string, std::string>> names_;
  std::map<std::pair<std::string, std::string>, uint32_t> number_of_;
  std::vector<int64_t> document_ids_;
  std::vector<uint32_t> starts_;  // document_ids_.size() + 1 entries
  std::vector<uint32_t> categories_;
  std::vector<std::vector<int64_t>> documents_of_;
};

}  // namespace wenyuan::search
