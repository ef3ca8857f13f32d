// AnswerComposer: the seam between finding evidence and writing an answer.
// It takes the question and the passages a search found and returns an
// Answer whose every sentence cites its evidence; text may be streamed as it
// is written through `on_text`. ExtractiveComposer quotes sentences (no
// model); a language-model composer plugs in behind the same interface.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "answer/extractive_answerer.h"
#include "search/search_types.h"
#include "util/status.h"

namespace wenyuan::answer {

// Receives each piece of answer text as it is produced.
using TextSink = std::function<void(std::string_view)>;

class AnswerComposer {
 public:
  virtual ~AnswerComposer() = default;
  // "extractive", or the model's name.
  virtual std::string mode() const = 0;
  virtual Result<Answer> Compose(const std::string& question, const search::SearchResponse& evidence,
                                 const TextSink& on_text) const = 0;
};

// Quotes the best evidence sentences (ExtractiveAnswerer); streams each
// sentence with its " [n]" marker as one piece.
class ExtractiveComposer : public AnswerComposer {
 public:
  explicit ExtractiveComposer(text::BigramTokenizer tokenizer, AnswerOptions options = {})
      : answerer_(std::move(tokenizer), options) {}
  std::string mode() const override { return "extractive"; }
  Result<Answer> Compose(const std::string& question, const search::SearchResponse& evidence,
                         const TextSink& on_text) const override;

 private:
  ExtractiveAnswerer answerer_;
};

}  // namespace wenyuan::answer
