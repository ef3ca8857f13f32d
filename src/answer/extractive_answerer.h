// ExtractiveAnswerer: answers a question with sentences quoted from the
// passages a search found, each with its citation; nothing is generated, so
// nothing is stated that the knowledge base does not say.
//
// Whether anything is found at all is decided first, on the top passage,
// by EnoughToAnswer (answer/found_decision.h: the one not-found decision,
// also the one that keeps a language model from being asked); otherwise
// the answer is "not found" rather than noise.
//
// Then the sentences (text/sentence_splitter.h) of the top passages, those
// scoring at least `passage_floor` of the best, compete. A sentence scores
// the share of the question's weight it holds, each term's IDF multiplied
// by its sentence-level IDF within those passages cubed (a term every
// sentence shares, such as the topic's name, tells sentences apart less
// than one a single sentence holds); plus a share of its neighbours'
// (an answer often sits next to the sentence that restates the question);
// plus a little for its passage's rank and for holding what the question
// type asks for (question_type.h: a number, a duration, an amount, a date,
// a place); scaled down if it is a list item whose lead line holds little of
// the question (an item of another topic's list); halved if it
// is itself a question, while the sentence after a question takes on that
// question's share (an FAQ's answer line). Up to `max_sentences` are
// chosen, at most `max_per_passage` from one passage, no repeats; chosen
// sentences that are next to each other are quoted as one piece of text
// with one citation. Thread-safe (const).
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "answer/found_decision.h"
#include "search/search_types.h"
#include "text/bigram_tokenizer.h"
#include "text/word_analyzer.h"
#include "util/status.h"

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
  // What the not-found decision read (answer/found_decision.h), for eval.
  FoundSignals found_signals;
};

struct AnswerOptions {
  size_t passages = 5;         // top passages whose sentences compete…
  double passage_floor = 0.7;  // …if they score this share of the best
  size_t max_sentences = 3;
  size_t max_per_passage = 3;
  // A sentence holding what the question type asks for (question_type.h)
  // gains this share of its coverage.
  double type_weight = 0.1;
  // The power of the sentence-level IDF a term's weight is multiplied by.
  double sentence_idf_power = 3;
  // With a word analyser (the search's), a question bigram that no word of
  // the question holds (件應 in 資安事件應於: it spans 事件|應於) weighs
  // this share in telling sentences apart: it matches other phrases
  // (資安事件應變) as readily as the question's. Null: all weigh alike.
  std::shared_ptr<const text::WordAnalyzer> words;
  double cross_word_weight = 1.0;  // off: see docs/answers.md (mixed held out)
  // A list item whose lead line ("…下列主題：") holds little of the
  // question scores this share: an item of another topic.
  double foreign_list_penalty = 1.0;  // off: see docs/answers.md (hurt the samples)
  // "Not found" below these (answer/found_decision.h).
  FoundThresholds found;
};

// Sets one AnswerOptions field by its name (passages, passage_floor,
// max_sentences, max_per_passage, min_coverage, min_found_coverage,
// min_found_probability,
// type_weight, sentence_idf_power, foreign_list_penalty, cross_word_weight), as
// `eval --compare "answer.min_coverage=0.3"` does. Errors name the key.
Status SetAnswerOption(AnswerOptions& options, std::string_view key, std::string_view value);

class ExtractiveAnswerer {
 public:
  explicit ExtractiveAnswerer(AnswerOptions options = {}) : options_(options) {}
  // `tokenizer` must be the one the search used (same script folding).
  ExtractiveAnswerer(text::BigramTokenizer tokenizer, AnswerOptions options)
      : options_(options), tokenizer_(std::move(tokenizer)) {}
  Answer AnswerFrom(const search::SearchResponse& search) const;

 private:
  // The question's bigrams that no word of it holds (AnswerOptions::words).
  std::set<std::string> CrossWordTerms(std::string_view question) const;

  AnswerOptions options_;
  text::BigramTokenizer tokenizer_;
};

}  // namespace wenyuan::answer
