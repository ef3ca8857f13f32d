#include "server/grounded_ask.h"

#include "server/api_views.h"
#include "server/json_views.h"
#include "server/source_display.h"
#include "util/utf8.h"

namespace wenyuan::server {

using nlohmann::json;

json AskJson(const answer::GroundedAnswer& a) {
  json citations = CitationsJson(a.evidence);
  json sentences = json::array();
  if (a.mode == "llm") {
    for (size_t i = 0; i < a.sentences.size(); ++i) {
      const auto& s = a.sentences[i];
      json support = json::array();
      for (const auto& span : i < a.support.size() ? a.support[i] : std::vector<answer::SupportSpan>{}) {
        // Code points into the cited passage, like every citation's range.
        support.push_back({{"n", span.evidence}, {"start", span.begin}, {"end", span.end}});
      }
      sentences.push_back({{"text", s.text}, {"citations", s.citations}, {"claim", s.claim}, {"support", support}});
    }
  } else {
    for (size_t i = 0; i < a.evidence.size(); ++i) {
      sentences.push_back({{"text", a.evidence[i].text}, {"citation", i + 1}, {"citations", {i + 1}}});
    }
  }
  json out = {{"question", a.request},
              {"found", a.found},
              {"mode", a.mode},
              {"answer", a.text},
              {"sentences", sentences},
              {"citations", citations},
              {"removed_citations", a.removed_citations},
              {"unsupported_sentences", a.unsupported_sentences}};
  if (a.mode == "llm") out["model"] = a.model;
  if (!a.fallback_reason.empty()) out["fallback_reason"] = a.fallback_reason;
  return out;
}

void AskWithModel(Call& call, const search::KbSession& kb, const std::string& question, const std::string& query,
                  bool stream) {
  answer::DraftRequest request;
  request.text = query;
  request.task = answer::Task::kQa;
  if (!stream) {
    auto a = call.state.answers->Answer(kb, request);
    if (!a.ok()) return call.Error(a.status());
    a->request = question;
    return call.Json(200, AskJson(*a));
  }
  ServerState* state = &call.state;
  // Sources as the reader sees them (server/source_display.h): the stream
  // bypasses Call::Json, which applies it to every other reply.
  auto display = SourceDisplay::Load(call.catalog, call.state.data_dir);
  if (!display.ok()) return call.Error(display.status());
  StreamEvents(call.res,
               [state, request, question, name = kb.name(), display = std::move(*display)](const EmitText& emit) {
                 auto catalog = state->catalogs.Acquire();
                 if (!catalog.ok()) return emit(SseEvent("error", ErrorJson(catalog.status())));
                 auto session = state->kbs->Open(**catalog, name);
                 if (!session.ok()) return emit(SseEvent("error", ErrorJson(session.status())));
                 auto a = state->answers->Answer(*session, request, [&](std::string_view piece) {
                   emit(SseEvent("token", {{"text", std::string(piece)}}));
                   return true;
                 });
                 if (!a.ok()) return emit(SseEvent("error", ErrorJson(a.status())));
                 a->request = question;
                 json out = AskJson(*a);
                 display.Apply(out);
                 emit(SseEvent("citations", {{"citations", out["citations"]}}));
                 emit(SseEvent("done", out));
               });
}

std::string QueryWithContext(const std::vector<std::string>& earlier, const std::string& question, size_t max_chars) {
  std::string context;
  size_t chars = utf8::CodePointCount(question);
  // Newest earlier turn first; stop before the limit.
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    std::string_view turn = utf8::Trim(*it);
    if (turn.empty()) continue;
    const size_t n = utf8::CodePointCount(turn) + 1;
    if (chars + n > max_chars) break;
    chars += n;
    context = std::string(turn) + " " + context;
  }
  return context + question;
}

}  // namespace wenyuan::server
