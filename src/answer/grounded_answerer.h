// GroundedAnswerer: answers a question or drafts a document with a language
// model, from the passages a search found, and keeps the model honest: the
// prompt numbers the evidence (prompt_builder.h), the reply is converted to
// the knowledge base's script, its citations are checked against the
// evidence actually given (citation_checker.h), sentences without support
// are listed, and headings the task requires but the reply lacks are named.
// Without a model, or when the model fails (unreachable, timed out, empty
// reply, evidence that does not fit), the extractive answer is returned and
// `fallback_reason` says why. Streaming: `on_token` sees the model's text
// as it comes, citation markers held back until checked
// (citation_stream.h); the returned answer holds the checked text.
//
// Thread-compatible: a LanguageModel is not shared between threads (callers
// serialise; KbAnswerService does).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "answer/citation_checker.h"
#include "answer/draft_template.h"
#include "answer/extractive_answerer.h"
#include "answer/script_converter.h"
#include "answer/task.h"
#include "llm/language_model.h"
#include "search/search_types.h"

namespace wenyuan::answer {

// Where in a cited passage a sentence's claim rests (cited_evidence.h):
// code points of the passage's best-supporting sentence.
struct SupportSpan {
  size_t evidence = 0;  // the [n] cited
  size_t begin = 0;
  size_t end = 0;
};

struct GroundedAnswer {
  std::string kb;
  std::string request;  // the question or the topic
  Task task = Task::kQa;
  bool found = false;               // some evidence was found
  std::string mode = "extractive";  // or "llm"
  std::string model;                // the model's name when mode is "llm"
  std::string text;
  // [1]..[n] as `text` cites them; with a model only the cited passages,
  // each narrowed to the sentence that supports its claims (cited_evidence.h)
  std::vector<Evidence> evidence;
  std::vector<size_t> cited;  // the evidence numbers `text` cites
  std::vector<std::string> unsupported_sentences;
  std::vector<CitedSentence> sentences;           // `text`'s sentences and what each cites (mode "llm" only)
  std::vector<std::vector<SupportSpan>> support;  // per sentence, one span per citation (mode "llm")
  std::vector<std::string> removed_citations;
  std::vector<std::string> missing_sections;
  std::string fallback_reason;  // set when a draft was asked for but this is extractive
  std::string finish_reason;    // the model's ("stop", "length", ...)
  size_t prompt_tokens = 0;
  size_t completion_tokens = 0;  // as the model reported them; 0 when it did not say
};

struct GroundingOptions {
  size_t max_evidence = 6;  // top passages offered to the model
  llm::GenerationOptions generation;
  size_t min_claim_chars = 8;
  // When set, the model is asked for this template's sections
  // (DraftTemplate::Instruction) instead of the task's built-in ones.
  const DraftTemplate* draft_template = nullptr;
};

class GroundedAnswerer {
 public:
  // `model` and `converter` may be null (extractive only; no conversion).
  GroundedAnswerer(llm::LanguageModel* model, const ExtractiveAnswerer& extractive, const ScriptConverter* converter,
                   GroundingOptions options)
      : model_(model), extractive_(extractive), converter_(converter), options_(options) {}

  GroundedAnswer Answer(const search::SearchResponse& search, Task task, const llm::TokenSink& on_token) const;

 private:
  llm::LanguageModel* model_;
  const ExtractiveAnswerer& extractive_;
  const ScriptConverter* converter_;
  GroundingOptions options_;
};

// The extractive answer in GroundedAnswer's shape (mode "extractive").
GroundedAnswer FromExtractive(const Answer& answer, const std::string& kb, Task task);

}  // namespace wenyuan::answer
