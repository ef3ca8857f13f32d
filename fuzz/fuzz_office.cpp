// libFuzzer target: the Office Open XML readers (.docx, .xlsx, .pptx) on the
// same bytes: the ZIP container (office_archive), the XML scanner and each
// format's part walker, under their caps and the output budget.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A small output budget keeps each run fast; the budget's refusal is a
  // Status like any other.
  static const auto limits = [] {
    wenyuan::ResourceLimits l;
    l.max_parse_output_bytes = 1u << 20;
    return l;
  }();
  static const auto docx = wenyuan::ingest::MakeDocxReader();
  static const auto xlsx = wenyuan::ingest::MakeXlsxReader(limits);
  static const auto pptx = wenyuan::ingest::MakePptxReader();
  wenyuan::fuzz::ReadAndCheck(*docx, "fuzz.docx", data, size);
  wenyuan::fuzz::ReadAndCheck(*xlsx, "fuzz.xlsx", data, size);
  wenyuan::fuzz::ReadAndCheck(*pptx, "fuzz.pptx", data, size);
  return 0;
}
