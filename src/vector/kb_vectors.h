// Keeping a knowledge base's vectors in step with its passages. The store
// lives in DATA/kbs/<kb>/vectors/ (VectorStore's folder). UpdateKbVectors
// is what ingest, delete and search call: it embeds the passages the store
// lacks or whose text changed, drops the ones the catalog no longer has, and
// saves only if anything changed, so calling it when nothing changed costs
// one pass over the passages and no embedding. A store made by another
// embedder (name or dimensions differ) is replaced, never mixed. Updates
// of one folder are serialised by a lock file (`vectors/lock`, flock), so
// concurrent searches and ingests, in one process or several, are safe.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "catalog/records.h"
#include "util/status.h"
#include "vector/embedder.h"
#include "vector/vector_store.h"

namespace wenyuan::vector {

// What an embedder is given for a passage: its document title, a line
// break, its text.
std::string EmbeddingText(const catalog::PassageRecord& passage);

struct VectorSyncReport {
  size_t added = 0;    // embedded now (new or changed)
  size_t removed = 0;  // gone from the catalog
  size_t unchanged = 0;
  bool replaced = false;  // the old store was another embedder's
};

// `store` brought in line with `passages`, embedding `batch` texts a call.
Result<VectorSyncReport> SyncVectors(VectorStore& store, const std::vector<catalog::PassageRecord>& passages,
                                     Embedder& embedder, size_t batch = 64);

// Loads `dir`'s store (a new one if there is none or another embedder made
// it), syncs it and saves it when it changed. Corruption is returned as is.
Result<std::unique_ptr<VectorStore>> UpdateKbVectors(const std::filesystem::path& dir,
                                                     const std::vector<catalog::PassageRecord>& passages,
                                                     Embedder& embedder, VectorSyncReport* report = nullptr);

}  // namespace wenyuan::vector
