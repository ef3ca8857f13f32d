// A RecordStream over a line-at-a-time record parser (the crawl and
// `key: value` parsers): each chunk of whole lines is decoded and fed to the
// parser, which keeps the record under way between chunks; what the parser
// finished, and its problems and the decoder's warnings, come out as a
// batch. Parser needs: Parser(size_t max_record_bytes), Feed(text,
// first_line, skipped_lines), Finish(), TakeDocuments(), TakeProblems().
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/text_decoding.h"

namespace wenyuan::ingest {

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
