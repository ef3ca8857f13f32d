#include "search/kb_index.h"

#include <sys/stat.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "util/data_layout.h"
#include "util/file_io.h"
#include "util/parallel_for.h"
#include "util/thread_name.h"

namespace wenyuan::search {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStampKey = "catalog_stamp";
// Passages analysed together (a chunk's index documents are in memory at
// once): enough to keep every thread busy, few enough to stay small.
constexpr size_t kAnalysisChunkPassages = 512;
constexpr size_t kAnalysisChunkBytes = size_t{2} << 20;  // of passage text
// Analysed chunks waiting for the appending thread (besides the one it
// appends): it goes on while the next chunk is analysed and the ingester
// reads and stores the next batch; each holds a chunk's index documents
// (some 30 MB), and a second one measured no faster (20k slice, --jobs 2).
constexpr size_t kMaxQueuedChunks = 1;

// What of the KB's analysis shapes its tokens: regional folding and the user
// dictionary. A change makes every signature and the stamp differ, so the
// next open re-indexes the KB with the new analysis.
std::string AnalysisFingerprint(const catalog::Catalog& catalog, const Analysis& analysis, const std::string& kb) {
  std::string f = analysis.regional_folding ? "regional;" : "plain;";
  f += analysis.words ? "words;" : "";
  f += analysis.use_bigrams ? "bigrams;" : "";
  std::error_code ec;
  const fs::path dict = DataLayout(catalog.data_dir()).KbUserDictionary(kb);
  if (analysis.words && fs::exists(dict, ec)) {
    auto bytes = ReadFileToString(dict, 64ull << 20);
    f += "dict:" + std::to_string(std::hash<std::string>()(bytes.ok() ? *bytes : std::string("?")));
  }
  return f;
}

uint64_t Mix(uint64_t signature, const std::string& fingerprint) {
  return signature ^ (std::hash<std::string>()(fingerprint) * 0x9e3779b97f4a7c15ull);
}

// `text_column` is "p.text", or "''" when only signatures are wanted.
std::string PassageQuery(const char* text_column, const std::string& where) {
  return std::string("SELECT p.id, p.document_id, p.number, ") + text_column +
         ", p.start_offset, p.end_offset, d.title, d.source, d.date, d.format, d.metadata, d.url, d.author,"
         " d.content_hash FROM passage p JOIN document d ON p.document_id = d.id " +
         where;
}

IndexablePassage ReadIndexable(const catalog::SqliteStatement& s) {
  IndexablePassage p;
  p.passage.id = s.ColumnInt(0);
  p.passage.document_id = s.ColumnInt(1);
  p.passage.number = s.ColumnInt(2);
  p.passage.text = s.ColumnText(3);
  p.passage.start = s.ColumnInt(4);
  p.passage.end = s.ColumnInt(5);
  p.passage.title = s.ColumnText(6);
  p.passage.source = s.ColumnText(7);
  p.passage.date = s.ColumnText(8);
  p.format = s.ColumnText(9);
  p.metadata_json = s.ColumnText(10);
  p.url = s.ColumnText(11);
  p.author = s.ColumnText(12);
  p.content_hash = s.ColumnText(13);
  return p;
}

// Passages by row id, in chunks (SQLite limits bound parameters).
Result<std::vector<IndexablePassage>> LoadIndexableById(catalog::Catalog& catalog, const std::vector<int64_t>& ids,
                                                        const char* text_column) {
  std::vector<IndexablePassage> out;
  for (size_t start = 0; start < ids.size(); start += 500) {
    const size_t n = std::min<size_t>(500, ids.size() - start);
    std::string marks;
    for (size_t i = 0; i < n; ++i) marks += i ? ",?" : "?";
    WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(
                                       catalog.db(), PassageQuery(text_column, "WHERE p.id IN (" + marks + ")")));
    for (size_t i = 0; i < n; ++i) stmt.Bind(static_cast<int>(i + 1), ids[start + i]);
    WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) { out.push_back(ReadIndexable(s)); }));
  }
  return out;
}

// passage id → signature, for every passage of the KB in the catalog.
Result<std::unordered_map<int64_t, uint64_t>> CatalogSignatures(catalog::Catalog& catalog, int64_t kb_id,
                                                                const std::string& fingerprint) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      catalog::SqliteStatement::Prepare(catalog.db(), PassageQuery("''", "WHERE d.kb_id = ?")));
  stmt.Bind(1, kb_id);
  std::unordered_map<int64_t, uint64_t> out;
  WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) {
    IndexablePassage p = ReadIndexable(s);
    out[p.passage.id] = Mix(PassageSignature(p), fingerprint);
  }));
  return out;
}

// The KB's id, creation time and generation: any change of its documents
// or passages, and a KB dropped and made again, give another stamp.
Result<std::string> CatalogStamp(catalog::Catalog& catalog, const std::string& kb, const std::string& fingerprint) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  return fingerprint + "|" + std::to_string(info.id) + ":" + info.created_at + ":" + std::to_string(info.generation);
}

// (passage id, signature) of every live document; duplicates of an id too.
Result<std::vector<std::pair<int64_t, uint64_t>>> IndexedPassages(const index::IndexSnapshot& snapshot) {
  std::vector<std::pair<int64_t, uint64_t>> out;
  for (const auto& seg : snapshot.segments()) {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (!seg.IsLive(d)) continue;
      WY_ASSIGN_OR_RETURN(const index::DocValues v, seg.reader->Doc(d));
      out.emplace_back(v.passage_id, v.signature);
    }
  }
  return out;
}

}  // namespace

// The appending thread: adds queued chunks of index documents to the
// writer in the order they were queued. After an error it drops what is
// queued until Wait has reported it.
class KbIndexWriter::Appender {
 public:
  explicit Appender(index::IndexWriter& writer) : writer_(writer), thread_([this] { Run(); }) {}
  ~Appender() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
      queue_.clear();
    }
    changed_.notify_all();
    thread_.join();
  }

  // Waits while kMaxQueuedChunks are queued.
  void Push(std::vector<index::IndexDocument> chunk) {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return queue_.size() < kMaxQueuedChunks; });
    queue_.push_back(std::move(chunk));
    changed_.notify_all();
  }

  // Waits until everything queued is appended; the first error since the
  // last Wait, if any.
  Status Wait() {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return queue_.empty() && !busy_; });
    Status s = std::move(error_);
    error_ = Status::Ok();
    return s;
  }

 private:
  void Run() {
    NameThisThread("wy-append");
    std::unique_lock lock(mu_);
    while (true) {
      changed_.wait(lock, [&] { return stop_ || !queue_.empty(); });
      if (stop_) return;
      std::vector<index::IndexDocument> chunk = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
      const bool failed = !error_.ok();
      lock.unlock();
      changed_.notify_all();  // a place in the queue is free
      Status s = Status::Ok();
      if (!failed) {
        for (auto& doc : chunk) {
          s = writer_.Add(std::move(doc));
          if (!s.ok()) break;
        }
      }
      chunk = {};
      lock.lock();
      if (!s.ok() && error_.ok()) error_ = std::move(s);
      busy_ = false;
      changed_.notify_all();
    }
  }

  index::IndexWriter& writer_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::vector<index::IndexDocument>> queue_;
  bool busy_ = false, stop_ = false;
  Status error_ = Status::Ok();
  std::thread thread_;  // last: starts once the rest is made
};

KbIndexWriter::KbIndexWriter(catalog::Catalog& catalog, Analysis analysis, std::string kb, int64_t kb_id,
                             std::unique_ptr<index::IndexWriter> w, std::string fingerprint)
    : catalog_(&catalog),
      analysis_(std::move(analysis)),
      kb_(std::move(kb)),
      kb_id_(kb_id),
      writer_(std::move(w)),
      fingerprint_(std::move(fingerprint)) {}

KbIndexWriter::~KbIndexWriter() = default;

Result<std::unique_ptr<KbIndexWriter>> KbIndexWriter::Open(catalog::Catalog& catalog, const Analysis& kb_analysis,
                                                           const std::string& kb, bool wait, size_t buffer_bytes) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  index::WriterOptions options;
  options.wait_for_lock = wait;
  if (buffer_bytes > 0) options.max_buffer_bytes = buffer_bytes;
  WY_ASSIGN_OR_RETURN(auto writer, index::IndexWriter::Open(DataLayout(catalog.data_dir()).KbIndexDir(kb), options));
  return std::unique_ptr<KbIndexWriter>(new KbIndexWriter(catalog, kb_analysis, kb, info.id, std::move(writer),
                                                          AnalysisFingerprint(catalog, kb_analysis, kb)));
}

Result<SyncCounts> KbIndexWriter::Sync() {
  WY_ASSIGN_OR_RETURN(CatalogSide catalog_side, ReadCatalogSide());
  WY_ASSIGN_OR_RETURN(SyncCounts counts, ApplySync(catalog_side));
  WY_RETURN_IF_ERROR(CommitSync(counts));
  return counts;
}

Result<KbIndexWriter::CatalogSide> KbIndexWriter::ReadCatalogSide() {
  CatalogSide side;
  WY_ASSIGN_OR_RETURN(side.signatures, CatalogSignatures(*catalog_, kb_id_, fingerprint_));
  return side;
}

Result<SyncCounts> KbIndexWriter::ApplySync(const CatalogSide& catalog_side) {
  WY_RETURN_IF_ERROR(AwaitAppend());
  SyncCounts counts;
  std::unordered_map<int64_t, uint64_t> indexed;
  std::unordered_set<int64_t> stale;
  WY_ASSIGN_OR_RETURN(auto indexed_passages, IndexedPassages(*writer_->snapshot()));
  for (const auto& [id, signature] : indexed_passages) {
    auto it = catalog_side.signatures.find(id);
    if (it == catalog_side.signatures.end() || it->second != signature || !indexed.emplace(id, signature).second)
      stale.insert(id);
  }
  for (int64_t id : stale) indexed.erase(id);
  std::vector<int64_t> missing;
  for (const auto& [id, signature] : catalog_side.signatures) {
    if (!indexed.count(id)) missing.push_back(id);
  }
  std::sort(missing.begin(), missing.end());
  WY_RETURN_IF_ERROR(writer_->DeletePassages(stale));
  counts.deleted = stale.size();
  for (size_t start = 0; start < missing.size(); start += 2000) {
    std::vector<int64_t> chunk(missing.begin() + static_cast<std::ptrdiff_t>(start),
                               missing.begin() + static_cast<std::ptrdiff_t>(std::min(missing.size(), start + 2000)));
    WY_ASSIGN_OR_RETURN(auto rows, LoadIndexableById(*catalog_, chunk, "p.text"));
    Status added = AddAll(rows);
    if (!added.ok()) {
      (void)AwaitAppend();
      return added;
    }
    counts.added += rows.size();
  }
  WY_RETURN_IF_ERROR(AwaitAppend());
  return counts;
}

Status KbIndexWriter::CommitSync(const SyncCounts& applied) {
  WY_RETURN_IF_ERROR(AwaitAppend());
  WY_ASSIGN_OR_RETURN(std::string stamp, CatalogStamp(*catalog_, kb_, fingerprint_));
  const auto& data = writer_->snapshot()->manifest().commit_data;
  const auto it = data.find(kStampKey);
  if (applied.added || applied.deleted || it == data.end() || it->second != stamp) {
    WY_RETURN_IF_ERROR(Commit());
  }
  return Status::Ok();
}

Status KbIndexWriter::FileChanged(const std::string& path) {
  WY_RETURN_IF_ERROR(BeginFile(path));
  WY_ASSIGN_OR_RETURN(
      auto stmt, catalog::SqliteStatement::Prepare(catalog_->db(), PassageQuery("p.text",
                                                                                "JOIN source_file f ON d.file_id = f.id"
                                                                                " WHERE f.kb_id = ? AND f.path = ?"
                                                                                " ORDER BY d.id, p.number")));
  stmt.Bind(1, kb_id_).Bind(2, path);
  // (Ordered by d.id rather than the equal p.document_id, so SQLite walks
  // the indexes in order instead of sorting the whole file's rows first.)
  std::vector<IndexablePassage> rows;
  size_t text_bytes = 0;
  Status added = Status::Ok();
  WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) {
    if (!added.ok()) return;
    rows.push_back(ReadIndexable(s));
    text_bytes += rows.back().passage.text.size();
    if (rows.size() >= kAnalysisChunkPassages || text_bytes >= kAnalysisChunkBytes) {
      added = AddAll(rows);
      rows.clear();
      text_bytes = 0;
    }
  }));
  if (added.ok()) added = AddAll(rows);
  if (!added.ok()) {
    (void)AwaitAppend();
    file_under_way_.clear();
    return added;
  }
  return EndFile();
}

Status KbIndexWriter::BeginFile(const std::string& path) {
  WY_RETURN_IF_ERROR(AwaitAppend());  // one an earlier call's error left queued
  file_under_way_ = path;
  return writer_->DeleteByKeyword("file:" + path);
}

Status KbIndexWriter::AddDocuments(const std::vector<int64_t>& document_ids) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      catalog::SqliteStatement::Prepare(
                          catalog_->db(), PassageQuery("p.text", "WHERE p.document_id = ? ORDER BY p.number")));
  std::vector<IndexablePassage> rows;
  size_t text_bytes = 0;
  for (int64_t id : document_ids) {
    stmt.Bind(1, id);
    WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) {
      rows.push_back(ReadIndexable(s));
      text_bytes += rows.back().passage.text.size();
    }));
    WY_RETURN_IF_ERROR(stmt.Reset());
    if (rows.size() >= kAnalysisChunkPassages || text_bytes >= kAnalysisChunkBytes) {
      WY_RETURN_IF_ERROR(AddAll(rows));
      rows.clear();
      text_bytes = 0;
    }
  }
  WY_RETURN_IF_ERROR(AddAll(rows));
  if (passages_per_commit == 0 || uncommitted_passages_ < passages_per_commit) return Status::Ok();
  // A large file commits on its way, so the index merges what it has while
  // the rest is read (at points fixed by the input: batch ends). The stamp
  // is one no catalog has: a crash before the file's end leaves the index
  // behind the catalog, which the next open repairs, as after any crash.
  WY_RETURN_IF_ERROR(AwaitAppend());
  uncommitted_passages_ = 0;
  return writer_->Commit({{kStampKey, "within " + file_under_way_}});
}

Status KbIndexWriter::EndFile() {
  file_under_way_.clear();
  WY_RETURN_IF_ERROR(AwaitAppend());
  if (++uncommitted_files_ >= files_per_commit ||
      (passages_per_commit > 0 && uncommitted_passages_ >= passages_per_commit)) {
    return Commit();
  }
  return Status::Ok();
}

Status KbIndexWriter::AddAll(const std::vector<IndexablePassage>& rows) {
  if (rows.empty()) return Status::Ok();
  uncommitted_passages_ += rows.size();
  std::vector<index::IndexDocument> docs(rows.size());
  std::vector<std::vector<text::Token>> words(on_words && analysis_.words ? rows.size() : 0);
  // What a document's passages share is made once (they come together).
  std::vector<size_t> first_of_part;
  std::vector<size_t> part_of(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i == 0 || !SameDocumentPart(rows[i - 1], rows[i])) first_of_part.push_back(i);
    part_of[i] = first_of_part.size() - 1;
  }
  std::vector<IndexedDocumentPart> parts(first_of_part.size());
  ParallelFor(parts.size(), jobs,
              [&](size_t k) { parts[k] = MakeIndexedDocumentPart(analysis_, rows[first_of_part[k]]); });
  ParallelFor(rows.size(), jobs, [&](size_t i) {
    docs[i] = MakeIndexDocument(analysis_, rows[i], parts[part_of[i]], words.empty() ? nullptr : &words[i]);
    docs[i].values.signature = Mix(docs[i].values.signature, fingerprint_);
  });
  if (!words.empty()) on_words(rows, words);
  if (jobs <= 1) {  // nothing to overlap with: append here
    for (auto& doc : docs) WY_RETURN_IF_ERROR(writer_->Add(std::move(doc)));
    return Status::Ok();
  }
  if (!appender_) appender_ = std::make_unique<Appender>(*writer_);
  appender_->Push(std::move(docs));
  return Status::Ok();
}

Status KbIndexWriter::AwaitAppend() {
  if (!appender_) return Status::Ok();
  return appender_->Wait();
}

Status KbIndexWriter::Commit() {
  WY_RETURN_IF_ERROR(AwaitAppend());
  WY_ASSIGN_OR_RETURN(std::string stamp, CatalogStamp(*catalog_, kb_, fingerprint_));
  return Commit(stamp);
}

Result<std::string> KbIndexWriter::CatalogStampNow() { return CatalogStamp(*catalog_, kb_, fingerprint_); }

Status KbIndexWriter::Commit(const std::string& stamp) {
  WY_RETURN_IF_ERROR(AwaitAppend());
  uncommitted_files_ = 0;
  uncommitted_passages_ = 0;
  return writer_->Commit({{kStampKey, stamp}});
}

Status KbIndexWriter::WaitForMerges() {
  WY_RETURN_IF_ERROR(AwaitAppend());
  return writer_->WaitForMerges();
}

Result<std::shared_ptr<const index::IndexSnapshot>> OpenKbSnapshot(catalog::Catalog& catalog,
                                                                   const Analysis& kb_analysis, const std::string& kb) {
  const fs::path dir = DataLayout(catalog.data_dir()).KbIndexDir(kb);
  std::shared_ptr<const index::IndexSnapshot> snapshot;
  std::error_code ec;
  if (fs::exists(dir / index::kManifestName, ec)) {
    WY_ASSIGN_OR_RETURN(snapshot, index::IndexSnapshot::Open(dir));
    WY_ASSIGN_OR_RETURN(std::string stamp, CatalogStamp(catalog, kb, AnalysisFingerprint(catalog, kb_analysis, kb)));
    auto it = snapshot->manifest().commit_data.find(kStampKey);
    if (it != snapshot->manifest().commit_data.end() && it->second == stamp) return snapshot;
  }
  auto writer = KbIndexWriter::Open(catalog, kb_analysis, kb, /*wait=*/false);
  if (!writer.ok()) {
    // A writer (an ingest) is at work and will bring the index up to date.
    if (writer.status().code() == StatusCode::kTimeout) {
      if (snapshot) return snapshot;
      return index::IndexSnapshot::Open(dir);
    }
    return writer.status();
  }
  WY_RETURN_IF_ERROR((*writer)->Sync().status());
  return (*writer)->snapshot();
}

Result<std::shared_ptr<const index::IndexSnapshot>> OpenKbSnapshotIfCurrent(catalog::Catalog& catalog,
                                                                            const Analysis& kb_analysis,
                                                                            const std::string& kb) {
  const fs::path dir = DataLayout(catalog.data_dir()).KbIndexDir(kb);
  std::error_code ec;
  if (!fs::exists(dir / index::kManifestName, ec)) return std::shared_ptr<const index::IndexSnapshot>();
  WY_ASSIGN_OR_RETURN(auto snapshot, index::IndexSnapshot::Open(dir));
  WY_ASSIGN_OR_RETURN(std::string stamp, CatalogStamp(catalog, kb, AnalysisFingerprint(catalog, kb_analysis, kb)));
  auto it = snapshot->manifest().commit_data.find(kStampKey);
  if (it == snapshot->manifest().commit_data.end() || it->second != stamp) {
    return std::shared_ptr<const index::IndexSnapshot>();
  }
  return snapshot;
}

Result<std::vector<catalog::PassageRecord>> LoadPassagesById(catalog::Catalog& catalog,
                                                             const std::vector<int64_t>& ids) {
  WY_ASSIGN_OR_RETURN(auto rows, LoadIndexableById(catalog, ids, "p.text"));
  std::unordered_map<int64_t, size_t> at;
  for (size_t i = 0; i < rows.size(); ++i) at[rows[i].passage.id] = i;
  std::vector<catalog::PassageRecord> out;
  for (int64_t id : ids) {
    auto it = at.find(id);
    if (it != at.end()) out.push_back(rows[it->second].passage);
  }
  return out;
}

Result<std::string> CheckKbIndex(catalog::Catalog& catalog, const Analysis& kb_analysis, const std::string& kb) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  std::string repaired;
  auto writer = KbIndexWriter::Open(catalog, kb_analysis, kb, /*wait=*/false);
  bool busy = false;
  if (writer.ok()) {
    WY_ASSIGN_OR_RETURN(SyncCounts counts, (*writer)->Sync());
    WY_RETURN_IF_ERROR((*writer)->WaitForMerges());  // the files checked below stay as they are
    if (counts.added || counts.deleted) {
      repaired =
          "; repaired " + std::to_string(counts.added) + " added, " + std::to_string(counts.deleted) + " deleted";
    }
  } else if (writer.status().code() == StatusCode::kTimeout) {
    busy = true;
  } else {
    return writer.status();
  }
  const fs::path dir = DataLayout(catalog.data_dir()).KbIndexDir(kb);
  // Opening checks footers and the small files; every chunk of the rest here.
  WY_ASSIGN_OR_RETURN(auto snapshot, index::IndexSnapshot::Open(dir));
  WY_RETURN_IF_ERROR(snapshot->VerifyChecksums());
  uint64_t terms = 0, postings = 0;
  for (const auto& seg : snapshot->segments()) {
    auto it = seg.reader->Seek("");
    std::string previous;
    while (it.Next()) {
      if (terms > 0 && it.key() <= previous && !previous.empty()) {
        return Status::Corruption("corrupt segment " + seg.entry.name + ": terms out of order");
      }
      previous = it.key();
      ++terms;
      index::PostingsCursor cursor = seg.reader->Cursor(it.info());
      uint32_t count = 0, last = 0;
      for (uint32_t d = cursor.doc(); d != index::kNoMoreDocs; d = cursor.Next()) {
        if (d >= seg.reader->doc_count() || (count > 0 && d <= last)) {
          return Status::Corruption("corrupt segment " + seg.entry.name + ": postings of a term are out of range");
        }
        cursor.Positions();
        last = d;
        ++count;
      }
      if (!cursor.status().ok() || count != it.info().df) {
        return Status::Corruption("corrupt segment " + seg.entry.name + ": postings do not decode");
      }
      postings += count;
    }
    if (!it.status().ok())
      return Status::Corruption("corrupt segment " + seg.entry.name + ": " + it.status().message());
  }
  WY_ASSIGN_OR_RETURN(auto catalog_side,
                      CatalogSignatures(catalog, info.id, AnalysisFingerprint(catalog, kb_analysis, kb)));
  std::unordered_map<int64_t, uint64_t> indexed;
  size_t duplicated = 0, changed = 0, extra = 0, missing = 0;
  int64_t example = 0;
  WY_ASSIGN_OR_RETURN(auto indexed_passages, IndexedPassages(*snapshot));
  for (const auto& [id, signature] : indexed_passages) {
    if (!indexed.emplace(id, signature).second) {
      ++duplicated;
      example = id;
      continue;
    }
    auto it = catalog_side.find(id);
    if (it == catalog_side.end())
      ++extra, example = id;
    else if (it->second != signature)
      ++changed, example = id;
  }
  for (const auto& [id, signature] : catalog_side) {
    if (!indexed.count(id)) ++missing, example = id;
  }
  if (duplicated || changed || extra || missing) {
    return Status::Corruption("index of '" + kb + "' does not match the catalog: " + std::to_string(missing) +
                              " passages missing, " + std::to_string(extra) + " extra, " + std::to_string(changed) +
                              " out of date, " + std::to_string(duplicated) + " duplicated (e.g. passage row " +
                              std::to_string(example) + ")" + (busy ? "; a writer is at work on it" : ""));
  }
  return "ok: " + kb + ": " + std::to_string(snapshot->segments().size()) + " segments, " +
         std::to_string(snapshot->live_docs()) + " passages, " + std::to_string(terms) + " terms, " +
         std::to_string(postings) + " postings; checksums verified; matches the catalog" + repaired;
}

}  // namespace wenyuan::search
