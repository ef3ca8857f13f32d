#include "answer/grounded_answerer.h"

#include "answer/citation_checker.h"
#include "answer/citation_stream.h"
#include "answer/cited_evidence.h"
#include "answer/prompt_builder.h"
#include "util/utf8.h"

namespace wenyuan::answer {

GroundedAnswer FromExtractive(const Answer& answer, const std::string& kb, Task task) {
  GroundedAnswer g;
  g.kb = kb;
  g.request = answer.question;
  g.task = task;
  g.found = answer.found;
  g.mode = "extractive";
  g.text = answer.text;
  g.evidence = answer.evidence;
  for (size_t i = 0; i < answer.evidence.size(); ++i) g.cited.push_back(i + 1);
  return g;
}

GroundedAnswer GroundedAnswerer::Answer(const search::SearchResponse& search, Task task,
                                        const llm::TokenSink& on_token) const {
  GroundedAnswer fallback = FromExtractive(extractive_.AnswerFrom(search), search.kb, task);
  fallback.request = search.query;
  if (!model_) {
    if (task != Task::kQa) {
      fallback.fallback_reason =
          "no language model configured (llm.endpoint or llm.model_path); "
          "the evidence is quoted instead of a draft";
    }
    return fallback;
  }
  if (search.hits.empty() || !fallback.found) {
    // Not found stays not found: a model asked anyway could only invent.
    fallback.fallback_reason = "no passage in the knowledge base answers this; the language model was not asked";
    return fallback;
  }

  std::vector<PromptEvidence> evidence;
  for (size_t i = 0; i < search.hits.size() && i < options_.max_evidence; ++i) {
    const auto& hit = search.hits[i];
    evidence.push_back({hit.title, hit.source, hit.text});
  }
  PromptBudget budget;
  budget.context_tokens = model_->context_tokens();
  budget.reply_tokens = options_.generation.max_tokens;
  budget.count = [this](std::string_view text) { return model_->CountTokens(text); };
  TaskSpec spec = SpecFor(task);
  std::string instruction;
  std::vector<std::string> template_sections;
  if (const DraftTemplate* t = options_.draft_template) {
    instruction = t->Instruction();
    template_sections = t->ModelSections();
    spec.title = t->title;
    spec.instruction = instruction;
    spec.request_label = t->request_label;
    spec.sections.assign(template_sections.begin(), template_sections.end());
  }
  BuiltPrompt prompt = BuildPrompt(spec, search.query, evidence, budget);
  if (prompt.evidence_used == 0) {
    fallback.fallback_reason =
        "the evidence does not fit in the model's context of " + std::to_string(budget.context_tokens) + " tokens";
    return fallback;
  }

  // Citation markers reach the reader only once checked (citation_stream.h).
  // Streamed text is converted to the KB's script piece by piece as well.
  llm::TokenSink converted_sink = on_token;
  if (on_token && converter_) {
    converted_sink = [this, &on_token](std::string_view piece) {
      auto converted = converter_->Convert(piece);
      return on_token(converted.ok() ? std::string_view(*converted) : piece);
    };
  }
  CitationStreamFilter filter(prompt.evidence_used, converted_sink);
  llm::TokenSink filtered;
  if (on_token) filtered = [&filter](std::string_view piece) { return filter.Feed(piece); };
  auto completion = model_->Chat(prompt.messages, options_.generation, filtered);
  if (on_token) filter.Finish();
  if (!completion.ok()) {
    fallback.fallback_reason = completion.status().message();
    return fallback;
  }
  std::string text(utf8::Trim(completion->text));
  if (text.empty()) {
    fallback.fallback_reason = "the language model " + model_->name() + " returned no text";
    return fallback;
  }
  if (converter_) {
    auto converted = converter_->Convert(text);
    if (converted.ok()) text = std::move(*converted);
  }

  GroundedAnswer g;
  g.kb = search.kb;
  g.request = search.query;
  g.task = task;
  g.found = true;
  g.mode = "llm";
  g.model = model_->name();
  g.finish_reason = completion->finish_reason;
  g.prompt_tokens = prompt.prompt_tokens;
  g.completion_tokens = completion->completion_tokens;
  CitationCheck check = CheckCitations(text, prompt.evidence_used, options_.min_claim_chars);
  g.text = std::move(check.text);
  g.cited = std::move(check.cited);
  g.unsupported_sentences = std::move(check.unsupported_sentences);
  g.sentences = std::move(check.sentences);
  g.removed_citations = std::move(check.removed);
  for (std::string_view section : spec.sections) {
    if (g.text.find(section) == std::string::npos) g.missing_sections.emplace_back(section);
  }
  // The passages the prompt held, whole (the last may have been cut to fit).
  for (size_t i = 0; i < prompt.evidence_used; ++i) {
    const auto& hit = search.hits[i];
    Evidence e;
    e.text = hit.text;
    e.score = hit.score;
    e.citation = {hit.passage_id, hit.document_id, hit.title, hit.source, 0, utf8::CodePointCount(hit.text)};
    g.evidence.push_back(std::move(e));
  }
  KeepCitedEvidence(g);
  return g;
}

}  // namespace wenyuan::answer
