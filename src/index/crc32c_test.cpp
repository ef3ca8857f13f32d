// CRC-32C: the standard check values, and the hardware and portable
// implementations agreeing on every length, alignment and continuation.
#include "index/crc32c.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace wenyuan::index {
namespace {

std::string Bytes(size_t n, auto at) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>(at(i));
  return s;
}

TEST(Crc32cTest, StandardCheckValues) {
  // RFC 3720 (iSCSI), appendix B.4, and the usual "123456789" check value.
  const std::pair<std::string, uint32_t> cases[] = {
      {"123456789", 0xE3069283u},
      {Bytes(32, [](size_t) { return 0x00; }), 0x8A9136AAu},
      {Bytes(32, [](size_t) { return 0xFF; }), 0x62A8AB43u},
      {Bytes(32, [](size_t i) { return i; }), 0x46DD794Eu},
      {Bytes(32, [](size_t i) { return 31 - i; }), 0x113FDB5Cu},
      {"", 0u},
  };
  for (const auto& [data, want] : cases) {
    EXPECT_EQ(Crc32c(data), want) << data.size();
    EXPECT_EQ(Crc32cPortable(data), want) << data.size();
    if (HasHardwareCrc32c()) {
      EXPECT_EQ(Crc32cHardware(data), want) << data.size();
    }
  }
  EXPECT_NE(Crc32c("123456780"), Crc32c("123456789"));
}

TEST(Crc32cTest, HardwareAndPortableAgreeAtEveryLengthAndAlignment) {
  std::mt19937 rng(7);
  std::string buffer(70000, '\0');
  for (char& c : buffer) c = static_cast<char>(rng());
  for (size_t offset = 0; offset < 9; ++offset) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{9}, size_t{63}, size_t{4096}, size_t{65536},
                     size_t{69000}}) {
      const std::string_view s = std::string_view(buffer).substr(offset, n);
      const uint32_t portable = Crc32cPortable(s);
      EXPECT_EQ(Crc32c(s), portable) << offset << "+" << n;
      if (HasHardwareCrc32c()) {
        EXPECT_EQ(Crc32cHardware(s), portable) << offset << "+" << n;
      }
      // Continuing over a split gives the CRC of the whole.
      const size_t cut = n / 3;
      EXPECT_EQ(Crc32cPortable(s.substr(cut), Crc32cPortable(s.substr(0, cut))), portable);
      EXPECT_EQ(Crc32c(s.substr(cut), Crc32c(s.substr(0, cut))), portable);
    }
  }
}

}  // namespace
}  // namespace wenyuan::index
