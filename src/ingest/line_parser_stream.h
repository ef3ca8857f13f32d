// The line-at-a-time record parsers (the crawl and `key: value` parsers)
// and the RecordStream over them.
//
// LineRecordParser<Derived> is what such a parser shares: reading a whole
// file, or chunks of whole lines numbered from `first_line`, skipping the
// lines the caller dropped as too long, and handing out the documents and
// file-level problems found so far. Derived (CRTP) provides OnLine(line),
// OnSkippedLine() (a dropped line: the record under way loses its text) and
// Finish() (the end of the file), and fills docs_ and pending_warnings_.
//
// LineParserStream<Parser> decodes each chunk of whole lines and feeds it to
// the parser, which keeps the record under way between chunks; what the
// parser finished, and its problems and the decoder's warnings, come out as
// a batch.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/record_file_support.h"
#include "ingest/text_decoding.h"
#include "util/line_reader.h"

namespace wenyuan::ingest {

template <typename Derived>
class LineRecordParser {
 public:
  // A record whose lines add up to more than `max_record_bytes` is skipped.
  explicit LineRecordParser(size_t max_record_bytes) : max_record_bytes_(max_record_bytes) {}

  // The whole text of a file.
  ExtractedDocuments Parse(std::string_view text) {
    Feed(text, 1, {});
    self().Finish();
    AttachFileWarnings(docs_, pending_warnings_);
    return std::move(docs_);
  }

  // Whole lines of the file, the first numbered `first_line`; `skipped` are
  // lines the caller dropped as too long (the reader warned of them).
  void Feed(std::string_view text, size_t first_line, const std::vector<size_t>& skipped) {
    LineReader lines(text);
    std::string_view line;
    while (lines.Next(line)) {
      line_number_ = first_line - 1 + lines.line_number();
      if (std::find(skipped.begin(), skipped.end(), line_number_) != skipped.end()) {
        self().OnSkippedLine();
      } else {
        self().OnLine(line);
      }
    }
  }

  ExtractedDocuments TakeDocuments() { return std::exchange(docs_, {}); }
  std::vector<std::string> TakeProblems() { return std::exchange(pending_warnings_, {}); }

 protected:
  const size_t max_record_bytes_;
  size_t line_number_ = 0;
  ExtractedDocuments docs_;
  std::vector<std::string> pending_warnings_;

 private:
  Derived& self() { return static_cast<Derived&>(*this); }
};

template <typename Parser>
class LineParserStream : public RecordStream {
 public:
  LineParserStream(std::filesystem::path path, size_t max_record_bytes)
      : path_(std::move(path)), parser_(max_record_bytes) {}

  Result<RecordBatch> Next(std::string_view lines, size_t first_line,
                           const std::vector<size_t>& skipped_lines) override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(lines, path_.string()));
    parser_.Feed(decoded.text, first_line, skipped_lines);
    return Take(std::move(decoded.warnings));
  }

  RecordBatch Finish() override {
    parser_.Finish();
    return Take({});
  }

 private:
  RecordBatch Take(std::vector<std::string> problems) {
    RecordBatch out;
    out.documents = parser_.TakeDocuments();
    out.problems = std::move(problems);
    for (auto& p : parser_.TakeProblems()) out.problems.push_back(std::move(p));
    return out;
  }

  std::filesystem::path path_;
  Parser parser_;
};

}  // namespace wenyuan::ingest
