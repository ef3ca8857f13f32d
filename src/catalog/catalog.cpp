#include "catalog/catalog.h"

#include <ctime>
#include <system_error>

#include "catalog/schema.h"

namespace wenyuan::catalog {
namespace {

std::string NowUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

constexpr const char* kKbColumns =
    "SELECT k.id, k.name, k.created_at,"
    " (SELECT COUNT(*) FROM document d WHERE d.kb_id = k.id),"
    " (SELECT COUNT(*) FROM passage p JOIN document d ON p.document_id = d.id"
    "  WHERE d.kb_id = k.id) FROM kb k ";

KnowledgeBase ReadKb(const SqliteStatement& s) {
  KnowledgeBase kb;
  kb.id = s.ColumnInt(0);
  kb.name = s.ColumnText(1);
  kb.created_at = s.ColumnText(2);
  kb.document_count = s.ColumnInt(3);
  kb.passage_count = s.ColumnInt(4);
  return kb;
}

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.kb_id, d.source, d.title, d.date, d.format, d.content_hash, d.ingested_at,"
    " (SELECT COUNT(*) FROM passage p WHERE p.document_id = d.id) FROM document d ";

DocumentRecord ReadDocument(const SqliteStatement& s) {
  DocumentRecord d;
  d.id = s.ColumnInt(0);
  d.kb_id = s.ColumnInt(1);
  d.source = s.ColumnText(2);
  d.title = s.ColumnText(3);
  d.date = s.ColumnText(4);
  d.format = s.ColumnText(5);
  d.content_hash = s.ColumnText(6);
  d.ingested_at = s.ColumnText(7);
  d.passage_count = s.ColumnInt(8);
  return d;
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
  WY_ASSIGN_OR_RETURN(auto db, SqliteDb::Open((data_dir / "catalog.db").string()));
  std::unique_ptr<Catalog> catalog(new Catalog(std::move(db)));
  WY_ASSIGN_OR_RETURN(catalog->schema_version_, MigrateSchema(*catalog->db_));
  return catalog;
}

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
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(*db_, "INSERT INTO kb (name, created_at) VALUES (?, ?)"));
  stmt.Bind(1, name).Bind(2, NowUtc());
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
  return txn->Commit();
}

Result<std::vector<KnowledgeBase>> Catalog::ListKbs() {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(*db_, std::string(kKbColumns) + "ORDER BY k.name"));
  std::vector<KnowledgeBase> out;
  while (true) {
    WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    out.push_back(ReadKb(stmt));
  }
  return out;
}

Result<KnowledgeBase> Catalog::GetKb(const std::string& name) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(*db_, std::string(kKbColumns) + "WHERE k.name = ?"));
  stmt.Bind(1, name);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no knowledge base named '" + name + "'");
  return ReadKb(stmt);
}

Result<std::optional<DocumentRecord>> Catalog::FindDocument(int64_t kb_id,
                                                            const std::string& source) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                     *db_, std::string(kDocumentColumns) +
                                               "WHERE d.kb_id = ? AND d.source = ?"));
  stmt.Bind(1, kb_id).Bind(2, source);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<DocumentRecord>();
  return std::optional<DocumentRecord>(ReadDocument(stmt));
}

Result<DocumentRecord> Catalog::GetDocument(int64_t document_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                     *db_, std::string(kDocumentColumns) + "WHERE d.id = ?"));
  stmt.Bind(1, document_id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no document with id " + std::to_string(document_id));
  return ReadDocument(stmt);
}

Result<int64_t> Catalog::UpsertDocument(int64_t kb_id, const DocumentInput& doc,
                                        const std::vector<PassageInput>& passages) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(*db_));
  WY_ASSIGN_OR_RETURN(auto upsert,
                      SqliteStatement::Prepare(
                          *db_,
                          "INSERT INTO document (kb_id, source, title, date, format, content_hash,"
                          " ingested_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (kb_id, source) DO UPDATE SET title = excluded.title,"
                          " date = excluded.date, format = excluded.format,"
                          " content_hash = excluded.content_hash,"
                          " ingested_at = excluded.ingested_at, text = excluded.text"
                          " RETURNING id"));
  upsert.Bind(1, kb_id).Bind(2, doc.source).Bind(3, doc.title).Bind(4, doc.date);
  upsert.Bind(5, doc.format).Bind(6, doc.content_hash).Bind(7, NowUtc()).Bind(8, doc.text);
  WY_ASSIGN_OR_RETURN(bool row, upsert.Step());
  if (!row) return Status::Internal(db_->path() + ": upsert returned no id");
  const int64_t doc_id = upsert.ColumnInt(0);
  WY_RETURN_IF_ERROR(upsert.Reset());

  WY_ASSIGN_OR_RETURN(auto del,
                      SqliteStatement::Prepare(*db_, "DELETE FROM passage WHERE document_id = ?"));
  WY_RETURN_IF_ERROR(del.Bind(1, doc_id).Run());
  WY_ASSIGN_OR_RETURN(auto ins, SqliteStatement::Prepare(
                                    *db_,
                                    "INSERT INTO passage (document_id, number, text, start_offset,"
                                    " end_offset) VALUES (?, ?, ?, ?, ?)"));
  for (size_t i = 0; i < passages.size(); ++i) {
    const PassageInput& p = passages[i];
    ins.Bind(1, doc_id).Bind(2, static_cast<int64_t>(i)).Bind(3, p.text).Bind(4, p.start).Bind(5, p.end);
    WY_RETURN_IF_ERROR(ins.Run());
  }
  WY_RETURN_IF_ERROR(txn->Commit());
  return doc_id;
}

Status Catalog::DeleteDocument(int64_t document_id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(*db_, "DELETE FROM document WHERE id = ?"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, document_id).Run());
  if (db_->Changes() == 0) return Status::NotFound("no document with id " + std::to_string(document_id));
  return Status::Ok();
}

Result<std::vector<PassageRecord>> Catalog::ListPassages(int64_t kb_id) {
  WY_ASSIGN_OR_RETURN(
      auto stmt,
      SqliteStatement::Prepare(*db_,
                               "SELECT p.id, p.document_id, p.number, p.text, p.start_offset,"
                               " p.end_offset, d.title, d.source, d.date FROM passage p"
                               " JOIN document d ON p.document_id = d.id WHERE d.kb_id = ?"
                               " ORDER BY p.document_id, p.number"));
  stmt.Bind(1, kb_id);
  std::vector<PassageRecord> out;
  while (true) {
    WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PassageRecord p;
    p.id = stmt.ColumnInt(0);
    p.document_id = stmt.ColumnInt(1);
    p.number = stmt.ColumnInt(2);
    p.text = stmt.ColumnText(3);
    p.start = stmt.ColumnInt(4);
    p.end = stmt.ColumnInt(5);
    p.title = stmt.ColumnText(6);
    p.source = stmt.ColumnText(7);
    p.date = stmt.ColumnText(8);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace wenyuan::catalog
