// CRC-32C (Castagnoli), the checksum of every index file's chunks and
// footer. Crc32c uses the SSE4.2 crc32 instruction where the CPU has it
// (checked once, at run time) and a portable slicing-by-8 table otherwise;
// both give the same value, and both are exposed for tests and benchmarks.
#pragma once

#include <cstdint>
#include <string_view>

namespace wenyuan::index {

// `crc` is a previous result, to continue over more data (0 to start).
uint32_t Crc32c(std::string_view data, uint32_t crc = 0);
uint32_t Crc32cPortable(std::string_view data, uint32_t crc = 0);
// False where the CPU lacks SSE4.2 (then Crc32cHardware must not be called).
bool HasHardwareCrc32c();
uint32_t Crc32cHardware(std::string_view data, uint32_t crc = 0);

}  // namespace wenyuan::index
