// Decoding: one way of reading a file's bytes as text (the encoding tried,
// the UTF-8 it gives, and where and how often the bytes did not fit it),
// shared by the decoders of ingest/text_decoding.cpp and
// ingest/legacy_decoders.h. A plain value; no behaviour beyond recording an
// invalid sequence.
#pragma once

#include <cstddef>
#include <string>

#include "util/utf8.h"

namespace wenyuan::ingest {

inline constexpr size_t kNone = static_cast<size_t>(-1);

// One way of reading the bytes.
struct Decoding {
  std::string encoding;
  std::string text;
  size_t invalid_bytes = 0;
  size_t first_invalid_byte = kNone;  // offset in the input
  size_t first_invalid_out = kNone;   // offset in `text` of its U+FFFD
  size_t invalid_sequences = 0;       // U+FFFDs put in
  size_t long_sequences = 0;          // UTF-8 only: valid three- and four-byte sequences
  size_t two_byte_sequences = 0;      // UTF-8 only: valid two-byte sequences
  size_t control_bytes = 0;           // bytes of control characters
  size_t first_control_byte = kNone;
  bool truncated_at_end = false;  // the only invalid bytes are a cut-off character at the end

  void Invalid(size_t at, size_t count) {
    if (first_invalid_byte == kNone) {
      first_invalid_byte = at;
      first_invalid_out = text.size();
    }
    invalid_bytes += count;
    ++invalid_sequences;
    utf8::Append(text, utf8::kReplacement);
  }
};

inline bool IsPrivateUse(char32_t c) { return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000; }

}  // namespace wenyuan::ingest
