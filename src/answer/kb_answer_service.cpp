#include "answer/kb_answer_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace wenyuan::answer {

Result<KbAnswerSettings> ParseKbAnswerSettings(const std::string& settings_json) {
  KbAnswerSettings settings;
  nlohmann::json j = nlohmann::json::parse(settings_json, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return settings;
  if (auto it = j.find("task"); it != j.end()) {
    if (!it->is_string()) return Status::Corruption("knowledge base setting 'task' is not a string");
    auto task = ParseTask(it->get<std::string>());
    if (!task.ok()) return task.status().WithContext("knowledge base setting 'task'");
    settings.task = *task;
  }
  if (auto it = j.find("script"); it != j.end()) {
    if (!it->is_string()) return Status::Corruption("knowledge base setting 'script' is not a string");
    auto script = ParseOutputScript(it->get<std::string>());
    if (!script.ok()) return script.status().WithContext("knowledge base setting 'script'");
    settings.script = *script;
  }
  return settings;
}

Result<const ScriptConverter*> KbAnswerService::ConverterFor(OutputScript script) {
  std::lock_guard<std::mutex> lock(converters_mutex_);
  auto it = converters_.find(script);
  if (it == converters_.end()) {
    WY_ASSIGN_OR_RETURN(auto converter, ScriptConverter::Create(script));
    it = converters_.emplace(script, std::move(converter)).first;
  }
  return it->second.get();
}

Result<GroundedAnswer> KbAnswerService::Answer(const search::KbSession& kb, const DraftRequest& request,
                                               const llm::TokenSink& on_token) {
  WY_ASSIGN_OR_RETURN(KbAnswerSettings settings, ParseKbAnswerSettings(kb.info().settings_json));
  const Task task = request.task.value_or(settings.task.value_or(Task::kQa));

  search::SearchRequest search_request;
  search_request.query = request.text;
  search_request.options.k = std::max(request.passages, request.max_evidence);
  WY_ASSIGN_OR_RETURN(search::SearchResponse found, search::SearchKb(kb, search_request, limits_));
  std::erase_if(found.hits, [&](const search::SearchHit& hit) {
    return std::find(request.exclude_passages.begin(), request.exclude_passages.end(), hit.passage_id) !=
           request.exclude_passages.end();
  });

  AnswerOptions quoting;
  quoting.max_sentences = request.quotes;
  quoting.words = kb.analysis().words;  // the not-found decision reads the question's words
  ExtractiveAnswerer extractive(kb.analysis().bigrams, quoting);
  GroundingOptions options;
  options.draft_template = request.draft_template;
  options.max_evidence = request.max_evidence;
  options.generation = request.generation.value_or(generation_);
  const ScriptConverter* converter = nullptr;
  if (model_) {
    WY_ASSIGN_OR_RETURN(converter, ConverterFor(settings.script));
  }
  std::unique_lock<std::mutex> lock(model_mutex_, std::defer_lock);
  if (model_) lock.lock();
  GroundedAnswerer answerer(model_.get(), extractive, converter, options);
  return answerer.Answer(found, task, on_token);
}

}  // namespace wenyuan::answer
