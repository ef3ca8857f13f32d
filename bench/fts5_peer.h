// Fts5Peer: SQLite FTS5 with its trigram tokenizer over the passages of the
// search-at-scale bench (title and text, rowid = passage index + 1), the
// second peer the issues measured beside Xapian. Queries rank by FTS5's
// bm25 and return the top 10. The trigram tokenizer cannot match a string
// of fewer than three characters (SQLite 3.40 returns no row for it, by
// MATCH or LIKE), so a query holding such a word is not one FTS5 can run:
// MatchExpression says which. Owns its connection; not thread-safe.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/records.h"
#include "util/status.h"

namespace wenyuan::bench {

class Fts5Peer {
 public:
  // Opens `file`, building it first from `passages` when it holds no
  // finished index (a build cut short is started again). A hit's id is its
  // passage index modulo `distinct` (the bench's copies share their ids).
  static Result<std::unique_ptr<Fts5Peer>> OpenOrBuild(const std::filesystem::path& file,
                                                       const std::vector<catalog::PassageRecord>& passages,
                                                       size_t distinct, bool* built);

  // The MATCH expression for a bench query (space-separated words, each a
  // quoted string, all required), or nullopt when a word is shorter than
  // three characters.
  static std::optional<std::string> MatchExpression(std::string_view query);

  // The top 10 ids for a MatchExpression; empty on an error (printed).
  std::vector<int64_t> Search(const std::string& match);

 private:
  struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
  };
  struct Finalize {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  Fts5Peer() = default;

  std::unique_ptr<sqlite3, CloseDb> db_;
  std::unique_ptr<sqlite3_stmt, Finalize> query_;
  size_t distinct_ = 1;
};

}  // namespace wenyuan::bench
