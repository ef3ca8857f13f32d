// libFuzzer target: the HTML reader (charset sniffing, decoding, the nesting
// guard, gumbo, the DOM walk).
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto reader = wenyuan::ingest::MakeHtmlReader();
  wenyuan::fuzz::ReadAndCheck(*reader, "fuzz.html", data, size);
  return 0;
}
