#include "catalog/catalog.h"

#include <algorithm>
#include <system_error>

#include "catalog/document_row.h"
#include "catalog/document_text.h"
#include "catalog/schema.h"
#include "util/data_layout.h"
#include "util/utc_time.h"

namespace wenyuan::catalog {
namespace {

// ListKbs reads the document and passage counters triggers keep (schema
// migration 10); GetKb, which every request and command calls, the row alone.
constexpr const char* kKbColumnsCounted =
    "SELECT k.id, k.name, k.created_at, k.settings, k.generation, k.category_generation, k.document_count,"
    " k.passage_count FROM kb k ";
constexpr const char* kKbColumns =
    "SELECT k.id, k.name, k.created_at, k.settings, k.generation, k.category_generation FROM kb k ";

KnowledgeBase ReadKb(const SqliteStatement& s) {
  KnowledgeBase kb;
  kb.id = s.ColumnInt(0);
  kb.name = s.ColumnText(1);
  kb.created_at = s.ColumnText(2);
  kb.settings_json = s.ColumnText(3);
  kb.generation = s.ColumnInt(4);
  kb.category_generation = s.ColumnInt(5);
  return kb;
}

}  // namespace

std::string PassageId(const std::string& kb, int64_t document_id, int64_t number) {
  return kb + "/" + std::to_string(document_id) + "#" + std::to_string(number);
}

Result<std::unique_ptr<Catalog>> Catalog::Open(const std::filesystem::path& data_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) {
    return Status::IOError(data_dir.string() + ": cannot create data directory: " + ec.message());
  }
  WY_ASSIGN_OR_RETURN(auto db, SqliteDb::Open(DataLayout(data_dir).CatalogFile().string()));
  std::unique_ptr<Catalog> catalog(new Catalog(std::move(db)));
  catalog->data_dir_ = data_dir;
  WY_ASSIGN_OR_RETURN(catalog->schema_version_, MigrateSchema(*catalog->db_));
  return catalog;
}

bool Catalog::InTransaction() const { return sqlite3_get_autocommit(db_->handle()) == 0; }

Status Catalog::ValidateKbName(std::string_view name) {
  if (name.empty() || name.size() > 64) {
    return Status::InvalidArgument("knowledge base name must be 1-64 characters");
  }
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '-' && c != '_'))) {
      return Status::InvalidArgument("knowledge base name '" + std::string(name) +
                                     "' may hold only letters, digits, '-' and '_', and must "
                                     "start with a letter or digit");
    }
  }
  return Status::Ok();
}

Result<KnowledgeBase> Catalog::CreateKb(const std::string& name) {
  WY_RETURN_IF_ERROR(ValidateKbName(name));
  if (GetKb(name).ok()) return Status::AlreadyExists("knowledge base '" + name + "' already exists");
  // Files a crash left between a drop's commit and its file removal belong
  // to no KB: a new KB of the same name must not inherit them.
  WY_RETURN_IF_ERROR(DataLayout(data_dir_).RemoveKbFiles(name));
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, "INSERT INTO kb (name, created_at) VALUES (?, ?)"));
  stmt.Bind(1, name).Bind(2, IsoNowUtc());
  Status s = stmt.Run();
  if (s.code() == StatusCode::kAlreadyExists) {
    return Status::AlreadyExists("knowledge base '" + name + "' already exists");
  }
  WY_RETURN_IF_ERROR(s);
  return GetKb(name);
}

Status Catalog::DropKb(const std::string& name) {
  WY_ASSIGN_OR_RETURN(KnowledgeBase kb, GetKb(name));
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(*db_));
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, "DELETE FROM kb WHERE id = ?"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, kb.id).Run());
  WY_RETURN_IF_ERROR(txn->Commit());
  return DataLayout(data_dir_).RemoveKbFiles(name);
}

Status Catalog::SetKbSettings(const std::string& name, const std::string& settings_json) {
  WY_ASSIGN_OR_RETURN(KnowledgeBase kb, GetKb(name));
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, "UPDATE kb SET settings = ? WHERE id = ?"));
  return stmt.Bind(1, settings_json).Bind(2, kb.id).Run();
}

Result<std::vector<KnowledgeBase>> Catalog::ListKbRows() {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, std::string(kKbColumns) + "ORDER BY k.name"));
  return stmt.ReadRows(ReadKb);
}

Result<std::vector<KbListing>> Catalog::ListKbs() {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, std::string(kKbColumnsCounted) + "ORDER BY k.name"));
  return stmt.ReadRows([](const SqliteStatement& s) { return KbListing{ReadKb(s), s.ColumnInt(6), s.ColumnInt(7)}; });
}

Result<KnowledgeBase> Catalog::GetKb(const std::string& name) {
  ++kb_reads_;
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, std::string(kKbColumns) + "WHERE k.name = ?"));
  stmt.Bind(1, name);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no knowledge base named '" + name + "'");
  return ReadKb(stmt);
}

Result<std::optional<DocumentRecord>> Catalog::FindDocument(int64_t kb_id, const std::string& source) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                     *db_, std::string(kDocumentRowSelect) + "WHERE d.kb_id = ? AND d.source = ?"));
  stmt.Bind(1, kb_id).Bind(2, source);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<DocumentRecord>();
  return std::optional<DocumentRecord>(ReadDocumentRow(stmt));
}

Result<DocumentRecord> Catalog::GetDocument(int64_t document_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, std::string(kDocumentRowSelect) + "WHERE d.id = ?"));
  stmt.Bind(1, document_id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no document with id " + std::to_string(document_id));
  return ReadDocumentRow(stmt);
}

Result<SqliteStatement*> Catalog::Cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    WY_ASSIGN_OR_RETURN(SqliteStatement stmt, SqliteStatement::Prepare(*db_, sql));
    it = statements_.emplace(sql, std::move(stmt)).first;
  }
  WY_RETURN_IF_ERROR(it->second.Reset());
  return &it->second;
}

Result<Catalog::UpsertOutcome> Catalog::WriteDocument(int64_t kb_id, int64_t file_id, const StoredDocument& stored) {
  const DocumentInput& doc = stored.document;
  UpsertOutcome outcome{};
  {
    WY_ASSIGN_OR_RETURN(SqliteStatement * find,
                        Cached("SELECT id, content_hash, COALESCE(duplicate_of, 0) FROM document"
                               " WHERE kb_id = ? AND source = ?"));
    find->Bind(1, kb_id).Bind(2, doc.source);
    WY_ASSIGN_OR_RETURN(bool row, find->Step());
    if (row) {
      outcome.existed = true;
      // Its near-duplicates repeat the old text: they stay linked only
      // while the text stays the same and the document an original.
      outcome.text_changed = find->ColumnText(1) != doc.content_hash || doc.duplicate_of != 0;
    }
    WY_RETURN_IF_ERROR(find->Reset());
  }
  WY_ASSIGN_OR_RETURN(
      SqliteStatement * upsert,
      Cached("INSERT INTO document (kb_id, source, title, date, format, content_hash, ingested_at, text,"
             " url, author, script, metadata, fingerprint, duplicate_of, file_id)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
             " ON CONFLICT (kb_id, source) DO UPDATE SET title = excluded.title,"
             " date = excluded.date, format = excluded.format, content_hash = excluded.content_hash,"
             " ingested_at = excluded.ingested_at, text = excluded.text, url = excluded.url,"
             " author = excluded.author, script = excluded.script, metadata = excluded.metadata,"
             " fingerprint = excluded.fingerprint, duplicate_of = excluded.duplicate_of,"
             " file_id = excluded.file_id RETURNING id"));
  upsert->Bind(1, kb_id).Bind(2, doc.source).Bind(3, doc.title).Bind(4, doc.date);
  // The text once: empty when its passages give it back (document_text.h).
  upsert->Bind(5, doc.format).Bind(6, doc.content_hash).Bind(7, IsoNowUtc());
  upsert->Bind(8, StoredDocumentText(doc.text, stored.passages));
  upsert->Bind(9, doc.url).Bind(10, doc.author).Bind(11, doc.script).Bind(12, doc.metadata_json);
  upsert->Bind(13, static_cast<int64_t>(doc.fingerprint));
  if (doc.duplicate_of)
    upsert->Bind(14, doc.duplicate_of);
  else
    upsert->BindNull(14);
  if (file_id)
    upsert->Bind(15, file_id);
  else
    upsert->BindNull(15);
  WY_ASSIGN_OR_RETURN(bool row, upsert->Step());
  if (!row) return Status::Internal(db_->path() + ": upsert returned no id");
  outcome.id = upsert->ColumnInt(0);
  WY_RETURN_IF_ERROR(upsert->Reset());

  if (outcome.existed) {
    // What enrichment said of the old text goes with it, in this
    // transaction: a document without enrichment is one still to enrich,
    // so a crash before enrichment is repaired by the next run.
    WY_ASSIGN_OR_RETURN(SqliteStatement * unenrich, Cached("DELETE FROM document_enrichment WHERE document_id = ?"));
    WY_RETURN_IF_ERROR(unenrich->Bind(1, outcome.id).Run());
    WY_ASSIGN_OR_RETURN(SqliteStatement * uncategorize, Cached("DELETE FROM document_category WHERE document_id = ?"));
    WY_RETURN_IF_ERROR(uncategorize->Bind(1, outcome.id).Run());
    WY_ASSIGN_OR_RETURN(SqliteStatement * del, Cached("DELETE FROM passage WHERE document_id = ?"));
    WY_RETURN_IF_ERROR(del->Bind(1, outcome.id).Run());
  }
  WY_RETURN_IF_ERROR(WritePassages(outcome.id, stored.passages));
  return outcome;
}

Status Catalog::WritePassages(int64_t document_id, const std::vector<PassageInput>& passages) {
  WY_ASSIGN_OR_RETURN(SqliteStatement * ins, Cached("INSERT INTO passage (document_id, number, text, start_offset,"
                                                    " end_offset) VALUES (?, ?, ?, ?, ?)"));
  for (size_t i = 0; i < passages.size(); ++i) {
    const PassageInput& p = passages[i];
    ins->Bind(1, document_id).Bind(2, static_cast<int64_t>(i)).Bind(3, p.text).Bind(4, p.start).Bind(5, p.end);
    WY_RETURN_IF_ERROR(ins->Run());
  }
  return Status::Ok();
}

Result<int64_t> Catalog::UpsertDocument(int64_t kb_id, const DocumentInput& doc,
                                        const std::vector<PassageInput>& passages) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(*db_));
  WY_ASSIGN_OR_RETURN(UpsertOutcome outcome, WriteDocument(kb_id, 0, StoredDocument{doc, passages}));
  WY_RETURN_IF_ERROR(txn->Commit());
  return outcome.id;
}

Result<std::optional<SourceFileRecord>> Catalog::FindSourceFile(int64_t kb_id, const std::string& path) {
  WY_ASSIGN_OR_RETURN(
      auto stmt, SqliteStatement::Prepare(*db_,
                                          "SELECT f.id, f.path, f.content_hash,"
                                          " (SELECT COUNT(*) FROM document d WHERE d.file_id = f.id),"
                                          " (SELECT COUNT(*) FROM passage p JOIN document d ON p.document_id = d.id"
                                          "  WHERE d.file_id = f.id),"
                                          " (SELECT MIN(d.id) FROM document d WHERE d.file_id = f.id)"
                                          " FROM source_file f WHERE f.kb_id = ? AND f.path = ?"));
  stmt.Bind(1, kb_id).Bind(2, path);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<SourceFileRecord>();
  SourceFileRecord f;
  f.id = stmt.ColumnInt(0);
  f.path = stmt.ColumnText(1);
  f.content_hash = stmt.ColumnText(2);
  f.document_count = stmt.ColumnInt(3);
  f.passage_count = stmt.ColumnInt(4);
  f.first_document_id = stmt.ColumnInt(5);
  return std::optional<SourceFileRecord>(f);
}

Result<FileReplaceResult> Catalog::ReplaceFileDocuments(int64_t kb_id, const std::string& path,
                                                        const std::string& content_hash,
                                                        const std::vector<StoredDocument>& documents) {
  WY_ASSIGN_OR_RETURN(FileReplace replace, BeginFileReplace(kb_id, path, content_hash));
  WY_RETURN_IF_ERROR(AppendFileDocuments(replace, documents));
  return FinishFileReplace(replace);
}

Result<Catalog::FileReplace> Catalog::BeginFileReplace(int64_t kb_id, const std::string& path,
                                                       const std::string& content_hash) {
  FileReplace replace;
  replace.kb_id = kb_id;
  WY_ASSIGN_OR_RETURN(replace.txn, SqliteTransaction::Begin(*db_));
  WY_ASSIGN_OR_RETURN(SqliteStatement * upsert_file,
                      Cached("INSERT INTO source_file (kb_id, path, content_hash, ingested_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (kb_id, path) DO UPDATE SET"
                             " content_hash = excluded.content_hash, ingested_at = excluded.ingested_at"
                             " RETURNING id"));
  upsert_file->Bind(1, kb_id).Bind(2, path).Bind(3, content_hash).Bind(4, IsoNowUtc());
  WY_ASSIGN_OR_RETURN(bool row, upsert_file->Step());
  if (!row) return Status::Internal(db_->path() + ": source file upsert returned no id");
  replace.file_id = upsert_file->ColumnInt(0);
  WY_RETURN_IF_ERROR(upsert_file->Reset());
  return replace;
}

Status Catalog::AppendFileDocuments(FileReplace& replace, const std::vector<StoredDocument>& documents) {
  FileReplaceResult& result = replace.result;
  for (const auto& given : documents) {
    StoredDocument resolved;
    const StoredDocument* stored = &given;
    int pos = given.document.duplicate_of_position;
    if (pos >= 0) {
      if (static_cast<size_t>(pos) >= result.document_ids.size()) {
        return Status::InvalidArgument("duplicate_of_position must name an earlier document");
      }
      resolved = given;
      resolved.document.duplicate_of = result.document_ids[static_cast<size_t>(pos)];
      stored = &resolved;
    }
    WY_ASSIGN_OR_RETURN(UpsertOutcome outcome, WriteDocument(replace.kb_id, replace.file_id, *stored));
    result.document_ids.push_back(outcome.id);
    replace.kept.insert(outcome.id);
    ++(outcome.existed ? result.updated : result.added);
    if (outcome.text_changed) replace.originals_gone.push_back(outcome.id);
  }
  return Status::Ok();
}

Result<FileReplaceResult> Catalog::FinishFileReplace(FileReplace& replace) {
  FileReplaceResult& result = replace.result;
  // Documents the file no longer holds go (with their passages).
  WY_ASSIGN_OR_RETURN(SqliteStatement * stale, Cached("SELECT id FROM document WHERE file_id = ?"));
  stale->Bind(1, replace.file_id);
  std::vector<int64_t> to_remove;
  WY_RETURN_IF_ERROR(stale->ForEachRow([&](const SqliteStatement& row) {
    const int64_t id = row.ColumnInt(0);
    if (!replace.kept.count(id)) to_remove.push_back(id);
  }));
  std::vector<int64_t>& originals_gone = replace.originals_gone;
  originals_gone.insert(originals_gone.end(), to_remove.begin(), to_remove.end());
  // Their near-duplicates in other files are left without an original (the
  // caller gives them passages of their own, in its transaction).
  WY_ASSIGN_OR_RETURN(SqliteStatement * dups,
                      Cached("SELECT id FROM document WHERE duplicate_of = ? AND COALESCE(file_id, 0) != ?"));
  for (int64_t id : originals_gone) {
    dups->Bind(1, id).Bind(2, replace.file_id);
    WY_RETURN_IF_ERROR(
        dups->ForEachRow([&](const SqliteStatement& row) { result.orphaned_duplicates.push_back(row.ColumnInt(0)); }));
    WY_RETURN_IF_ERROR(dups->Reset());
  }
  WY_ASSIGN_OR_RETURN(SqliteStatement * del, Cached("DELETE FROM document WHERE id = ?"));
  for (int64_t id : to_remove) WY_RETURN_IF_ERROR(del->Bind(1, id).Run());
  result.removed = to_remove.size();
  result.removed_ids = std::move(to_remove);
  WY_RETURN_IF_ERROR(replace.txn->Commit());
  replace.txn.reset();
  return std::move(result);
}

Result<std::vector<PassagelessDocument>> Catalog::ListPassagelessDocuments(int64_t kb_id) {
  WY_ASSIGN_OR_RETURN(
      auto stmt,
      SqliteStatement::Prepare(*db_,
                               "SELECT d.id, d.fingerprint, COALESCE(d.duplicate_of, 0), COALESCE(o.fingerprint, 0),"
                               " COALESCE(o.duplicate_of, 0), o.id IS NOT NULL, d.text"
                               " FROM document d LEFT JOIN document o ON o.id = d.duplicate_of"
                               " WHERE d.kb_id = ? AND NOT EXISTS"
                               " (SELECT 1 FROM passage p WHERE p.document_id = d.id) ORDER BY d.id"));
  stmt.Bind(1, kb_id);
  return stmt.ReadRows([](const SqliteStatement& s) {
    PassagelessDocument d;
    d.id = s.ColumnInt(0);
    d.fingerprint = static_cast<uint64_t>(s.ColumnInt(1));
    d.duplicate_of = s.ColumnInt(2);
    d.original_fingerprint = static_cast<uint64_t>(s.ColumnInt(3));
    d.original_is_duplicate = s.ColumnInt(4) != 0;
    d.original_exists = s.ColumnInt(5) != 0;
    d.text = s.ColumnText(6);
    return d;
  });
}

Result<std::string> Catalog::PromoteDuplicate(int64_t document_id, const std::vector<PassageInput>& passages) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(*db_));
  WY_ASSIGN_OR_RETURN(SqliteStatement * unlink, Cached("UPDATE document SET duplicate_of = NULL WHERE id = ?"));
  WY_RETURN_IF_ERROR(unlink->Bind(1, document_id).Run());
  if (db_->Changes() == 0) return Status::NotFound("no document with id " + std::to_string(document_id));
  WY_ASSIGN_OR_RETURN(SqliteStatement * del, Cached("DELETE FROM passage WHERE document_id = ?"));
  WY_RETURN_IF_ERROR(del->Bind(1, document_id).Run());
  WY_RETURN_IF_ERROR(WritePassages(document_id, passages));
  WY_ASSIGN_OR_RETURN(SqliteStatement * file, Cached("SELECT COALESCE(f.path, '') FROM document d"
                                                     " LEFT JOIN source_file f ON f.id = d.file_id WHERE d.id = ?"));
  file->Bind(1, document_id);
  WY_ASSIGN_OR_RETURN(bool row, file->Step());
  std::string path = row ? file->ColumnText(0) : std::string();
  WY_RETURN_IF_ERROR(file->Reset());
  WY_RETURN_IF_ERROR(txn->Commit());
  return path;
}

Result<std::vector<std::pair<int64_t, uint64_t>>> Catalog::ListFingerprintsWhere(const char* column, int64_t value) {
  WY_ASSIGN_OR_RETURN(
      auto stmt, SqliteStatement::Prepare(*db_, std::string("SELECT id, fingerprint FROM document WHERE ") + column +
                                                    " = ? AND duplicate_of IS NULL AND fingerprint != 0"));
  stmt.Bind(1, value);
  return stmt.ReadRows(
      [](const SqliteStatement& s) { return std::make_pair(s.ColumnInt(0), static_cast<uint64_t>(s.ColumnInt(1))); });
}

Result<std::vector<std::pair<int64_t, uint64_t>>> Catalog::ListFingerprints(int64_t kb_id) {
  return ListFingerprintsWhere("kb_id", kb_id);
}

Result<std::vector<std::pair<int64_t, uint64_t>>> Catalog::ListFileFingerprints(int64_t file_id) {
  return ListFingerprintsWhere("file_id", file_id);
}

Status Catalog::DeleteDocument(int64_t document_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, "DELETE FROM document WHERE id = ?"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, document_id).Run());
  if (db_->Changes() == 0) return Status::NotFound("no document with id " + std::to_string(document_id));
  return Status::Ok();
}

Result<std::vector<PassageRecord>> Catalog::ListPassages(int64_t kb_id) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(
                          *db_, std::string(kPassageRowSelect) + "WHERE d.kb_id = ? ORDER BY p.document_id, p.number"));
  stmt.Bind(1, kb_id);
  return stmt.ReadRows(ReadPassageRow);
}

}  // namespace wenyuan::catalog
