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
// A server keeps one KbSessions for its life; a CLI command makes one.
// KbSessions is thread-safe; a KbSession belongs to one thread (it holds the
// caller's catalog connection) and must not outlive its KbSessions.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "catalog/catalog.h"
#include "index/index_snapshot.h"
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
  // Hybrid when an embedder is configured, keyword otherwise (as the CLI).
  SearchMode default_mode() const { return embedder() ? SearchMode::kHybrid : SearchMode::kKeyword; }

 private:
  friend class KbSessions;
  KbSession(KbSessions& sessions, catalog::Catalog& catalog, catalog::KnowledgeBase info,
            std::shared_ptr<const Analysis> analysis)
      : sessions_(&sessions), catalog_(&catalog), info_(std::move(info)), analysis_(std::move(analysis)) {}

  KbSessions* sessions_;
  catalog::Catalog* catalog_;
  catalog::KnowledgeBase info_;
  std::shared_ptr<const Analysis> analysis_;
  mutable std::shared_ptr<const index::IndexSnapshot> snapshot_;
};

class KbSessions {
 public:
  // `base` is the process's analysis (MakeDefaultAnalysis); `embedder` may
  // be null.
  KbSessions(DataLayout layout, Analysis base, std::shared_ptr<vector::Embedder> embedder = nullptr);

  // The KB named `kb`, read through `catalog` (the caller's connection,
  // which the session uses for its queries): NotFound if there is none.
  Result<KbSession> Open(catalog::Catalog& catalog, const std::string& kb);

  // Drops what is kept of `kb` (after its files were removed).
  void Forget(const std::string& kb);

  const DataLayout& layout() const { return layout_; }
  const Analysis& base_analysis() const { return base_; }
  vector::Embedder* embedder() const { return embedder_.get(); }

  // How many times a session's analysis was built rather than reused (for
  // tests: an unchanged KB must not rebuild it per query).
  size_t analyses_built() const;

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

  const DataLayout layout_;
  const Analysis base_;
  const std::shared_ptr<vector::Embedder> embedder_;
  mutable std::mutex mutex_;
  std::map<std::string, Kept> kept_;
  size_t analyses_built_ = 0;
  std::mutex vectors_mutex_;  // one vector update or query embedding at a time
};

}  // namespace wenyuan::search
