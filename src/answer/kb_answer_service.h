// KbAnswerService: the one entry point the CLI (`ask`, `draft`) and the HTTP
// server (`POST /api/ask`, `POST /api/draft`, `/v1/chat/completions`) call
// to answer or draft from a knowledge base, resolved once by the caller
// (search/kb_session.h). It reads the KB's settings (default task, output
// script), searches the KB through the one search entry point, and
// hands the hits to GroundedAnswerer with the configured model, if any.
//
// KB settings (kb.settings JSON; `wenyuan kb set KB task T`, `... script S`):
//   "task":   the task used when a request names none (default "qa")
//   "script": "traditional" (default) or "simplified": the script of
//             generated text (OpenCC s2twp / tw2sp)
//
// Thread-safe: model calls are serialised on an internal mutex (a
// LanguageModel is thread-compatible); OpenCC converters are made once per
// script and shared.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "answer/grounded_answerer.h"
#include "catalog/catalog.h"
#include "search/kb_search.h"

namespace wenyuan::answer {

struct KbAnswerSettings {
  std::optional<Task> task;
  OutputScript script = OutputScript::kTraditional;
};

// Reads "task" and "script" from a KB's settings JSON; other keys are
// ignored, bad values are errors naming the key.
Result<KbAnswerSettings> ParseKbAnswerSettings(const std::string& settings_json);

struct DraftRequest {
  std::string text;          // the question or topic
  std::optional<Task> task;  // else the KB's default task, else qa
  size_t passages = 8;       // passages searched for; up to max_evidence go to the model
  size_t max_evidence = 6;
  std::optional<llm::GenerationOptions> generation;  // else the service's defaults
};

class KbAnswerService {
 public:
  // `model` may be null: answers are then extractive.
  explicit KbAnswerService(std::shared_ptr<llm::LanguageModel> model, llm::GenerationOptions generation = {},
                           search::QueryLimits limits = {})
      : model_(std::move(model)), generation_(generation), limits_(limits) {}

  // Errors only for what the caller got wrong or a broken catalog (bad
  // query, bad settings); a failing model falls back instead.
  Result<GroundedAnswer> Answer(const search::KbSession& kb, const DraftRequest& request,
                                const llm::TokenSink& on_token = nullptr);

  bool has_model() const { return model_ != nullptr; }

 private:
  Result<const ScriptConverter*> ConverterFor(OutputScript script);

  std::shared_ptr<llm::LanguageModel> model_;
  llm::GenerationOptions generation_;
  search::QueryLimits limits_;
  std::mutex model_mutex_;
  std::mutex converters_mutex_;
  std::map<OutputScript, std::unique_ptr<ScriptConverter>> converters_;
};

}  // namespace wenyuan::answer
