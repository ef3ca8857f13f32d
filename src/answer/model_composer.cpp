#include "answer/model_composer.h"

namespace wenyuan::answer {

Result<Answer> ModelComposer::Compose(const std::string& question, const search::SearchResponse& evidence,
                                      const TextSink& on_text) const {
  GroundedAnswerer grounded(model_.get(), extractive_, /*converter=*/nullptr, options_);
  llm::TokenSink on_token;
  if (on_text)
    on_token = [&on_text](std::string_view piece) {
      on_text(piece);
      return true;
    };
  GroundedAnswer g = grounded.Answer(evidence, Task::kQa, on_token);
  Answer out;
  out.question = question;
  out.found = g.found;
  out.text = g.text;
  out.evidence = g.evidence;
  return out;
}

}  // namespace wenyuan::answer
