// Orphaned near-duplicates: a document kept as a near-duplicate has no
// passages of its own, so its text is found only through its original.
// When the original is deleted (its link cleared), changed beyond the
// near-duplicate distance, or has itself become a duplicate, the text can
// no longer be found. Ingest promotes such documents in the transaction
// that orphans them; these functions find and promote the ones anything
// else left (a document deleted through the API, a catalog from before),
// for the next ingest and for `wenyuan check`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "ingest/passage_chunker.h"

namespace wenyuan::ingest {

// The KB's documents that have no passages but text that makes some, and
// no original within the near-duplicate distance that holds it.
Result<std::vector<int64_t>> FindOrphanedDuplicates(catalog::Catalog& catalog, int64_t kb_id,
                                                    const ChunkOptions& chunking = {});

struct OrphanRepair {
  std::vector<int64_t> promoted;   // documents given passages
  std::vector<std::string> files;  // their source files, once each
};

// Gives each orphaned near-duplicate passages of its own (one transaction).
Result<OrphanRepair> PromoteOrphanedDuplicates(catalog::Catalog& catalog, int64_t kb_id,
                                               const ChunkOptions& chunking = {});

}  // namespace wenyuan::ingest
