// ModelComposer: answers a question through a language model behind the
// AnswerComposer seam (answer_composer.h), so `POST /api/ask` and
// `/v1/chat/completions` use the model exactly where they used the
// extractive composer: the evidence is numbered, the model writes with [n]
// citations, citations to anything not given are removed, and a failing
// model falls back to the extractive answer (GroundedAnswerer). Tokens
// stream through `on_text` as the model writes them. Thread-safe when the
// model is (wrap it in llm::SerializedModel).
#pragma once

#include <memory>

#include "answer/answer_composer.h"
#include "answer/grounded_answerer.h"
#include "llm/language_model.h"

namespace wenyuan::answer {

class ModelComposer : public AnswerComposer {
 public:
  ModelComposer(std::shared_ptr<llm::LanguageModel> model, text::BigramTokenizer tokenizer,
                GroundingOptions options = {})
      : model_(std::move(model)), extractive_(std::move(tokenizer), {}), options_(options) {}

  std::string mode() const override { return "llm"; }
  Result<Answer> Compose(const std::string& question, const search::SearchResponse& evidence,
                         const TextSink& on_text) const override;

 private:
  std::shared_ptr<llm::LanguageModel> model_;
  ExtractiveAnswerer extractive_;
  GroundingOptions options_;
};

}  // namespace wenyuan::answer
