// The OpenAI-compatible facade: GET /v1/models lists one model per KB the
// caller may read (the model id is the KB name); POST /v1/chat/completions
// answers the last user message from that KB, searched together with the
// earlier user messages (a follow-up keeps its context), through the model
// (server/grounded_ask.h) or, without one, the extractive composer ([n]
// markers); `usage` holds the model's token counts (estimated without one),
// with
// the citations in an extra top-level "citations" field, or as
// chat.completion.chunk Server-Sent Events ending with `data: [DONE]` (the
// citations ride on the last chunk).
#include <httplib.h>

#include <ctime>
#include <functional>

#include "llm/token_budget.h"
#include "server/api_context.h"
#include "server/api_keys.h"
#include "server/api_views.h"
#include "server/grounded_ask.h"
#include "server/json_views.h"
#include "server/source_display.h"

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

// The text of every user message before the last one, in order.
std::vector<std::string> EarlierUserMessages(const json& body) {
  std::vector<std::string> out;
  const json& messages = body["messages"];
  for (const auto& m : messages) {
    if (m.is_object() && m.value("role", std::string()) == "user" && m.contains("content") &&
        m["content"].is_string()) {
      out.push_back(m["content"].get<std::string>());
    }
  }
  if (!out.empty()) out.pop_back();
  return out;
}

// Every message's text, for the prompt's share of `usage`.
std::string AllMessageText(const json& body) {
  std::string out;
  for (const auto& m : body["messages"]) {
    if (m.is_object() && m.contains("content") && m["content"].is_string()) out += m["content"].get<std::string>();
  }
  return out;
}

struct ChatReply {
  std::string text;
  json citations;
  size_t prompt_tokens = 0;
  size_t completion_tokens = 0;
};

json UsageJson(const ChatReply& r) {
  return {{"prompt_tokens", r.prompt_tokens},
          {"completion_tokens", r.completion_tokens},
          {"total_tokens", r.prompt_tokens + r.completion_tokens}};
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
  const std::vector<std::string> earlier = EarlierUserMessages(*body);
  const std::string query = QueryWithContext(earlier, *question, call.state.config.max_query_chars);
  const size_t prompt_estimate = llm::EstimateTokens(AllMessageText(*body));
  auto id = RandomHex(12);
  json base = {{"id", "chatcmpl-" + (id.ok() ? *id : std::string("0"))},
               {"created", static_cast<int64_t>(std::time(nullptr))},
               {"model", kb->name()}};
  const bool with_model = call.state.answers->has_model();
  // One answer either way: the model's through KbAnswerService, or the
  // composer's extractive one; `usage` as the model reported it, else estimated.
  using Produce = std::function<Result<ChatReply>(const search::KbSession&, const llm::TokenSink&)>;
  Produce produce;
  if (with_model) {
    answer::DraftRequest request;
    request.text = query;
    request.task = answer::Task::kQa;
    produce = [state = &call.state, request, prompt_estimate](const search::KbSession& session,
                                                              const llm::TokenSink& sink) -> Result<ChatReply> {
      WY_ASSIGN_OR_RETURN(answer::GroundedAnswer a, state->answers->Answer(session, request, sink));
      ChatReply r{a.text, AskJson(a)["citations"], a.prompt_tokens ? a.prompt_tokens : prompt_estimate,
                  a.completion_tokens ? a.completion_tokens : llm::EstimateTokens(a.text)};
      return r;
    };
  } else {
    produce = [state = &call.state, query, question = *question, prompt_estimate, follow_up = !earlier.empty()](
                  const search::KbSession& session, const llm::TokenSink& sink) -> Result<ChatReply> {
      WY_ASSIGN_OR_RETURN(auto evidence, FindEvidence(*state, session, query, 10));
      bool first = true;
      const answer::AnswerComposer& composer = state->ComposerFor(follow_up);
      WY_ASSIGN_OR_RETURN(answer::Answer a, composer.Compose(question, evidence, [&](std::string_view text) {
        if (sink) sink((first ? "" : "\n") + std::string(text));
        first = false;
      }));
      return ChatReply{a.text, CitationsJson(a), prompt_estimate, llm::EstimateTokens(a.text)};
    };
  }
  if (!stream) {
    auto reply = produce(*kb, nullptr);
    if (!reply.ok()) return call.Error(reply.status());
    json out = base;
    out["object"] = "chat.completion";
    out["choices"] = json::array(
        {{{"index", 0}, {"message", {{"role", "assistant"}, {"content", reply->text}}}, {"finish_reason", "stop"}}});
    out["usage"] = UsageJson(*reply);
    out["citations"] = reply->citations;
    return call.Json(200, out);
  }
  auto display = SourceDisplay::Load(call.catalog, call.state.data_dir);
  if (!display.ok()) return call.Error(display.status());
  StreamEvents(call.res, [state = &call.state, produce, base, name = kb->name(),
                          display = std::move(*display)](const EmitText& emit) {
    emit(Chunk(base, {{"role", "assistant"}, {"content", ""}}, nullptr));
    bool streamed = false;
    auto reply = [&]() -> Result<ChatReply> {
      WY_ASSIGN_OR_RETURN(auto catalog, state->catalogs.Acquire());
      WY_ASSIGN_OR_RETURN(auto session, state->kbs->Open(*catalog, name));
      return produce(session, [&](std::string_view text) {
        emit(Chunk(base, {{"content", std::string(text)}}, nullptr));
        streamed = true;
        return true;
      });
    }();
    json last = base;
    last["object"] = "chat.completion.chunk";
    if (!reply.ok()) {
      last["error"] = ErrorJson(reply.status())["error"];
      last["choices"] = json::array({{{"index", 0}, {"delta", json::object()}, {"finish_reason", "error"}}});
    } else {
      if (!streamed) emit(Chunk(base, {{"content", reply->text}}, nullptr));
      last["choices"] = json::array({{{"index", 0}, {"delta", json::object()}, {"finish_reason", "stop"}}});
      last["citations"] = reply->citations;
      display.Apply(last);
      last["usage"] = UsageJson(*reply);
    }
    emit("data: " + DumpJson(last) + "\n\ndata: [DONE]\n\n");
  });
}

}  // namespace

void RegisterOpenAiRoutes(Router& router) {
  router.Get("/v1/models", {"GET /v1/models", Access::kSignedIn, ""}, [](Call& call) {
    auto kbs = call.catalog.ListKbRows();
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
