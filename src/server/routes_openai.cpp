// The OpenAI-compatible facade: GET /v1/models lists one model per KB the
// caller may read (the model id is the KB name); POST /v1/chat/completions
// answers the last user message from that KB through the server's composer
// (without a language model: the extractive answer with [n] markers), with
// the citations in an extra top-level "citations" field, or as
// chat.completion.chunk Server-Sent Events ending with `data: [DONE]` (the
// citations ride on the last chunk).
#include <httplib.h>

#include <ctime>

#include "server/api_context.h"
#include "server/api_keys.h"
#include "server/api_views.h"
#include "server/json_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

// The text of the last user message, or an error naming what is wrong.
Result<std::string> LastUserMessage(const json& body) {
  auto messages = body.find("messages");
  if (messages == body.end() || !messages->is_array() || messages->empty()) {
    return Status::InvalidArgument("'messages' must be a non-empty list");
  }
  for (auto it = messages->rbegin(); it != messages->rend(); ++it) {
    if (!it->is_object() || it->value("role", std::string()) != "user") continue;
    auto content = it->find("content");
    if (content == it->end()) break;
    if (content->is_string()) return content->get<std::string>();
    if (content->is_array()) {
      std::string text;
      for (const auto& part : *content) {
        if (part.is_object() && part.value("type", std::string()) == "text" && part.contains("text") &&
            part["text"].is_string()) {
          text += part["text"].get<std::string>();
        }
      }
      return text;
    }
    break;
  }
  return Status::InvalidArgument("no user message with text content in 'messages'");
}

std::string Chunk(const json& base, const json& delta, const json& finish) {
  json chunk = base;
  chunk["object"] = "chat.completion.chunk";
  chunk["choices"] = json::array({{{"index", 0}, {"delta", delta}, {"finish_reason", finish}}});
  return "data: " + DumpJson(chunk) + "\n\n";
}

void ChatCompletions(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto model = body->find("model");
  if (model == body->end() || !model->is_string()) {
    return call.Error(400, "invalid_argument", "'model' (the knowledge base's name) is required");
  }
  auto question = LastUserMessage(*body);
  if (!question.ok()) return call.Error(question.status());
  auto kb = call.Kb(model->get<std::string>(), /*edit=*/false);
  if (!kb) return;
  const bool stream = body->contains("stream") && (*body)["stream"].is_boolean() && (*body)["stream"].get<bool>();
  auto evidence = FindEvidence(call.state, *kb, *question, 10);
  if (!evidence.ok()) return call.Error(evidence.status());
  const answer::AnswerComposer& composer = *call.state.composer;
  auto id = RandomHex(12);
  json base = {{"id", "chatcmpl-" + (id.ok() ? *id : std::string("0"))},
               {"created", static_cast<int64_t>(std::time(nullptr))},
               {"model", kb->name()}};
  if (!stream) {
    auto answer = composer.Compose(*question, *evidence, nullptr);
    if (!answer.ok()) return call.Error(answer.status());
    json out = base;
    out["object"] = "chat.completion";
    out["choices"] = json::array(
        {{{"index", 0}, {"message", {{"role", "assistant"}, {"content", answer->text}}}, {"finish_reason", "stop"}}});
    out["usage"] = {{"prompt_tokens", 0}, {"completion_tokens", 0}, {"total_tokens", 0}};
    out["citations"] = CitationsJson(*answer);
    return call.Json(200, out);
  }
  StreamEvents(
      call.res, [&composer, base, question = *question, evidence = std::move(*evidence)](const EmitText& emit) {
        emit(Chunk(base, {{"role", "assistant"}, {"content", ""}}, nullptr));
        bool first = true;
        auto answer = composer.Compose(question, evidence, [&](std::string_view text) {
          emit(Chunk(base, {{"content", (first ? "" : "\n") + std::string(text)}}, nullptr));
          first = false;
        });
        json last = base;
        last["object"] = "chat.completion.chunk";
        if (!answer.ok()) {
          last["error"] = ErrorJson(answer.status())["error"];
          last["choices"] = json::array({{{"index", 0}, {"delta", json::object()}, {"finish_reason", "error"}}});
        } else {
          if (first) emit(Chunk(base, {{"content", answer->text}}, nullptr));
          last["choices"] = json::array({{{"index", 0}, {"delta", json::object()}, {"finish_reason", "stop"}}});
          last["citations"] = CitationsJson(*answer);
        }
        emit("data: " + DumpJson(last) + "\n\ndata: [DONE]\n\n");
      });
}

}  // namespace

void RegisterOpenAiRoutes(Router& router) {
  router.Get("/v1/models", {"GET /v1/models", Access::kSignedIn, ""}, [](Call& call) {
    auto kbs = call.catalog.ListKbs();
    if (!kbs.ok()) return call.Error(kbs.status());
    json data = json::array();
    for (const auto& kb : *kbs) {
      if (!call.who.CanRead(kb.name)) continue;
      data.push_back({{"id", kb.name}, {"object", "model"}, {"created", 0}, {"owned_by", "wenyuan"}});
    }
    call.Json(200, {{"object", "list"}, {"data", data}});
  });
  router.Post("/v1/chat/completions", {"POST /v1/chat/completions", Access::kSignedIn, ""}, ChatCompletions);
}

}  // namespace wenyuan::server
