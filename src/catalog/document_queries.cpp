#include "catalog/document_queries.h"

#include "catalog/document_row.h"
#include "catalog/document_text.h"

namespace wenyuan::catalog {
namespace {

// `s` as a LIKE pattern matching it anywhere, with % _ and \ escaped.
std::string ContainsPattern(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

constexpr const char* kFilter =
    "WHERE d.kb_id = ?1 AND (?2 = '' OR d.source LIKE ?3 ESCAPE '\\')"
    " AND (?4 = '' OR d.title LIKE ?5 ESCAPE '\\' OR d.source LIKE ?5 ESCAPE '\\') ";

void BindFilter(SqliteStatement& s, int64_t kb_id, const DocumentFilter& f) {
  s.Bind(1, kb_id).Bind(2, f.source).Bind(3, ContainsPattern(f.source)).Bind(4, f.text);
  s.Bind(5, ContainsPattern(f.text));
}

Result<int64_t> SingleInt(Catalog& catalog, const std::string& sql, int64_t arg) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), sql));
  stmt.Bind(1, arg);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

}  // namespace

Result<DocumentPage> ListDocuments(Catalog& catalog, int64_t kb_id, const DocumentFilter& filter) {
  DocumentPage page;
  {
    WY_ASSIGN_OR_RETURN(
        auto count, SqliteStatement::Prepare(catalog.db(), std::string("SELECT COUNT(*) FROM document d ") + kFilter));
    BindFilter(count, kb_id, filter);
    WY_ASSIGN_OR_RETURN(bool row, count.Step());
    page.total = row ? count.ColumnInt(0) : 0;
  }
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kDocumentRowSelect) + kFilter +
                                                                            "ORDER BY d.id LIMIT ?6 OFFSET ?7"));
  BindFilter(stmt, kb_id, filter);
  stmt.Bind(6, filter.limit).Bind(7, filter.offset);
  WY_ASSIGN_OR_RETURN(page.documents, stmt.ReadRows(ReadDocumentRow));
  return page;
}

Result<DocumentRecord> GetKbDocument(Catalog& catalog, int64_t kb_id, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                     catalog.db(), std::string(kDocumentRowSelect) + "WHERE d.id = ? AND d.kb_id = ?"));
  stmt.Bind(1, id).Bind(2, kb_id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no document " + std::to_string(id) + " in this knowledge base");
  return ReadDocumentRow(stmt);
}

Result<std::string> GetDocumentText(Catalog& catalog, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), "SELECT text FROM document WHERE id = ?"));
  stmt.Bind(1, id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no document with id " + std::to_string(id));
  std::string text = stmt.ColumnText(0);
  if (!text.empty()) return text;
  // Stored once, in its passages (document_text.h); none: the text is empty.
  WY_ASSIGN_OR_RETURN(auto passages, SqliteStatement::Prepare(catalog.db(),
                                                              "SELECT text, start_offset, end_offset FROM passage"
                                                              " WHERE document_id = ? ORDER BY number"));
  passages.Bind(1, id);
  std::vector<std::string> texts;
  std::vector<PassageSlice> slices;
  WY_RETURN_IF_ERROR(passages.ForEachRow([&](const SqliteStatement& s) {
    texts.push_back(s.ColumnText(0));
    slices.push_back({{}, s.ColumnInt(1), s.ColumnInt(2)});
  }));
  for (size_t i = 0; i < slices.size(); ++i) slices[i].text = texts[i];
  return RebuildDocumentText(slices);
}

Result<std::vector<PassageRecord>> ListDocumentPassages(Catalog& catalog, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kPassageRowSelect) +
                                                                            "WHERE d.id = ? ORDER BY p.number"));
  stmt.Bind(1, id);
  return stmt.ReadRows(ReadPassageRow);
}

Result<KbStats> GetKbStats(Catalog& catalog, int64_t kb_id) {
  KbStats s;
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(),
                                               "SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.text != '' THEN"
                                               " LENGTH(CAST(d.text AS BLOB)) ELSE"
                                               // A text kept in its passages: theirs, and a line
                                               // break per code point between them.
                                               " (SELECT COALESCE(SUM(LENGTH(CAST(p.text AS BLOB)) - p.end_offset"
                                               " + p.start_offset) + MAX(p.end_offset), 0) FROM passage p"
                                               " WHERE p.document_id = d.id) END), 0),"
                                               " COALESCE(MAX(d.ingested_at), '') FROM document d WHERE d.kb_id = ?"));
  stmt.Bind(1, kb_id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (row) {
    s.documents = stmt.ColumnInt(0);
    s.text_bytes = stmt.ColumnInt(1);
    s.last_ingest = stmt.ColumnText(2);
  }
  WY_ASSIGN_OR_RETURN(s.passages, SingleInt(catalog,
                                            "SELECT COUNT(*) FROM passage p JOIN document d ON p.document_id = d.id"
                                            " WHERE d.kb_id = ?",
                                            kb_id));
  WY_ASSIGN_OR_RETURN(s.sources, SingleInt(catalog, "SELECT COUNT(*) FROM source_file WHERE kb_id = ?", kb_id));
  return s;
}

Result<std::optional<std::string>> DocumentSourcePath(Catalog& catalog, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(),
                                               "SELECT f.path FROM document d JOIN source_file f ON d.file_id = f.id"
                                               " WHERE d.id = ?"));
  stmt.Bind(1, id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(stmt.ColumnText(0));
}

Result<std::optional<std::string>> DeleteKbDocument(Catalog& catalog, int64_t kb_id, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(catalog.db()));
  WY_ASSIGN_OR_RETURN(
      auto file,
      SqliteStatement::Prepare(catalog.db(), "SELECT COALESCE(file_id, 0) FROM document WHERE id = ? AND kb_id = ?"));
  file.Bind(1, id).Bind(2, kb_id);
  WY_ASSIGN_OR_RETURN(bool row, file.Step());
  if (!row) return Status::NotFound("no document " + std::to_string(id) + " in this knowledge base");
  const int64_t file_id = file.ColumnInt(0);
  WY_RETURN_IF_ERROR(catalog.DeleteDocument(id));
  std::optional<std::string> removed;
  if (file_id != 0) {
    WY_ASSIGN_OR_RETURN(int64_t left, SingleInt(catalog, "SELECT COUNT(*) FROM document WHERE file_id = ?", file_id));
    if (left == 0) {
      WY_ASSIGN_OR_RETURN(auto path,
                          SqliteStatement::Prepare(catalog.db(), "SELECT path FROM source_file WHERE id = ?"));
      path.Bind(1, file_id);
      WY_ASSIGN_OR_RETURN(bool found, path.Step());
      if (found) removed = path.ColumnText(0);
      WY_ASSIGN_OR_RETURN(auto del, SqliteStatement::Prepare(catalog.db(), "DELETE FROM source_file WHERE id = ?"));
      WY_RETURN_IF_ERROR(del.Bind(1, file_id).Run());
    }
  }
  WY_RETURN_IF_ERROR(txn->Commit());
  return removed;
}

Status ForgetSourceFileHash(Catalog& catalog, int64_t kb_id, const std::string& path) {
  WY_ASSIGN_OR_RETURN(
      auto stmt,
      SqliteStatement::Prepare(catalog.db(), "UPDATE source_file SET content_hash = '' WHERE kb_id = ? AND path = ?"));
  return stmt.Bind(1, kb_id).Bind(2, path).Run();
}

}  // namespace wenyuan::catalog
