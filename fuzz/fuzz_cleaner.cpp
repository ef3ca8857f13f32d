// libFuzzer target: the cleaner (boilerplate, hard-wrap joining, repairs,
// failed-page detection) in each layout. The first byte picks the layout;
// the rest is made UTF-8 as readers hand it over.
#include "clean/document_cleaner.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using wenyuan::clean::SourceLayout;
  if (size == 0) return 0;
  const SourceLayout layouts[] = {SourceLayout::kStructured, SourceLayout::kPlainText, SourceLayout::kWebDump,
                                  SourceLayout::kPaged};
  const SourceLayout layout = layouts[data[0] % 4];
  std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);
  std::string text;
  for (size_t pos = 0; pos < raw.size();) wenyuan::utf8::Append(text, wenyuan::utf8::DecodeNext(raw, pos));
  auto cleaned = wenyuan::clean::CleanDocument(text, layout, nullptr);
  wenyuan::fuzz::Check(wenyuan::utf8::IsValid(cleaned.text), "cleaned text is UTF-8");
  (void)wenyuan::clean::GuessTitle(cleaned.text);
  return 0;
}
