// Turns a file's bytes into UTF-8 text, whichever of the encodings Chinese
// files come in they use: UTF-8 (with or without a byte-order mark), UTF-16
// (LE or BE, with or without a mark), Big5 (CP950, with the HKSCS additions)
// and GB18030 (which covers GB2312 and GBK).
//
// How the encoding is chosen, first rule that applies:
//  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//  2. NUL bytes: UTF-16 without a mark, LE or BE, whichever reads as text;
//     if neither does, the file is binary;
//  3. a declared charset (an HTML <meta charset>), when the bytes decode
//     under it without an invalid sequence and it reads about as well as
//     what detection finds; otherwise detection wins and a warning says so;
//  4. valid UTF-8 (also when only a multibyte character cut off at the end
//     is wrong);
//  4b. lines in two encodings (valid UTF-8 lines among GB18030 or Big5
//     ones): each line in its own, encoding "utf-8+big5" or "utf-8+gb18030";
//  5. GB18030 or Big5, whichever reads more plausibly as Chinese (the share
//     of common Han characters of either script, with penalties for invalid
//     sequences, private-use and control characters); UTF-8 when neither
//     reads as Chinese.
//
// Invalid bytes never fail a mostly-text file: each invalid sequence becomes
// one U+FFFD, the bytes are counted, and a warning names the line of the
// first ("line 7: 3 invalid bytes replaced with U+FFFD"). A file that is
// clearly not text (NUL bytes that are not UTF-16, or more than a tenth of
// its bytes invalid or control characters) fails with one line naming it
// ("a.txt: does not look like text (binary data at byte 1234)").
//
// Lines of mojibake (UTF-8 that was once read as GBK, Big5 or
// Windows-1252 and saved again) are turned back where the bytes allow it
// (ingest/mojibake_repair.h), counted and named in a warning.
//
// The Big5 and GB18030 decoders are in ingest/legacy_decoders.h.
//
// Stateless and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace wenyuan::ingest {

struct DecodedText {
  std::string text;            // UTF-8, without the byte-order mark
  std::string encoding;        // "utf-8", "utf-16le", "utf-16be", "big5", "gb18030", "utf-8+big5", "utf-8+gb18030"
  size_t invalid_bytes = 0;    // input bytes that became U+FFFD
  size_t mojibake_lines = 0;   // lines of round-trip mojibake repaired or dropped
  bool text_is_input = false;  // DecodeTextKeeping only: `text` is empty, the input bytes are the text
  // Problems that did not stop decoding, each a line for the user.
  std::vector<std::string> warnings;
};

// `where` names the file in errors. `declared_charset` is a label as a file
// declares it ("big5", "GB2312", "utf-8", "x-gbk"...), or empty.
Result<DecodedText> DecodeText(std::string_view bytes, std::string_view where, std::string_view declared_charset = {});

// DecodeText for a caller that keeps `bytes` alive while it reads the text:
// when they are the text as they are (UTF-8 without a mark, nothing
// repaired), `text` is left empty and `text_is_input` set, so a large
// chunk is not copied. Otherwise what DecodeText gives.
Result<DecodedText> DecodeTextKeeping(std::string_view bytes, std::string_view where);

// The encoding a charset label names: "utf-8", "utf-16le", "utf-16be",
// "big5" or "gb18030"; empty if the label is not one of those (WHATWG labels,
// any case, surrounding white space ignored).
std::string EncodingForLabel(std::string_view label);

// DecodeText's text alone, for callers that have nowhere to put warnings
// (prefer DecodeText, whose warnings readers pass on).
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view where);

}  // namespace wenyuan::ingest
