// DocumentReader: one file format in, its documents out (most formats hold
// one; crawl files and record exports hold many). Readers treat their input
// as hostile: malformed bytes give a Status naming the file and place, never
// a crash. ReaderRegistry picks the reader for a file by its content first
// (record and crawl formats are recognised whatever the extension), then by
// its extension. Readers are immutable after construction and thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extracted_document.h"
#include "util/resource_budget.h"
#include "util/status.h"
#include "util/subprocess.h"

namespace wenyuan::ingest {

// The records of part of a record file read as a stream, and what was
// wrong with the lines that gave none.
struct RecordBatch {
  ExtractedDocuments documents;
  std::vector<std::string> problems;  // "line 12: not valid JSON; skipped"
};

// A record file read a chunk of whole lines at a time: what a record under
// way has read stays here between chunks, so records may cross chunk
// boundaries and give the documents (parts, line numbers in warnings, state
// such as a crawl file's <lang>) a whole read gives. A record over
// `max_record_bytes` is skipped with a warning naming its first line; the
// rest of the file is still read, and memory stays about one record.
class RecordStream {
 public:
  virtual ~RecordStream() = default;
  // The records that end within `lines` (whole lines of the file from line
  // `first_line` on). `skipped_lines` are lines of it the caller dropped as
  // too long (they come as empty lines): the record holding one is skipped.
  virtual Result<RecordBatch> Next(std::string_view lines, size_t first_line,
                                   const std::vector<size_t>& skipped_lines) = 0;
  // The end of the file: the record under way, and the file's own problems.
  virtual RecordBatch Finish() = 0;
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // File extensions (lower case, without the dot) this reader takes.
  virtual std::vector<std::string> Extensions() const = 0;
  // True if the file's first bytes show it is this reader's format, whatever
  // its extension. Only formats with an unmistakable shape say yes.
  virtual bool RecognisesContent(std::string_view /*head*/) const { return false; }
  // `path` is for messages and for tools that need the file itself.
  virtual Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const = 0;
  // True for record formats, which can be read as a stream of chunks of
  // whole lines (a file too large to read whole) by OpenRecordStream.
  virtual bool ReadsLineRecords() const { return false; }
  // A stream over the file's records; by default one that reads each chunk
  // with ReadLineRecords (records of one line). Only for readers that
  // ReadsLineRecords().
  virtual std::unique_ptr<RecordStream> OpenRecordStream(const std::filesystem::path& path,
                                                         size_t max_record_bytes) const;
  // The records of `lines` (whole lines of the file from line `first_line`
  // on) for a format of one record a line; `parts` holds the part names
  // given so far, so they stay unique across chunks.
  virtual Result<RecordBatch> ReadLineRecords(const std::filesystem::path& path, std::string_view /*lines*/,
                                              size_t /*first_line*/, std::set<std::string>& /*parts*/) const {
    return Status::Unsupported(path.string() + ": cannot be read as a stream of records");
  }
};

std::unique_ptr<DocumentReader> MakePlainTextReader();
std::unique_ptr<DocumentReader> MakeMarkdownReader();
std::unique_ptr<DocumentReader> MakeHtmlReader();
std::unique_ptr<DocumentReader> MakePdfReader(SubprocessLimits limits);
std::unique_ptr<DocumentReader> MakeDocxReader();
// .xlsx: each sheet's rows as "header: value | …" records (xlsx_reader.cpp);
// cells and output text under `limits`.
std::unique_ptr<DocumentReader> MakeXlsxReader(ResourceLimits limits = {});
// .pptx: one block of lines per slide, in slide order (pptx_reader.cpp).
std::unique_ptr<DocumentReader> MakePptxReader();
// .png .jpg .jpeg .tif .tiff: Tesseract OCR in a child process under `limits`.
std::unique_ptr<DocumentReader> MakeImageReader(SubprocessLimits limits);
// Recognised by content whatever the extension (see each one's file).
std::unique_ptr<DocumentReader> MakeCrawlReader();   // `<page="id"><text>…` files
std::unique_ptr<DocumentReader> MakeJsonlReader();   // JSON Lines records; .jsonl
std::unique_ptr<DocumentReader> MakeRecordReader();  // `标题：…` key: value records

class ReaderRegistry {
 public:
  // All built-in readers; PDF extraction and OCR run under `tool_limits`,
  // the in-process parsers under `limits`.
  explicit ReaderRegistry(SubprocessLimits tool_limits = {}, ResourceLimits limits = {});
  // The reader for the path's extension, or nullptr.
  const DocumentReader* ForPath(const std::filesystem::path& path) const;
  // The reader that recognises the content, else the one for the extension.
  const DocumentReader* ForFile(const std::filesystem::path& path, std::string_view bytes) const;
  std::vector<std::string> Extensions() const;
  const ResourceLimits& limits() const { return limits_; }

 private:
  ResourceLimits limits_;
  std::vector<std::unique_ptr<DocumentReader>> readers_;
};

}  // namespace wenyuan::ingest
