// What the libFuzzer targets in fuzz/ share: running one reader on the
// fuzzer's bytes and checking what every reader promises (document_reader.h):
// a Status naming the file, or documents whose text is UTF-8. A broken
// promise aborts, which libFuzzer reports as a finding with its input.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ingest/document_reader.h"
#include "util/utf8.h"

namespace wenyuan::fuzz {

[[noreturn]] inline void Broken(const char* what) {
  std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
  std::abort();
}

inline void Check(bool ok, const char* what) {
  if (!ok) Broken(what);
}

// Runs `reader` on the bytes as the file `name` and checks the outcome.
inline void ReadAndCheck(const ingest::DocumentReader& reader, const char* name, const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto docs = reader.Read(name, bytes);
  if (!docs.ok()) {
    Check(docs.status().message().find(name) != std::string::npos, "an error names the file");
    return;
  }
  for (const auto& d : *docs) {
    Check(utf8::IsValid(d.text), "document text is UTF-8");
    Check(utf8::IsValid(d.title), "document title is UTF-8");
  }
}

}  // namespace wenyuan::fuzz
