#include "search/kb_session.h"

#include <sys/stat.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "index/manifest.h"
#include "search/kb_index.h"
#include "text/user_dictionary.h"
#include "vector/kb_vectors.h"

namespace wenyuan::search {
namespace {

// What identifies a file's version without reading it: inode, size and
// modification time; "none" if it does not exist.
std::string FileIdentity(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "none";
  return std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

}  // namespace

KbSearchSettings ParseKbSearchSettings(const std::string& settings_json) {
  KbSearchSettings settings;
  const nlohmann::json j = nlohmann::json::parse(settings_json, nullptr, /*allow_exceptions=*/false);
  if (j.is_object()) {
    auto it = j.find("regional_folding");
    settings.regional_folding = it != j.end() && it->is_boolean() && it->get<bool>();
  }
  return settings;
}

const DataLayout& KbSession::layout() const { return sessions_->layout(); }

vector::Embedder* KbSession::embedder() const { return sessions_->embedder(); }

Result<std::shared_ptr<const index::IndexSnapshot>> KbSession::Snapshot() const {
  if (!snapshot_) {
    WY_ASSIGN_OR_RETURN(snapshot_, sessions_->SnapshotOf(*this));
  }
  return snapshot_;
}

Result<std::shared_ptr<const vector::VectorStore>> KbSession::Vectors() const { return sessions_->VectorsOf(*this); }

Result<std::shared_ptr<const CategoryColumns>> KbSession::Categories() const { return sessions_->CategoriesOf(*this); }

Result<std::vector<float>> KbSession::EmbedQuery(const std::string& text) const {
  vector::Embedder* embedder = sessions_->embedder();
  if (!embedder) return Status::InvalidArgument("knowledge base '" + name() + "' has no embedder configured");
  std::lock_guard<std::mutex> lock(sessions_->vectors_mutex_);
  WY_ASSIGN_OR_RETURN(auto vectors, embedder->Embed({text}));
  if (vectors.size() != 1) return Status::Internal("embedder " + embedder->name() + " gave no query vector");
  return std::move(vectors[0]);
}

KbSessions::KbSessions(DataLayout layout, Analysis base, std::shared_ptr<vector::Embedder> embedder,
                       size_t search_threads)
    : layout_(std::move(layout)), base_(std::move(base)), embedder_(std::move(embedder)) {
  if (search_threads > 1) search_threads_ = std::make_unique<index::SearchThreads>(search_threads - 1);
}

index::SearchThreads* KbSession::search_threads() const { return sessions_->search_threads_.get(); }

Result<KbSession> KbSessions::Open(catalog::Catalog& catalog, const std::string& kb) {
  uint64_t drops = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    drops = drops_;  // read before the row: a drop after it keeps nothing of this session
  }
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  const std::filesystem::path dictionary = layout_.KbUserDictionary(kb);
  const std::string dictionary_identity = FileIdentity(dictionary);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = kept_.find(kb);
    if (it != kept_.end() && it->second.analysis && it->second.settings_json == info.settings_json &&
        it->second.dictionary_identity == dictionary_identity) {
      return KbSession(*this, catalog, std::move(info), it->second.analysis, drops);
    }
  }
  auto analysis = std::make_shared<Analysis>(base_);
  analysis->regional_folding = ParseKbSearchSettings(info.settings_json).regional_folding;
  if (analysis->words && dictionary_identity != "none") {
    auto loaded = text::UserDictionary::Load(dictionary, analysis->words->normalizer());
    if (!loaded.ok()) return loaded.status().WithContext("knowledge base '" + kb + "'");
    analysis->user_dictionary = std::move(*loaded);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  ++analyses_built_;
  if (drops_ != drops) return KbSession(*this, catalog, std::move(info), std::move(analysis), drops);
  Kept& kept = kept_[kb];
  if (kept.analysis && (kept.settings_json != info.settings_json || kept.dictionary_identity != dictionary_identity)) {
    // The analysis changed: the index is re-analysed at its next open.
    kept.snapshot.reset();
    kept.manifest_identity.clear();
  }
  kept.settings_json = info.settings_json;
  kept.dictionary_identity = dictionary_identity;
  kept.analysis = analysis;
  return KbSession(*this, catalog, std::move(info), std::move(analysis), drops);
}

Result<PreloadReport> KbSessions::Preload(catalog::Catalog& catalog, const std::string& kb, bool categories) {
  PreloadReport report;
  const auto started = std::chrono::steady_clock::now();
  auto ms_since = [](std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
  };
  WY_ASSIGN_OR_RETURN(KbSession session, Open(catalog, kb));
  {
    const std::shared_ptr<std::mutex> load = LoadLock(kb);
    std::lock_guard<std::mutex> loading(*load);
    auto snapshot = KeptSnapshot(session, SnapshotIdentity(session));
    if (!snapshot) {
      WY_ASSIGN_OR_RETURN(snapshot, OpenKbSnapshotIfCurrent(catalog, session.analysis(), kb));
      if (snapshot) KeepSnapshot(session, snapshot);
    }
    if (snapshot) {
      report.index = true;
      report.passages = snapshot->live_docs();
    } else {
      report.not_opened = "its index is behind the catalog or absent: the first search repairs it";
    }
  }
  report.index_ms = ms_since(started);
  if (categories) {
    const auto at = std::chrono::steady_clock::now();
    WY_ASSIGN_OR_RETURN(auto columns, session.Categories());
    report.categories = true;
    report.categorized_documents = columns->documents();
    report.categories_ms = ms_since(at);
  }
  return report;
}

Status KbSessions::Drop(const std::string& kb, const std::function<Status()>& drop) {
  const std::shared_ptr<std::mutex> load = LoadLock(kb);
  std::lock_guard<std::mutex> loading(*load);  // a repair under way finishes first
  Status dropped = drop();
  Forget(kb);  // also after a failed drop: what is kept is read again
  return dropped;
}

void KbSessions::Forget(const std::string& kb) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++drops_;
  kept_.erase(kb);
  load_locks_.erase(kb);  // a holder keeps its lock alive until it is done
}

size_t KbSessions::kept_kbs() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return kept_.size();
}

std::shared_ptr<std::mutex> KbSessions::LoadLock(const std::string& kb) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto& slot = load_locks_[kb];
  if (!slot) slot = std::make_shared<std::mutex>();
  return slot;
}

size_t KbSessions::analyses_built() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return analyses_built_;
}

std::string KbSessions::SnapshotIdentity(const KbSession& session) const {
  const std::string manifest = FileIdentity(layout_.KbIndexDir(session.name()) / index::kManifestName);
  if (manifest == "none") return "";
  return manifest + "@" + std::to_string(session.id()) + ":" + std::to_string(session.info().generation);
}

std::shared_ptr<const index::IndexSnapshot> KbSessions::KeptSnapshot(const KbSession& session,
                                                                     const std::string& identity) const {
  if (identity.empty()) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = kept_.find(session.name());
  if (it != kept_.end() && it->second.snapshot && it->second.analysis.get() == &session.analysis() &&
      it->second.manifest_identity == identity) {
    return it->second.snapshot;
  }
  return nullptr;
}

void KbSessions::KeepSnapshot(const KbSession& session, std::shared_ptr<const index::IndexSnapshot> snapshot) {
  // A repair commits a new manifest: remember the identity of what we hold.
  const std::string identity = SnapshotIdentity(session);
  std::lock_guard<std::mutex> lock(mutex_);
  if (drops_ != session.drops_ || identity.empty()) return;
  auto it = kept_.find(session.name());
  if (it == kept_.end() || it->second.analysis.get() != &session.analysis()) return;
  it->second.snapshot = std::move(snapshot);
  it->second.manifest_identity = identity;
}

Result<std::shared_ptr<const index::IndexSnapshot>> KbSessions::SnapshotOf(const KbSession& session) {
  if (auto kept = KeptSnapshot(session, SnapshotIdentity(session))) return kept;
  // One load per KB at a time: a search that comes during another's load
  // (or the server's Preload) takes what it kept.
  const std::shared_ptr<std::mutex> load = LoadLock(session.name());
  std::lock_guard<std::mutex> loading(*load);
  if (auto kept = KeptSnapshot(session, SnapshotIdentity(session))) return kept;
  WY_ASSIGN_OR_RETURN(auto snapshot, OpenKbSnapshot(session.catalog(), session.analysis(), session.name()));
  KeepSnapshot(session, snapshot);
  return snapshot;
}

Result<std::shared_ptr<const CategoryColumns>> KbSessions::CategoriesOf(const KbSession& session) {
  const std::string identity = std::to_string(session.id()) + ":" + session.info().created_at + ":" +
                               std::to_string(session.info().generation) + ":" +
                               std::to_string(session.info().category_generation);
  auto kept_columns = [&]() -> std::shared_ptr<const CategoryColumns> {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = kept_.find(session.name());
    if (it != kept_.end() && it->second.categories && it->second.categories_identity == identity) {
      return it->second.categories;
    }
    return nullptr;
  };
  if (auto kept = kept_columns()) return kept;
  const std::shared_ptr<std::mutex> load = LoadLock(session.name());
  std::lock_guard<std::mutex> loading(*load);
  if (auto kept = kept_columns()) return kept;
  WY_ASSIGN_OR_RETURN(auto columns, CategoryColumns::Load(session.catalog(), session.id()));
  std::lock_guard<std::mutex> lock(mutex_);
  if (drops_ != session.drops_) return columns;
  auto it = kept_.find(session.name());
  if (it == kept_.end()) return columns;  // forgotten meanwhile
  it->second.categories = columns;
  it->second.categories_identity = identity;
  return columns;
}

Result<std::shared_ptr<const vector::VectorStore>> KbSessions::VectorsOf(const KbSession& session) {
  if (!embedder_) return Status::InvalidArgument("knowledge base '" + session.name() + "' has no embedder configured");
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = kept_.find(session.name());
    if (it != kept_.end() && it->second.vectors && it->second.vectors_generation == session.info().generation) {
      return it->second.vectors;
    }
  }
  std::lock_guard<std::mutex> update(vectors_mutex_);
  WY_ASSIGN_OR_RETURN(auto passages, session.catalog().ListPassages(session.id()));
  WY_ASSIGN_OR_RETURN(std::unique_ptr<vector::VectorStore> store,
                      vector::UpdateKbVectors(layout_.KbVectorsDir(session.name()), passages, *embedder_));
  std::shared_ptr<const vector::VectorStore> shared = std::move(store);
  std::lock_guard<std::mutex> lock(mutex_);
  if (drops_ != session.drops_) return shared;
  auto it = kept_.find(session.name());
  if (it == kept_.end()) return shared;  // forgotten meanwhile
  it->second.vectors = shared;
  it->second.vectors_generation = session.info().generation;
  return shared;
}

}  // namespace wenyuan::search
