#include "index/bit_packing.h"

#include <bit>

namespace wenyuan::index {

uint32_t BitsNeeded(const uint32_t* values, size_t n) {
  uint32_t all = 0;
  for (size_t i = 0; i < n; ++i) all |= values[i];
  return static_cast<uint32_t>(std::bit_width(all));
}

void PackBits(const uint32_t* values, size_t n, uint32_t bits, std::string& out) {
  if (bits == 0) return;
  const size_t start = out.size();
  out.resize(start + PackedBytes(n, bits), '\0');
  auto* dst = reinterpret_cast<unsigned char*>(out.data() + start);
  uint64_t acc = 0;
  uint32_t filled = 0;
  size_t at = 0;
  for (size_t i = 0; i < n; ++i) {
    acc |= static_cast<uint64_t>(values[i]) << filled;
    filled += bits;
    while (filled >= 8) {
      dst[at++] = static_cast<unsigned char>(acc & 0xff);
      acc >>= 8;
      filled -= 8;
    }
  }
  if (filled > 0) dst[at] = static_cast<unsigned char>(acc & 0xff);
}

void UnpackBits(const char* in, size_t n, uint32_t bits, uint32_t* values) {
  if (bits == 0) {
    for (size_t i = 0; i < n; ++i) values[i] = 0;
    return;
  }
  const auto* src = reinterpret_cast<const unsigned char*>(in);
  const uint64_t mask = (bits == 32) ? 0xffffffffull : ((1ull << bits) - 1);
  uint64_t acc = 0;
  uint32_t filled = 0;
  size_t at = 0;
  for (size_t i = 0; i < n; ++i) {
    while (filled < bits) {
      acc |= static_cast<uint64_t>(src[at++]) << filled;
      filled += 8;
    }
    values[i] = static_cast<uint32_t>(acc & mask);
    acc >>= bits;
    filled -= bits;
  }
}

}  // namespace wenyuan::index
