// KbSession: a knowledge base resolved once for one request or command, and
// everything a search, an answer or an export of it needs: its catalog row
// and settings, its analysis (the process's analysers with the KB's user
// dictionary and regional folding), its committed index snapshot and, when
// an embedder is configured, its passage vectors.
//
// KbSessions opens them and keeps, per KB, what is costly to build and
// rarely changes, so a query reads one catalog row and nothing else before
// it runs:
//   - the analysis, rebuilt only when the KB's settings or its user
//     dictionary file (size, time, inode) changed;
//   - the index snapshot, reopened only when the index's manifest file
//     changed, and repaired first when it is behind the catalog (compared
//     through the KB's generation, catalog/records.h);
//   - the vector store, brought in step with the catalog only when the KB's
//     generation moved since the last time;
//   - its documents' categories (category_columns.h), for category: filters
//     and facets, loaded on first use and again only when the KB's
//     generation or category generation moved.
// Each of the last three is loaded by one thread at a time per KB: a second
// request that needs it waits for the first's load instead of repeating it.
// A server opens its KBs ahead (Preload) as it starts, so its first search
// of a KB finds them kept, or waits for the load under way. Drop removes a
// KB once no load of it is under way, and nothing opened before the drop is
// kept after it (a request or a Preload still holding a session of the
// dropped KB uses what it opened, and lets it go when it ends).
// A server keeps one KbSessions for its life; a CLI command makes one.
// KbSessions is thread-safe; a KbSession belongs to one thread (it holds the
// caller's catalog connection) and must not outlive its KbSessions.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "catalog/catalog.h"
#include "index/index_snapshot.h"
#include "index/search_threads.h"
#include "search/analysis.h"
#include "search/category_columns.h"
#include "search/hybrid_fusion.h"
#include "util/data_layout.h"
#include "vector/embedder.h"
#include "vector/vector_store.h"

namespace wenyuan::search {

class KbSessions;

// The KB settings that shape search (kb.settings JSON): others (task,
// script) are the answerer's (answer/kb_answer_service.h).
struct KbSearchSettings {
  bool regional_folding = false;  // {"regional_folding": true}
};
KbSearchSettings ParseKbSearchSettings(const std::string& settings_json);

class KbSession {
 public:
  const catalog::KnowledgeBase& info() const { return info_; }
  const std::string& name() const { return info_.name; }
  int64_t id() const { return info_.id; }
  const Analysis& analysis() const { return *analysis_; }
  catalog::Catalog& catalog() const { return *catalog_; }
  const DataLayout& layout() const;

  // The KB's committed index, opened (or repaired) on first use.
  Result<std::shared_ptr<const index::IndexSnapshot>> Snapshot() const;
  // The configured embedder, or null (keyword search only).
  vector::Embedder* embedder() const;
  // The KB's vectors in step with its passages (an error without an
  // embedder). Embeds what changed since the last call, if anything.
  Result<std::shared_ptr<const vector::VectorStore>> Vectors() const;
  // The KB's document categories, loaded on first use.
  Result<std::shared_ptr<const CategoryColumns>> Categories() const;
  // The embedder's vector for a query (calls are serialised: an in-process
  // model serves one at a time).
  Result<std::vector<float>> EmbedQuery(const std::string& text) const;
  // The threads a search of the session may spread over (index::
  // ExecuteOptions), or null: the caller alone.
  index::SearchThreads* search_threads() const;
  // Hybrid when an embedder is configured, keyword otherwise (as the CLI).
  SearchMode default_mode() const { return embedder() ? SearchMode::kHybrid : SearchMode::kKeyword; }

 private:
  friend class KbSessions;
  KbSession(KbSessions& sessions, catalog::Catalog& catalog, catalog::KnowledgeBase info,
            std::shared_ptr<const Analysis> analysis, uint64_t drops)
      : sessions_(&sessions),
        catalog_(&catalog),
        info_(std::move(info)),
        analysis_(std::move(analysis)),
        drops_(drops) {}

  KbSessions* sessions_;
  catalog::Catalog* catalog_;
  catalog::KnowledgeBase info_;
  std::shared_ptr<const Analysis> analysis_;
  uint64_t drops_;  // KbSessions' drop count when the session was opened
  mutable std::shared_ptr<const index::IndexSnapshot> snapshot_;
};

// What KbSessions::Preload opened of one KB, for the server's log.
struct PreloadReport {
  bool index = false;      // the index snapshot is kept
  uint64_t passages = 0;   // its live passages
  double index_ms = 0;     // the analysis built and the index opened
  std::string not_opened;  // why the index was left to the first search, if it was
  bool categories = false;
  size_t categorized_documents = 0;  // documents with a category
  double categories_ms = 0;
};

class KbSessions {
 public:
  // `base` is the process's analysis (MakeDefaultAnalysis); `embedder` may
  // be null. A search may use up to `search_threads` threads, its caller's
  // and helpers the sessions keep (1: the caller alone).
  KbSessions(DataLayout layout, Analysis base, std::shared_ptr<vector::Embedder> embedder = nullptr,
             size_t search_threads = 1);

  // The KB named `kb`, read through `catalog` (the caller's connection,
  // which the session uses for its queries): NotFound if there is none.
  Result<KbSession> Open(catalog::Catalog& catalog, const std::string& kb);

  // Opens ahead what every search of `kb` needs: its analysis, its index
  // snapshot and, with `categories`, its category columns; a search that
  // comes meanwhile waits for them. Writes nothing: an index behind the
  // catalog (a repair is due) is left to the first search, as are vectors.
  Result<PreloadReport> Preload(catalog::Catalog& catalog, const std::string& kb, bool categories);

  // Drops `kb` with `drop` (the catalog row and its files) once no load of
  // it is under way, then forgets what is kept of it; loads that began
  // before keep nothing.
  Status Drop(const std::string& kb, const std::function<Status()>& drop);
  // Forgets what is kept of `kb` (after its files were removed).
  void Forget(const std::string& kb);

  const DataLayout& layout() const { return layout_; }
  const Analysis& base_analysis() const { return base_; }
  vector::Embedder* embedder() const { return embedder_.get(); }

  // How many times a session's analysis was built rather than reused (for
  // tests: an unchanged KB must not rebuild it per query).
  size_t analyses_built() const;
  // The KBs something is kept of (for tests: a dropped KB must leave none).
  size_t kept_kbs() const;

 private:
  friend class KbSession;
  struct Kept {
    std::string settings_json;
    std::string dictionary_identity;
    std::shared_ptr<const Analysis> analysis;
    std::string manifest_identity;
    std::shared_ptr<const index::IndexSnapshot> snapshot;
    int64_t vectors_generation = -1;
    std::shared_ptr<const vector::VectorStore> vectors;
    std::string categories_identity;
    std::shared_ptr<const CategoryColumns> categories;
  };
  Result<std::shared_ptr<const index::IndexSnapshot>> SnapshotOf(const KbSession& session);
  Result<std::shared_ptr<const vector::VectorStore>> VectorsOf(const KbSession& session);
  Result<std::shared_ptr<const CategoryColumns>> CategoriesOf(const KbSession& session);
  // The kept snapshot of the session's KB if it is still current, or null.
  std::shared_ptr<const index::IndexSnapshot> KeptSnapshot(const KbSession& session, const std::string& identity) const;
  std::string SnapshotIdentity(const KbSession& session) const;
  // Keeps `snapshot` for the session's KB, unless the KB was dropped or its
  // analysis changed since the session was opened.
  void KeepSnapshot(const KbSession& session, std::shared_ptr<const index::IndexSnapshot> snapshot);
  // The lock one KB's loads (snapshot, categories) and its drop take.
  std::shared_ptr<std::mutex> LoadLock(const std::string& kb);

  const DataLayout layout_;
  const Analysis base_;
  const std::shared_ptr<vector::Embedder> embedder_;
  mutable std::mutex mutex_;
  std::map<std::string, Kept> kept_;
  std::map<std::string, std::shared_ptr<std::mutex>> load_locks_;
  uint64_t drops_ = 0;  // KBs forgotten so far: a session opened before one keeps nothing
  size_t analyses_built_ = 0;
  std::mutex vectors_mutex_;                              // one vector update or query embedding at a time
  std::unique_ptr<index::SearchThreads> search_threads_;  // null: searches on their callers alone
};

}  // namespace wenyuan::search
