#include "answer/answer_composer.h"

namespace wenyuan::answer {

Result<Answer> ExtractiveComposer::Compose(const std::string& question, const search::SearchResponse& evidence,
                                           const TextSink& on_text) const {
  Answer answer = answerer_.AnswerFrom(evidence);
  answer.question = question;
  if (on_text) {
    for (size_t i = 0; i < answer.evidence.size(); ++i) {
      on_text(answer.evidence[i].text + " [" + std::to_string(i + 1) + "]");
    }
  }
  return answer;
}

}  // namespace wenyuan::answer
