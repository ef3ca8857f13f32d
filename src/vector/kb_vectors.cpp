#include "vector/kb_vectors.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_set>

namespace wenyuan::vector {
namespace {

// An exclusive lock on `dir`/lock (flock), held for its lifetime, so two
// processes or threads never update one store at once.
class FolderLock {
 public:
  static Result<std::unique_ptr<FolderLock>> Acquire(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Status::IOError(dir.string() + ": cannot create folder: " + ec.message());
    const std::filesystem::path path = dir / "lock";
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Status::IOError(path.string() + ": cannot open: " + std::strerror(errno));
    auto lock = std::make_unique<FolderLock>(fd);
    while (::flock(fd, LOCK_EX) != 0) {
      if (errno != EINTR) return Status::IOError(path.string() + ": cannot lock: " + std::strerror(errno));
    }
    return lock;
  }
  explicit FolderLock(int fd) : fd_(fd) {}  // owns `fd`
  ~FolderLock() { ::close(fd_); }           // closing releases the lock
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

}  // namespace

std::string EmbeddingText(const catalog::PassageRecord& passage) {
  return passage.title.empty() ? passage.text : passage.title + "\n" + passage.text;
}

Result<VectorSyncReport> SyncVectors(VectorStore& store, const std::vector<catalog::PassageRecord>& passages,
                                     Embedder& embedder, size_t batch) {
  VectorSyncReport report;
  std::unordered_set<int64_t> live;
  std::vector<int64_t> rows;
  std::vector<std::string> texts;
  std::vector<uint64_t> hashes;
  auto flush = [&]() -> Status {
    if (rows.empty()) return Status::Ok();
    WY_ASSIGN_OR_RETURN(auto vectors, embedder.Embed(texts));
    if (vectors.size() != texts.size()) {
      return Status::Internal("embedder " + embedder.name() + " returned " + std::to_string(vectors.size()) +
                              " vectors for " + std::to_string(texts.size()) + " texts");
    }
    WY_RETURN_IF_ERROR(store.AddPassages(rows, vectors, hashes));
    report.added += rows.size();
    rows.clear();
    texts.clear();
    hashes.clear();
    return Status::Ok();
  };
  for (const auto& p : passages) {
    live.insert(p.id);
    std::string text = EmbeddingText(p);
    const uint64_t hash = PassageTextHash(text);
    if (store.Contains(p.id) && store.TextHash(p.id) == hash) {
      ++report.unchanged;
      continue;
    }
    rows.push_back(p.id);
    texts.push_back(std::move(text));
    hashes.push_back(hash);
    if (rows.size() >= std::max<size_t>(batch, 1)) WY_RETURN_IF_ERROR(flush());
  }
  WY_RETURN_IF_ERROR(flush());
  std::vector<int64_t> gone;
  for (int64_t row : store.Rows()) {
    if (!live.count(row)) gone.push_back(row);
  }
  store.RemovePassages(gone);
  report.removed = gone.size();
  return report;
}

Result<std::unique_ptr<VectorStore>> UpdateKbVectors(const std::filesystem::path& dir,
                                                     const std::vector<catalog::PassageRecord>& passages,
                                                     Embedder& embedder, VectorSyncReport* report) {
  VectorSyncReport local;
  VectorSyncReport& r = report ? *report : local;
  r = {};
  WY_ASSIGN_OR_RETURN(auto lock, FolderLock::Acquire(dir));
  std::unique_ptr<VectorStore> store;
  auto loaded = VectorStore::Load(dir);
  if (loaded.ok()) {
    store = std::move(*loaded);
  } else if (loaded.status().code() != StatusCode::kNotFound) {
    return loaded.status();
  }
  if (store && (store->embedder_name() != embedder.name() || store->dimensions() != embedder.dimensions())) {
    store.reset();
    r.replaced = true;
  }
  const bool fresh = !store;
  if (!store) store = std::make_unique<VectorStore>(embedder.name(), embedder.dimensions());
  WY_ASSIGN_OR_RETURN(VectorSyncReport synced, SyncVectors(*store, passages, embedder));
  synced.replaced = r.replaced;
  r = synced;
  if (fresh || r.added > 0 || r.removed > 0) WY_RETURN_IF_ERROR(store->Save(dir));
  return store;
}

}  // namespace wenyuan::vector
