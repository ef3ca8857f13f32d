// The drafting workspace's storage routes (issue 16), per caller: each
// signed-in key (or browser session) keeps its own drafts and
// conversations, and never sees another's (404, as for an id that does not
// exist). Feedback on answers and drafts is stored with the question, the
// answer and its citations; admins list it.
//   GET/POST /api/drafts, GET/DELETE /api/drafts/ID, POST /api/draft/export
//   GET/POST /api/conversations, GET/DELETE /api/conversations/ID,
//   POST /api/conversations/ID/turns
//   POST /api/feedback, GET /api/feedback (admin)
#include <httplib.h>

#include <charconv>

#include "catalog/workspace_store.h"
#include "export/draft_file.h"
#include "server/api_context.h"
#include "server/draft_json.h"
#include "server/json_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

constexpr size_t kMaxListed = 200;

std::string Owner(const Call& call) { return call.who.key_prefix.empty() ? "open" : call.who.key_prefix; }

std::optional<int64_t> PathId(Call& call, const char* what) {
  const std::string text = call.req.matches[1];
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    call.Error(404, "not_found", std::string("no ") + what + " " + text);
    return std::nullopt;
  }
  return id;
}

// A required non-empty string field; the error is sent on nullopt.
std::optional<std::string> RequiredString(Call& call, const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) {
    call.Error(400, "invalid_argument", std::string("'") + name + "' (a non-empty string) is required");
    return std::nullopt;
  }
  return it->get<std::string>();
}

// The KB the body's "kb" names, when the caller may read it; the error is
// sent on nullopt.
std::optional<search::KbSession> ReadableKbOf(Call& call, const json& body) {
  auto name = RequiredString(call, body, "kb");
  if (!name) return std::nullopt;
  return call.Kb(*name, /*edit=*/false);
}

// A conversation turn in a request body: "question" and "answer" (the
// answer's JSON object, stored as text); the error is sent on nullopt.
struct TurnBody {
  std::string question;
  std::string answer_json;
};
std::optional<TurnBody> RequiredTurn(Call& call, const json& body) {
  auto question = RequiredString(call, body, "question");
  if (!question) return std::nullopt;
  auto answer = body.find("answer");
  if (answer == body.end() || !answer->is_object()) {
    call.Error(400, "invalid_argument", "'answer' (the answer's JSON object) is required");
    return std::nullopt;
  }
  return TurnBody{*question, answer->dump()};
}

// Replies {key: [view(row)...]} for a list read from the catalog.
template <typename Row, typename View>
void ReplyList(Call& call, const char* key, const Result<std::vector<Row>>& rows, View view) {
  if (!rows.ok()) return call.Error(rows.status());
  json out = json::array();
  for (const Row& row : *rows) out.push_back(view(row));
  call.Json(200, {{key, out}});
}

// Appends `turn` to conversation `id` and replies 201 with both numbers.
void AppendTurnAndReply(Call& call, int64_t id, const TurnBody& turn) {
  auto number = catalog::AppendTurn(call.catalog, Owner(call), id, turn.question, turn.answer_json);
  if (!number.ok()) return call.Error(number.status());
  call.Json(201, {{"id", id}, {"turn", *number}});
}

std::string OptionalString(const json& body, const char* name) {
  auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json DraftSummary(const catalog::SavedDraft& d) {
  return {{"id", d.id},
          {"kb", d.kb},
          {"task", d.task},
          {"title", d.title},
          {"request", d.request},
          {"created_at", d.created_at},
          {"updated_at", d.updated_at}};
}

json ConversationSummary(const catalog::Conversation& c) {
  return {{"id", c.id}, {"kb", c.kb}, {"title", c.title}, {"created_at", c.created_at}, {"updated_at", c.updated_at}};
}

void SaveDraftRoute(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb = ReadableKbOf(call, *body);
  if (!kb) return;
  auto draft_field = body->find("draft");
  if (draft_field == body->end()) return call.Error(400, "invalid_argument", "'draft' (an object) is required");
  auto draft = DraftFromJson(*draft_field);
  if (!draft.ok()) return call.Error(draft.status());
  catalog::SavedDraft saved;
  if (auto id = body->find("id"); id != body->end() && !id->is_null()) {
    if (!id->is_number_integer() || id->get<int64_t>() <= 0) {
      return call.Error(400, "invalid_argument", "'id' must be the id of a saved draft");
    }
    saved.id = id->get<int64_t>();
  }
  saved.owner = Owner(call);
  saved.kb = kb->name();
  saved.task = draft->task;
  saved.title = draft->title;
  saved.request = draft->request;
  saved.body = draft_field->dump();
  auto id = catalog::SaveDraft(call.catalog, saved);
  if (!id.ok()) return call.Error(id.status());
  call.kb = kb->name();
  call.target = std::to_string(*id);
  call.Json(saved.id == 0 ? 201 : 200, {{"id", *id}});
}

void ExportDraftRoute(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto format_name = RequiredString(call, *body, "format");
  if (!format_name) return;
  auto format = exporting::ParseDraftFileFormat(*format_name);
  if (!format.ok()) return call.Error(format.status());
  auto draft_field = body->find("draft");
  if (draft_field == body->end()) return call.Error(400, "invalid_argument", "'draft' (an object) is required");
  auto draft = DraftFromJson(*draft_field);
  if (!draft.ok()) return call.Error(draft.status());
  auto bytes = exporting::WriteDraftFile(*draft, *format);
  if (!bytes.ok()) return call.Error(bytes.status());
  std::string name = draft->task.empty() ? "draft" : draft->task;
  call.res.set_header("Content-Disposition",
                      "attachment; filename=\"" + name + std::string(exporting::ExtensionOf(*format)) + "\"");
  call.res.set_content(*bytes, std::string(exporting::MimeTypeOf(*format)));
  call.res.status = 200;
}

void CreateConversationRoute(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb = ReadableKbOf(call, *body);
  if (!kb) return;
  auto turn_body = RequiredTurn(call, *body);
  if (!turn_body) return;
  auto id = catalog::CreateConversation(call.catalog, Owner(call), kb->name(), turn_body->question);
  if (!id.ok()) return call.Error(id.status());
  AppendTurnAndReply(call, *id, *turn_body);
}

void AppendTurnRoute(Call& call) {
  auto id = PathId(call, "conversation");
  if (!id) return;
  auto body = call.Body();
  if (!body) return;
  auto turn_body = RequiredTurn(call, *body);
  if (!turn_body) return;
  auto conversation = catalog::GetConversation(call.catalog, Owner(call), *id);
  if (!conversation.ok()) return call.Error(conversation.status());
  if (!call.who.CanRead(conversation->kb)) return call.Error(403, "permission_denied", "this key may not read that KB");
  AppendTurnAndReply(call, *id, *turn_body);
}

void GetConversationRoute(Call& call) {
  auto id = PathId(call, "conversation");
  if (!id) return;
  auto c = catalog::GetConversation(call.catalog, Owner(call), *id);
  if (!c.ok()) return call.Error(c.status());
  json out = ConversationSummary(*c);
  json turns = json::array();
  for (const auto& t : c->turns) {
    turns.push_back({{"number", t.number},
                     {"question", t.question},
                     {"answer", json::parse(t.answer, nullptr, false)},
                     {"created_at", t.created_at}});
  }
  out["turns"] = turns;
  call.Json(200, out);
}

void FeedbackRoute(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb = ReadableKbOf(call, *body);
  if (!kb) return;
  catalog::FeedbackRecord f;
  f.owner = Owner(call);
  f.kb = kb->name();
  f.kind = OptionalString(*body, "kind");
  if (f.kind.empty()) f.kind = "answer";
  if (f.kind != "answer" && f.kind != "draft") {
    return call.Error(400, "invalid_argument", "'kind' must be \"answer\" or \"draft\"");
  }
  auto rating = body->find("rating");
  if (rating == body->end() || !rating->is_number_integer() || (rating->get<int>() != 1 && rating->get<int>() != -1)) {
    return call.Error(400, "invalid_argument", "'rating' must be 1 (👍) or -1 (👎)");
  }
  f.rating = rating->get<int>();
  auto question = RequiredString(call, *body, "question");
  if (!question) return;
  f.question = *question;
  f.comment = OptionalString(*body, "comment");
  f.answer = OptionalString(*body, "answer");
  auto citations = body->find("citations");
  if (citations != body->end() && !citations->is_array()) {
    return call.Error(400, "invalid_argument", "'citations' must be a list of citation objects");
  }
  f.citations = citations == body->end() ? "[]" : citations->dump();
  auto id = catalog::InsertFeedback(call.catalog, f);
  if (!id.ok()) return call.Error(id.status());
  call.kb = kb->name();
  call.Json(201, {{"id", *id}});
}

void ListFeedbackRoute(Call& call) {
  auto limit = ParseCountParam("limit", call.Param("limit"), 100, 10000);
  if (!limit.ok()) return call.Error(limit.status());
  ReplyList(call, "feedback", catalog::ListFeedback(call.catalog, call.Param("kb"), static_cast<int64_t>(*limit)),
            [](const catalog::FeedbackRecord& f) { return ToJson(f); });
}

}  // namespace

void RegisterWorkspaceRoutes(Router& router) {
  router.Get("/api/drafts", {"GET /api/drafts", Access::kSignedIn, ""}, [](Call& call) {
    ReplyList(call, "drafts", catalog::ListDrafts(call.catalog, Owner(call), kMaxListed), DraftSummary);
  });
  router.Post("/api/drafts", {"POST /api/drafts", Access::kSignedIn, "draft.save"}, SaveDraftRoute);
  router.Get(R"(/api/drafts/([^/]+))", {"GET /api/drafts/ID", Access::kSignedIn, ""}, [](Call& call) {
    auto id = PathId(call, "saved draft");
    if (!id) return;
    auto d = catalog::GetDraft(call.catalog, Owner(call), *id);
    if (!d.ok()) return call.Error(d.status());
    json out = DraftSummary(*d);
    out["draft"] = json::parse(d->body, nullptr, false);
    call.Json(200, out);
  });
  router.Delete(R"(/api/drafts/([^/]+))", {"DELETE /api/drafts/ID", Access::kSignedIn, "draft.delete"}, [](Call& call) {
    auto id = PathId(call, "saved draft");
    if (!id) return;
    call.target = std::to_string(*id);
    if (Status s = catalog::DeleteDraft(call.catalog, Owner(call), *id); !s.ok()) return call.Error(s);
    call.Json(200, {{"deleted", *id}});
  });
  router.Post("/api/draft/export", {"POST /api/draft/export", Access::kSignedIn, ""}, ExportDraftRoute);

  router.Get("/api/conversations", {"GET /api/conversations", Access::kSignedIn, ""}, [](Call& call) {
    ReplyList(call, "conversations", catalog::ListConversations(call.catalog, Owner(call), kMaxListed),
              ConversationSummary);
  });
  router.Post("/api/conversations", {"POST /api/conversations", Access::kSignedIn, ""}, CreateConversationRoute);
  router.Get(R"(/api/conversations/([^/]+))", {"GET /api/conversations/ID", Access::kSignedIn, ""},
             GetConversationRoute);
  router.Post(R"(/api/conversations/([^/]+)/turns)", {"POST /api/conversations/ID/turns", Access::kSignedIn, ""},
              AppendTurnRoute);
  router.Delete(R"(/api/conversations/([^/]+))",
                {"DELETE /api/conversations/ID", Access::kSignedIn, "conversation.delete"}, [](Call& call) {
                  auto id = PathId(call, "conversation");
                  if (!id) return;
                  call.target = std::to_string(*id);
                  if (Status s = catalog::DeleteConversation(call.catalog, Owner(call), *id); !s.ok()) {
                    return call.Error(s);
                  }
                  call.Json(200, {{"deleted", *id}});
                });

  router.Post("/api/feedback", {"POST /api/feedback", Access::kSignedIn, "feedback"}, FeedbackRoute);
  router.Get("/api/feedback", {"GET /api/feedback", Access::kAdmin, ""}, ListFeedbackRoute);
}

}  // namespace wenyuan::server
