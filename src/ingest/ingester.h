// Ingester: files and folders in, documents and passages in the catalog out.
//
// For each file: read it (size-capped), hash it, skip it if the catalog has
// the same bytes for the same source, else extract (reader), clean, chunk and
// replace the document's passages in one transaction. A file that fails is
// reported and skipped; the others still go in. Folders are walked
// recursively in name order; hidden entries (".git") and files no reader
// takes are skipped. Progress goes to the Logger.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "ingest/document_reader.h"
#include "ingest/passage_chunker.h"
#include "util/log.h"

namespace wenyuan::ingest {

struct IngestOptions {
  uint64_t max_file_bytes = 256ull << 20;
  ChunkOptions chunking;
};

enum class IngestOutcome { kAdded, kUpdated, kUnchanged, kFailed };

struct FileResult {
  std::string path;
  IngestOutcome outcome = IngestOutcome::kFailed;
  int64_t document_id = 0;
  size_t passages = 0;
  Status error;  // set when kFailed
};

struct IngestReport {
  std::vector<FileResult> files;
  size_t Count(IngestOutcome o) const;
};

class Ingester {
 public:
  Ingester(catalog::Catalog& catalog, const ReaderRegistry& readers, Logger& log,
           IngestOptions options = {})
      : catalog_(catalog), readers_(readers), log_(log), options_(options) {}

  // Fails as a whole only if the KB does not exist or a path does not; the
  // fate of each file is in the report.
  Result<IngestReport> Ingest(const std::string& kb_name,
                              const std::vector<std::filesystem::path>& paths);

  // One file, already known to exist.
  FileResult IngestFile(const catalog::KnowledgeBase& kb, const std::filesystem::path& path);

 private:
  catalog::Catalog& catalog_;
  const ReaderRegistry& readers_;
  Logger& log_;
  IngestOptions options_;
};

}  // namespace wenyuan::ingest
