#include "server/ingest_queue.h"

#include <nlohmann/json.hpp>

#include "catalog/access_store.h"
#include "catalog/sqlite_db.h"
#include "ingest/ingester.h"
#include "pipeline/kb_ingest.h"
#include "server/json_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string FilesJson(const std::vector<JobFile>& files) {
  json out = json::array();
  for (const auto& f : files) {
    out.push_back({{"name", f.name},
                   {"path", f.path.string()},
                   {"state", f.state},
                   {"error", f.error},
                   {"documents", f.documents}});
  }
  return out.dump();
}

Result<std::vector<JobFile>> ParseFiles(const std::string& text, int64_t id) {
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_array()) {
    return Status::Corruption("catalog: ingest job " + std::to_string(id) + ": its file list is not a JSON array");
  }
  std::vector<JobFile> files;
  for (const auto& f : parsed) {
    if (!f.is_object()) continue;
    JobFile file;
    file.name = f.value("name", "");
    file.path = f.value("path", "");
    file.state = f.value("state", "queued");
    file.error = f.value("error", "");
    file.documents = f.value("documents", int64_t{0});
    files.push_back(std::move(file));
  }
  return files;
}

// The ingest_job table (catalog/schema.cpp).
Result<int64_t> InsertJob(catalog::SqliteDb& db, const IngestJob& job) {
  WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(
                                     db, "INSERT INTO ingest_job (kb, state, created_at, files) VALUES (?, ?, ?, ?)"));
  stmt.Bind(1, job.kb).Bind(2, job.state).Bind(3, job.created_at).Bind(4, FilesJson(job.files));
  WY_RETURN_IF_ERROR(stmt.Run());
  return db.LastInsertRowId();
}

Result<IngestJob> LoadJob(catalog::SqliteDb& db, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(
                                     db, "SELECT kb, state, created_at, files FROM ingest_job WHERE id = ?"));
  stmt.Bind(1, id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no ingest job " + std::to_string(id));
  IngestJob job;
  job.id = id;
  job.kb = stmt.ColumnText(0);
  job.state = stmt.ColumnText(1);
  job.created_at = stmt.ColumnText(2);
  WY_ASSIGN_OR_RETURN(job.files, ParseFiles(stmt.ColumnText(3), id));
  return job;
}

Status SaveJob(catalog::SqliteDb& db, const IngestJob& job) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      catalog::SqliteStatement::Prepare(db, "UPDATE ingest_job SET state = ?, files = ? WHERE id = ?"));
  stmt.Bind(1, job.state).Bind(2, FilesJson(job.files)).Bind(3, job.id);
  return stmt.Run();
}

Result<std::vector<int64_t>> UnfinishedJobs(catalog::SqliteDb& db) {
  WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(
                                     db, "SELECT id FROM ingest_job WHERE state IN ('queued', 'running') ORDER BY id"));
  return stmt.ReadRows([](const catalog::SqliteStatement& s) { return s.ColumnInt(0); });
}

// Forgets finished jobs beyond the newest `keep`.
Status ForgetOldJobs(catalog::SqliteDb& db, size_t keep) {
  WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(
                                     db,
                                     "DELETE FROM ingest_job WHERE state IN ('done', 'failed') AND id NOT IN "
                                     "(SELECT id FROM ingest_job WHERE state IN ('done', 'failed') "
                                     "ORDER BY id DESC LIMIT ?)"));
  stmt.Bind(1, static_cast<int64_t>(keep));
  return stmt.Run();
}

}  // namespace

IngestQueue::IngestQueue(std::filesystem::path data_dir, Logger& log, size_t max_kept)
    : data_dir_(std::move(data_dir)), log_(log), max_kept_(max_kept) {}

IngestQueue::~IngestQueue() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

Status IngestQueue::Start() {
  if (worker_.joinable()) return Status::Ok();
  WY_ASSIGN_OR_RETURN(auto catalog, catalog::Catalog::Open(data_dir_));
  WY_ASSIGN_OR_RETURN(std::vector<int64_t> unfinished, UnfinishedJobs(catalog->db()));
  if (!unfinished.empty()) {
    log_.Info("ingest: resuming " + std::to_string(unfinished.size()) + " unfinished job(s) from before the restart");
  }
  {
    std::lock_guard lock(mu_);
    for (int64_t id : unfinished) queue_.push_back(id);
  }
  worker_ = std::thread([this] { Run(); });
  return Status::Ok();
}

Result<int64_t> IngestQueue::Submit(catalog::Catalog& catalog, const std::string& kb, std::vector<JobFile> files) {
  IngestJob job;
  job.kb = kb;
  job.files = std::move(files);
  job.created_at = catalog::IsoNowUtc();
  // In the catalog (committed, so durable) before it is queued or answered.
  WY_ASSIGN_OR_RETURN(int64_t id, InsertJob(catalog.db(), job));
  {
    std::lock_guard lock(mu_);
    queue_.push_back(id);
  }
  wake_.notify_one();
  return id;
}

Result<IngestJob> IngestQueue::Get(catalog::Catalog& catalog, int64_t id) const { return LoadJob(catalog.db(), id); }

size_t IngestQueue::QueueLength() const {
  std::lock_guard lock(mu_);
  return queue_.size();
}

std::map<std::string, uint64_t> IngestQueue::FinishedCounts() const {
  std::lock_guard lock(mu_);
  return finished_;
}

void IngestQueue::Run() {
  while (true) {
    int64_t id = 0;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      id = queue_.front();
      queue_.pop_front();
    }
    RunJob(id);
  }
}

void IngestQueue::RunJob(int64_t id) {
  const std::string label = "ingest job " + std::to_string(id);
  // The job's record has a connection of its own: the ingest's connection
  // may be inside a transaction of its own between files.
  auto records = catalog::Catalog::Open(data_dir_);
  if (!records.ok()) {
    log_.Error(label + ": " + records.status().message());
    return;
  }
  catalog::SqliteDb& db = (*records)->db();
  auto loaded = LoadJob(db, id);
  if (!loaded.ok()) {
    log_.Error(label + ": " + loaded.status().message());
    return;
  }
  IngestJob job = std::move(*loaded);
  auto save = [&] {
    if (Status s = SaveJob(db, job); !s.ok()) log_.Error(label + ": cannot record progress: " + s.message());
  };
  auto set_file = [&](JobFile& f, const std::string& state, const std::string& error, int64_t documents) {
    f.state = state;
    // Jobs are shown over HTTP: the file by its name, not where it is kept.
    f.error = RedactServerPaths(ReplaceAll(error, f.path.string(), f.name));
    f.documents = documents;
    save();
  };
  auto finish = [&](const std::string& state) {
    job.state = state;
    save();
    if (Status s = ForgetOldJobs(db, max_kept_); !s.ok()) log_.Warn(label + ": " + s.message());
    std::lock_guard lock(mu_);
    ++finished_[state];
  };
  job.state = "running";
  save();

  auto catalog = catalog::Catalog::Open(data_dir_);
  Result<search::KbSession> kb = !catalog.ok() ? Result<search::KbSession>(catalog.status())
                                 : sessions_
                                     ? sessions_->Open(**catalog, job.kb)
                                     : Result<search::KbSession>(Status::Internal("ingest queue not configured"));
  if (!kb.ok()) {
    for (auto& f : job.files) set_file(f, "failed", kb.status().message(), 0);
    log_.Warn(label + ": " + kb.status().message());
    return finish("failed");
  }
  // The same pipeline as `wenyuan ingest`: catalog, index, enrichment,
  // vectors (pipeline/kb_ingest.h).
  auto in = pipeline::KbIngest::Open(*kb, log_, pipeline_options_);
  if (!in.ok()) {
    for (auto& f : job.files) set_file(f, "failed", in.status().message(), 0);
    log_.Warn(label + ": " + in.status().message());
    return finish("failed");
  }
  size_t failed = 0;
  for (auto& f : job.files) {
    {
      std::lock_guard lock(mu_);
      if (stopping_) return;  // the job stays "running": the next start resumes it
    }
    if (f.state != "queued" && f.state != "running") {
      failed += f.state == "failed";
      continue;  // finished before a restart
    }
    set_file(f, "running", "", 0);
    // Ingest() (not IngestFile) so near-duplicates of documents already in
    // the KB are found, as `wenyuan ingest` finds them.
    auto report = (*in)->Add({f.path});
    ingest::FileResult r;
    if (!report.ok()) {
      r.error = report.status();
    } else if (!report->files.empty()) {
      r = report->files.front();
    } else {
      r.error = Status::InvalidArgument(f.name + ": no reader takes this file");
    }
    using O = ingest::IngestOutcome;
    const char* state = r.outcome == O::kAdded       ? "added"
                        : r.outcome == O::kUpdated   ? "updated"
                        : r.outcome == O::kUnchanged ? "unchanged"
                                                     : "failed";
    if (r.outcome == O::kFailed) ++failed;
    set_file(f, state, r.outcome == O::kFailed ? r.error.message() : "", static_cast<int64_t>(r.documents));
  }
  // Commit the index and enrich; a failure here is the job's, logged, and
  // the files stay stored (the next ingest or search repairs the index).
  if (auto finished = (*in)->Finish(); !finished.ok()) {
    log_.Warn(label + ": " + finished.status().message());
    return finish("failed");
  }
  log_.Info(label + " (" + job.kb + "): " + std::to_string(job.files.size()) + " files, " + std::to_string(failed) +
            " failed");
  finish(failed == job.files.size() && !job.files.empty() ? "failed" : "done");
}

void IngestQueue::Configure(search::KbSessions* sessions, pipeline::KbIngestOptions options) {
  sessions_ = sessions;
  pipeline_options_ = std::move(options);
}

}  // namespace wenyuan::server
