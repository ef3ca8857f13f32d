// Health, Prometheus metrics and the web UI's files.
#include <httplib.h>

#include "server/api_context.h"
#include "server/web_assets.h"
#include "util/file_io.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

void Metrics(Call& call) {
  ServerState& state = call.state;
  std::string out = state.metrics.RenderHttp();
  auto kbs = call.catalog.ListKbs();
  if (!kbs.ok()) return call.Error(kbs.status());
  std::vector<MetricSample> docs, index;
  for (const auto& kb : *kbs) {
    docs.push_back({{{"kb", kb.kb.name}}, static_cast<double>(kb.documents)});
    index.push_back({{{"kb", kb.kb.name}}, static_cast<double>(IndexBytes(state, kb.kb.name))});
  }
  out += RenderFamily("wenyuan_documents", "gauge", "Documents per knowledge base.", docs);
  out += RenderFamily("wenyuan_index_bytes", "gauge", "Bytes of index files per knowledge base.", index);
  out += RenderFamily("wenyuan_ingest_queue_length", "gauge", "Ingest jobs waiting.",
                      {{{}, static_cast<double>(state.jobs.QueueLength())}});
  std::vector<MetricSample> jobs;
  auto finished = state.jobs.FinishedCounts();
  for (const char* s : {"done", "failed"}) jobs.push_back({{{"state", s}}, static_cast<double>(finished[s])});
  out += RenderFamily("wenyuan_ingest_jobs_total", "counter", "Ingest jobs finished, by state.", jobs);
  call.res.status = 200;
  call.res.set_content(out, "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace

void RegisterSystemRoutes(Router& router) {
  router.Get("/api/health", {"GET /api/health", Access::kPublic, ""}, [](Call& call) {
    call.Json(200, {{"status", "ok"}, {"version", WENYUAN_VERSION}, {"schema", call.catalog.schema_version()}});
  });
  router.Get("/metrics", {"GET /metrics", Access::kAdmin, ""}, Metrics);

  // The UI's files: from config.web_dir when set (a development aid), else
  // the copy compiled into the binary. Names are one path segment of
  // [A-Za-z0-9_-] plus an extension (the route's pattern), so no request
  // path can leave the folder. Public, and not rate-limited.
  auto serve_asset = [web_dir = router.state().config.web_dir](const std::string& name, httplib::Response& res) {
    std::string body;
    if (!web_dir.empty()) {
      auto read = ReadFileToString(std::filesystem::path(web_dir) / name, 64ull << 20);
      if (!read.ok()) return SendError(res, 404, "not_found", "no such page: /" + name);
      body = std::move(*read);
    } else {
      const EmbeddedFile* f = FindWebAsset(name);
      if (!f) return SendError(res, 404, "not_found", "no such page: /" + name);
      body.assign(f->data, f->size);
    }
    res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
    res.set_content(body, std::string(ContentTypeFor(name)));
  };
  httplib::Server& http = router.http();
  http.Get("/", [serve_asset](const httplib::Request&, httplib::Response& res) { serve_asset("index.html", res); });
  http.Get(R"(/([A-Za-z0-9_-]+\.[a-z]+))",
           [serve_asset](const httplib::Request& req, httplib::Response& res) { serve_asset(req.matches[1], res); });
}

}  // namespace wenyuan::server
