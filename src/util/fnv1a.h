// FNV-1a, 64-bit: a fast, stable, non-cryptographic hash of bytes. Stable
// across runs, builds and machines (unlike std::hash), so its values may be
// stored on disk. Stateless.
#pragma once

#include <cstdint>
#include <string_view>

namespace wenyuan {

inline uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace wenyuan
