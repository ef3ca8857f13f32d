// libFuzzer target: the query parser (words, phrases, exclusions, filters,
// dates, categories).
#include "fuzz_support.h"
#include "search/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view query(reinterpret_cast<const char*>(data), size);
  auto parsed = wenyuan::search::ParseQuery(query);
  if (parsed.ok()) {
    wenyuan::fuzz::Check(!parsed->text.empty() || parsed->HasConstraints(), "a parsed query has something to search");
  }
  return 0;
}
