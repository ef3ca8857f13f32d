// splitmix64's finaliser: a fast, stable 64-bit mix of a 64-bit value,
// with every input bit affecting every output bit. Stable across runs,
// builds and machines, so its values may be stored on disk. Stateless.
#pragma once

#include <cstdint>

namespace wenyuan {

inline uint64_t Splitmix64(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

}  // namespace wenyuan
