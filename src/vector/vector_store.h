// VectorStore: one knowledge base's passage vectors in an HNSW graph
// (hnswlib, inner product on L2-normalised vectors, so similarity is the
// cosine), keyed by the catalog's passage row id. It remembers which
// embedder made the vectors (name and dimensions) and refuses vectors of
// another size, so one model's vectors are never searched with another's.
//
// On disk (Save/Load) a store is a folder: `manifest` (a header line with
// the SHA-256 of the JSON after it: embedder, dimensions, the map from HNSW
// label to passage row and text hash, and the graph file's name and
// SHA-256) and the graph file `hnsw-<hash>.bin` it names. Save writes the
// graph file, then replaces the manifest atomically (temp file, fsync,
// rename), then removes graph files no manifest names: after a crash the
// folder holds the old store or the new one. Load checks both checksums and
// returns Corruption naming the file when either is off.
//
// Search is safe from many threads at once; AddPassages, RemovePassages
// and Save need the caller to hold it exclusively.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::vector {

struct VectorHit {
  int64_t row = 0;       // the catalog's passage row id
  float similarity = 0;  // inner product, 1 for the same direction
};

class VectorStore {
 public:
  VectorStore(std::string embedder_name, size_t dimensions);
  ~VectorStore();
  VectorStore(const VectorStore&) = delete;
  VectorStore& operator=(const VectorStore&) = delete;

  // NotFound if `dir` holds no store; Corruption if it holds a damaged one.
  static Result<std::unique_ptr<VectorStore>> Load(const std::filesystem::path& dir);
  // Creates `dir` if needed.
  Status Save(const std::filesystem::path& dir) const;

  // Adds or replaces the vectors of these passages. `text_hashes` (one per
  // row, or empty) are kept so a caller can tell when a passage's text
  // changed under the same row id.
  Status AddPassages(const std::vector<int64_t>& rows, const std::vector<std::vector<float>>& vectors,
                     const std::vector<uint64_t>& text_hashes = {});
  // Rows the store does not hold are ignored.
  void RemovePassages(const std::vector<int64_t>& rows);
  // The k nearest passages, most similar first.
  Result<std::vector<VectorHit>> Search(const std::vector<float>& query, size_t k) const;

  size_t size() const;
  bool Contains(int64_t row) const;
  uint64_t TextHash(int64_t row) const;  // 0 if absent or not given
  std::vector<int64_t> Rows() const;
  const std::string& embedder_name() const;
  size_t dimensions() const;

 private:
  struct Graph;
  std::unique_ptr<Graph> graph_;
};

// The hash AddPassages' callers store for a passage's text (FNV-1a 64).
uint64_t PassageTextHash(std::string_view text);

}  // namespace wenyuan::vector
