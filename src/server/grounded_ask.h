// The model path of POST /api/ask and /v1/chat/completions, and what both
// share about conversations. With a language model configured, a question
// goes through KbAnswerService (answer/kb_answer_service.h) like a draft:
// the model's text in the KB's script, citation markers held back in the
// stream until checked, only the cited passages listed, each citation
// pointing at the sentence that supports the claim, invalid citations and
// unsupported sentences reported, `mode` "llm" (or "extractive" with
// `fallback_reason` when the model failed or nothing was found: then the
// model is not asked at all).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "answer/grounded_answerer.h"
#include "server/api_context.h"

namespace wenyuan::server {

// The /api/ask shape of a grounded answer (docs/api.md): question, found,
// mode, model, answer, sentences [{text, citations, support: [{n, start,
// end}]}], citations [{n, passage_id, document_id, title, source, start,
// end, quote}], removed_citations, unsupported_sentences, fallback_reason.
nlohmann::json AskJson(const answer::GroundedAnswer& answer);

// Answers `question` (searched as `query`, which may carry earlier turns)
// from the KB through the model; streams Server-Sent Events ("token",
// "citations", "done") when `stream`.
void AskWithModel(Call& call, const search::KbSession& kb, const std::string& question, const std::string& query,
                  bool stream);

// The text searched for a follow-up question: the earlier questions (the
// newest first to go when it would pass `max_chars`) and then the question,
// so 「那第三級呢？」 is searched with what it follows up.
std::string QueryWithContext(const std::vector<std::string>& earlier, const std::string& question, size_t max_chars);

}  // namespace wenyuan::server
