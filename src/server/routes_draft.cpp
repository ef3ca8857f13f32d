// POST /api/draft: a press release, petition reply, official document (公文),
// legislator Q&A or answer, laid out in the task's template
// (answer/draft_maker.h; DATA/templates/ overrides the built-in ones): with
// the configured language model, its text with citations checked; without
// one, the template filled with evidence quotes, labelled 未使用語言模型.
// Readers of the KB may draft. `exclude` takes passages out of the evidence.
// The caller's right to read the KB is checked before anything else (403 first).
#include <httplib.h>

#include "answer/draft_maker.h"
#include "answer/task.h"
#include "server/api_context.h"
#include "server/draft_json.h"
#include "server/grounded_answer_json.h"
#include "server/json_views.h"
#include "server/source_display.h"
#include "util/data_layout.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

nlohmann::json DraftResponse(const answer::DraftOutcome& made) {
  json out = ToJson(made.answer);
  out["draft"] = ToJson(made.draft);
  return out;
}

// The request's fields into `request`; the error is sent on false.
bool ParseDraftBody(Call& call, const json& body, answer::DraftRequest& request) {
  auto topic = body.find("topic");
  if (topic == body.end() || !topic->is_string() || topic->get<std::string>().empty()) {
    call.Error(400, "invalid_argument", "fields 'kb' and 'topic' (non-empty strings) are required");
    return false;
  }
  request.text = topic->get<std::string>();
  if (auto t = body.find("task"); t != body.end()) {
    if (!t->is_string()) {
      call.Error(400, "invalid_argument", "'task' must be one of " + answer::TaskNames());
      return false;
    }
    auto task = answer::ParseTask(t->get<std::string>());
    if (!task.ok()) {
      call.Error(task.status());
      return false;
    }
    request.task = *task;
  }
  if (auto ex = body.find("exclude"); ex != body.end()) {
    if (!ex->is_array()) {
      call.Error(400, "invalid_argument", "'exclude' must be a list of passage ids");
      return false;
    }
    for (const auto& id : *ex) {
      if (!id.is_string()) {
        call.Error(400, "invalid_argument", "'exclude' must be a list of passage ids");
        return false;
      }
      request.exclude_passages.push_back(id.get<std::string>());
    }
  }
  if (auto k = body.find("k"); k != body.end()) {
    if (!k->is_number_unsigned() || k->get<size_t>() < 1 || k->get<size_t>() > call.state.config.max_k) {
      call.Error(400, "invalid_argument",
                 "'k' must be a whole number from 1 to " + std::to_string(call.state.config.max_k));
      return false;
    }
    request.passages = k->get<size_t>();
    request.max_evidence = std::min<size_t>(request.max_evidence, request.passages);
  }
  return true;
}

void Draft(Call& call) {
  if (!call.state.answers) return call.Error(503, "unavailable", "the server is still starting");
  auto body = call.Body();
  if (!body) return;
  auto kb_field = body->find("kb");
  if (kb_field == body->end() || !kb_field->is_string()) {
    return call.Error(400, "invalid_argument", "fields 'kb' and 'topic' (non-empty strings) are required");
  }
  answer::DraftRequest request;
  if (!ParseDraftBody(call, *body, request)) return;
  auto stream = body->find("stream");
  if (stream != body->end() && !stream->is_boolean()) {
    return call.Error(400, "invalid_argument", "'stream' must be true or false");
  }
  // Rights first: a caller that may not read the KB learns nothing more,
  // not even whether a model is configured.
  auto kb = call.Kb(kb_field->get<std::string>(), /*edit=*/false);
  if (!kb) return;
  const std::filesystem::path templates = DataLayout(call.state.data_dir).TemplatesDir();
  if (stream == body->end() || !stream->get<bool>()) {
    auto made = answer::MakeDraft(*call.state.answers, *kb, request, templates, answer::LocalToday());
    if (!made.ok()) return call.Error(made.status());
    return call.Json(200, DraftResponse(*made));
  }
  // Server-Sent Events: "token" events as the model writes (citation markers
  // only once checked), then "done" with the checked draft. The stream
  // outlives the handler, so it opens its own catalog connection (the
  // call's closes when the handler returns).
  ServerState* state = &call.state;
  auto display = SourceDisplay::Load(call.catalog, call.state.data_dir);
  if (!display.ok()) return call.Error(display.status());
  StreamEvents(call.res,
               [state, request, templates, name = kb->name(), display = std::move(*display)](const EmitText& emit) {
                 auto catalog = state->catalogs.Acquire();
                 if (!catalog.ok()) return emit(SseEvent("error", ErrorJson(catalog.status())));
                 auto kb = state->kbs->Open(**catalog, name);
                 if (!kb.ok()) return emit(SseEvent("error", ErrorJson(kb.status())));
                 auto made = answer::MakeDraft(*state->answers, *kb, request, templates, answer::LocalToday(),
                                               [&](std::string_view piece) {
                                                 emit(SseEvent("token", {{"text", std::string(piece)}}));
                                                 return true;
                                               });
                 if (!made.ok()) return emit(SseEvent("error", ErrorJson(made.status())));
                 json done = DraftResponse(*made);
                 display.Apply(done);
                 emit(SseEvent("done", done));
               });
}

}  // namespace

void RegisterDraftRoutes(Router& router) {
  router.Post("/api/draft", {"POST /api/draft", Access::kSignedIn, "draft"}, Draft);
}

}  // namespace wenyuan::server
