// Turns a file's bytes into UTF-8: a UTF-8 byte-order mark is dropped,
// UTF-16 with a byte-order mark is converted, and anything that is not valid
// UTF-8 is refused with the line and byte where it goes wrong. (Big5 and
// GB18030 detection is issue 4's.) Stateless.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::ingest {

// `where` names the file in error messages.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view where);

}  // namespace wenyuan::ingest
