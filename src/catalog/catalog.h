// Catalog: the SQLite database that is the source of truth for knowledge
// bases, documents and passages (DATA_DIR/catalog.db, WAL mode).
//
// Opening applies any pending schema migrations (schema.h) in a transaction;
// every multi-row change is one transaction, so a crash leaves either the old
// or the new state. One Catalog object is one connection: use it from one
// thread at a time and open another for another thread (cheap).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/records.h"
#include "catalog/sqlite_db.h"
#include "util/status.h"

namespace wenyuan::catalog {

class Catalog {
 public:
  // Opens DATA_DIR/catalog.db, creating the directory and database if needed.
  static Result<std::unique_ptr<Catalog>> Open(const std::filesystem::path& data_dir);

  // Knowledge-base names are 1-64 characters of [A-Za-z0-9_-], starting with
  // a letter or digit: they appear in URLs, passage ids and file names.
  static Status ValidateKbName(std::string_view name);

  Result<KnowledgeBase> CreateKb(const std::string& name);
  Status DropKb(const std::string& name);  // documents and passages go too
  Result<std::vector<KnowledgeBase>> ListKbs();
  Result<KnowledgeBase> GetKb(const std::string& name);

  // The document of `source` in the KB, if any (without its text).
  Result<std::optional<DocumentRecord>> FindDocument(int64_t kb_id, const std::string& source);
  Result<DocumentRecord> GetDocument(int64_t document_id);

  // Inserts the document, or updates the one with the same source (keeping
  // its id) and replaces all its passages. One transaction. Returns the id.
  Result<int64_t> UpsertDocument(int64_t kb_id, const DocumentInput& doc,
                                 const std::vector<PassageInput>& passages);
  Status DeleteDocument(int64_t document_id);

  Result<std::vector<PassageRecord>> ListPassages(int64_t kb_id);

  int schema_version() const { return schema_version_; }
  SqliteDb& db() { return *db_; }

 private:
  explicit Catalog(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}
  std::unique_ptr<SqliteDb> db_;
  int schema_version_ = 0;
};

}  // namespace wenyuan::catalog
