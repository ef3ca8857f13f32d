// Near-duplicate detection by content fingerprint: a 64-bit SimHash over
// overlapping 4-character shingles of the text with white space and
// punctuation removed, so the same article crawled twice, or reposted with
// different chrome around it, lands within a few bits of the original.
// Stateless and thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace wenyuan::clean {

// 0 for texts too short to fingerprint (fewer than 20 content characters):
// short texts say too little to call two of them the same document.
uint64_t ContentFingerprint(std::string_view text);

int HammingDistance(uint64_t a, uint64_t b);

// Two fingerprints within this many bits are near-duplicates (unrelated
// texts differ in about 32 of the 64 bits, rarely fewer than 20).
inline constexpr int kNearDuplicateBits = 6;

}  // namespace wenyuan::clean
