#include "server/http_server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include "answer/model_composer.h"
#include "catalog/access_store.h"
#include "catalog/catalog.h"
#include "llm/serialized_model.h"
#include "search/kb_session.h"
#include "server/api_context.h"
#include "server/front_door.h"
#include "server/private_socket.h"
#include "server/tls_context.h"
#include "util/data_layout.h"
#include "vector/embedder_config.h"

namespace wenyuan::server {

// The handler pool: cpp-httplib's server, listening on the front door's
// private Unix socket instead of a TCP port of its own (httplib 0.11 binds
// only TCP, but accepts on whatever socket svr_sock_ holds).
class HandlerPool : public httplib::Server {
 public:
  ~HandlerPool() override {
    const socket_t sock = svr_sock_.exchange(INVALID_SOCKET);
    if (sock != INVALID_SOCKET) ::close(sock);  // never listened: stop() did not close it
  }
  void AdoptListeningSocket(int fd) { svr_sock_ = fd; }
};

namespace {

ServerConfig WithTlsDefaults(ServerConfig config) {
  if (!config.tls_cert.empty()) config.secure_cookies = true;  // the cookie never travels in clear
  return config;
}

FrontDoorOptions FrontDoorOptionsOf(const ServerConfig& config) {
  FrontDoorOptions o;
  o.host = config.host;
  o.port = config.port;
  o.io_threads = config.io_threads;
  o.max_connections = config.max_connections;
  o.max_connections_per_address = config.max_connections_per_address;
  o.max_body_bytes_held = config.max_held_body_bytes;
  o.limits.header_timeout = std::chrono::seconds(config.header_timeout_seconds);
  o.limits.request_timeout = std::chrono::seconds(config.request_timeout_seconds);
  o.limits.keep_alive = std::chrono::seconds(config.keep_alive_seconds);
  o.limits.write_timeout = std::chrono::seconds(config.write_timeout_seconds);
  o.limits.max_header_bytes = config.max_header_bytes;
  o.limits.max_request_body = std::max(config.max_body_bytes, config.max_upload_bytes);
  o.limits.relay_buffer_bytes = config.relay_buffer_bytes;
  return o;
}

}  // namespace

HttpServer::HttpServer(ServerConfig config, std::filesystem::path data_dir, Logger& log)
    : state_(std::make_unique<ServerState>(WithTlsDefaults(std::move(config)), std::move(data_dir), log)),
      http_(std::make_unique<HandlerPool>()) {
  Configure();
}

HttpServer::~HttpServer() {
  stopping_ = true;
  if (preload_.joinable()) preload_.join();
  if (door_) door_->Stop();
}

void HttpServer::SetLanguageModel(std::shared_ptr<llm::LanguageModel> model, llm::GenerationOptions generation) {
  model_ = std::move(model);
  generation_ = generation;
}

Status HttpServer::Bind() {
  const ServerConfig& config = state_->config;
  // Make sure the catalog opens (and is migrated) before taking requests.
  // Two connections stay in the pool: one for PreloadKbs, one for the
  // first request, which then opens none.
  int64_t keys = 0;
  {
    WY_ASSIGN_OR_RETURN(auto catalog, state_->catalogs.Acquire());
    WY_ASSIGN_OR_RETURN(auto spare, state_->catalogs.Acquire());
    WY_ASSIGN_OR_RETURN(keys, catalog::CountActiveApiKeys(*catalog));
  }
  if (!IsLoopbackHost(config.host) && keys == 0 && !config.insecure_open) {
    return Status::PermissionDenied(
        "refusing to serve on " + config.host +
        ": no API key exists, so anyone could use it as admin; create one with `wenyuan key create --role "
        "admin`, or give --insecure-open");
  }
  WY_ASSIGN_OR_RETURN(state_->analysis, search::MakeDefaultAnalysis());
  // Vector and hybrid search when an embedder is configured, as in the CLI.
  std::shared_ptr<vector::Embedder> embedder;
  if (config.embedder.configured()) {
    WY_ASSIGN_OR_RETURN(embedder, vector::MakeEmbedder(config.embedder, state_->analysis.bigrams));
    state_->log.Info("serve: hybrid search with the embedder " + embedder->name());
  }
  state_->kbs = std::make_unique<search::KbSessions>(DataLayout(state_->data_dir), state_->analysis, embedder,
                                                     static_cast<size_t>(config.search_threads));
  if (model_) {
    auto shared = std::make_shared<llm::SerializedModel>(model_);
    answer::GroundingOptions grounding;
    grounding.generation = generation_;
    state_->composer = std::make_shared<answer::ModelComposer>(shared, state_->analysis.bigrams, grounding);
    state_->followup_composer = state_->composer;
    state_->answers = std::make_unique<answer::KbAnswerService>(shared, generation_, state_->query_limits());
    state_->log.Info("serve: answers and drafts by the language model " + model_->name());
  } else {
    // Quotes and the not-found decision read the question's words, as `wenyuan ask` does.
    answer::AnswerOptions quoting;
    quoting.words = state_->analysis.words;
    state_->composer = std::make_shared<answer::ExtractiveComposer>(state_->analysis.bigrams, quoting);
    state_->followup_composer = std::make_shared<answer::ExtractiveComposer>(state_->analysis.bigrams);
    state_->answers = std::make_unique<answer::KbAnswerService>(nullptr, generation_, state_->query_limits());
  }
  // TLS first: a bad certificate or key is the likelier mistake.
  std::shared_ptr<boost::asio::ssl::context> tls;
  if (config.tls_cert.empty() != config.tls_key.empty()) {
    return Status::InvalidArgument(config.tls_cert.empty() ? "a TLS key without a certificate: give --tls-cert too"
                                                           : "a TLS certificate without a key: give --tls-key too");
  }
  if (!config.tls_cert.empty()) {
    WY_ASSIGN_OR_RETURN(tls, MakeTlsContext(config.tls_cert, config.tls_key));
  }
  WY_ASSIGN_OR_RETURN(handler_socket_, PrivateSocket::Listen());
  http_->AdoptListeningSocket(handler_socket_->TakeDescriptor());
  door_ = std::make_unique<FrontDoor>(FrontDoorOptionsOf(config), handler_socket_->path().string(), tls, state_->log);
  WY_RETURN_IF_ERROR(door_->Bind());
  port_ = door_->port();
  pipeline::KbIngestOptions ingest_options;
  ingest_options.embedder = state_->config.embedder;
  state_->jobs.Configure(state_->kbs.get(), ingest_options);
  WY_RETURN_IF_ERROR(state_->jobs.Start());
  preload_ = std::thread([this] { PreloadKbs(); });
  return Status::Ok();
}

void HttpServer::PreloadKbs() {
  const auto started = std::chrono::steady_clock::now();
  // A pooled connection: the first request then finds one open, its
  // statements prepared.
  auto catalog = state_->catalogs.Acquire();
  if (!catalog.ok()) return state_->log.Warn("serve: knowledge bases not opened ahead: " + catalog.status().message());
  auto kbs = (*catalog)->ListKbRows();
  if (!kbs.ok()) return state_->log.Warn("serve: knowledge bases not opened ahead: " + kbs.status().message());
  const bool categories = state_->config.facet_depth > 0;
  size_t opened = 0;
  for (const auto& kb : *kbs) {
    if (stopping_) return;
    auto report = state_->kbs->Preload(**catalog, kb.name, categories);
    if (!report.ok()) {
      // Dropped meanwhile (NotFound) or unreadable: its first search says why.
      state_->log.Info("serve: knowledge base '" + kb.name + "' not opened ahead: " + report.status().message());
      continue;
    }
    char line[256];
    if (report->index) {
      ++opened;
      std::snprintf(line, sizeof line, "index of %llu passages in %.1f ms",
                    static_cast<unsigned long long>(report->passages), report->index_ms);
    } else {
      std::snprintf(line, sizeof line, "index not opened (%s)", report->not_opened.c_str());
    }
    std::string text = line;
    if (report->categories) {
      std::snprintf(line, sizeof line, ", categories of %zu documents in %.1f ms", report->categorized_documents,
                    report->categories_ms);
      text += line;
    }
    state_->log.Info("serve: knowledge base '" + kb.name + "' opened ahead: " + text);
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  char line[128];
  std::snprintf(line, sizeof line, "serve: %zu of %zu knowledge bases opened ahead in %.1f ms", opened, kbs->size(),
                ms);
  state_->log.Info(line);
}

Status HttpServer::Listen() {
  door_->Start();
  const bool ok = http_->listen_after_bind();
  door_->Stop();
  if (!ok) return Status::IOError("server stopped with an error");
  return Status::Ok();
}

void HttpServer::Stop() {
  // httplib's stop() does nothing until listen_after_bind() has started its
  // accept loop, so a stop asked for just after Bind() would be lost and the
  // server would run on: wait (bounded) for the loop first.
  if (door_) door_->Stop();
  for (int i = 0; i < 500 && !http_->is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  http_->stop();
}

void HttpServer::Configure() {
  httplib::Server& http = *http_;
  const ServerConfig& config = state_->config;
  const auto threads = static_cast<size_t>(config.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // The largest body any route takes (an upload); httplib answers 413 beyond
  // it. The guard holds every other route to max_body_bytes.
  http.set_payload_max_length(std::max(config.max_body_bytes, config.max_upload_bytes));
  // Clients never reach httplib directly: the front door (front_door.h)
  // holds their connections and hands over one complete request per
  // private-socket connection, so these timeouts only bound the pool's own
  // reads and writes on that socket.
  http.set_read_timeout(config.read_timeout_seconds, 0);
  http.set_write_timeout(config.write_timeout_seconds, 0);
  http.set_keep_alive_max_count(1);

  ServerState& state = *state_;  // lives as long as the server
  http.set_logger([&state](const httplib::Request& req, const httplib::Response& res) {
    state.log.Debug("http: " + req.method + " " + req.path + " -> " + std::to_string(res.status));
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const std::string code = res.status == 404   ? "not_found"
                             : res.status == 405 ? "method_not_allowed"
                             : res.status == 413 ? "resource_exhausted"
                             : res.status == 415 ? "unsupported"
                             : res.status >= 500 ? "internal"
                                                 : "invalid_argument";
    SendError(res, res.status, code, "HTTP " + std::to_string(res.status));
    SetApiReplyHeaders(res);
  });
  http.set_exception_handler([&state](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    state.log.Error("http: " + req.method + " " + req.path + ": " + what);
    SendError(res, 500, "internal", "internal error");
    SetApiReplyHeaders(res);
  });

  Router router(http, state);
  RegisterSystemRoutes(router);
  RegisterAccessRoutes(router);
  RegisterKbRoutes(router);
  RegisterDocumentRoutes(router);
  RegisterSearchRoutes(router);
  RegisterOpenAiRoutes(router);
  RegisterDraftRoutes(router);
  RegisterAdminRoutes(router);
  RegisterWorkspaceRoutes(router);
}

}  // namespace wenyuan::server
