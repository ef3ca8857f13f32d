#include "fts5_peer.h"

#include <cstdio>
#include <sstream>

#include "util/utf8.h"

namespace wenyuan::bench {
namespace {

// Runs `sql` (no result rows); the error names the statement.
Status Exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  std::string what = std::string(sql) + ": " + (message ? message : "unknown error");
  sqlite3_free(message);
  return Status::IOError("fts5: " + what);
}

// True when the index was built to its end (the mark is written last, in
// the build's one transaction).
bool Finished(sqlite3* db) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT passages FROM bench_built", -1, &raw, nullptr) != SQLITE_OK) return false;
  const bool done = sqlite3_step(raw) == SQLITE_ROW;
  sqlite3_finalize(raw);
  return done;
}

}  // namespace

Result<std::unique_ptr<Fts5Peer>> Fts5Peer::OpenOrBuild(const std::filesystem::path& file,
                                                        const std::vector<catalog::PassageRecord>& passages,
                                                        size_t distinct, bool* built) {
  std::unique_ptr<Fts5Peer> peer(new Fts5Peer());
  peer->distinct_ = distinct == 0 ? 1 : distinct;
  *built = false;
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open(file.c_str(), &raw);
  peer->db_.reset(raw);
  if (opened != SQLITE_OK) return Status::IOError("fts5: cannot open " + file.string());
  sqlite3* db = peer->db_.get();
  if (!Finished(db)) {
    *built = true;
    WY_RETURN_IF_ERROR(Exec(db,
                            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; DROP TABLE IF EXISTS p; "
                            "DROP TABLE IF EXISTS bench_built; BEGIN; "
                            "CREATE VIRTUAL TABLE p USING fts5(title, text, tokenize='trigram'); "
                            "CREATE TABLE bench_built(passages INTEGER)"));
    sqlite3_stmt* insert_raw = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO p(rowid, title, text) VALUES(?, ?, ?)", -1, &insert_raw, nullptr) !=
        SQLITE_OK) {
      return Status::IOError(std::string("fts5: ") + sqlite3_errmsg(db));
    }
    std::unique_ptr<sqlite3_stmt, Finalize> insert(insert_raw);
    for (size_t i = 0; i < passages.size(); ++i) {
      sqlite3_bind_int64(insert.get(), 1, static_cast<sqlite3_int64>(i + 1));
      sqlite3_bind_text(insert.get(), 2, passages[i].title.data(), static_cast<int>(passages[i].title.size()),
                        SQLITE_STATIC);
      sqlite3_bind_text(insert.get(), 3, passages[i].text.data(), static_cast<int>(passages[i].text.size()),
                        SQLITE_STATIC);
      if (sqlite3_step(insert.get()) != SQLITE_DONE) {
        return Status::IOError(std::string("fts5: insert: ") + sqlite3_errmsg(db));
      }
      sqlite3_reset(insert.get());
    }
    // One b-tree per term, as after a bulk load one would run it.
    WY_RETURN_IF_ERROR(Exec(db, "INSERT INTO p(p) VALUES('optimize')"));
    const std::string mark = "INSERT INTO bench_built VALUES(" + std::to_string(passages.size()) + "); COMMIT";
    WY_RETURN_IF_ERROR(Exec(db, mark.c_str()));
  }
  sqlite3_stmt* query_raw = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT rowid FROM p WHERE p MATCH ? ORDER BY rank LIMIT 10", -1, &query_raw, nullptr) !=
      SQLITE_OK) {
    return Status::IOError(std::string("fts5: ") + sqlite3_errmsg(db));
  }
  peer->query_.reset(query_raw);
  return peer;
}

std::optional<std::string> Fts5Peer::MatchExpression(std::string_view query) {
  std::istringstream words{std::string(query)};
  std::string word, match;
  while (words >> word) {
    if (utf8::CodePointCount(word) < 3) return std::nullopt;
    std::string quoted = "\"";
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    match += (match.empty() ? "" : " AND ") + quoted + "\"";
  }
  if (match.empty()) return std::nullopt;
  return match;
}

std::vector<int64_t> Fts5Peer::Search(const std::string& match) {
  std::vector<int64_t> ids;
  sqlite3_stmt* q = query_.get();
  sqlite3_bind_text(q, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(q)) == SQLITE_ROW) {
    ids.push_back((sqlite3_column_int64(q, 0) - 1) % static_cast<int64_t>(distinct_));
  }
  if (step != SQLITE_DONE) std::fprintf(stderr, "bench: fts5: %s: %s\n", match.c_str(), sqlite3_errmsg(db_.get()));
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return ids;
}

}  // namespace wenyuan::bench
