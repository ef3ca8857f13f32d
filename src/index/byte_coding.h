// Byte-level codecs every index file uses: little-endian fixed-width
// integers, LEB128 varints, and a bounds-checked reader that never reads
// past its span (a damaged file gives a false return, never a crash).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wenyuan::index {

inline void PutFixed32(std::string& out, uint32_t v) {
  char b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
  out.append(b, 4);
}
inline void PutFixed64(std::string& out, uint64_t v) {
  PutFixed32(out, static_cast<uint32_t>(v));
  PutFixed32(out, static_cast<uint32_t>(v >> 32));
}
inline uint32_t DecodeFixed32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}
inline uint64_t DecodeFixed64(const char* p) {
  return DecodeFixed32(p) | (static_cast<uint64_t>(DecodeFixed32(p + 4)) << 32);
}
inline void PutVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}
inline void PutLengthPrefixed(std::string& out, std::string_view s) {
  PutVarint(out, s.size());
  out.append(s);
}

// Reads from a span; every Get returns false (and leaves the reader failed)
// when the span ends early or a varint is malformed.
class ByteReader {
 public:
  ByteReader() = default;
  explicit ByteReader(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}
  bool GetVarint(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
      if (p_ >= end_) return Fail();
      const auto byte = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return true;
    }
    return Fail();
  }
  bool GetVarint32(uint32_t& v) {
    uint64_t w = 0;
    if (!GetVarint(w) || w > UINT32_MAX) return Fail();
    v = static_cast<uint32_t>(w);
    return true;
  }
  bool GetFixed32(uint32_t& v) {
    if (end_ - p_ < 4) return Fail();
    v = DecodeFixed32(p_);
    p_ += 4;
    return true;
  }
  bool GetFixed64(uint64_t& v) {
    if (end_ - p_ < 8) return Fail();
    v = DecodeFixed64(p_);
    p_ += 8;
    return true;
  }
  bool GetBytes(size_t n, std::string_view& out) {
    if (static_cast<size_t>(end_ - p_) < n) return Fail();
    out = std::string_view(p_, n);
    p_ += n;
    return true;
  }
  bool GetLengthPrefixed(std::string_view& out) {
    uint64_t n = 0;
    return GetVarint(n) && GetBytes(static_cast<size_t>(n), out);
  }
  bool Skip(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) return Fail();
    p_ += n;
    return true;
  }
  const char* position() const { return p_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  bool failed() const { return failed_; }

 private:
  bool Fail() {
    failed_ = true;
    p_ = end_;
    return false;
  }
  const char* p_ = nullptr;
  const char* end_ = nullptr;
  bool failed_ = false;
};

}  // namespace wenyuan::index
