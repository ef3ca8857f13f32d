// IngestQueue: uploaded files are ingested in the background by one worker
// thread running the same Ingester as `wenyuan ingest`, one job at a time,
// files in order.
//
// Jobs are durable: Submit records the job in the catalog (table
// ingest_job) before it returns, so a job whose upload was answered 202
// survives a crash of the server. Each file's outcome is written to the
// catalog as it finishes; at Start() every job left queued or running by a
// previous process is queued again, its unfinished files run again (a file
// the catalog already holds with the same bytes comes out "unchanged").
// Finished jobs are kept, the newest `max_kept`. Job errors name files by
// their upload name, never by where the server keeps them.
//
// The destructor finishes the file in progress, leaves queued jobs in the
// catalog for the next start and joins the worker. Thread-safe.
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

#include "catalog/catalog.h"
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

  // Queues the jobs a previous process left unfinished and starts the
  // worker (separate from construction so a server that fails to bind
  // starts no thread).
  Status Start();
  // What jobs run with: the server's knowledge bases (must outlive the
  // queue) and the pipeline's options (enrichment, embedder). Call before
  // Start().
  void Configure(search::KbSessions* sessions, pipeline::KbIngestOptions options);
  // Records the job in `catalog` and queues it; the job's id.
  Result<int64_t> Submit(catalog::Catalog& catalog, const std::string& kb, std::vector<JobFile> files);
  // The job as recorded; NotFound if unknown or forgotten.
  Result<IngestJob> Get(catalog::Catalog& catalog, int64_t id) const;
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
  std::map<std::string, uint64_t> finished_;
  search::KbSessions* sessions_ = nullptr;  // the server's, set by Configure
  pipeline::KbIngestOptions pipeline_options_;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace wenyuan::server
