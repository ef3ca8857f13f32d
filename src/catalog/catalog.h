// Catalog: the SQLite database that is the source of truth for knowledge
// bases, documents and passages (DATA_DIR/catalog.db, WAL mode).
//
// Opening applies any pending schema migrations (schema.h) in a transaction;
// every multi-row change is one transaction, so a crash leaves either the old
// or the new state. One Catalog object is one connection: use it from one
// thread at a time and open another for another thread (cheap).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
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

  // Removes files a crashed drop of the same name left (DataLayout) first.
  Result<KnowledgeBase> CreateKb(const std::string& name);
  // The KB's rows (documents, passages, enrichment) in one transaction, then
  // every file it owns under the data directory (util/data_layout.h): the
  // one way a KB is dropped, from the CLI and the server alike.
  Status DropKb(const std::string& name);
  Result<std::vector<KbListing>> ListKbs();         // with counts (kept by triggers: cheap)
  Result<std::vector<KnowledgeBase>> ListKbRows();  // the rows alone, by name (cheap)
  Result<KnowledgeBase> GetKb(const std::string& name);
  // Replaces the KB's settings (a JSON object; the caller validates keys).
  Status SetKbSettings(const std::string& name, const std::string& settings_json);

  // The document of `source` in the KB, if any (without its text).
  Result<std::optional<DocumentRecord>> FindDocument(int64_t kb_id, const std::string& source);
  Result<DocumentRecord> GetDocument(int64_t document_id);

  // Inserts the document, or updates the one with the same source (keeping
  // its id) and replaces all its passages. One transaction. Returns the id.
  Result<int64_t> UpsertDocument(int64_t kb_id, const DocumentInput& doc, const std::vector<PassageInput>& passages);

  // The file `path` as last ingested into the KB, if it was.
  Result<std::optional<SourceFileRecord>> FindSourceFile(int64_t kb_id, const std::string& path);
  // Records the file with its hash and makes `documents` exactly the
  // documents it holds: each is upserted by source (ids kept), and documents
  // of the file that are not among them are deleted. One transaction, so a
  // crash leaves the file's old documents or its new ones, never a mix. An
  // updated document loses its enrichment (it is to be enriched again).
  // The near-duplicates in other files of documents that went or changed
  // are listed in the result: call it inside a transaction of your own and
  // PromoteDuplicate them before committing.
  Result<FileReplaceResult> ReplaceFileDocuments(int64_t kb_id, const std::string& path,
                                                 const std::string& content_hash,
                                                 const std::vector<StoredDocument>& documents);
  // The same in steps, for a file read as a stream of batches: Begin opens
  // the transaction (a savepoint inside the caller's), Append writes a
  // batch (duplicate_of_position counts from the file's first document),
  // Finish removes what the file no longer holds and commits. Dropping a
  // FileReplace unfinished rolls it back.
  struct FileReplace {
    int64_t kb_id = 0, file_id = 0;
    FileReplaceResult result;
    std::unordered_set<int64_t> kept;
    std::vector<int64_t> originals_gone;
    std::unique_ptr<SqliteTransaction> txn;
  };
  Result<FileReplace> BeginFileReplace(int64_t kb_id, const std::string& path, const std::string& content_hash);
  Status AppendFileDocuments(FileReplace& replace, const std::vector<StoredDocument>& documents);
  Result<FileReplaceResult> FinishFileReplace(FileReplace& replace);
  // The KB's documents without passages, with what they are linked to: a
  // near-duplicate whose original is gone, changed or itself a duplicate
  // is among them (the caller judges the link: near_duplicate.h).
  Result<std::vector<PassagelessDocument>> ListPassagelessDocuments(int64_t kb_id);
  // Makes a near-duplicate an original of its own: the link goes, the
  // passages come. Returns the path of its source file ("" if none).
  Result<std::string> PromoteDuplicate(int64_t document_id, const std::vector<PassageInput>& passages);
  // (document id, SimHash) of every original (non-duplicate) document.
  Result<std::vector<std::pair<int64_t, uint64_t>>> ListFingerprints(int64_t kb_id);
  // The same, of the documents of one source file.
  Result<std::vector<std::pair<int64_t, uint64_t>>> ListFileFingerprints(int64_t file_id);
  Status DeleteDocument(int64_t document_id);

  Result<std::vector<PassageRecord>> ListPassages(int64_t kb_id);

  int schema_version() const { return schema_version_; }
  // GetKb calls on this connection so far (tests hold a query to one).
  size_t kb_reads() const { return kb_reads_; }
  const std::filesystem::path& data_dir() const { return data_dir_; }
  SqliteDb& db() { return *db_; }
  // True while a transaction is open on this connection (not in autocommit).
  bool InTransaction() const;

 private:
  // (document id, SimHash) of the originals whose `column` ("kb_id" or
  // "file_id", never caller text) equals `value`.
  Result<std::vector<std::pair<int64_t, uint64_t>>> ListFingerprintsWhere(const char* column, int64_t value);
  struct UpsertOutcome {
    int64_t id = 0;
    bool existed = false;
    bool text_changed = false;  // existed, and its text changed or it became a duplicate
  };
  explicit Catalog(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}
  // The statement for `sql` (a string literal), prepared once per
  // connection and reset for reuse: ingest runs the same few per document.
  Result<SqliteStatement*> Cached(const char* sql);
  // Upserts one document and replaces its passages; no transaction of its own.
  Result<UpsertOutcome> WriteDocument(int64_t kb_id, int64_t file_id, const StoredDocument& stored);
  Status WritePassages(int64_t document_id, const std::vector<PassageInput>& passages);
  std::unique_ptr<SqliteDb> db_;
  // Declared after db_: finalized before the connection closes.
  std::map<const char*, SqliteStatement> statements_;
  std::filesystem::path data_dir_;
  int schema_version_ = 0;
  size_t kb_reads_ = 0;
};

}  // namespace wenyuan::catalog
