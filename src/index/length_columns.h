// Length columns: each length field's value for every document of a
// segment, as its own column (the segment's NAME.len file, index/segment.h).
// Every query scores with these lengths, so a reader loads them whole at
// open; the 40-byte document records (.docs) then need reading only for
// the documents a query returns. Each column is stored 1, 2 or 4 bytes a
// value, the fewest that hold the field's largest value in the segment, so
// a cold open reads a few bytes a document instead of the whole records.
//
// Payload: the document count (4 bytes), then per field its width (1
// byte) and its total (8 bytes), then the columns one after another,
// little-endian. Decoding checks every size and width and gives
// Status::Corruption("length columns: ...") for bytes that do not fit.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "index/index_document.h"
#include "util/status.h"

namespace wenyuan::index {

struct LengthColumns {
  uint32_t docs = 0;
  std::array<std::vector<uint32_t>, kLengthFields> values;  // per field, one a document
  std::array<uint64_t, kLengthFields> totals{};             // per field, the values' sum
};

// The payload of a .len file for `docs`, in document order.
std::string EncodeLengthColumns(const std::vector<DocValues>& docs);
Result<LengthColumns> DecodeLengthColumns(std::string_view payload);

}  // namespace wenyuan::index
