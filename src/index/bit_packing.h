// Bit-packing for postings blocks: a run of unsigned 32-bit values stored
// with the fewest bits that hold the largest of them (LSB first). A block of
// 128 doc-id deltas typically takes a few bits a value instead of 32.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace wenyuan::index {

// Bits needed for the largest of `values[0..n)` (0 when all are zero).
uint32_t BitsNeeded(const uint32_t* values, size_t n);
// Bytes that n values of `bits` bits take.
inline size_t PackedBytes(size_t n, uint32_t bits) { return (n * bits + 7) / 8; }
// Appends the packed values to `out`.
void PackBits(const uint32_t* values, size_t n, uint32_t bits, std::string& out);
// Reads n values of `bits` bits from `in` (PackedBytes(n, bits) bytes).
void UnpackBits(const char* in, size_t n, uint32_t bits, uint32_t* values);
// Reads values [first, first + count) of a run of n values packed in `in`
// into values[0..count): part of a run, for a reader that needs only the
// start of it. Reads no byte past the run's PackedBytes(n, bits).
void UnpackBitsRange(const char* in, size_t n, uint32_t bits, size_t first, size_t count, uint32_t* values);
// Value i of a run of n values packed in `in` (PackedBytes(n, bits) bytes).
uint32_t UnpackBit(const char* in, size_t n, uint32_t bits, size_t i);

}  // namespace wenyuan::index
