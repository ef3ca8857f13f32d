// MakeDraft: a draft end to end, shared by `wenyuan draft` and
// `POST /api/draft`: the task's template is loaded (DATA/templates/ first,
// then the built-in one; draft_template.h), the KB is searched and the model
// asked for the template's sections (KbAnswerService), and the answer is laid
// out in the template (draft_builder.h): the model's text, or without a
// model the evidence quotes. Thread-safe as KbAnswerService is.
#pragma once

#include <filesystem>

#include "answer/draft_builder.h"
#include "answer/kb_answer_service.h"

namespace wenyuan::answer {

struct DraftOutcome {
  GroundedAnswer answer;  // citations checked, evidence numbered as the draft cites it
  Draft draft;
};

Result<DraftOutcome> MakeDraft(KbAnswerService& service, const search::KbSession& kb, DraftRequest request,
                               const std::filesystem::path& templates_dir, CalendarDate today,
                               const llm::TokenSink& on_token = nullptr);

}  // namespace wenyuan::answer
