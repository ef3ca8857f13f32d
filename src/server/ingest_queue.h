// IngestQueue: uploaded files are ingested in the background by one worker
// thread running the same Ingester as `wenyuan ingest`, one job at a time,
// files in order. A job's state and each file's outcome can be read while it
// runs; finished jobs are remembered (the newest `max_kept`) in memory only.
// The destructor finishes the file in progress, drops queued jobs and joins
// the worker. Thread-safe.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/kb_ingest.h"
#include "search/analysis.h"
#include "util/log.h"
#include "util/status.h"

namespace wenyuan::server {

struct JobFile {
  std::string name;              // as uploaded (or the source path on re-ingest)
  std::filesystem::path path;    // on disk, checked by whoever queued it
  std::string state = "queued";  // queued, running, added, updated, unchanged, failed
  std::string error;
  int64_t documents = 0;
};

struct IngestJob {
  int64_t id = 0;
  std::string kb;
  std::string state = "queued";  // queued, running, done, failed
  std::vector<JobFile> files;
  std::string created_at;
};

class IngestQueue {
 public:
  IngestQueue(std::filesystem::path data_dir, Logger& log, size_t max_kept);
  ~IngestQueue();
  IngestQueue(const IngestQueue&) = delete;
  IngestQueue& operator=(const IngestQueue&) = delete;

  // Starts the worker (separate from construction so a server that fails to
  // bind starts no thread).
  void Start();
  // What jobs run with: the server's knowledge bases (must outlive the
  // queue) and the pipeline's options (enrichment, embedder). Call before
  // Start().
  void Configure(search::KbSessions* sessions, pipeline::KbIngestOptions options);
  int64_t Submit(const std::string& kb, std::vector<JobFile> files);
  // A copy of the job as it stands; NotFound if unknown or forgotten.
  Result<IngestJob> Get(int64_t id) const;
  size_t QueueLength() const;
  // Jobs finished since start, by final state ("done", "failed").
  std::map<std::string, uint64_t> FinishedCounts() const;

 private:
  void Run();

  void RunJob(int64_t id);

  const std::filesystem::path data_dir_;
  Logger& log_;
  const size_t max_kept_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::deque<int64_t> queue_;
  std::map<int64_t, IngestJob> jobs_;
  std::map<std::string, uint64_t> finished_;
  search::KbSessions* sessions_ = nullptr;  // the server's, set by Configure
  pipeline::KbIngestOptions pipeline_options_;
  int64_t next_id_ = 1;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace wenyuan::server
