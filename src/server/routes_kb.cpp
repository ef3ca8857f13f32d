// Knowledge bases over HTTP: list (those the caller may read), create and
// drop (admin), statistics.
#include <httplib.h>

#include "catalog/document_queries.h"
#include "search/kb_index.h"
#include "server/api_context.h"
#include "server/json_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

// Bytes of the files under `dir` (0 if it does not exist).
uint64_t DirectoryBytes(const std::filesystem::path& dir) {
  std::error_code ec;
  uint64_t total = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

}  // namespace

uint64_t IndexBytes(const ServerState& state, const std::string& kb) {
  return DirectoryBytes(DataLayout(state.data_dir).KbIndexDir(kb));
}

void RegisterKbRoutes(Router& router) {
  router.Get("/api/kb", {"GET /api/kb", Access::kSignedIn, ""}, [](Call& call) {
    auto kbs = call.catalog.ListKbs();
    if (!kbs.ok()) return call.Error(kbs.status());
    json list = json::array();
    for (const auto& kb : *kbs) {
      if (call.who.CanRead(kb.kb.name)) list.push_back(ToJson(kb));
    }
    call.Json(200, {{"kbs", list}});
  });

  router.Post("/api/kb", {"POST /api/kb", Access::kAdmin, "kb.create"}, [](Call& call) {
    auto body = call.Body();
    if (!body) return;
    auto it = body->find("name");
    if (it == body->end() || !it->is_string()) {
      return call.Error(400, "invalid_argument", "field 'name' (a string) is required");
    }
    call.kb = it->get<std::string>();
    auto kb = call.catalog.CreateKb(call.kb);
    if (!kb.ok()) return call.Error(kb.status());
    call.state.log.Info("http: created knowledge base " + call.kb);
    call.Json(201, ToJson(catalog::KbListing{*kb, 0, 0}));
  });

  router.Delete(R"(/api/kb/([^/]+))", {"DELETE /api/kb/KB", Access::kAdmin, "kb.drop"}, [](Call& call) {
    auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
    if (!kb) return;
    const std::string name = kb->name();
    kb.reset();
    // Once no load of it is under way (a search's repair, the server's
    // opening ahead), so none writes into the files being removed.
    if (Status s = call.state.kbs->Drop(name, [&] { return call.catalog.DropKb(name); }); !s.ok()) {
      return call.Error(s);
    }
    call.state.log.Info("http: dropped knowledge base " + name);
    call.Json(200, {{"dropped", name}});
  });

  router.Get(R"(/api/kb/([^/]+)/stats)", {"GET /api/kb/KB/stats", Access::kSignedIn, ""}, [](Call& call) {
    auto kb = call.Kb(call.req.matches[1], /*edit=*/false);
    if (!kb) return;
    auto stats = catalog::GetKbStats(call.catalog, kb->id());
    if (!stats.ok()) return call.Error(stats.status());
    call.Json(200, {{"kb", kb->name()},
                    {"documents", stats->documents},
                    {"passages", stats->passages},
                    {"sources", stats->sources},
                    {"text_bytes", stats->text_bytes},
                    {"index_bytes", IndexBytes(call.state, kb->name())},
                    {"last_ingest", stats->last_ingest},
                    {"created_at", kb->info().created_at}});
  });
}

}  // namespace wenyuan::server
