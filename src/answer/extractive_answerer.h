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
// than one a single sentence holds; a bigram spanning two of the
// question's words counts in full only against the same words); plus a
// share of its neighbours' (an answer often sits next to the sentence that
// restates the question); plus a little for its passage's rank and for
// holding what the question type asks for (question_type.h: a number, a
// duration, an amount, a date, a place, an organisation, a rule) and for
// stating a rule inside a regulation's article (passage_structure.h);
// scaled down if it is a list item that only names something under a lead
// line that holds little of the question (an item of another topic's
// list); halved if it is itself a question, while the sentence after a
// question takes on that question's share (an FAQ's answer line). Up to `max_sentences` are
// chosen, at most `max_per_passage` from one passage, no repeats; chosen
// sentences that are next to each other are quoted as one piece of text
// with one citation. Thread-safe (const).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
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
  // The question types beyond number, time and place (question_type.h:
  // duration, amount, organisation, rule).
  bool fine_question_types = true;
  // A sentence that states a rule (應, 須, 得, 不得 …) inside a
  // regulation's article (a line opening with 第N條, or its 項 and 款:
  // passage_structure.h) gains this times a share of the question's weight.
  double rule_weight = 1.0;
  // On: the share it holds by the terms' IDF over the knowledge base alone
  // (no sentence-level IDF); off: its coverage (the sentence-level share).
  // Whether an article is the one on the question shows in its holding the
  // question's words, the topic's common ones included, which the
  // sentence-level IDF all but ignores because most sentences of the pool
  // repeat them (第五條 holds 資安事件, 應於 and 通報, as half the pool does).
  bool rule_by_plain_share = true;
  // A sentence gains this times the share of the question's weight it
  // holds by the terms' IDF alone (no sentence-level IDF): a sentence that
  // holds all of the question's words, common ones included.
  double plain_weight = 0;
  // The power of the sentence-level IDF a term's weight is multiplied by.
  double sentence_idf_power = 3;
  // With a word analyser (the search's), a question bigram that no word of
  // the question holds (件應 in 資安事件應於: it spans 事件|應於) weighs
  // this share in telling sentences apart: it matches other phrases
  // (資安事件應變) as readily as the question's. Null: all weigh alike.
  std::shared_ptr<const text::WordAnalyzer> words;
  double cross_word_weight = 0.5;
  // With a word analyser and this on, such a bigram weighs in full in a
  // sentence where it sits against the same content words as in the
  // question (the bigrams before and after it, where they lie inside a word
  // of the question that does not ask, 多久 or 哪一年: 件應 in
  // 資安事件應於知悉後) and cross_word_weight elsewhere (資安事件應變小組).
  bool cross_word_in_phrase = true;
  // With a word analyser, such a bigram weighs, in telling sentences
  // apart, at most this many times the lighter of the content words it
  // joins in the question (件應: 事件 or 應於; 內通: 通報); 0: no cap. It
  // says that two of the question's words stand side by side, which is
  // worth about as much as one of them; spanning a word boundary makes it
  // rare in any text, so its sentence-level IDF alone lets a sentence that
  // holds the glue outweigh one that holds the words.
  double cross_word_cap = 0;
  // A list item that only names something (passage_structure.h
  // IsNamingItem), outside any article, whose lead line ("…下列主題：")
  // holds little of the question scores this share: an item of another
  // topic, such as a syllabus line naming the rule as a course topic.
  double foreign_list_penalty = 0.3;
  // "Not found" below these (answer/found_decision.h).
  FoundThresholds found;
};

// Sets one AnswerOptions field by its name (passages, passage_floor,
// max_sentences, max_per_passage, min_coverage, min_found_coverage,
// min_found_probability, type_weight, fine_question_types (0 or 1),
// rule_weight, rule_by_plain_share (0 or 1), plain_weight, sentence_idf_power, foreign_list_penalty,
// cross_word_weight, cross_word_in_phrase (0 or 1), cross_word_cap), as
// `eval --compare "answer.min_coverage=0.3"` does. Errors name the key.
Status SetAnswerOption(AnswerOptions& options, std::string_view key, std::string_view value);

class ExtractiveAnswerer {
 public:
  // Cross-word bigram → (bigram before, bigram after) in the question.
  using Phrases = std::map<std::string, std::vector<std::pair<std::string, std::string>>>;

  explicit ExtractiveAnswerer(AnswerOptions options = {}) : options_(options) {}
  // `tokenizer` must be the one the search used (same script folding).
  ExtractiveAnswerer(text::BigramTokenizer tokenizer, AnswerOptions options)
      : options_(options), tokenizer_(std::move(tokenizer)) {}
  Answer AnswerFrom(const search::SearchResponse& search) const;

 private:
  // The question's bigrams that no word of it holds (AnswerOptions::words),
  // each with the bigrams before and after it in the question ("" at an
  // end), once per place it appears.
  Phrases CrossWordTerms(std::string_view question) const;

  AnswerOptions options_;
  text::BigramTokenizer tokenizer_;
};

}  // namespace wenyuan::answer
