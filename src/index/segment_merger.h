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

// The tiered merge policy. A segment's tier counts factors of `tier_factor`
// in live documents from `floor_docs` (fewer count as tier 0), but a segment
// is never put in a higher tier than its left neighbour: segments are
// appended at the right and a merge takes its inputs' place, so tiers fall
// from left to right, except where sizes straddle a tier boundary or
// deletes shrank an old segment; counted this way each tier is one run of
// neighbours. A run of `segments_per_tier` neighbours of one tier is merged
// (the leftmost such run first, whose total is within `max_merge_docs`), so
// documents keep their order and at most segments_per_tier - 1 segments of
// a tier remain: about (segments_per_tier - 1) log_tier_factor(docs /
// floor_docs) in all, each document rewritten about log_tier_factor(docs /
// floor_docs) times. A segment with more than half its documents deleted
// is rewritten alone first.
struct MergePolicy {
  size_t segments_per_tier = 4;
  double tier_factor = 4;
  uint64_t floor_docs = 2000;
  uint64_t max_merge_docs = 2'000'000;

  // The indexes (into `segments`, consecutive) of the next merge, or empty.
  std::vector<size_t> Pick(const std::vector<SegmentEntry>& segments) const;
  // How many merges Pick proposes one after another from this layout, each
  // applied as a merge applies it (the output holds its inputs' live
  // documents and none deleted), stopping at `limit`: what a merge round
  // started on this layout does, when no commit comes between its merges.
  size_t MergesUntilDone(std::vector<SegmentEntry> segments, size_t limit) const;
};

}  // namespace wenyuan::index
