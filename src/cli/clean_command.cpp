// `wenyuan clean FILE [--explain]`: what cleaning makes of one file, exactly
// as ingest would index it: each document's cleaned text, documents
// separated by a line holding only "\f". With --explain, each document is
// headed by its source and title and followed by every dropped line with
// its reason, the repairs made, and why a page would not be indexed.
#include <cstdio>

#include "cli/commands.h"
#include "ingest/document_preparer.h"
#include "util/file_io.h"

namespace wenyuan::cli {

int RunCleanCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan clean FILE [--explain]");
  const std::filesystem::path path = pos[1];
  auto bytes = ReadFileToString(path, 256ull << 20);
  if (!bytes.ok()) return Fail(bytes.status());
  ingest::ReaderRegistry readers;
  const ingest::DocumentReader* reader = readers.ForFile(path, *bytes);
  if (!reader) return Fail(Status::Unsupported(path.string() + ": unsupported file type"));
  auto prepared = ingest::PrepareDocuments(*reader, path, *bytes);
  if (!prepared.ok()) return Fail(prepared.status());
  const bool explain = ctx.args.Has("--explain");
  for (size_t i = 0; i < prepared->size(); ++i) {
    const auto& p = (*prepared)[i];
    if (i) std::printf("\f\n");
    if (explain) {
      std::string source = path.string() + (p.extracted.part.empty() ? "" : "#" + p.extracted.part);
      std::printf("=== %s — %s\n", source.c_str(), p.title.c_str());
    }
    std::printf("%s\n", p.cleaned.text.c_str());
    if (!explain) continue;
    for (const auto& w : p.extracted.warnings) std::printf("--- warning: %s\n", w.c_str());
    std::printf("--- dropped %zu lines\n", p.cleaned.dropped.size());
    for (const auto& d : p.cleaned.dropped) {
      std::printf("  line %zu [%s] %s\n", d.line, d.reason.c_str(), d.text.c_str());
    }
    std::string repairs = clean::DescribeRepairs(p.cleaned.repairs);
    if (!repairs.empty()) std::printf("--- repairs: %s\n", repairs.c_str());
    if (!p.cleaned.failure.empty()) std::printf("--- not indexed: %s\n", p.cleaned.failure.c_str());
  }
  return 0;
}

}  // namespace wenyuan::cli
