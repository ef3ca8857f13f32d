#include "ingest/orphaned_duplicates.h"

#include <algorithm>

#include "clean/near_duplicate.h"

namespace wenyuan::ingest {
namespace {

bool IsOrphan(const catalog::PassagelessDocument& d, const ChunkOptions& chunking) {
  const bool linked = d.duplicate_of != 0 && d.original_exists && !d.original_is_duplicate &&
                      clean::HammingDistance(d.fingerprint, d.original_fingerprint) <= clean::kNearDuplicateBits;
  return !linked && !ChunkPassages(d.text, chunking).empty();
}

}  // namespace

Result<std::vector<int64_t>> FindOrphanedDuplicates(catalog::Catalog& catalog, int64_t kb_id,
                                                    const ChunkOptions& chunking) {
  WY_ASSIGN_OR_RETURN(auto passageless, catalog.ListPassagelessDocuments(kb_id));
  std::vector<int64_t> out;
  for (const auto& d : passageless) {
    if (IsOrphan(d, chunking)) out.push_back(d.id);
  }
  return out;
}

Result<OrphanRepair> PromoteOrphanedDuplicates(catalog::Catalog& catalog, int64_t kb_id, const ChunkOptions& chunking) {
  OrphanRepair repair;
  WY_ASSIGN_OR_RETURN(auto passageless, catalog.ListPassagelessDocuments(kb_id));
  WY_ASSIGN_OR_RETURN(auto txn, catalog::SqliteTransaction::Begin(catalog.db()));
  for (const auto& d : passageless) {
    if (!IsOrphan(d, chunking)) continue;
    WY_ASSIGN_OR_RETURN(std::string path, catalog.PromoteDuplicate(d.id, ChunkPassages(d.text, chunking)));
    repair.promoted.push_back(d.id);
    if (!path.empty() && std::find(repair.files.begin(), repair.files.end(), path) == repair.files.end()) {
      repair.files.push_back(path);
    }
  }
  WY_RETURN_IF_ERROR(txn->Commit());
  return repair;
}

}  // namespace wenyuan::ingest
