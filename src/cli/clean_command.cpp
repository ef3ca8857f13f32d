// `wenyuan clean FILE [--explain]`: what cleaning makes of one file, exactly
// as ingest would index it: each document's cleaned text, documents
// separated by a line holding only "\f". With --explain, each document is
// headed by its source and title and followed by its cover-page fields,
// every dropped line with its reason, a count per rule, the repairs made,
// and why a page would not be indexed.
//
// `wenyuan clean --stats PATH`: over a file or every file of a folder (and
// its subfolders), how many lines each rule dropped and how many were kept,
// so an administrator sees what cleaning does to their own documents.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include "cli/commands.h"
#include "ingest/document_preparer.h"
#include "ingest/line_chunk_reader.h"
#include "util/file_io.h"
#include "util/line_reader.h"

namespace wenyuan::cli {
namespace {

constexpr uint64_t kMaxFileBytes = 256ull << 20;
constexpr size_t kStreamChunkBytes = size_t{8} << 20;
constexpr size_t kMaxRecordBytes = size_t{16} << 20;  // as ingest's default

using PreparedBatch = std::vector<ingest::PreparedDocument>;

// The documents of `path` prepared as ingest prepares them, handed to
// `each` a batch at a time: the whole file, or, for a record file (JSON
// Lines, `key: value` records, crawl files) over kMaxFileBytes, a chunk of
// its records at a time as ingest streams it, so an export of any size can
// be checked. Sets `*document` false (and returns Ok) for a file of no
// document format.
Status ForEachPreparedBatch(const ingest::ReaderRegistry& readers, const std::filesystem::path& path, bool* document,
                            const std::function<void(PreparedBatch&)>& each) {
  *document = true;
  std::error_code ec;
  const uint64_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    WY_ASSIGN_OR_RETURN(std::string head, ReadFileHead(path, 64 << 10));
    const ingest::DocumentReader* reader = readers.ForFile(path, head);
    if (reader && reader->ReadsLineRecords() && head.find('\0') == std::string::npos) {
      WY_ASSIGN_OR_RETURN(ingest::LineChunkReader lines,
                          ingest::LineChunkReader::Open(path, kStreamChunkBytes, kMaxRecordBytes));
      std::unique_ptr<ingest::RecordStream> records = reader->OpenRecordStream(path, kMaxRecordBytes);
      std::vector<size_t> skipped;
      std::string chunk;
      size_t first_line = 0;
      for (;;) {
        WY_ASSIGN_OR_RETURN(bool more, lines.Next(chunk, first_line));
        ingest::RecordBatch batch;
        if (more) {
          std::erase_if(skipped, [&](size_t line) { return line < first_line; });
          for (size_t line : lines.TakeSkippedLines()) skipped.push_back(line);
          WY_ASSIGN_OR_RETURN(batch, records->Next(chunk, first_line, skipped));
        } else {
          batch = records->Finish();
        }
        for (const auto& w : lines.TakeWarnings()) std::fprintf(stderr, "%s: %s\n", path.string().c_str(), w.c_str());
        for (const auto& w : batch.problems) std::fprintf(stderr, "%s: %s\n", path.string().c_str(), w.c_str());
        PreparedBatch prepared = ingest::PrepareExtracted(std::move(batch.documents), nullptr, 1);
        each(prepared);
        if (!more) return Status::Ok();
      }
    }
    if (!reader) {
      *document = false;
      return Status::Ok();
    }
  }
  WY_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(path, kMaxFileBytes));
  const ingest::DocumentReader* reader = readers.ForFile(path, bytes);
  if (!reader) {
    *document = false;
    return Status::Ok();
  }
  WY_ASSIGN_OR_RETURN(PreparedBatch prepared, ingest::PrepareDocuments(*reader, path, bytes));
  each(prepared);
  return Status::Ok();
}

size_t CountLines(std::string_view text) {
  size_t n = 0;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) n += !line.empty();
  return n;
}

std::map<std::string, size_t> DroppedPerRule(const clean::CleanedDocument& c) {
  std::map<std::string, size_t> out;
  for (const auto& d : c.dropped) ++out[d.reason];
  return out;
}

struct Totals {
  size_t files = 0, unreadable = 0, documents = 0, not_indexed = 0, kept_lines = 0;
  std::map<std::string, size_t> dropped;
  std::map<std::string, size_t> repairs;
};

void AddRepairs(const clean::RepairStats& s, std::map<std::string, size_t>& out) {
  out["HTML entities decoded"] += s.entities;
  out["stray HTML tags removed"] += s.tags;
  out["pinyin readings removed"] += s.pinyin;
  out["broken characters (U+FFFD) removed"] += s.replacement_chars;
  out["full-width letters or digits narrowed"] += s.full_width;
  out["word-segmentation spaces removed"] += s.segmentation_spaces;
  out["runs of encoding damage dropped"] += s.damaged_runs;
}

int RunStats(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (std::filesystem::is_directory(root, ec)) {
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec); !ec && it != std::filesystem::end(it);
         it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
  } else if (std::filesystem::is_regular_file(root, ec)) {
    files.push_back(root);
  } else {
    return Fail(Status::NotFound(root.string() + ": no such file or folder"));
  }
  ingest::ReaderRegistry readers;
  Totals t;
  std::map<std::string, size_t> warnings;
  for (const auto& path : files) {
    bool document = true;
    const Status read = ForEachPreparedBatch(readers, path, &document, [&](PreparedBatch& prepared) {
      for (const auto& p : prepared) {
        ++t.documents;
        t.not_indexed += !p.cleaned.failure.empty();
        t.kept_lines += CountLines(p.cleaned.text);
        for (const auto& [rule, n] : DroppedPerRule(p.cleaned)) t.dropped[rule] += n;
        AddRepairs(p.cleaned.repairs, t.repairs);
        for (const auto& w : p.extracted.warnings) {
          if (w.find("mojibake") != std::string::npos) ++warnings["files with mojibake lines repaired"];
          if (w.find("two encodings") != std::string::npos) ++warnings["files in two encodings, read line by line"];
        }
      }
    });
    if (!read.ok()) {
      ++t.unreadable;
      std::fprintf(stderr, "%s\n", read.ToString().c_str());
    } else if (document) {
      ++t.files;
    }
  }
  size_t dropped = 0;
  for (const auto& [rule, n] : t.dropped) dropped += n;
  std::printf("%zu files, %zu documents (%zu not indexed), %zu unreadable\n", t.files, t.documents, t.not_indexed,
              t.unreadable);
  std::printf("lines kept: %zu; lines dropped: %zu\n", t.kept_lines, dropped);
  std::vector<std::pair<std::string, size_t>> rules(t.dropped.begin(), t.dropped.end());
  std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::printf("dropped, per rule:\n");
  for (const auto& [rule, n] : rules) std::printf("  %8zu  %s\n", n, rule.c_str());
  std::printf("repairs:\n");
  for (const auto& [what, n] : t.repairs) {
    if (n) std::printf("  %8zu  %s\n", n, what.c_str());
  }
  for (const auto& [what, n] : warnings) std::printf("  %8zu  %s\n", n, what.c_str());
  return 0;
}

void Explain(const ingest::PreparedDocument& p) {
  for (const auto& w : p.extracted.warnings) std::printf("--- warning: %s\n", w.c_str());
  for (const auto& [name, value] : p.cleaned.fields) {
    std::printf("--- field [cover page → metadata] %s: %s\n", name.c_str(), value.c_str());
  }
  std::printf("--- dropped %zu lines\n", p.cleaned.dropped.size());
  for (const auto& d : p.cleaned.dropped) {
    std::printf("  line %zu [%s] %s\n", d.line, d.reason.c_str(), d.text.c_str());
  }
  auto per_rule = DroppedPerRule(p.cleaned);
  if (!per_rule.empty()) {
    std::printf("--- rules that fired:");
    for (const auto& [rule, n] : per_rule) std::printf(" %s ×%zu;", rule.c_str(), n);
    std::printf("\n");
  }
  std::string repairs = clean::DescribeRepairs(p.cleaned.repairs);
  if (!repairs.empty()) std::printf("--- repairs: %s\n", repairs.c_str());
  if (!p.cleaned.failure.empty()) std::printf("--- not indexed: %s\n", p.cleaned.failure.c_str());
}

}  // namespace

int RunCleanCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan clean FILE [--explain] | wenyuan clean --stats PATH");
  const std::filesystem::path path = pos[1];
  if (ctx.args.Has("--stats")) return RunStats(path);
  ingest::ReaderRegistry readers;
  const bool explain = ctx.args.Has("--explain");
  bool document = true;
  size_t printed = 0;
  const Status read = ForEachPreparedBatch(readers, path, &document, [&](PreparedBatch& prepared) {
    for (const auto& p : prepared) {
      if (printed++) std::printf("\f\n");
      if (explain) {
        std::string source = path.string() + (p.extracted.part.empty() ? "" : "#" + p.extracted.part);
        std::printf("=== %s — %s\n", source.c_str(), p.title.c_str());
      }
      std::printf("%s\n", p.cleaned.text.c_str());
      if (explain) Explain(p);
    }
  });
  if (!read.ok()) return Fail(read);
  if (!document) return Fail(Status::Unsupported(path.string() + ": unsupported file type"));
  return 0;
}

}  // namespace wenyuan::cli
