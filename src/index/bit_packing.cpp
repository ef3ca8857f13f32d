#include "index/bit_packing.h"

#include <algorithm>
#include <bit>
#include <cstring>

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
  UnpackBitsRange(in, n, bits, 0, n, values);
}

void UnpackBitsRange(const char* in, size_t n, uint32_t bits, size_t first, size_t count, uint32_t* values) {
  if (bits == 0) {
    for (size_t i = 0; i < count; ++i) values[i] = 0;
    return;
  }
  const auto* src = reinterpret_cast<const unsigned char*>(in);
  const uint64_t mask = (bits == 32) ? 0xffffffffull : ((1ull << bits) - 1);
  // Each value from the eight bytes that start at its first byte (at most
  // 7 + 32 bits wide, so they hold it): the values are read independently,
  // not through one accumulator. The last few, whose eight bytes would run
  // past the packed run, are read the same way from a zero-padded copy of
  // its end.
  const size_t total = PackedBytes(n, bits);
  auto read = [&](const unsigned char* base, size_t base_byte, size_t i) {
    const size_t bit = i * bits;
    uint64_t word;
    std::memcpy(&word, base + ((bit >> 3) - base_byte), 8);
    return static_cast<uint32_t>((word >> (bit & 7)) & mask);
  };
  // The values whose first byte is at most total - 8.
  const size_t fast = total >= 8 ? std::min(n, ((total - 8) * 8) / bits + 1) : 0;
  const size_t end = std::min(n, first + count);
  size_t i = first;
  for (; i < end && i < fast; ++i) values[i - first] = read(src, 0, i);
  if (i < end) {
    const size_t from = (i * bits) >> 3;  // at least total - 8: at most 8 bytes left
    unsigned char tail[16] = {};
    std::memcpy(tail, src + from, total - from);
    for (; i < end; ++i) values[i - first] = read(tail, from, i);
  }
}

uint32_t UnpackBit(const char* in, size_t n, uint32_t bits, size_t i) {
  if (bits == 0 || i >= n) return 0;
  const uint64_t mask = (bits == 32) ? 0xffffffffull : ((1ull << bits) - 1);
  const size_t bit = i * bits;
  const size_t byte = bit >> 3;
  uint64_t word = 0;
  std::memcpy(&word, in + byte, std::min<size_t>(8, PackedBytes(n, bits) - byte));
  return static_cast<uint32_t>((word >> (bit & 7)) & mask);
}

}  // namespace wenyuan::index
