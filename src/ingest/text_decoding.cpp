#include "ingest/text_decoding.h"

#include <algorithm>

#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

Result<std::string> DecodeUtf16(std::string_view bytes, bool little_endian, std::string_view where) {
  if (bytes.size() % 2 != 0) {
    return Status::InvalidArgument(std::string(where) + ": UTF-16 text has an odd number of bytes");
  }
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  for (size_t i = 0; i < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 2 < bytes.size()) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        utf8::Append(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      return Status::InvalidArgument(std::string(where) + ": byte " + std::to_string(i) +
                                     ": unpaired UTF-16 surrogate");
    }
    utf8::Append(out, u);
  }
  return out;
}

}  // namespace

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view where) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  else if (bytes.starts_with("\xFF\xFE")) return DecodeUtf16(bytes.substr(2), true, where);
  else if (bytes.starts_with("\xFE\xFF")) return DecodeUtf16(bytes.substr(2), false, where);
  size_t bad = 0;
  if (!utf8::IsValid(bytes, &bad)) {
    size_t line = 1 + static_cast<size_t>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
    return Status::InvalidArgument(std::string(where) + ": line " + std::to_string(line) +
                                   ": invalid UTF-8 at byte " + std::to_string(bad) +
                                   " (save the file as UTF-8)");
  }
  return std::string(bytes);
}

}  // namespace wenyuan::ingest
