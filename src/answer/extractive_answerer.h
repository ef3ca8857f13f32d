// ExtractiveAnswerer: answers a question with sentences quoted from the
// passages a search found, each with its citation; nothing is generated, so
// nothing is stated that the knowledge base does not say.
//
// Sentences of the top passages are scored by the share of the question's
// term weight (IDF, over the terms the KB has) they contain, plus a little
// for their passage's rank; up to `max_sentences` are chosen, at most two
// from one passage and no repeats. Whether anything is found at all is
// judged against the whole question, terms the KB lacks included: if the
// best sentence covers less than `min_found_coverage` of it, the answer is
// "not found" rather than noise. Thread-safe (const).
#pragma once

#include <string>
#include <vector>

#include "search/search_types.h"
#include "text/bigram_tokenizer.h"

namespace wenyuan::answer {

struct Citation {
  std::string passage_id;
  int64_t document_id = 0;
  std::string title;
  std::string source;
  size_t begin = 0;  // code points into the passage text
  size_t end = 0;
};

struct Evidence {
  std::string text;  // the quoted sentence, exactly as stored
  double score = 0;
  Citation citation;
};

struct Answer {
  std::string question;
  bool found = false;
  std::string text;  // the evidence joined, each followed by its [n]
  std::vector<Evidence> evidence;
};

struct AnswerOptions {
  size_t passages = 5;       // top passages whose sentences compete
  size_t max_sentences = 3;
  size_t max_per_passage = 2;
  double min_coverage = 0.34;        // of the weight of terms the KB has
  double min_found_coverage = 0.2;  // of the weight of all the question's terms
};

class ExtractiveAnswerer {
 public:
  explicit ExtractiveAnswerer(AnswerOptions options = {}) : options_(options) {}
  // `tokenizer` must be the one the search used (same script folding).
  ExtractiveAnswerer(text::BigramTokenizer tokenizer, AnswerOptions options)
      : options_(options), tokenizer_(std::move(tokenizer)) {}
  Answer AnswerFrom(const search::SearchResponse& search) const;

 private:
  AnswerOptions options_;
  text::BigramTokenizer tokenizer_;
};

}  // namespace wenyuan::answer
