#include "util/utf8.h"

namespace wenyuan::utf8 {

char32_t DecodeNextSlow(std::string_view s, size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int len;
  char32_t cp;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
    min = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + len > n) {
    ++pos;
    return kReplacement;
  }
  for (int i = 1; i < len; ++i) {
    unsigned char cc = p[pos + i];
    if ((cc & 0xC0) != 0x80) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += len;
  return cp;
}

bool IsValid(std::string_view s, size_t* bad_offset) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t cp = DecodeNext(s, pos);
    // A literal U+FFFD in the input is three bytes; a decoding failure is one.
    if (cp == kReplacement && pos - start == 1) {
      if (bad_offset) *bad_offset = start;
      return false;
    }
  }
  return true;
}

size_t CodePointCount(std::string_view s) {
  size_t count = 0;
  for (size_t pos = 0; pos < s.size(); ++count) DecodeNext(s, pos);
  return count;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  byte_offsets_.reserve(text.size() + 1);
  size_t pos = 0;
  while (pos < text.size()) {
    byte_offsets_.push_back(static_cast<uint32_t>(pos));
    DecodeNext(text, pos);
  }
  byte_offsets_.push_back(static_cast<uint32_t>(text.size()));
}

std::string_view CodePointIndex::Slice(size_t begin, size_t end) const {
  if (end > size()) end = size();
  if (begin > end) begin = end;
  size_t b = byte_offsets_[begin];
  return text_.substr(b, byte_offsets_[end] - b);
}

std::string SliceCodePoints(std::string_view s, size_t begin, size_t end) {
  return std::string(CodePointIndex(s).Slice(begin, end));
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t pos = begin;
    if (!IsSpace(DecodeNext(s, pos))) break;
    begin = pos;
  }
  size_t end = s.size();
  while (end > begin) {
    // Step back to the start of the last code point.
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t pos = start;
    if (!IsSpace(DecodeNext(s, pos))) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

}  // namespace wenyuan::utf8
