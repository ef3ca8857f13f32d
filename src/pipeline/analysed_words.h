// AnalysedWords: the content words (enrich/content_words.h) of the
// documents an ingest's index analysis went through, kept for enrichment so
// that it does not analyse the same texts again. The index hands over each
// chunk of passages with their word tokens (KbIndexWriter::on_words); the
// words of a document are gathered passage by passage, moved to document
// offsets, and written to a scratch file, one record per document, with an
// index in memory (document id → record). The file lives in the KB's
// folder while the ingest runs and is removed with this object (a crash
// leaves one, which the next ingest overwrites).
//
// A document analysed again (a re-indexed file) gets a new record; one
// whose passages did not come in order from the first gets none. If a
// write fails, lookups of the documents not written answer false, and
// enrichment analyses those texts itself: nothing is lost but time.
// Add from one thread; Find from any number at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "enrich/content_words.h"
#include "search/index_search.h"
#include "text/bigram_tokenizer.h"
#include "util/status.h"

namespace wenyuan::pipeline {

class AnalysedWords {
 public:
  // Creates (or empties) `file`.
  static Result<std::unique_ptr<AnalysedWords>> Create(const std::filesystem::path& file);
  ~AnalysedWords();
  AnalysedWords(const AnalysedWords&) = delete;
  AnalysedWords& operator=(const AnalysedWords&) = delete;

  // A chunk of passages in catalog order (by document, then number) and
  // the word tokens of each; content words are picked on `jobs` threads.
  void Add(const std::vector<search::IndexablePassage>& rows, const std::vector<std::vector<text::Token>>& words,
           size_t jobs);
  // Writes the document under way; call before the first Find.
  void Flush();
  // The document's content words, in the order of the text.
  bool Find(int64_t document_id, std::vector<enrich::WordOccurrence>& words) const;

  size_t documents() const { return records_.size(); }

 private:
  struct Record {
    uint64_t offset = 0;
    uint64_t size = 0;
  };
  AnalysedWords(std::filesystem::path file, int fd) : file_(std::move(file)), fd_(fd) {}

  std::filesystem::path file_;
  int fd_ = -1;
  bool failed_ = false;  // a write failed: nothing more is written
  uint64_t end_ = 0;     // bytes written
  std::unordered_map<int64_t, Record> records_;
  int64_t current_ = 0;       // the document under way (0: none)
  int64_t last_number_ = -1;  // its last passage's number
  bool whole_ = true;         // its passages came in order from the first
  std::string pending_;       // its words, encoded
};

}  // namespace wenyuan::pipeline
