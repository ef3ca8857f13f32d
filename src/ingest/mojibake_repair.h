// Mojibake repair: finds lines of text that went through a wrong-encoding
// round trip (UTF-8 bytes read as GBK, as Big5 or as Windows-1252, then
// saved as UTF-8: "甯冨眬銆傗" for "布局。") and turns them back, when
// encoding the line in the wrong encoding gives back UTF-8 bytes that read
// as plainer Chinese. Characters the round trip lost (a "?" or U+FFFD in
// the damaged line) stay lost: the pieces between them are repaired one by
// one. A line is only replaced when the repaired reading is clearly more
// plausible (more of its Han characters are common ones), so real text that
// happens to use rare characters is left alone. A suspect line with a
// quarter or more of its characters lost cannot be read back and is
// dropped, and counted. In a line with lost characters, GBK bytes read one
// byte out of step ("布局?”饼R向東說": the orphan trail byte of ” made 饼, and
// 齊's second byte shows as "R") are read back where the bytes say so.
// Stateless, thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wenyuan::ingest {

struct MojibakeRepair {
  std::string text;  // the text repaired; empty when no line changed (counts all 0): the input stands
  size_t lines_repaired = 0;
  size_t lines_dropped = 0;    // mojibake too damaged to read back (a quarter or more of it lost)
  size_t chars_realigned = 0;  // GBK characters read back from bytes out of step ("饼R" → "齊")
  std::string wrong_encoding;  // of the first line repaired: "gbk", "big5" or "windows-1252"
};

MojibakeRepair RepairMojibake(std::string_view utf8_text);

}  // namespace wenyuan::ingest
