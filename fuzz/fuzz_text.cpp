// libFuzzer target: plain text decoding (BOMs, UTF-8, UTF-16, Big5,
// GB18030 detection) through the .txt and .md readers.
#include "fuzz_support.h"
#include "ingest/text_decoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto txt = wenyuan::ingest::MakePlainTextReader();
  static const auto md = wenyuan::ingest::MakeMarkdownReader();
  wenyuan::fuzz::ReadAndCheck(*txt, "fuzz.txt", data, size);
  wenyuan::fuzz::ReadAndCheck(*md, "fuzz.md", data, size);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = wenyuan::ingest::DecodeText(bytes, "fuzz.txt");
  if (decoded.ok()) wenyuan::fuzz::Check(wenyuan::utf8::IsValid(decoded->text), "decoded text is UTF-8");
  return 0;
}
