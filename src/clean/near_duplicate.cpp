#include "clean/near_duplicate.h"

#include <array>
#include <bit>
#include <string>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kShingle = 4;
constexpr size_t kMinContentChars = 20;

uint64_t Mix(uint64_t h) {  // splitmix64 finaliser
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

}  // namespace

uint64_t ContentFingerprint(std::string_view text) {
  std::u32string content;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = utf8::NarrowFullWidth(utf8::DecodeNext(text, pos));
    if (utf8::IsHan(c) || utf8::IsAsciiAlnum(c)) content += (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  if (content.size() < kMinContentChars) return 0;
  std::array<int64_t, 64> votes{};
  for (size_t i = 0; i + kShingle <= content.size(); ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < kShingle; ++k) h = Mix(h ^ content[i + k]);
    for (int bit = 0; bit < 64; ++bit) votes[bit] += (h >> bit) & 1 ? 1 : -1;
  }
  uint64_t fingerprint = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (votes[bit] > 0) fingerprint |= 1ull << bit;
  }
  return fingerprint == 0 ? 1 : fingerprint;  // 0 means "none"
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace wenyuan::clean
