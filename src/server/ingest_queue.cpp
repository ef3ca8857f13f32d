#include "server/ingest_queue.h"

#include "catalog/access_store.h"
#include "catalog/catalog.h"
#include "ingest/ingester.h"
#include "pipeline/kb_ingest.h"
#include "text/script_detector.h"

namespace wenyuan::server {

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

void IngestQueue::Start() {
  if (!worker_.joinable()) worker_ = std::thread([this] { Run(); });
}

int64_t IngestQueue::Submit(const std::string& kb, std::vector<JobFile> files) {
  std::lock_guard lock(mu_);
  IngestJob job;
  job.id = next_id_++;
  job.kb = kb;
  job.files = std::move(files);
  job.created_at = catalog::IsoNowUtc();
  const int64_t id = job.id;
  jobs_[id] = std::move(job);
  queue_.push_back(id);
  // Forget the oldest finished jobs beyond the limit.
  for (auto it = jobs_.begin(); jobs_.size() > max_kept_ + queue_.size() && it != jobs_.end();) {
    bool finished = it->second.state == "done" || it->second.state == "failed";
    it = finished ? jobs_.erase(it) : std::next(it);
  }
  wake_.notify_one();
  return id;
}

Result<IngestJob> IngestQueue::Get(int64_t id) const {
  std::lock_guard lock(mu_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return Status::NotFound("no ingest job " + std::to_string(id));
  return it->second;
}

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
      jobs_[id].state = "running";
    }
    RunJob(id);
  }
}

void IngestQueue::RunJob(int64_t id) {
  std::string kb_name;
  std::vector<JobFile> files;
  {
    std::lock_guard lock(mu_);
    kb_name = jobs_[id].kb;
    files = jobs_[id].files;
  }
  auto set_file = [&](size_t i, const std::string& state, const std::string& error, int64_t documents) {
    std::lock_guard lock(mu_);
    JobFile& f = jobs_[id].files[i];
    f.state = state;
    f.error = error;
    f.documents = documents;
  };
  auto finish = [&](const std::string& state) {
    std::lock_guard lock(mu_);
    jobs_[id].state = state;
    ++finished_[state];
  };
  auto catalog = catalog::Catalog::Open(data_dir_);
  Result<search::KbSession> kb = !catalog.ok() ? Result<search::KbSession>(catalog.status())
                                 : sessions_   ? sessions_->Open(**catalog, kb_name)
                                             : Result<search::KbSession>(Status::Internal("ingest queue not configured"));
  if (!kb.ok()) {
    for (size_t i = 0; i < files.size(); ++i) set_file(i, "failed", kb.status().message(), 0);
    log_.Warn("ingest job " + std::to_string(id) + ": " + kb.status().message());
    return finish("failed");
  }
  // The same pipeline as `wenyuan ingest`: catalog, index, enrichment,
  // vectors (pipeline/kb_ingest.h).
  auto in = pipeline::KbIngest::Open(*kb, log_, pipeline_options_);
  if (!in.ok()) {
    for (size_t i = 0; i < files.size(); ++i) set_file(i, "failed", in.status().message(), 0);
    log_.Warn("ingest job " + std::to_string(id) + ": " + in.status().message());
    return finish("failed");
  }
  size_t failed = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    {
      std::lock_guard lock(mu_);
      if (stopping_) return;
    }
    set_file(i, "running", "", 0);
    // Ingest() (not IngestFile) so near-duplicates of documents already in
    // the KB are found, as `wenyuan ingest` finds them.
    auto report = (*in)->Add({files[i].path});
    ingest::FileResult r;
    if (!report.ok()) {
      r.error = report.status();
    } else if (!report->files.empty()) {
      r = report->files.front();
    } else {
      r.error = Status::InvalidArgument(files[i].name + ": no reader takes this file");
    }
    using O = ingest::IngestOutcome;
    const char* state = r.outcome == O::kAdded       ? "added"
                        : r.outcome == O::kUpdated   ? "updated"
                        : r.outcome == O::kUnchanged ? "unchanged"
                                                     : "failed";
    if (r.outcome == O::kFailed) ++failed;
    set_file(i, state, r.outcome == O::kFailed ? r.error.message() : "", static_cast<int64_t>(r.documents));
  }
  // Commit the index and enrich; a failure here is the job's, logged, and
  // the files stay stored (the next ingest or search repairs the index).
  if (auto finished = (*in)->Finish(); !finished.ok()) {
    log_.Warn("ingest job " + std::to_string(id) + ": " + finished.status().message());
    return finish("failed");
  }
  log_.Info("ingest job " + std::to_string(id) + " (" + kb_name + "): " + std::to_string(files.size()) + " files, " +
            std::to_string(failed) + " failed");
  finish(failed == files.size() && !files.empty() ? "failed" : "done");
}

void IngestQueue::Configure(search::KbSessions* sessions, pipeline::KbIngestOptions options) {
  sessions_ = sessions;
  pipeline_options_ = std::move(options);
}

}  // namespace wenyuan::server
