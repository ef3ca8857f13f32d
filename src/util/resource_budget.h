// Resource budgets: how much one input may cost before Wenyuan refuses it.
//
// Every limit on what a hostile or broken file can make Wenyuan spend lives
// in ResourceLimits: per document (characters of text, which also bounds its
// passages: about characters / ChunkOptions::min_chars), per file
// (spreadsheet cells) and per parse (bytes of text produced, wall-clock time). Input
// size alone is not enough: an 18 KB spreadsheet can expand to gigabytes,
// and a 200 MB one-line text file can exhaust the word segmenter. Readers
// and the steps after them charge what they produce to a Budget and stop
// with the Status it returns, which names the file, the place and the limit
// ("a.xlsx: sheet Sheet1: text over 33554432 bytes (the limit per parse)").
// Nothing is committed for a file whose budget was exceeded.
//
// Parsing that cannot be bounded from inside (external tools such as
// pdftotext and tesseract) runs in a child process under SubprocessLimits
// (util/subprocess.h) instead.
//
// Budget and Deadline are plain values owned by one parse; not thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan {

struct ResourceLimits {
  // Code points of one document's extracted text (a long book is ~1M).
  uint64_t max_document_chars = 8'000'000;
  // Non-empty spreadsheet cells read from one file.
  uint64_t max_cells = 1'000'000;
  // Bytes of text one parse (one file) may produce, before cleaning.
  uint64_t max_parse_output_bytes = 32ull << 20;
  // Wall-clock time one parse may take where the parser can be stopped.
  std::chrono::milliseconds max_parse_time{60'000};
};

// One quantity counted against its cap.
class Budget {
 public:
  // `what` names the quantity and `unit` its unit for messages
  // ("text", "bytes"); `scope` says what the cap is per ("per parse").
  Budget(std::string what, std::string unit, std::string scope, uint64_t limit)
      : what_(std::move(what)), unit_(std::move(unit)), scope_(std::move(scope)), limit_(limit) {}

  // Adds `amount`. Once the total passes the cap, returns (and keeps
  // returning) kResourceExhausted naming `where`.
  Status Charge(uint64_t amount, std::string_view where);
  // True if `amount` more would pass the cap (nothing is charged).
  bool WouldExceed(uint64_t amount) const { return amount > limit_ || used_ > limit_ - amount; }
  // The error Charge returns, for callers that check before producing.
  Status Exceeded(std::string_view where) const;

  uint64_t used() const { return used_; }
  uint64_t limit() const { return limit_; }
  bool exhausted() const { return exhausted_; }

 private:
  std::string what_, unit_, scope_;
  uint64_t limit_;
  uint64_t used_ = 0;
  bool exhausted_ = false;
};

// A point in time a parse must finish by (steady clock).
class Deadline {
 public:
  explicit Deadline(std::chrono::milliseconds budget)
      : end_(std::chrono::steady_clock::now() + budget), budget_(budget) {}
  bool Passed() const { return std::chrono::steady_clock::now() >= end_; }
  // kTimeout naming `where` once the deadline has passed, else OK.
  Status Check(std::string_view where) const;

 private:
  std::chrono::steady_clock::time_point end_;
  std::chrono::milliseconds budget_;
};

// The per-parse output budget of `limits` ("text", bytes).
Budget ParseOutputBudget(const ResourceLimits& limits);

// kResourceExhausted naming `where` if `text` holds more code points than
// limits.max_document_chars; counts no further than the cap.
Status CheckDocumentChars(std::string_view text, const ResourceLimits& limits, std::string_view where);

}  // namespace wenyuan
