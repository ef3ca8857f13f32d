// `wenyuan kb create|list|drop|set`.
#include <cstdio>

#include "answer/script_converter.h"
#include "answer/task.h"
#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "search/kb_index.h"
#include "server/json_views.h"

namespace wenyuan::cli {

int RunKbCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 2) return UsageError("usage: wenyuan kb create|list|drop [NAME]");
  const std::string& verb = pos[1];
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());

  if (verb == "list") {
    auto kbs = (*catalog)->ListKbs();
    if (!kbs.ok()) return Fail(kbs.status());
    if (ctx.args.Has("--json")) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& kb : *kbs) list.push_back(server::ToJson(kb));
      PrintJson({{"kbs", list}});
      return 0;
    }
    if (kbs->empty()) std::printf("no knowledge bases (create one with: wenyuan kb create NAME)\n");
    for (const auto& kb : *kbs) {
      std::printf("%-20s %6lld documents %7lld passages  created %s\n", kb.name.c_str(),
                  static_cast<long long>(kb.document_count), static_cast<long long>(kb.passage_count),
                  kb.created_at.c_str());
    }
    return 0;
  }
  if (verb == "set") {
    // kb set NAME regional-folding on|off | task T | script traditional|simplified
    const char* usage = "usage: wenyuan kb set NAME regional-folding on|off | task T | script traditional|simplified";
    if (pos.size() != 5) return UsageError(usage);
    const std::string& key = pos[3];
    const std::string& value = pos[4];
    nlohmann::json stored;
    if (key == "regional-folding") {
      if (value != "on" && value != "off") return UsageError(usage);
      stored = value == "on";
    } else if (key == "task") {
      if (auto task = answer::ParseTask(value); !task.ok()) return UsageError(task.status().message());
      stored = value;
    } else if (key == "script") {
      if (auto script = answer::ParseOutputScript(value); !script.ok()) return UsageError(script.status().message());
      stored = value;
    } else {
      return UsageError(usage);
    }
    auto kb = (*catalog)->GetKb(pos[2]);
    if (!kb.ok()) return Fail(kb.status());
    nlohmann::json settings = nlohmann::json::parse(kb->settings_json, nullptr, false);
    if (!settings.is_object()) settings = nlohmann::json::object();
    settings[key == "regional-folding" ? "regional_folding" : key] = stored;
    Status s = (*catalog)->SetKbSettings(pos[2], settings.dump());
    if (!s.ok()) return Fail(s);
    ctx.log.Info("knowledge base " + pos[2] + ": " + key + " " + value);
    return 0;
  }
  if (pos.size() != 3) return UsageError("usage: wenyuan kb " + verb + " NAME");
  const std::string& name = pos[2];
  if (verb == "create") {
    auto kb = (*catalog)->CreateKb(name);
    if (!kb.ok()) {
      if (kb.status().code() == StatusCode::kAlreadyExists && ctx.args.Has("--exist-ok")) return 0;
      return Fail(kb.status());
    }
    ctx.log.Info("created knowledge base " + name);
    return 0;
  }
  if (verb == "drop") {
    if (Status s = (*catalog)->DropKb(name); !s.ok()) return Fail(s);
    ctx.log.Info("dropped knowledge base " + name);
    return 0;
  }
  return UsageError("unknown kb command '" + verb + "' (create, list or drop)");
}

}  // namespace wenyuan::cli
