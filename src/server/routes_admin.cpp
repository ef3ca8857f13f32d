// The admin pages' API (admin only; docs/api.md): staff accounts, a KB's
// settings (task, script, regional folding, taxonomies, user dictionary) and
// usage (queries per day with p50/p99 latency, questions answered "not
// found"). Every change is audited.
#include <httplib.h>

#include <ctime>
#include <filesystem>

#include "answer/script_converter.h"
#include "answer/task.h"
#include "catalog/query_log.h"
#include "catalog/user_store.h"
#include "enrich/taxonomy.h"
#include "server/api_context.h"
#include "server/api_views.h"
#include "server/user_accounts.h"
#include "text/script_folder.h"
#include "text/user_dictionary.h"
#include "util/data_layout.h"
#include "util/file_io.h"
#include "util/utc_time.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;
constexpr uint64_t kMaxSettingsFileBytes = 4 << 20;

std::string StringField(const json& body, const char* name) {
  auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : "";
}

// The "kbs" list of a body, if it has one; sends the error and returns false.
bool ReadKbList(Call& call, const json& body, std::vector<std::string>& kbs) {
  auto it = body.find("kbs");
  if (it == body.end()) return true;
  if (!it->is_array()) {
    call.Error(400, "invalid_argument", "'kbs' must be a list of knowledge base names");
    return false;
  }
  for (const auto& kb : *it) {
    if (!kb.is_string()) {
      call.Error(400, "invalid_argument", "'kbs' must hold strings");
      return false;
    }
    kbs.push_back(kb.get<std::string>());
  }
  return true;
}

void ListUsers(Call& call) {
  auto users = catalog::ListUsers(call.catalog);
  if (!users.ok()) return call.Error(users.status());
  json list = json::array();
  for (const auto& u : *users) list.push_back(UserJson(u));
  call.Json(200, {{"users", list}});
}

void CreateUser(Call& call) {
  auto body = call.Body();
  if (!body) return;
  const std::string name = StringField(*body, "name");
  call.target = "user:" + name.substr(0, 64);
  auto role = ParseRole(StringField(*body, "role"));
  if (!role.ok()) return call.Error(role.status());
  std::vector<std::string> kbs;
  if (!ReadKbList(call, *body, kbs)) return;
  auto user = CreateLocalUser(call.catalog, name, StringField(*body, "password"), *role, kbs);
  if (!user.ok()) return call.Error(user.status());
  call.Json(201, UserJson(*user));
}

// {"role", "kbs", "password", "disabled"}: any of them.
void UpdateUser(Call& call) {
  auto body = call.Body();
  if (!body) return;
  const std::string name = call.req.matches[1];
  call.target = "user:" + name;
  auto user = GetUserByName(call.catalog, name);
  if (!user.ok()) return call.Error(user.status());
  const SessionOwner owner{SessionOwner::Kind::kUser, user->id};
  if (body->contains("role") || body->contains("kbs")) {
    auto role = ParseRole(body->contains("role") ? StringField(*body, "role") : user->role);
    if (!role.ok()) return call.Error(role.status());
    std::vector<std::string> kbs = body->contains("kbs") ? std::vector<std::string>() : user->kbs;
    if (!ReadKbList(call, *body, kbs)) return;
    if (Status s = SetUserRole(call.catalog, *user, *role, kbs); !s.ok()) return call.Error(s);
  }
  if (body->contains("password")) {
    if (Status s = SetLocalPassword(call.catalog, *user, StringField(*body, "password")); !s.ok()) {
      return call.Error(s);
    }
    call.state.sessions.RemoveOwner(owner);
  }
  if (auto it = body->find("disabled"); it != body->end()) {
    if (!it->is_boolean()) return call.Error(400, "invalid_argument", "'disabled' must be true or false");
    if (Status s = catalog::SetUserDisabled(call.catalog, user->id, it->get<bool>()); !s.ok()) return call.Error(s);
    if (it->get<bool>()) call.state.sessions.RemoveOwner(owner);
  }
  auto updated = catalog::GetUser(call.catalog, user->id);
  if (!updated.ok()) return call.Error(updated.status());
  call.Json(200, UserJson(*updated));
}

void DisableUser(Call& call) {
  const std::string name = call.req.matches[1];
  call.target = "user:" + name;
  auto user = GetUserByName(call.catalog, name);
  if (!user.ok()) return call.Error(user.status());
  if (Status s = catalog::SetUserDisabled(call.catalog, user->id, true); !s.ok()) return call.Error(s);
  call.state.sessions.RemoveOwner({SessionOwner::Kind::kUser, user->id});
  auto updated = catalog::GetUser(call.catalog, user->id);
  if (!updated.ok()) return call.Error(updated.status());
  call.Json(200, UserJson(*updated));
}

// The normaliser user dictionaries and taxonomies are read with.
Result<std::shared_ptr<const text::CharNormalizer>> Normalizer(const ServerState& state) {
  if (state.analysis.words) return state.analysis.words->shared_normalizer();
  WY_ASSIGN_OR_RETURN(auto folder, text::ScriptFolder::Create());
  return text::CharNormalizer::Create(std::move(folder));
}

void GetKbSettings(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  json settings = json::parse(kb->info().settings_json, nullptr, /*allow_exceptions=*/false);
  if (!settings.is_object()) settings = json::object();
  json taxonomies = json::array();
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(DataLayout(call.state.data_dir).KbTaxonomyDir(kb->name()), ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto text = ReadFileToString(f, kMaxSettingsFileBytes);
    if (!text.ok()) return call.Error(text.status());
    taxonomies.push_back({{"name", f.stem().string()}, {"text", *text}});
  }
  std::string dictionary;
  const fs::path dict_path = DataLayout(call.state.data_dir).KbUserDictionary(kb->name());
  if (fs::exists(dict_path, ec)) {
    auto text = ReadFileToString(dict_path, kMaxSettingsFileBytes);
    if (!text.ok()) return call.Error(text.status());
    dictionary = *text;
  }
  call.Json(200, {{"kb", kb->name()},
                  {"task", settings.value("task", std::string())},
                  {"script", settings.value("script", std::string())},
                  {"regional_folding", settings.value("regional_folding", false)},
                  {"taxonomies", taxonomies},
                  {"user_dictionary", dictionary}});
}

// {"task", "script", "regional_folding"}: any of them ("" clears task/script).
void SetKbSettings(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  json settings = json::parse(kb->info().settings_json, nullptr, /*allow_exceptions=*/false);
  if (!settings.is_object()) settings = json::object();
  std::string changed;
  if (body->contains("task")) {
    const std::string task = StringField(*body, "task");
    if (!task.empty()) {
      if (auto t = answer::ParseTask(task); !t.ok()) return call.Error(t.status());
      settings["task"] = task;
    } else {
      settings.erase("task");
    }
    changed += " task=" + task;
  }
  if (body->contains("script")) {
    const std::string script = StringField(*body, "script");
    if (!script.empty()) {
      if (auto s = answer::ParseOutputScript(script); !s.ok()) return call.Error(s.status());
      settings["script"] = script;
    } else {
      settings.erase("script");
    }
    changed += " script=" + script;
  }
  if (auto it = body->find("regional_folding"); it != body->end()) {
    if (!it->is_boolean()) return call.Error(400, "invalid_argument", "'regional_folding' must be true or false");
    settings["regional_folding"] = it->get<bool>();
    changed += std::string(" regional_folding=") + (it->get<bool>() ? "on" : "off");
  }
  call.target = changed.empty() ? "" : changed.substr(1);
  if (Status s = call.catalog.SetKbSettings(kb->name(), settings.dump()); !s.ok()) return call.Error(s);
  call.Json(200, {{"kb", kb->name()}, {"settings", settings}});
}

// {"name", "text"}: adds or replaces a taxonomy (enrich/taxonomy.h format).
void PutTaxonomy(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  const std::string name = StringField(*body, "name");
  call.target = name;
  if (Status s = enrich::ValidateTaxonomyName(name); !s.ok()) return call.Error(s);
  const std::string text = StringField(*body, "text");
  auto normalizer = Normalizer(call.state);
  if (!normalizer.ok()) return call.Error(normalizer.status());
  auto taxonomy = enrich::Taxonomy::Parse(name, text, **normalizer, "taxonomy " + name);
  if (!taxonomy.ok()) return call.Error(taxonomy.status());
  const fs::path dir = DataLayout(call.state.data_dir).KbTaxonomyDir(kb->name());
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return call.Error(Status::IOError(dir.string() + ": " + ec.message()));
  if (Status s = WriteFileAtomic(dir / (name + ".txt"), text); !s.ok()) return call.Error(s);
  call.Json(200, {{"kb", kb->name()}, {"name", name}, {"categories", taxonomy->size()}});
}

void DeleteTaxonomy(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  const std::string name = call.req.matches[2];
  call.target = name;
  if (Status s = enrich::ValidateTaxonomyName(name); !s.ok()) return call.Error(s);
  std::error_code ec;
  if (!fs::remove(DataLayout(call.state.data_dir).KbTaxonomyDir(kb->name()) / (name + ".txt"), ec)) {
    return call.Error(Status::NotFound("no taxonomy " + name + " in " + kb->name()));
  }
  call.Json(200, {{"kb", kb->name()}, {"removed", name}});
}

// {"text"}: replaces the user dictionary (text/user_dictionary.h format);
// an empty text removes it.
void PutDictionary(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  const std::string text = StringField(*body, "text");
  const fs::path path = DataLayout(call.state.data_dir).KbUserDictionary(kb->name());
  std::error_code ec;
  if (text.empty()) {
    fs::remove(path, ec);
    return call.Json(200, {{"kb", kb->name()}, {"terms", 0}});
  }
  auto normalizer = Normalizer(call.state);
  if (!normalizer.ok()) return call.Error(normalizer.status());
  auto dict = text::UserDictionary::Parse(text, "user dictionary", **normalizer);
  if (!dict.ok()) return call.Error(dict.status());
  fs::create_directories(path.parent_path(), ec);
  if (Status s = WriteFileAtomic(path, text); !s.ok()) return call.Error(s);
  call.target = std::to_string((*dict)->size()) + " terms";
  call.Json(200, {{"kb", kb->name()}, {"terms", (*dict)->size()}});
}

// ?days=N (default 30, at most 3660) &kb=KB
void Usage(Call& call) {
  auto days = ParseCountParam("days", call.Param("days"), 30, 3660);
  if (!days.ok()) return call.Error(days.status());
  const std::string kb = call.Param("kb");
  if (!kb.empty()) {
    if (Status s = catalog::Catalog::ValidateKbName(kb); !s.ok()) return call.Error(s);
  }
  const std::time_t first = std::time(nullptr) - static_cast<std::time_t>(*days > 0 ? *days - 1 : 0) * 86400;
  const std::string since = IsoUtc(first).substr(0, 10);
  auto by_day = catalog::UsageByDay(call.catalog, since, kb);
  if (!by_day.ok()) return call.Error(by_day.status());
  auto unanswered = catalog::UnansweredQuestions(call.catalog, since, kb, 50);
  if (!unanswered.ok()) return call.Error(unanswered.status());
  json day_list = json::array();
  for (const auto& d : *by_day) {
    day_list.push_back({{"day", d.day},
                        {"queries", d.queries},
                        {"not_found", d.not_found},
                        {"errors", d.errors},
                        {"p50_ms", d.p50_ms},
                        {"p99_ms", d.p99_ms}});
  }
  json question_list = json::array();
  for (const auto& q : *unanswered) {
    question_list.push_back({{"question", q.question}, {"kb", q.kb}, {"count", q.count}, {"last", q.last_time}});
  }
  call.Json(200, {{"since", since}, {"kb", kb}, {"days", day_list}, {"not_found", question_list}});
}

}  // namespace

void RegisterAdminRoutes(Router& router) {
  router.Get("/api/users", {"GET /api/users", Access::kAdmin, ""}, ListUsers);
  router.Post("/api/users", {"POST /api/users", Access::kAdmin, "user.create"}, CreateUser);
  router.Post(R"(/api/users/([^/]+))", {"POST /api/users/NAME", Access::kAdmin, "user.update"}, UpdateUser);
  router.Delete(R"(/api/users/([^/]+))", {"DELETE /api/users/NAME", Access::kAdmin, "user.disable"}, DisableUser);
  router.Get(R"(/api/admin/kb/([^/]+))", {"GET /api/admin/kb/KB", Access::kAdmin, ""}, GetKbSettings);
  router.Post(R"(/api/admin/kb/([^/]+)/settings)", {"POST /api/admin/kb/KB/settings", Access::kAdmin, "kb.settings"},
              SetKbSettings);
  router.Post(R"(/api/admin/kb/([^/]+)/taxonomies)",
              {"POST /api/admin/kb/KB/taxonomies", Access::kAdmin, "kb.taxonomy.put"}, PutTaxonomy);
  router.Delete(R"(/api/admin/kb/([^/]+)/taxonomies/([^/]+))",
                {"DELETE /api/admin/kb/KB/taxonomies/NAME", Access::kAdmin, "kb.taxonomy.remove"}, DeleteTaxonomy);
  router.Post(R"(/api/admin/kb/([^/]+)/dictionary)",
              {"POST /api/admin/kb/KB/dictionary", Access::kAdmin, "kb.dictionary"}, PutDictionary);
  router.Get("/api/admin/usage", {"GET /api/admin/usage", Access::kAdmin, ""}, Usage);
}

}  // namespace wenyuan::server
