// POST /api/draft: a press release, petition reply, official document (公文),
// legislator Q&A or answer drafted by the configured language model from the
// knowledge base's passages, with its citations checked
// (answer/kb_answer_service.h). Readers of the KB may draft. Without a model
// the route answers 503 model_unavailable rather than pretending.
#include <httplib.h>

#include "answer/task.h"
#include "server/api_context.h"
#include "server/grounded_answer_json.h"
#include "server/json_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

void Draft(Call& call) {
  if (!call.state.answers || !call.state.answers->has_model()) {
    return call.Error(503, "model_unavailable",
                      "no language model is configured (llm.* in the config file, or serve --model PATH)");
  }
  auto body = call.Body();
  if (!body) return;
  auto kb_field = body->find("kb");
  auto topic = body->find("topic");
  if (kb_field == body->end() || !kb_field->is_string() || topic == body->end() || !topic->is_string() ||
      topic->get<std::string>().empty()) {
    return call.Error(400, "invalid_argument", "fields 'kb' and 'topic' (non-empty strings) are required");
  }
  answer::DraftRequest request;
  request.text = topic->get<std::string>();
  if (auto t = body->find("task"); t != body->end()) {
    if (!t->is_string()) return call.Error(400, "invalid_argument", "'task' must be one of " + answer::TaskNames());
    auto task = answer::ParseTask(t->get<std::string>());
    if (!task.ok()) return call.Error(task.status());
    request.task = *task;
  }
  auto stream = body->find("stream");
  if (stream != body->end() && !stream->is_boolean()) {
    return call.Error(400, "invalid_argument", "'stream' must be true or false");
  }
  auto kb = call.Kb(kb_field->get<std::string>(), /*edit=*/false);
  if (!kb) return;
  if (stream == body->end() || !stream->get<bool>()) {
    auto drafted = call.state.answers->Answer(*kb, request);
    if (!drafted.ok()) return call.Error(drafted.status());
    return call.Json(200, ToJson(*drafted));
  }
  // Server-Sent Events: "token" events as the model writes, then "done"
  // with the checked draft. The stream outlives the handler, so it opens its
  // own catalog connection (the call's closes when the handler returns).
  ServerState* state = &call.state;
  StreamEvents(call.res, [state, request, name = kb->name()](const EmitText& emit) {
    auto catalog = catalog::Catalog::Open(state->data_dir);
    if (!catalog.ok()) return emit(SseEvent("error", ErrorJson(catalog.status())));
    auto kb = state->kbs->Open(**catalog, name);
    if (!kb.ok()) return emit(SseEvent("error", ErrorJson(kb.status())));
    auto drafted = state->answers->Answer(*kb, request, [&](std::string_view piece) {
      emit(SseEvent("token", {{"text", std::string(piece)}}));
      return true;
    });
    if (!drafted.ok()) return emit(SseEvent("error", ErrorJson(drafted.status())));
    emit(SseEvent("done", ToJson(*drafted)));
  });
}

}  // namespace

void RegisterDraftRoutes(Router& router) {
  router.Post("/api/draft", {"POST /api/draft", Access::kSignedIn, "draft"}, Draft);
}

}  // namespace wenyuan::server
