#include "answer/draft_maker.h"

namespace wenyuan::answer {

Result<DraftOutcome> MakeDraft(KbAnswerService& service, const search::KbSession& kb, DraftRequest request,
                               const std::filesystem::path& templates_dir, CalendarDate today,
                               const llm::TokenSink& on_token) {
  if (!request.task) {
    WY_ASSIGN_OR_RETURN(KbAnswerSettings settings, ParseKbAnswerSettings(kb.info().settings_json));
    request.task = settings.task.value_or(Task::kQa);
  }
  WY_ASSIGN_OR_RETURN(DraftTemplate tmpl, LoadDraftTemplate(*request.task, templates_dir));
  request.quotes = tmpl.TotalQuotes();
  request.draft_template = &tmpl;
  DraftOutcome out;
  WY_ASSIGN_OR_RETURN(out.answer, service.Answer(kb, request, on_token));
  out.draft = BuildDraft(tmpl, out.answer, today);
  return out;
}

}  // namespace wenyuan::answer
