#include "server/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <thread>
#include <nlohmann/json.hpp>

#include "answer/extractive_answerer.h"
#include "catalog/catalog.h"
#include "search/kb_search.h"
#include "server/json_views.h"
#include "server/web_assets.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;
constexpr const char* kJson = "application/json; charset=utf-8";

void SendJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(DumpJson(body), kJson);
}

void SendError(httplib::Response& res, const Status& s) {
  SendJson(res, HttpStatusFor(s), ErrorJson(s));
}

// Parses a JSON object body, or explains why not.
Result<json> ParseBody(const httplib::Request& req) {
  json body = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return Status::InvalidArgument("request body is not valid JSON");
  if (!body.is_object()) return Status::InvalidArgument("request body must be a JSON object");
  return body;
}

Result<std::string> StringField(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) {
    return Status::InvalidArgument(std::string("field '") + name + "' (a string) is required");
  }
  return it->get<std::string>();
}

Result<size_t> ParseK(const std::string& s) {
  size_t k = 0;
  if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) {
    return Status::InvalidArgument("k must be a positive integer");
  }
  k = std::stoul(s);
  return k;
}

}  // namespace

HttpServer::HttpServer(ServerConfig config, std::filesystem::path data_dir, Logger& log)
    : config_(std::move(config)), data_dir_(std::move(data_dir)), log_(log),
      http_(std::make_unique<httplib::Server>()) {
  RegisterRoutes();
}

HttpServer::~HttpServer() = default;

Status HttpServer::Bind() {
  if (!IsLoopbackHost(config_.host) && !config_.insecure_open) {
    return Status::PermissionDenied(
        "refusing to serve on " + config_.host +
        ": Wenyuan has no access control yet, so it serves only on 127.0.0.1 unless "
        "--insecure-open is given");
  }
  // Make sure the catalog opens (and is migrated) before taking requests.
  WY_ASSIGN_OR_RETURN(auto catalog, catalog::Catalog::Open(data_dir_));
  WY_ASSIGN_OR_RETURN(analysis_, search::MakeDefaultAnalysis());
  if (config_.port == 0) {
    port_ = http_->bind_to_any_port(config_.host);
    if (port_ < 0) return Status::IOError("cannot bind to " + config_.host);
  } else {
    if (!http_->bind_to_port(config_.host, config_.port)) {
      return Status::IOError("cannot bind to " + config_.host + ":" + std::to_string(config_.port) +
                             " (is another server using it?)");
    }
    port_ = config_.port;
  }
  return Status::Ok();
}

Status HttpServer::Listen() {
  if (!http_->listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::Ok();
}

void HttpServer::Stop() {
  // httplib's stop() does nothing until listen_after_bind() has started its
  // accept loop, so a stop asked for just after Bind() would be lost and the
  // server would run on: wait (bounded) for the loop first.
  for (int i = 0; i < 500 && !http_->is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  http_->stop();
}

void HttpServer::RegisterRoutes() {
  httplib::Server& http = *http_;
  const auto threads = static_cast<size_t>(config_.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(config_.max_body_bytes);
  // httplib's default sets SO_REUSEPORT, which lets a second server bind the
  // same port and share its connections; SO_REUSEADDR alone allows a quick
  // restart but makes a port in use an error, as it should be.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_timeout(5);

  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    log_.Debug("http: " + req.method + " " + req.path + " -> " + std::to_string(res.status));
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string code = res.status == 404 ? "not_found"
                       : res.status == 413 ? "resource_exhausted"
                       : res.status >= 500 ? "internal" : "invalid_argument";
    json err = {{"error", {{"code", code}, {"message", "HTTP " + std::to_string(res.status)}}}};
    res.set_content(DumpJson(err), kJson);
  });
  http.set_exception_handler([this](const httplib::Request& req, httplib::Response& res,
                                    std::exception_ptr ep) {
    std::string what = "unknown error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    log_.Error("http: " + req.method + " " + req.path + ": " + what);
    SendError(res, Status::Internal("internal error"));
  });

  const search::QueryLimits limits{config_.max_query_chars, config_.max_k};

  http.Get("/api/health", [this](const httplib::Request&, httplib::Response& res) {
    auto catalog = catalog::Catalog::Open(data_dir_);
    if (!catalog.ok()) return SendJson(res, 503, {{"status", "unavailable"}, {"error", catalog.status().message()}});
    SendJson(res, 200, {{"status", "ok"}, {"version", WENYUAN_VERSION},
                        {"schema", (*catalog)->schema_version()}});
  });

  http.Get("/api/kb", [this](const httplib::Request&, httplib::Response& res) {
    auto catalog = catalog::Catalog::Open(data_dir_);
    if (!catalog.ok()) return SendError(res, catalog.status());
    auto kbs = (*catalog)->ListKbs();
    if (!kbs.ok()) return SendError(res, kbs.status());
    json list = json::array();
    for (const auto& kb : *kbs) list.push_back(ToJson(kb));
    SendJson(res, 200, {{"kbs", list}});
  });

  http.Post("/api/kb", [this](const httplib::Request& req, httplib::Response& res) {
    auto body = ParseBody(req);
    if (!body.ok()) return SendError(res, body.status());
    auto name = StringField(*body, "name");
    if (!name.ok()) return SendError(res, name.status());
    auto catalog = catalog::Catalog::Open(data_dir_);
    if (!catalog.ok()) return SendError(res, catalog.status());
    auto kb = (*catalog)->CreateKb(*name);
    if (!kb.ok()) return SendError(res, kb.status());
    log_.Info("http: created knowledge base " + *name);
    SendJson(res, 201, ToJson(*kb));
  });

  http.Delete(R"(/api/kb/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.matches[1];
    auto catalog = catalog::Catalog::Open(data_dir_);
    if (!catalog.ok()) return SendError(res, catalog.status());
    Status s = catalog::Catalog::ValidateKbName(name);
    if (s.ok()) s = (*catalog)->DropKb(name);
    if (s.ok()) s = search::RemoveKbIndex(data_dir_, name);
    if (!s.ok()) return SendError(res, s);
    log_.Info("http: dropped knowledge base " + name);
    SendJson(res, 200, {{"dropped", name}});
  });

  http.Get("/api/search", [this, limits](const httplib::Request& req, httplib::Response& res) {
    search::SearchOptions options;
    if (req.has_param("k")) {
      auto k = ParseK(req.get_param_value("k"));
      if (!k.ok()) return SendError(res, k.status());
      options.k = *k;
    }
    if (!req.has_param("kb") || !req.has_param("q")) {
      return SendError(res, Status::InvalidArgument("parameters 'kb' and 'q' are required"));
    }
    auto catalog = catalog::Catalog::Open(data_dir_);
    if (!catalog.ok()) return SendError(res, catalog.status());
    auto started = std::chrono::steady_clock::now();
    search::KeywordSearcher searcher(analysis_);
    auto response = search::SearchKb(**catalog, searcher, req.get_param_value("kb"),
                                      req.get_param_value("q"), options, limits, &snapshots_);
    if (!response.ok()) return SendError(res, response.status());
    json out = ToJson(*response);
    out["took_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    SendJson(res, 200, out);
  });

  http.Post("/api/ask", [this, limits](const httplib::Request& req, httplib::Response& res) {
    auto body = ParseBody(req);
    if (!body.ok()) return SendError(res, body.status());
    auto kb = StringField(*body, "kb");
    if (!kb.ok()) return SendError(res, kb.status());
    auto question = StringField(*body, "question");
    if (!question.ok()) return SendError(res, question.status());
    bool stream = body->value("stream", false);
    auto catalog = catalog::Catalog::Open(data_dir_);
    if (!catalog.ok()) return SendError(res, catalog.status());
    search::KeywordSearcher searcher(analysis_);
    auto found = search::SearchKb(**catalog, searcher, *kb, *question, {}, limits, &snapshots_);
    if (!found.ok()) return SendError(res, found.status());
    answer::ExtractiveAnswerer answerer(analysis_.bigrams, {});
    json out = ToJson(answerer.AnswerFrom(*found));
    if (!stream) return SendJson(res, 200, out);
    // Server-Sent Events: one "evidence" event per quoted sentence, then
    // "done" with the whole answer. (A model's tokens will stream the same way.)
    std::string events;
    for (const auto& e : out["evidence"]) events += "event: evidence\ndata: " + DumpJson(e) + "\n\n";
    events += "event: done\ndata: " + DumpJson(out) + "\n\n";
    res.set_header("Cache-Control", "no-store");
    res.set_content(events, "text/event-stream; charset=utf-8");
  });

  auto serve_asset = [](const std::string& name, httplib::Response& res) {
    const EmbeddedFile* f = FindWebAsset(name);
    if (!f) return SendError(res, Status::NotFound("no such page: /" + name));
    res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
    res.set_content(std::string(f->data, f->size), std::string(ContentTypeFor(name)));
  };
  http.Get("/", [serve_asset](const httplib::Request&, httplib::Response& res) {
    serve_asset("index.html", res);
  });
  http.Get(R"(/([A-Za-z0-9_-]+\.[a-z]+))", [serve_asset](const httplib::Request& req, httplib::Response& res) {
    serve_asset(req.matches[1], res);
  });
}

}  // namespace wenyuan::server
