#include "catalog/enrichment_store.h"

#include <algorithm>

#include "util/utc_time.h"

namespace wenyuan::catalog {
namespace {

int64_t FirstInt(const SqliteStatement& row) { return row.ColumnInt(0); }

}  // namespace

Status EnrichmentStore::Save(int64_t document_id, const StoredEnrichment& enrichment) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(db_));
  WY_ASSIGN_OR_RETURN(auto upsert,
                      SqliteStatement::Prepare(db_,
                                               "INSERT INTO document_enrichment (document_id, keywords, summary,"
                                               " enriched_at) VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO"
                                               " UPDATE SET keywords = excluded.keywords, summary = excluded.summary,"
                                               " enriched_at = excluded.enriched_at"));
  upsert.Bind(1, document_id).Bind(2, enrichment.keywords_json).Bind(3, enrichment.summary_json).Bind(4, IsoNowUtc());
  WY_RETURN_IF_ERROR(upsert.Run());
  WY_ASSIGN_OR_RETURN(auto clear, SqliteStatement::Prepare(db_, "DELETE FROM document_category WHERE document_id = ?"));
  clear.Bind(1, document_id);
  WY_RETURN_IF_ERROR(clear.Run());
  WY_ASSIGN_OR_RETURN(auto insert, SqliteStatement::Prepare(db_,
                                                            "INSERT INTO document_category (document_id, taxonomy,"
                                                            " category, count) VALUES (?, ?, ?, ?)"));
  for (const auto& c : enrichment.categories) {
    insert.Bind(1, document_id).Bind(2, c.taxonomy).Bind(3, c.category).Bind(4, c.count);
    WY_RETURN_IF_ERROR(insert.Run());
  }
  return txn->Commit();
}

Result<std::optional<StoredEnrichment>> EnrichmentStore::Load(int64_t document_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db_,
                                                          "SELECT keywords, summary, enriched_at FROM"
                                                          " document_enrichment WHERE document_id = ?"));
  stmt.Bind(1, document_id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<StoredEnrichment>();
  StoredEnrichment e;
  e.keywords_json = stmt.ColumnText(0);
  e.summary_json = stmt.ColumnText(1);
  e.enriched_at = stmt.ColumnText(2);
  WY_ASSIGN_OR_RETURN(auto cats, SqliteStatement::Prepare(db_,
                                                          "SELECT taxonomy, category, count FROM document_category"
                                                          " WHERE document_id = ? ORDER BY taxonomy, count DESC,"
                                                          " category"));
  cats.Bind(1, document_id);
  WY_ASSIGN_OR_RETURN(e.categories, cats.ReadRows([](const SqliteStatement& s) {
    return StoredCategory{s.ColumnText(0), s.ColumnText(1), s.ColumnInt(2)};
  }));
  return std::optional<StoredEnrichment>(std::move(e));
}

Result<FacetCounts> EnrichmentStore::Facets(const std::vector<int64_t>& document_ids) {
  FacetCounts out;
  // One grouped query per batch of ids (SQLite bounds the parameters); a
  // document given twice counts once.
  constexpr size_t kBatch = 500;
  for (size_t start = 0; start < document_ids.size(); start += kBatch) {
    const size_t n = std::min(kBatch, document_ids.size() - start);
    std::string marks;
    for (size_t i = 0; i < n; ++i) marks += i ? ",?" : "?";
    WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db_,
                                                            "SELECT taxonomy, category, COUNT(*) FROM document_category"
                                                            " WHERE document_id IN (" +
                                                                marks +
                                                                ")"
                                                                " GROUP BY taxonomy, category"));
    for (size_t i = 0; i < n; ++i) stmt.Bind(static_cast<int>(i + 1), document_ids[start + i]);
    WY_RETURN_IF_ERROR(stmt.ForEachRow(
        [&](const SqliteStatement& row) { out[row.ColumnText(0)][row.ColumnText(1)] += row.ColumnInt(2); }));
  }
  return out;
}

Result<std::vector<int64_t>> EnrichmentStore::DocumentsWithCategory(int64_t kb_id, const std::string& taxonomy,
                                                                    const std::string& category) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db_,
                                                          "SELECT c.document_id FROM document_category c JOIN"
                                                          " document d ON d.id = c.document_id WHERE d.kb_id = ?"
                                                          " AND c.taxonomy = ? AND c.category = ? ORDER BY"
                                                          " c.document_id"));
  stmt.Bind(1, kb_id).Bind(2, taxonomy).Bind(3, category);
  return stmt.ReadRows(FirstInt);
}

Status EnrichmentStore::ForEachCategory(
    int64_t kb_id,
    const std::function<void(int64_t document_id, const std::string& taxonomy, const std::string& category)>& row) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db_,
                                                          "SELECT c.document_id, c.taxonomy, c.category FROM"
                                                          " document_category c JOIN document d ON d.id ="
                                                          " c.document_id WHERE d.kb_id = ? ORDER BY c.document_id"));
  stmt.Bind(1, kb_id);
  return stmt.ForEachRow([&](const SqliteStatement& s) { row(s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2)); });
}

Result<std::vector<int64_t>> EnrichmentStore::UnenrichedDocumentIds(int64_t kb_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db_,
                                                          "SELECT d.id FROM document d WHERE d.kb_id = ? AND NOT EXISTS"
                                                          " (SELECT 1 FROM document_enrichment e"
                                                          " WHERE e.document_id = d.id) ORDER BY d.id"));
  stmt.Bind(1, kb_id);
  return stmt.ReadRows(FirstInt);
}

Result<std::vector<int64_t>> EnrichmentStore::DocumentIds(int64_t kb_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db_, "SELECT id FROM document WHERE kb_id = ? ORDER BY id"));
  stmt.Bind(1, kb_id);
  return stmt.ReadRows(FirstInt);
}

}  // namespace wenyuan::catalog
