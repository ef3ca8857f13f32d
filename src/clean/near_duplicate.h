// Near-duplicate detection by content fingerprint: a 64-bit SimHash over
// overlapping 4-character shingles of the text with white space and
// punctuation removed, so the same article crawled twice, or reposted with
// different chrome around it, lands within a few bits of the original.
// The functions are stateless and thread-safe; a NearDuplicateIndex finds
// the fingerprints near a new one without looking at the others
// (locality-sensitive hashing), and is used from one thread at a time.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wenyuan::clean {

// 0 for texts too short to fingerprint (fewer than 20 content characters):
// short texts say too little to call two of them the same document.
uint64_t ContentFingerprint(std::string_view text);

int HammingDistance(uint64_t a, uint64_t b);

// Two fingerprints within this many bits are near-duplicates (unrelated
// texts differ in about 32 of the 64 bits, rarely fewer than 20).
inline constexpr int kNearDuplicateBits = 6;

// The fingerprints of a KB's original documents, by document id, banded so
// that a lookup touches only candidates: the 64 bits are cut into 4 bands
// of 16, and two fingerprints within kNearDuplicateBits (6 < 4 x 2) agree
// on some band in all but at most one bit. A lookup probes each band's
// value and its 16 one-bit neighbours (68 buckets) and checks only the
// fingerprints found there, so it finds exactly what a scan of every
// fingerprint would, in expected time independent of how many there are.
class NearDuplicateIndex {
 public:
  // Adds or replaces document `id`'s fingerprint (0 is ignored).
  void Add(int64_t id, uint64_t fingerprint);
  void Remove(int64_t id);
  // The document nearest to `fingerprint` within kNearDuplicateBits (the
  // lowest id among equally near ones), or 0.
  int64_t FindNear(uint64_t fingerprint) const;
  size_t size() const { return fingerprints_.size(); }

 private:
  static constexpr int kBands = 4;
  using Bucket = std::vector<std::pair<int64_t, uint64_t>>;  // id, fingerprint
  std::array<std::unordered_map<uint16_t, Bucket>, kBands> bands_;
  std::unordered_map<int64_t, uint64_t> fingerprints_;
};

}  // namespace wenyuan::clean
