#include "clean/near_duplicate.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string>

#include "util/splitmix.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kShingle = 4;
constexpr size_t kMinContentChars = 20;

// kSpread[b]: byte k is bit k of b (0 or 1).
constexpr std::array<uint64_t, 256> MakeSpread() {
  std::array<uint64_t, 256> table{};
  for (int b = 0; b < 256; ++b) {
    for (int k = 0; k < 8; ++k) table[b] |= static_cast<uint64_t>((b >> k) & 1) << (8 * k);
  }
  return table;
}
constexpr std::array<uint64_t, 256> kSpread = MakeSpread();

}  // namespace

uint64_t ContentFingerprint(std::string_view text) {
  std::u32string content;
  content.reserve(text.size() / 3 + 1);  // mostly Han: 3 bytes a character
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = utf8::NarrowFullWidth(utf8::DecodeNext(text, pos));
    if (utf8::IsHan(c) || utf8::IsAsciiAlnum(c)) content += (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  if (content.size() < kMinContentChars) return 0;
  // Each bit is voted for by the shingles whose hash has it set and against
  // by the others: it is set if more than half of them have it. The ones
  // are counted in byte lanes (kSpread: a byte's 8 bits as 8 bytes of 0/1,
  // 8 words a hash) and moved to the 64 counters every 255 shingles.
  std::array<uint32_t, 64> ones{};
  std::array<uint64_t, 8> lanes{};
  const size_t shingles = content.size() - kShingle + 1;
  for (size_t start = 0; start < shingles; start += 255) {
    const size_t end = std::min(shingles, start + 255);
    for (size_t i = start; i < end; ++i) {
      uint64_t h = 1469598103934665603ull;
      for (size_t k = 0; k < kShingle; ++k) h = Splitmix64(h ^ content[i + k]);
      for (int byte = 0; byte < 8; ++byte) lanes[byte] += kSpread[(h >> (8 * byte)) & 0xff];
    }
    for (int bit = 0; bit < 64; ++bit) ones[bit] += static_cast<uint32_t>((lanes[bit / 8] >> (8 * (bit % 8))) & 0xff);
    lanes.fill(0);
  }
  uint64_t fingerprint = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (2 * static_cast<uint64_t>(ones[bit]) > shingles) fingerprint |= 1ull << bit;
  }
  return fingerprint == 0 ? 1 : fingerprint;  // 0 means "none"
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

namespace {

uint16_t BandValue(uint64_t fingerprint, int band) { return static_cast<uint16_t>(fingerprint >> (16 * band)); }

}  // namespace

void NearDuplicateIndex::Add(int64_t id, uint64_t fingerprint) {
  if (fingerprint == 0) return;
  Remove(id);
  fingerprints_.emplace(id, fingerprint);
  for (int b = 0; b < kBands; ++b) bands_[b][BandValue(fingerprint, b)].emplace_back(id, fingerprint);
}

void NearDuplicateIndex::Remove(int64_t id) {
  auto it = fingerprints_.find(id);
  if (it == fingerprints_.end()) return;
  for (int b = 0; b < kBands; ++b) {
    auto bucket = bands_[b].find(BandValue(it->second, b));
    if (bucket == bands_[b].end()) continue;
    std::erase_if(bucket->second, [id](const auto& entry) { return entry.first == id; });
    if (bucket->second.empty()) bands_[b].erase(bucket);
  }
  fingerprints_.erase(it);
}

int64_t NearDuplicateIndex::FindNear(uint64_t fingerprint) const {
  if (fingerprint == 0) return 0;
  int64_t best = 0;
  int best_distance = kNearDuplicateBits + 1;
  auto consider = [&](const Bucket& bucket) {
    for (const auto& [id, other] : bucket) {
      const int d = HammingDistance(fingerprint, other);
      if (d < best_distance || (d == best_distance && id < best)) {
        best = id;
        best_distance = d;
      }
    }
  };
  for (int b = 0; b < kBands; ++b) {
    const uint16_t value = BandValue(fingerprint, b);
    for (int flip = -1; flip < 16; ++flip) {
      const uint16_t probe = flip < 0 ? value : static_cast<uint16_t>(value ^ (1u << flip));
      auto bucket = bands_[b].find(probe);
      if (bucket != bands_[b].end()) consider(bucket->second);
    }
  }
  return best;
}

}  // namespace wenyuan::clean
