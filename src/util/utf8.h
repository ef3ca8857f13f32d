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
char32_t DecodeNext(std::string_view s, size_t& pos);

void Append(std::string& out, char32_t cp);

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
bool IsHan(char32_t cp);    // CJK unified ideographs incl. extensions
bool IsSpace(char32_t cp);  // ASCII and Unicode white space
bool IsAsciiAlnum(char32_t cp);
// Full-width ASCII (U+FF01..U+FF5E) to its ASCII form; other code points pass.
char32_t NarrowFullWidth(char32_t cp);

// Trims white space (ASCII and U+3000 ideographic space) from both ends.
std::string_view Trim(std::string_view s);

// `s` with its ASCII letters lower-cased; other bytes, UTF-8 included, as they are.
std::string AsciiLower(std::string_view s);

}  // namespace wenyuan::utf8
