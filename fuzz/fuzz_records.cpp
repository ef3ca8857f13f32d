// libFuzzer target: the many-document formats: JSON Lines records, the
// `<page>` crawl format and `标题：…` key: value records.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto jsonl = wenyuan::ingest::MakeJsonlReader();
  static const auto crawl = wenyuan::ingest::MakeCrawlReader();
  static const auto record = wenyuan::ingest::MakeRecordReader();
  wenyuan::fuzz::ReadAndCheck(*jsonl, "fuzz.jsonl", data, size);
  wenyuan::fuzz::ReadAndCheck(*crawl, "fuzz.crawl", data, size);
  wenyuan::fuzz::ReadAndCheck(*record, "fuzz.rec", data, size);
  return 0;
}
