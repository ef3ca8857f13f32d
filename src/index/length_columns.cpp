#include "index/length_columns.h"

#include <algorithm>

#include "index/byte_coding.h"

namespace wenyuan::index {
namespace {

constexpr size_t kHeaderBytes = 4 + kLengthFields * (1 + 8);

uint8_t WidthFor(uint32_t largest) { return largest <= 0xff ? 1 : largest <= 0xffff ? 2 : 4; }

}  // namespace

std::string EncodeLengthColumns(const std::vector<DocValues>& docs) {
  std::array<uint8_t, kLengthFields> width{};
  std::array<uint64_t, kLengthFields> total{};
  for (size_t f = 0; f < kLengthFields; ++f) {
    uint32_t largest = 0;
    for (const auto& d : docs) {
      largest = std::max(largest, d.length[f]);
      total[f] += d.length[f];
    }
    width[f] = WidthFor(largest);
  }
  std::string out;
  size_t bytes = kHeaderBytes;
  for (uint8_t w : width) bytes += docs.size() * w;
  out.reserve(bytes);
  PutFixed32(out, static_cast<uint32_t>(docs.size()));
  for (size_t f = 0; f < kLengthFields; ++f) {
    out.push_back(static_cast<char>(width[f]));
    PutFixed64(out, total[f]);
  }
  for (size_t f = 0; f < kLengthFields; ++f) {
    for (const auto& d : docs) {
      const uint32_t v = d.length[f];
      for (uint8_t i = 0; i < width[f]; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
  }
  return out;
}

Result<LengthColumns> DecodeLengthColumns(std::string_view payload) {
  auto corrupt = [](const std::string& what) { return Status::Corruption("length columns: " + what); };
  if (payload.size() < kHeaderBytes) return corrupt("too short");
  LengthColumns out;
  out.docs = DecodeFixed32(payload.data());
  std::array<uint8_t, kLengthFields> width{};
  uint64_t bytes = kHeaderBytes;
  for (size_t f = 0; f < kLengthFields; ++f) {
    const char* at = payload.data() + 4 + f * 9;
    width[f] = static_cast<uint8_t>(*at);
    if (width[f] != 1 && width[f] != 2 && width[f] != 4) return corrupt("bad width " + std::to_string(width[f]));
    out.totals[f] = DecodeFixed64(at + 1);
    bytes += uint64_t{out.docs} * width[f];
  }
  if (bytes != payload.size()) return corrupt("size does not match the document count");
  const auto* p = reinterpret_cast<const unsigned char*>(payload.data()) + kHeaderBytes;
  for (size_t f = 0; f < kLengthFields; ++f) {
    std::vector<uint32_t>& column = out.values[f];
    column.resize(out.docs);
    switch (width[f]) {
      case 1:
        for (uint32_t d = 0; d < out.docs; ++d, p += 1) column[d] = p[0];
        break;
      case 2:
        for (uint32_t d = 0; d < out.docs; ++d, p += 2) column[d] = p[0] | uint32_t{p[1]} << 8;
        break;
      default:
        for (uint32_t d = 0; d < out.docs; ++d, p += 4) column[d] = DecodeFixed32(reinterpret_cast<const char*>(p));
        break;
    }
  }
  return out;
}

}  // namespace wenyuan::index
