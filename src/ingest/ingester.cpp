#include "ingest/ingester.h"

#include <algorithm>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "catalog/document_queries.h"
#include "clean/near_duplicate.h"
#include "ingest/document_preparer.h"
#include "ingest/line_chunk_reader.h"
#include "util/file_hash.h"
#include "util/file_io.h"
#include "util/parallel_for.h"
#include "util/sha256.h"
#include "util/thread_name.h"

namespace wenyuan::ingest {
namespace fs = std::filesystem;

namespace {

template <typename F>
size_t SumOver(const std::vector<FileResult>& files, F f) {
  size_t total = 0;
  for (const auto& r : files) total += f(r);
  return total;
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Files under `dir` that a reader takes (by extension), sorted, hidden
// entries skipped. Content sniffing is for files named explicitly.
Status CollectFiles(const fs::path& dir, const ReaderRegistry& readers, Logger& log, std::vector<fs::path>& out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::IOError(dir.string() + ": cannot list: " + ec.message());
  std::vector<fs::path> found;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IOError(dir.string() + ": cannot list: " + ec.message());
    const fs::path& p = it->path();
    if (IsHidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (readers.ForPath(p) == nullptr) {
      log.Debug("ingest: skipping " + p.string() + " (no reader for this file type)");
      continue;
    }
    found.push_back(p);
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
  return Status::Ok();
}

std::string MetadataJson(const ExtractedDocument& doc) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : doc.metadata) j[k] = v;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

constexpr size_t kMaxStreamWarnings = 100;

std::string FormatBytes(uint64_t bytes) {
  char buf[32];
  if (bytes >= (1u << 20))
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  else if (bytes >= 1024)
    std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024);
  else
    std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
  return buf;
}

}  // namespace

size_t IngestReport::Count(IngestOutcome o) const {
  return SumOver(files, [o](const FileResult& f) { return f.outcome == o ? 1 : 0; });
}
size_t IngestReport::Documents() const {
  return SumOver(files, [](const FileResult& f) { return f.documents; });
}
size_t IngestReport::Passages() const {
  return SumOver(files, [](const FileResult& f) { return f.passages; });
}
size_t IngestReport::FailedParts() const {
  return SumOver(files, [](const FileResult& f) { return f.failed_parts.size(); });
}
size_t IngestReport::Duplicates() const {
  return SumOver(files, [](const FileResult& f) { return f.duplicates.size(); });
}
uint64_t IngestReport::BytesIn() const {
  return SumOver(files, [](const FileResult& f) { return f.bytes_in; });
}
uint64_t IngestReport::BytesOut() const {
  return SumOver(files, [](const FileResult& f) { return f.bytes_out; });
}

std::vector<int64_t> IngestReport::ChangedDocumentIds() const {
  std::vector<int64_t> ids;
  for (const auto& f : files) {
    if (f.outcome == IngestOutcome::kAdded || f.outcome == IngestOutcome::kUpdated) {
      ids.insert(ids.end(), f.document_ids.begin(), f.document_ids.end());
    }
  }
  return ids;
}

std::string IngestReport::Summary() const {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f s", elapsed.count());
  return std::to_string(Count(IngestOutcome::kAdded)) + " added, " + std::to_string(Count(IngestOutcome::kUpdated)) +
         " updated, " + std::to_string(Count(IngestOutcome::kUnchanged)) + " unchanged, " +
         std::to_string(Count(IngestOutcome::kFailed)) + " failed; " + std::to_string(Documents()) + " documents, " +
         std::to_string(Passages()) + " passages, " + std::to_string(FailedParts()) + " pages not indexed, " +
         std::to_string(Duplicates()) + " duplicates; " + FormatBytes(BytesIn()) + " in, " + FormatBytes(BytesOut()) +
         " of text out; " + seconds;
}

Result<IngestReport> Ingester::Ingest(const std::string& kb_name, const std::vector<fs::path>& paths) {
  const auto started = std::chrono::steady_clock::now();
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase kb, catalog_.GetKb(kb_name));
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(p.string() + ": no such file or directory");
    if (fs::is_directory(st)) {
      WY_RETURN_IF_ERROR(CollectFiles(p, readers_, log_, files));
    } else {
      files.push_back(p);  // named explicitly: an unknown type is reported below
    }
  }
  near_duplicates_ = clean::NearDuplicateIndex();
  {
    WY_ASSIGN_OR_RETURN(auto fingerprints, catalog_.ListFingerprints(kb.id));
    for (const auto& [id, fingerprint] : fingerprints) near_duplicates_.Add(id, fingerprint);
  }
  folder_sites_.clear();
  IngestReport report;
  progress_ = IngestProgress{};
  progress_.files_total = files.size();
  for (const auto& f : files) {
    std::error_code ec;
    const auto size = fs::file_size(f, ec);
    if (!ec) progress_.bytes_total += size;
  }
  // A line per file stays at info level: logs (and tools reading them)
  // follow the files that went in; duplicates are at debug level.
  const LogLevel file_level = LogLevel::kInfo;
  for (size_t i = 0; i < files.size(); ++i) {
    const uint64_t bytes_before = progress_.bytes_done;
    const size_t documents_before = progress_.documents;
    hook_error_ = Status::Ok();
    FileResult r = IngestFile(kb, files[i]);
    if (r.outcome == IngestOutcome::kFailed && r.batches_handed_on > 0 && options_.after_file_failed) {
      WY_RETURN_IF_ERROR(options_.after_file_failed(r.path));
    }
    WY_RETURN_IF_ERROR(hook_error_);
    progress_.files_done = i + 1;
    progress_.bytes_done = bytes_before + r.bytes_in;
    progress_.documents = documents_before + r.documents;
    if (options_.on_progress) options_.on_progress(progress_);
    if ((r.outcome == IngestOutcome::kAdded || r.outcome == IngestOutcome::kUpdated) && options_.after_file_stored) {
      WY_RETURN_IF_ERROR(options_.after_file_stored(r));
    }
    std::string progress = "[" + std::to_string(i + 1) + "/" + std::to_string(files.size()) + "] ";
    std::string counts = " (" + std::to_string(r.documents) + (r.documents == 1 ? " document, " : " documents, ") +
                         std::to_string(r.passages) + " passages)";
    switch (r.outcome) {
      case IngestOutcome::kAdded:
        log_.Write(file_level, "ingest: " + progress + "added " + r.path + counts);
        break;
      case IngestOutcome::kUpdated:
        log_.Write(file_level, "ingest: " + progress + "updated " + r.path + counts);
        break;
      case IngestOutcome::kUnchanged:
        log_.Write(file_level, "ingest: " + progress + "unchanged " + r.path);
        break;
      case IngestOutcome::kFailed:
        log_.Error("ingest: " + progress + r.error.message());
        break;
    }
    for (const auto& w : r.warnings) log_.Warn("ingest: " + w);
    LogNotIndexed(r);
    for (const auto& [source, original] : r.duplicates) {
      log_.Debug("ingest: " + source + " repeats document " + std::to_string(original) + "; kept as a duplicate");
    }
    if (!r.promoted.empty()) {
      log_.Info("ingest: " + std::to_string(r.promoted.size()) +
                " near-duplicates of documents this file changed or removed now have passages of their own");
    }
    report.files.push_back(std::move(r));
  }
  report.elapsed = std::chrono::steady_clock::now() - started;
  return report;
}

// A file of many records may leave many of them unindexed (a poem whose
// text is only punctuation): the first few are listed, the rest go to the
// debug level (-v) with a count, so a log stays readable.
void Ingester::LogNotIndexed(const FileResult& r) {
  constexpr size_t kListed = 10;
  for (size_t i = 0; i < r.failed_parts.size(); ++i) {
    const auto& part = r.failed_parts[i];
    log_.Write(i < kListed ? LogLevel::kWarn : LogLevel::kDebug,
               "ingest: not indexed: " + part.source + ": " + part.reason);
  }
  if (r.failed_parts.size() > kListed) {
    log_.Warn("ingest: " + r.path + ": " + std::to_string(r.failed_parts.size()) + " records not indexed in all, " +
              std::to_string(r.failed_parts.size() - kListed) + " more than listed (-v lists every one)");
  }
}

// What storing one file carries from batch to batch.
struct Ingester::FileWrite {
  catalog::Catalog::FileReplace replace;
  clean::NearDuplicateIndex in_file;                        // the file's originals (ids: position + 1)
  std::vector<std::pair<int64_t, uint64_t>> new_originals;  // to index once committed
  size_t prepared = 0;                                      // documents read so far
};

// One batch of a file's documents, read, cleaned and analysed (possibly
// ahead, on another thread), with what the reading had to say; what goes
// into the FileResult is put there in order by AddBatch's thread.
struct Ingester::Batch {
  std::vector<PreparedDocument> prepared;
  std::vector<catalog::StoredDocument> analysed;  // slot per prepared document
  std::vector<std::string> warnings;              // "path: what", each kept
  std::vector<std::string> capped_warnings;       // kept while under kMaxStreamWarnings
  bool no_usable_record = false;                  // the stream ended without a document
  std::optional<uint64_t> bytes_read;             // of a stream, for the progress display
};

void Ingester::AnalyseBatch(Batch& batch, const fs::path& canonical, const std::string& path) const {
  // Each document into its own slot, so any --jobs gives the same result.
  batch.analysed.assign(batch.prepared.size(), {});
  ParallelFor(batch.prepared.size(), options_.jobs, [&](size_t i) {
    PreparedDocument& p = batch.prepared[i];
    if (!p.cleaned.failure.empty()) return;
    ExtractedDocument& doc = p.extracted;
    catalog::DocumentInput& in = batch.analysed[i].document;
    in.source = doc.part.empty() ? path : path + "#" + doc.part;
    // The texts are needed no more: one copy in memory, not three.
    in.text = std::move(p.cleaned.text);
    doc.text = {};
    in.title = p.title.empty() ? (doc.part.empty() ? canonical.stem().string() : doc.part) : p.title;
    in.date = doc.date;
    in.format = doc.format;
    in.url = doc.url;
    in.author = doc.author;
    in.metadata_json = MetadataJson(doc);
    in.content_hash = Sha256Hex(in.text);
    in.script =
        options_.script_detector ? std::string(text::ScriptName(options_.script_detector->Detect(in.text))) : "unknown";
    in.fingerprint = clean::ContentFingerprint(in.text);
    batch.analysed[i].passages = ChunkPassages(in.text, options_.chunking);
  });
}

Status Ingester::AddBatch(Batch& batch, FileWrite& write, FileResult& result) {
  // What depends on the documents before it (near-duplicates) here, in
  // order, so any --jobs gives the same result.
  std::vector<PreparedDocument>& prepared = batch.prepared;
  const size_t base = write.replace.result.document_ids.size();  // position of the batch's first
  std::vector<catalog::StoredDocument> stored;
  std::vector<std::pair<size_t, size_t>> in_file_duplicates;  // index in result.duplicates, position
  for (size_t i = 0; i < prepared.size(); ++i) {
    const PreparedDocument& p = prepared[i];
    const ExtractedDocument& doc = p.extracted;
    const std::string source = doc.part.empty() ? result.path : result.path + "#" + doc.part;
    for (const auto& w : doc.warnings) result.warnings.push_back(source + ": " + w);
    if (!p.cleaned.failure.empty()) {
      result.failed_parts.push_back({source, p.cleaned.failure});
      continue;
    }
    catalog::StoredDocument s = std::move(batch.analysed[i]);
    catalog::DocumentInput& in = s.document;
    const int64_t original = near_duplicates_.FindNear(in.fingerprint);
    // Else an original earlier in the same file.
    const int64_t in_file_original = original == 0 ? write.in_file.FindNear(in.fingerprint) : 0;
    if (original != 0) {
      in.duplicate_of = original;
      result.duplicates.emplace_back(source, original);
      s.passages.clear();
    } else if (in_file_original != 0) {
      in.duplicate_of_position = static_cast<int>(in_file_original - 1);
      in_file_duplicates.emplace_back(result.duplicates.size(), static_cast<size_t>(in_file_original - 1));
      result.duplicates.emplace_back(source, 0);
      s.passages.clear();
    } else {
      write.in_file.Add(static_cast<int64_t>(base + stored.size()) + 1, in.fingerprint);
      result.passages += s.passages.size();
    }
    result.bytes_out += in.text.size();
    stored.push_back(std::move(s));
  }
  write.prepared += prepared.size();
  result.documents += stored.size();
  batch = {};  // what the batch read is in `stored` now
  WY_RETURN_IF_ERROR(catalog_.AppendFileDocuments(write.replace, stored));
  const auto& ids = write.replace.result.document_ids;
  for (const auto& [index, position] : in_file_duplicates) result.duplicates[index].second = ids[position];
  for (size_t i = 0; i < stored.size(); ++i) {
    const auto& doc = stored[i].document;
    if (doc.duplicate_of == 0 && doc.duplicate_of_position < 0 && doc.fingerprint != 0) {
      write.new_originals.emplace_back(ids[base + i], doc.fingerprint);
    }
  }
  const size_t count = stored.size();
  stored = {};  // written: the index reads the passages back
  if (options_.after_batch_stored && count > 0) {
    ++result.batches_handed_on;
    hook_error_ = options_.after_batch_stored(
        result.path, std::vector<int64_t>(ids.begin() + static_cast<std::ptrdiff_t>(base), ids.end()));
    WY_RETURN_IF_ERROR(hook_error_);
  }
  return Status::Ok();
}

Status Ingester::WriteFile(const catalog::KnowledgeBase& kb, const fs::path& canonical, const std::string& hash,
                           const NextBatch& next_batch, FileResult& result) {
  // One transaction: the file's documents, and the near-duplicates (of
  // other files) that lose their original given passages of their own, so
  // no crash leaves a duplicate whose text cannot be found.
  WY_ASSIGN_OR_RETURN(auto txn, catalog::SqliteTransaction::Begin(catalog_.db()));
  FileWrite write;
  WY_ASSIGN_OR_RETURN(write.replace, catalog_.BeginFileReplace(kb.id, result.path, hash));
  // Reading, cleaning and each document's own analysis touch neither the
  // catalog nor the result, so with more than one job the next batch is
  // read ahead on a thread of its own while this one is written (the
  // future's destructor waits for it if an error ends the loop).
  const std::string path = result.path;
  auto read = [&]() -> Result<std::optional<Batch>> {
    Batch batch;
    WY_ASSIGN_OR_RETURN(bool more, next_batch(batch));
    if (!more) return std::optional<Batch>();
    AnalyseBatch(batch, canonical, path);
    return std::optional<Batch>(std::move(batch));
  };
  const bool ahead = options_.jobs > 1;
  std::future<Result<std::optional<Batch>>> next;
  auto read_ahead = [&] {
    NameThisThread("wy-read");
    return read();
  };
  if (ahead) next = std::async(std::launch::async, read_ahead);
  while (true) {
    Result<std::optional<Batch>> got = ahead ? next.get() : read();
    if (!got.ok()) return got.status();
    if (!got->has_value()) break;
    Batch batch = std::move(**got);
    if (ahead) next = std::async(std::launch::async, read_ahead);
    // The reading's notes, in the order a one-thread run gives them.
    for (auto& w : batch.warnings) result.warnings.push_back(std::move(w));
    for (auto& w : batch.capped_warnings) {
      if (result.warnings.size() < kMaxStreamWarnings) result.warnings.push_back(std::move(w));
    }
    if (batch.no_usable_record) {
      return Status::InvalidArgument(result.path + ": no usable record" +
                                     (result.warnings.empty() ? std::string() : " (" + result.warnings.front() + ")"));
    }
    if (batch.bytes_read && options_.on_progress) {
      IngestProgress now = progress_;
      now.documents += result.documents + batch.prepared.size();
      now.bytes_done += *batch.bytes_read;
      options_.on_progress(now);
    }
    WY_RETURN_IF_ERROR(AddBatch(batch, write, result));
  }
  if (result.documents == 0 && !result.failed_parts.empty() && write.prepared == 1) {
    return Status::InvalidArgument(result.path + ": not indexed: " + result.failed_parts.front().reason);
  }
  WY_ASSIGN_OR_RETURN(catalog::FileReplaceResult replaced, catalog_.FinishFileReplace(write.replace));
  std::vector<std::pair<int64_t, uint64_t>> promoted;
  for (int64_t id : replaced.orphaned_duplicates) {
    WY_ASSIGN_OR_RETURN(catalog::DocumentRecord doc, catalog_.GetDocument(id));
    WY_ASSIGN_OR_RETURN(std::string text, catalog::GetDocumentText(catalog_, id));
    WY_ASSIGN_OR_RETURN(std::string path, catalog_.PromoteDuplicate(id, ChunkPassages(text, options_.chunking)));
    if (!path.empty() && path != result.path &&
        std::find(result.also_changed.begin(), result.also_changed.end(), path) == result.also_changed.end()) {
      result.also_changed.push_back(path);
    }
    promoted.emplace_back(id, doc.fingerprint);
  }
  WY_RETURN_IF_ERROR(txn->Commit());
  // Committed: the originals it holds now are what later files compare with.
  for (const auto& [id, fingerprint] : write.new_originals) near_duplicates_.Add(id, fingerprint);
  for (const auto& [id, fingerprint] : promoted) {
    near_duplicates_.Add(id, fingerprint);
    result.promoted.push_back(id);
  }
  result.document_ids = std::move(replaced.document_ids);
  result.document_id = result.document_ids.empty() ? 0 : result.document_ids.front();
  result.removed = replaced.removed;
  return Status::Ok();
}

FileResult Ingester::IngestFile(const catalog::KnowledgeBase& kb, const fs::path& path) {
  FileResult result;
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
  if (ec) canonical = fs::absolute(path);
  result.path = canonical.string();
  auto fail = [&](Status s) {
    result.outcome = IngestOutcome::kFailed;
    result.error = std::move(s);
    return result;
  };

  // A record file too large to read whole is read as a stream of records;
  // its limits then apply per record.
  const uint64_t size = fs::file_size(canonical, ec);
  std::optional<std::string> whole;
  const DocumentReader* reader = nullptr;
  std::string hash;
  bool streamed = false;
  if (!ec && size > std::min(options_.max_file_bytes, options_.stream_record_files_over)) {
    auto head = ReadFileHead(canonical, 64 << 10);
    if (!head.ok()) return fail(head.status());
    reader = readers_.ForFile(canonical, *head);
    // UTF-16 (NUL bytes) cannot be cut into lines at '\n' bytes: read whole.
    streamed = reader && reader->ReadsLineRecords() && head->find('\0') == std::string::npos;
    if (!streamed && size > options_.max_file_bytes) {
      return fail(Status::ResourceExhausted(result.path + ": " + std::to_string(size) + " bytes, over the " +
                                            std::to_string(options_.max_file_bytes >> 20) +
                                            " MiB limit for one file (only record files may be larger: JSON "
                                            "Lines, `key: value` records, <page> crawl files, not in UTF-16)"));
    }
  }
  if (streamed) {
    auto file_hash = Sha256OfFile(canonical);
    if (!file_hash.ok()) return fail(file_hash.status());
    hash = std::move(file_hash).value();
    result.bytes_in = size;
  } else {
    auto bytes = ReadFileToString(canonical, options_.max_file_bytes);
    if (!bytes.ok()) return fail(bytes.status());
    whole = std::move(bytes).value();
    result.bytes_in = whole->size();
    reader = readers_.ForFile(canonical, *whole);
    hash = Sha256Hex(*whole);
  }
  if (!reader) {
    std::string list;
    for (const auto& e : readers_.Extensions()) list += (list.empty() ? "." : ", .") + e;
    return fail(Status::Unsupported(result.path + ": unsupported file type (supported: " + list + ")"));
  }
  auto existing = catalog_.FindSourceFile(kb.id, result.path);
  if (!existing.ok()) return fail(existing.status());
  if (existing->has_value() && (*existing)->content_hash == hash) {
    result.outcome = IngestOutcome::kUnchanged;
    result.documents = static_cast<size_t>((*existing)->document_count);
    result.passages = static_cast<size_t>((*existing)->passage_count);
    result.document_id = (*existing)->first_document_id;
    return result;
  }

  // Where the documents come from: the whole file at once, or the stream.
  NextBatch next_batch;
  bool read_whole = false;
  std::optional<LineChunkReader> stream;
  std::unique_ptr<RecordStream> records;
  bool stream_ended = false;
  std::vector<size_t> skipped_lines;  // over-long lines the stream dropped
  size_t streamed_documents = 0;
  if (whole) {
    const clean::SiteBoilerplate* folder_site = nullptr;
    if (IsWebPagePath(canonical)) {
      auto it = folder_sites_.find(canonical.parent_path());
      if (it == folder_sites_.end()) {
        it = folder_sites_.emplace(canonical.parent_path(), LearnFolderBoilerplate(readers_, canonical.parent_path()))
                 .first;
      }
      folder_site = &it->second;
    }
    next_batch = [&, folder_site](Batch& out) -> Result<bool> {
      if (read_whole) return false;
      read_whole = true;
      WY_ASSIGN_OR_RETURN(out.prepared, PrepareDocuments(*reader, canonical, *whole, folder_site, options_.jobs));
      return true;
    };
  } else {
    auto opened = LineChunkReader::Open(canonical, options_.stream_chunk_bytes, options_.max_record_bytes);
    if (!opened.ok()) return fail(opened.status());
    stream.emplace(std::move(opened).value());
    records = reader->OpenRecordStream(canonical, options_.max_record_bytes);
    // (Called on the reading-ahead thread: it leaves `result` alone.)
    const std::string path = result.path;
    next_batch = [&, path](Batch& out) -> Result<bool> {
      if (stream_ended) return false;
      std::string chunk;
      size_t first_line = 0;
      WY_ASSIGN_OR_RETURN(bool more, stream->Next(chunk, first_line));
      for (auto& w : stream->TakeWarnings()) out.warnings.push_back(path + ": " + w);
      RecordBatch batch;
      if (more) {
        // The reader may have read (and dropped) lines past this chunk.
        std::erase_if(skipped_lines, [&](size_t line) { return line < first_line; });
        for (size_t line : stream->TakeSkippedLines()) skipped_lines.push_back(line);
        WY_ASSIGN_OR_RETURN(batch, records->Next(chunk, first_line, skipped_lines));
      } else {
        // The record under way at the end of the file.
        batch = records->Finish();
        stream_ended = true;
      }
      for (auto& w : batch.problems) out.capped_warnings.push_back(path + ": " + w);
      streamed_documents += batch.documents.size();
      if (stream_ended && streamed_documents == 0) {
        out.no_usable_record = true;
        return true;
      }
      out.prepared = PrepareExtracted(std::move(batch.documents), nullptr, options_.jobs);
      out.bytes_read = stream->bytes_read();
      return true;
    };
  }

  // Re-ingesting a changed file: its own old documents are not originals
  // of its new ones (they are about to be replaced).
  std::vector<std::pair<int64_t, uint64_t>> old_originals;
  if (existing->has_value()) {
    auto listed = catalog_.ListFileFingerprints((*existing)->id);
    if (!listed.ok()) return fail(listed.status().WithContext(result.path));
    old_originals = std::move(listed).value();
    for (const auto& entry : old_originals) near_duplicates_.Remove(entry.first);
  }
  Status written = WriteFile(kb, canonical, hash, next_batch, result);
  if (!written.ok()) {
    for (const auto& [id, fingerprint] : old_originals) near_duplicates_.Add(id, fingerprint);
    // The catalog's message names catalog.db; say which file failed.
    return fail(written.message().starts_with(result.path) ? written : written.WithContext(result.path));
  }
  result.outcome = existing->has_value() ? IngestOutcome::kUpdated : IngestOutcome::kAdded;
  return result;
}

}  // namespace wenyuan::ingest
