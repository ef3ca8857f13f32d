// LegacyDecoders: Big5 and GB18030 bytes to UTF-8, each invalid sequence
// marked (one U+FFFD, counted) rather than failing. Big5 is CP950 with the
// HKSCS additions, through a table of every two-byte code made once from
// glibc's converters; GB18030 (which covers GB2312 and GBK) is glibc's
// converter restarted after each invalid byte. Which encoding a file is in
// is decided elsewhere (ingest/text_decoding.h). Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ingest/decoding.h"

namespace wenyuan::ingest {

// Nothing when glibc has neither CP950 nor BIG5-HKSCS.
std::optional<Decoding> DecodeBig5(std::string_view bytes);

// `charset` is an iconv name ("GB18030"); `encoding` names the result.
// Nothing when glibc has no such converter.
std::optional<Decoding> DecodeWithIconv(std::string_view bytes, const char* charset, std::string encoding);

}  // namespace wenyuan::ingest
