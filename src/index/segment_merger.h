// Merging: several segments rewritten as one, without their deleted
// documents. Terms are merged in key order (a k-way walk of the term
// dictionaries), postings renumbered and concatenated, positions copied,
// block maxima recomputed. Results are identical before and after a merge
// (the ids change, the documents and their scores do not).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "index/index_snapshot.h"
#include "util/status.h"

namespace wenyuan::index {

// What a merge wrote: its document count, and for each input and each of
// its documents the merged id (kNoMoreDocs for one left out as deleted), so
// deletes that arrive while a merge runs can be carried over to its output.
struct MergedSegment {
  uint32_t docs = 0;
  std::vector<std::vector<uint32_t>> doc_map;
};

// A merge drops the pages it read of its inputs from resident memory after
// this many bytes of postings and positions, or this many terms.
inline constexpr uint64_t kMergeReleaseBytes = uint64_t{16} << 20;
inline constexpr size_t kMergeReleaseTerms = size_t{1} << 14;

// Writes the merged segment `name` under `dir`.
Result<MergedSegment> MergeSegments(const std::vector<SnapshotSegment>& inputs, const std::filesystem::path& dir,
                                    const std::string& name);

// The tiered merge policy: neighbouring segments of similar size (same tier:
// a factor of `tier_factor` in live documents, counting from `floor_docs`)
// are merged `segments_per_tier` at a time; a segment with more than half
// its documents deleted is rewritten alone. Merges above `max_merge_docs`
// live documents are not proposed, which bounds the work one commit can do.
// Returns the indexes (into `segments`, consecutive) of one group, or empty.
struct MergePolicy {
  size_t segments_per_tier = 8;
  double tier_factor = 8;
  uint64_t floor_docs = 2000;
  uint64_t max_merge_docs = 2'000'000;

  std::vector<size_t> Pick(const std::vector<SegmentEntry>& segments) const;
};

}  // namespace wenyuan::index
