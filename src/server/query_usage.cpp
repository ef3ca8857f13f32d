#include "server/query_usage.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "catalog/query_log.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;
constexpr size_t kQuestionChars = 200;

std::string Clip(const std::string& text) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < text.size() && chars < kQuestionChars; ++chars) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) {
      len = 4;
    } else if (c >= 0xE0) {
      len = 3;
    } else if (c >= 0xC0) {
      len = 2;
    }
    out.append(text, i, len);
    i += len;
  }
  return out;
}

std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string QuestionOf(const std::string& route, const httplib::Request& req, const json& body) {
  if (route == "GET /api/search") return req.has_param("q") ? req.get_param_value("q") : "";
  if (!body.is_object()) return "";
  if (route == "POST /api/ask") return StringField(body, "question");
  // The last user message of a chat completion.
  auto messages = body.find("messages");
  if (messages == body.end() || !messages->is_array()) return "";
  for (auto it = messages->rbegin(); it != messages->rend(); ++it) {
    if (it->is_object() && StringField(*it, "role") == "user") return StringField(*it, "content");
  }
  return "";
}

int FoundIn(const std::string& route, const httplib::Response& res) {
  if (res.status != 200 || res.body.empty()) return -1;
  json answer = json::parse(res.body, nullptr, /*allow_exceptions=*/false);
  if (!answer.is_object()) return -1;
  if (route == "GET /api/search") {
    auto total = answer.find("total");
    return total != answer.end() && total->is_number() ? (total->get<double>() > 0 ? 1 : 0) : -1;
  }
  auto found = answer.find("found");
  return found != answer.end() && found->is_boolean() ? (found->get<bool>() ? 1 : 0) : -1;
}

}  // namespace

bool IsQueryRoute(const std::string& route) {
  return route == "GET /api/search" || route == "POST /api/ask" || route == "POST /v1/chat/completions";
}

Status LogQuery(catalog::Catalog& catalog, const std::string& route, const httplib::Request& req,
                const httplib::Response& res, const Principal& who, const std::string& kb, double seconds,
                std::optional<bool> found) {
  json body;
  if (req.method == "POST") body = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  catalog::QueryLogEntry e;
  e.route = route;
  e.kb = kb;
  if (e.kb.empty() && body.is_object()) {
    e.kb = route == "POST /api/ask" ? StringField(body, "kb") : StringField(body, "model");
  }
  e.actor = who.key_prefix;
  e.ms = seconds * 1000.0;
  e.status = res.status;
  // The reply is parsed only when the handler did not say (a search's reply
  // holds every hit's text: parsing it again cost as much as building it).
  e.found = res.status != 200 ? -1 : found ? (*found ? 1 : 0) : FoundIn(route, res);
  e.question = Clip(QuestionOf(route, req, body));
  return catalog::AppendQueryLog(catalog, e);
}

}  // namespace wenyuan::server
