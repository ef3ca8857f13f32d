#include "server/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <thread>

#include "answer/model_composer.h"
#include "catalog/access_store.h"
#include "catalog/catalog.h"
#include "llm/serialized_model.h"
#include "search/kb_session.h"
#include "util/data_layout.h"
#include "vector/embedder_config.h"
#include "server/api_context.h"

namespace wenyuan::server {
HttpServer::HttpServer(ServerConfig config, std::filesystem::path data_dir, Logger& log)
    : state_(std::make_unique<ServerState>(std::move(config), std::move(data_dir), log)),
      http_(std::make_unique<httplib::Server>()) {
  Configure();
}

HttpServer::~HttpServer() = default;

void HttpServer::SetLanguageModel(std::shared_ptr<llm::LanguageModel> model, llm::GenerationOptions generation) {
  model_ = std::move(model);
  generation_ = generation;
}

Status HttpServer::Bind() {
  const ServerConfig& config = state_->config;
  // Make sure the catalog opens (and is migrated) before taking requests.
  WY_ASSIGN_OR_RETURN(auto catalog, catalog::Catalog::Open(state_->data_dir));
  WY_ASSIGN_OR_RETURN(int64_t keys, catalog::CountActiveApiKeys(*catalog));
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
  state_->kbs = std::make_unique<search::KbSessions>(DataLayout(state_->data_dir), state_->analysis, embedder);
  if (model_) {
    auto shared = std::make_shared<llm::SerializedModel>(model_);
    answer::GroundingOptions grounding;
    grounding.generation = generation_;
    state_->composer = std::make_unique<answer::ModelComposer>(shared, state_->analysis.bigrams, grounding);
    state_->answers = std::make_unique<answer::KbAnswerService>(shared, generation_, state_->query_limits());
    state_->log.Info("serve: answers and drafts by the language model " + model_->name());
  } else {
    state_->composer = std::make_unique<answer::ExtractiveComposer>(state_->analysis.bigrams);
    state_->answers = std::make_unique<answer::KbAnswerService>(nullptr, generation_, state_->query_limits());
  }
  if (config.port == 0) {
    port_ = http_->bind_to_any_port(config.host);
    if (port_ < 0) return Status::IOError("cannot bind to " + config.host);
  } else {
    if (!http_->bind_to_port(config.host, config.port)) {
      return Status::IOError("cannot bind to " + config.host + ":" + std::to_string(config.port) +
                             " (is another server using it?)");
    }
    port_ = config.port;
  }
  pipeline::KbIngestOptions ingest_options;
  ingest_options.embedder = state_->config.embedder;
  state_->jobs.Configure(state_->kbs.get(), ingest_options);
  state_->jobs.Start();
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

void HttpServer::Configure() {
  httplib::Server& http = *http_;
  const ServerConfig& config = state_->config;
  const auto threads = static_cast<size_t>(config.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // The largest body any route takes (an upload); httplib answers 413 beyond
  // it. The guard holds every other route to max_body_bytes.
  http.set_payload_max_length(std::max(config.max_body_bytes, config.max_upload_bytes));
  // httplib's default sets SO_REUSEPORT, which lets a second server bind the
  // same port and share its connections; SO_REUSEADDR alone allows a quick
  // restart but makes a port in use an error, as it should be.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http.set_read_timeout(config.read_timeout_seconds, 0);
  http.set_write_timeout(config.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(5);
  // Without it a small reply can wait ~40 ms for the client's delayed ACK.
  http.set_tcp_nodelay(true);

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
  });

  Router router(http, state);
  RegisterSystemRoutes(router);
  RegisterAccessRoutes(router);
  RegisterKbRoutes(router);
  RegisterDocumentRoutes(router);
  RegisterSearchRoutes(router);
  RegisterOpenAiRoutes(router);
  RegisterDraftRoutes(router);
}

}  // namespace wenyuan::server
