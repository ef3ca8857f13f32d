#include "ingest/ingester.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "catalog/document_queries.h"
#include "clean/near_duplicate.h"
#include "ingest/document_preparer.h"
#include "util/file_io.h"
#include "util/parallel_for.h"
#include "util/sha256.h"

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
  const LogLevel file_level = options_.on_progress ? LogLevel::kDebug : LogLevel::kInfo;
  for (size_t i = 0; i < files.size(); ++i) {
    const uint64_t bytes_before = progress_.bytes_done;
    const size_t documents_before = progress_.documents;
    FileResult r = IngestFile(kb, files[i]);
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
    for (const auto& part : r.failed_parts) log_.Warn("ingest: not indexed: " + part.source + ": " + part.reason);
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

Status Ingester::StoreFile(const catalog::KnowledgeBase& kb, const std::string& hash,
                           const std::vector<catalog::StoredDocument>& stored, FileResult& result,
                           catalog::FileReplaceResult& replaced) {
  // One transaction: the file's documents, and the near-duplicates (of
  // other files) that lose their original given passages of their own, so
  // no crash leaves a duplicate whose text cannot be found.
  WY_ASSIGN_OR_RETURN(auto txn, catalog::SqliteTransaction::Begin(catalog_.db()));
  WY_ASSIGN_OR_RETURN(replaced, catalog_.ReplaceFileDocuments(kb.id, result.path, hash, stored));
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
  for (const auto& [id, fingerprint] : promoted) {
    near_duplicates_.Add(id, fingerprint);
    result.promoted.push_back(id);
  }
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

  auto bytes = ReadFileToString(canonical, options_.max_file_bytes);
  if (!bytes.ok()) return fail(bytes.status());
  result.bytes_in = bytes->size();
  const DocumentReader* reader = readers_.ForFile(canonical, *bytes);
  if (!reader) {
    std::string list;
    for (const auto& e : readers_.Extensions()) list += (list.empty() ? "." : ", .") + e;
    return fail(Status::Unsupported(result.path + ": unsupported file type (supported: " + list + ")"));
  }
  const std::string hash = Sha256Hex(*bytes);
  auto existing = catalog_.FindSourceFile(kb.id, result.path);
  if (!existing.ok()) return fail(existing.status());
  if (existing->has_value() && (*existing)->content_hash == hash) {
    result.outcome = IngestOutcome::kUnchanged;
    result.documents = static_cast<size_t>((*existing)->document_count);
    result.passages = static_cast<size_t>((*existing)->passage_count);
    result.document_id = (*existing)->first_document_id;
    return result;
  }

  const clean::SiteBoilerplate* folder_site = nullptr;
  if (IsWebPagePath(canonical)) {
    auto it = folder_sites_.find(canonical.parent_path());
    if (it == folder_sites_.end()) {
      it = folder_sites_.emplace(canonical.parent_path(), LearnFolderBoilerplate(readers_, canonical.parent_path()))
               .first;
    }
    folder_site = &it->second;
  }
  auto prepared = PrepareDocuments(*reader, canonical, *bytes, folder_site, options_.jobs);
  if (!prepared.ok()) return fail(prepared.status());
  // Re-ingesting a changed file: its own old documents are not originals
  // of its new ones (they are about to be replaced).
  std::vector<std::pair<int64_t, uint64_t>> old_originals;
  if (existing->has_value()) {
    auto listed = catalog_.ListFileFingerprints((*existing)->id);
    if (!listed.ok()) return fail(listed.status().WithContext(result.path));
    old_originals = std::move(listed).value();
    for (const auto& entry : old_originals) near_duplicates_.Remove(entry.first);
  }
  auto restore_old = [&] {
    for (const auto& [id, fingerprint] : old_originals) near_duplicates_.Add(id, fingerprint);
  };
  // Each document's own work (hash, script, fingerprint, passages) on the
  // worker threads, each into its own slot; what depends on the documents
  // before it (near-duplicates) below, in order, so any --jobs gives the
  // same result.
  std::vector<catalog::StoredDocument> analysed(prepared->size());
  ParallelFor(prepared->size(), options_.jobs, [&](size_t i) {
    const PreparedDocument& p = (*prepared)[i];
    if (!p.cleaned.failure.empty()) return;
    const ExtractedDocument& doc = p.extracted;
    catalog::DocumentInput& in = analysed[i].document;
    in.source = doc.part.empty() ? result.path : result.path + "#" + doc.part;
    in.text = p.cleaned.text;
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
    analysed[i].passages = ChunkPassages(in.text, options_.chunking);
  });
  std::vector<catalog::StoredDocument> stored;
  clean::NearDuplicateIndex in_file;  // the file's own originals so far
  const IngestProgress at_start = progress_;
  for (size_t i = 0; i < prepared->size(); ++i) {
    if (options_.on_progress && i % 256 == 255) {
      // Within a file of many documents, by the share of them done.
      IngestProgress now = at_start;
      now.documents += stored.size();
      now.bytes_done += result.bytes_in * i / prepared->size();
      options_.on_progress(now);
    }
    const PreparedDocument& p = (*prepared)[i];
    const ExtractedDocument& doc = p.extracted;
    const std::string source = doc.part.empty() ? result.path : result.path + "#" + doc.part;
    for (const auto& w : doc.warnings) result.warnings.push_back(source + ": " + w);
    if (!p.cleaned.failure.empty()) {
      result.failed_parts.push_back({source, p.cleaned.failure});
      continue;
    }
    catalog::StoredDocument s = std::move(analysed[i]);
    catalog::DocumentInput& in = s.document;
    int64_t original = near_duplicates_.FindNear(in.fingerprint);
    // Else an original earlier in the same file (ids: position + 1).
    const int in_file_original = original == 0 ? static_cast<int>(in_file.FindNear(in.fingerprint)) - 1 : -1;
    if (original != 0) {
      in.duplicate_of = original;
      result.duplicates.emplace_back(source, original);
      s.passages.clear();
    } else if (in_file_original >= 0) {
      in.duplicate_of_position = in_file_original;
      result.duplicates.emplace_back(source, 0);
      s.passages.clear();
    } else {
      in_file.Add(static_cast<int64_t>(stored.size()) + 1, in.fingerprint);
      result.passages += s.passages.size();
    }
    result.bytes_out += in.text.size();
    stored.push_back(std::move(s));
  }
  if (stored.empty() && !result.failed_parts.empty() && prepared->size() == 1) {
    restore_old();
    return fail(Status::InvalidArgument(result.path + ": not indexed: " + result.failed_parts.front().reason));
  }

  catalog::FileReplaceResult replaced;
  Status written = StoreFile(kb, hash, stored, result, replaced);
  if (!written.ok()) {
    restore_old();
    // The catalog's message names catalog.db; say which file failed.
    return fail(written.WithContext(result.path));
  }
  for (size_t i = 0; i < stored.size(); ++i) {
    const auto& doc = stored[i].document;
    if (doc.duplicate_of_position >= 0) {
      for (auto& d : result.duplicates) {
        if (d.first == doc.source) d.second = replaced.document_ids[static_cast<size_t>(doc.duplicate_of_position)];
      }
    } else if (doc.duplicate_of == 0) {
      near_duplicates_.Add(replaced.document_ids[i], doc.fingerprint);
    }
  }
  result.outcome = existing->has_value() ? IngestOutcome::kUpdated : IngestOutcome::kAdded;
  result.document_id = replaced.document_ids.empty() ? 0 : replaced.document_ids.front();
  result.document_ids = replaced.document_ids;
  result.documents = stored.size();
  result.removed = replaced.removed;
  return result;
}

}  // namespace wenyuan::ingest
