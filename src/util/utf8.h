// UTF-8 helpers. Wenyuan keeps text as UTF-8 std::string and counts positions
// in Unicode code points (DESIGN.md: "Offsets are in Unicode code points of
// the stored text"). CodePointIndex is the one place where code-point offsets
// become byte offsets; everything else speaks code points.
//
// Decoding never fails: a malformed sequence decodes as U+FFFD and advances
// one byte, so hostile input cannot make a loop stall or read past the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at byte `pos` and advances `pos` past it.
// (Inline for ASCII and well-formed three-byte sequences, CJK text's: every
// cleaning and analysis step runs it once per character.)
char32_t DecodeNextSlow(std::string_view s, size_t& pos);
inline char32_t DecodeNext(std::string_view s, size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (p[0] < 0x80) {
    ++pos;
    return p[0];
  }
  if ((p[0] & 0xF0) == 0xE0 && s.size() - pos >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    const char32_t cp = (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | char32_t{p[2] & 0x3Fu};
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      pos += 3;
      return cp;
    }
  }
  return DecodeNextSlow(s, pos);
}

// The UTF-8 bytes of `cp` (1 to 4) written at `p`, which has room for
// them; returns the end. A surrogate or a value past U+10FFFF is written as
// U+FFFD.
inline char* EncodeTo(char* p, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    *p++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<char>(0xC0 | (cp >> 6));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (cp >> 12));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (cp >> 18));
    *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return p;
}

// How many bytes EncodeTo writes for `cp`.
inline size_t EncodedSize(char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 3;  // U+FFFD
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

inline void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  char bytes[4];
  out.append(bytes, static_cast<size_t>(EncodeTo(bytes, cp) - bytes));
}

// True if `s` is well-formed UTF-8 (no overlongs, surrogates or values past
// U+10FFFF). On failure `*bad_offset` (if given) is the first bad byte.
bool IsValid(std::string_view s, size_t* bad_offset = nullptr);

size_t CodePointCount(std::string_view s);

// Maps code-point offsets to byte offsets in one string it does not own.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  size_t size() const { return byte_offsets_.size() - 1; }  // code points
  size_t ByteOffset(size_t cp) const { return byte_offsets_[cp < size() ? cp : size()]; }
  // The text of code points [begin, end), clamped to the string.
  std::string_view Slice(size_t begin, size_t end) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> byte_offsets_;  // size()+1 entries
};

// The text of code points [begin, end) of `s`, clamped.
std::string SliceCodePoints(std::string_view s, size_t begin, size_t end);

// Character classes the analysers and splitters share.
// (Inline: called once per character by cleaning and analysis.)
// CJK unified ideographs incl. extensions.
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3007;  // 〇
}
// ASCII and Unicode white space.
inline bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x00A0 ||
         cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF;
}
inline bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool IsAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
// An ASCII or a full-width (U+FF10..U+FF19) decimal digit.
inline bool IsDecimalDigit(char32_t cp) { return IsAsciiDigit(cp) || (cp >= 0xFF10 && cp <= 0xFF19); }
inline bool IsAsciiAlnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}
// Full-width ASCII (U+FF01..U+FF5E) to its ASCII form; other code points pass.
inline char32_t NarrowFullWidth(char32_t cp) { return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFF01 + 0x21 : cp; }

// Trims white space (ASCII and U+3000 ideographic space) from both ends.
std::string_view Trim(std::string_view s);
// The same for decoded text: IsSpace code points off both ends.
inline std::u32string_view Trim(std::u32string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// `s` with its ASCII letters lower-cased; other bytes, UTF-8 included, as they are.
std::string AsciiLower(std::string_view s);

}  // namespace wenyuan::utf8
