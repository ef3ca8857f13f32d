#include "ingest/ingester.h"

#include <algorithm>

#include "clean/text_cleaner.h"
#include "util/file_io.h"
#include "util/sha256.h"

namespace wenyuan::ingest {
namespace fs = std::filesystem;

size_t IngestReport::Count(IngestOutcome o) const {
  return static_cast<size_t>(
      std::count_if(files.begin(), files.end(), [o](const FileResult& f) { return f.outcome == o; }));
}

namespace {

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Files under `dir` that a reader takes, sorted, hidden entries skipped.
Status CollectFiles(const fs::path& dir, const ReaderRegistry& readers, Logger& log,
                    std::vector<fs::path>& out) {
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

}  // namespace

Result<IngestReport> Ingester::Ingest(const std::string& kb_name, const std::vector<fs::path>& paths) {
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
  IngestReport report;
  for (size_t i = 0; i < files.size(); ++i) {
    FileResult r = IngestFile(kb, files[i]);
    std::string progress = "[" + std::to_string(i + 1) + "/" + std::to_string(files.size()) + "] ";
    switch (r.outcome) {
      case IngestOutcome::kAdded:
        log_.Info("ingest: " + progress + "added " + r.path + " (" + std::to_string(r.passages) + " passages)");
        break;
      case IngestOutcome::kUpdated:
        log_.Info("ingest: " + progress + "updated " + r.path + " (" + std::to_string(r.passages) + " passages)");
        break;
      case IngestOutcome::kUnchanged:
        log_.Info("ingest: " + progress + "unchanged " + r.path);
        break;
      case IngestOutcome::kFailed:
        log_.Error("ingest: " + progress + r.error.message());
        break;
    }
    report.files.push_back(std::move(r));
  }
  return report;
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

  const DocumentReader* reader = readers_.ForPath(path);
  if (!reader) {
    return fail(Status::Unsupported(result.path + ": unsupported file type (supported: " + [&] {
      std::string list;
      for (const auto& e : readers_.Extensions()) list += (list.empty() ? "." : ", .") + e;
      return list;
    }() + ")"));
  }
  auto bytes = ReadFileToString(canonical, options_.max_file_bytes);
  if (!bytes.ok()) return fail(bytes.status());
  const std::string hash = Sha256Hex(*bytes);

  auto existing = catalog_.FindDocument(kb.id, result.path);
  if (!existing.ok()) return fail(existing.status());
  if (existing->has_value() && (*existing)->content_hash == hash) {
    result.outcome = IngestOutcome::kUnchanged;
    result.document_id = (*existing)->id;
    result.passages = static_cast<size_t>((*existing)->passage_count);
    return result;
  }

  auto extracted = reader->Read(canonical, *bytes);
  if (!extracted.ok()) return fail(extracted.status());
  clean::CleanOptions clean_options;
  clean_options.join_wrapped_lines = extracted->wrapped_lines;
  catalog::DocumentInput doc;
  doc.source = result.path;
  doc.text = clean::CleanText(extracted->text, clean_options);
  if (doc.text.empty()) return fail(Status::InvalidArgument(result.path + ": no text found in the document"));
  doc.title = extracted->title.empty() ? canonical.stem().string() : extracted->title;
  doc.date = extracted->date;
  doc.format = extracted->format;
  doc.content_hash = hash;
  auto passages = ChunkPassages(doc.text, options_.chunking);

  auto id = catalog_.UpsertDocument(kb.id, doc, passages);
  if (!id.ok()) return fail(id.status());
  result.outcome = existing->has_value() ? IngestOutcome::kUpdated : IngestOutcome::kAdded;
  result.document_id = *id;
  result.passages = passages.size();
  return result;
}

}  // namespace wenyuan::ingest
