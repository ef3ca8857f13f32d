// Documents over HTTP: upload (multipart, queued for ingest), ingest jobs,
// listing, one document with its text and passages, delete and re-ingest.
// Uploaded files are kept under DATA/uploads/KB/NAME; NAME is checked by
// CheckUploadName and KB by Catalog::ValidateKbName before any file is
// written, so no request path reaches the file system unchecked.
#include <httplib.h>

#include "catalog/document_queries.h"
#include "catalog/enrichment_store.h"
#include "server/api_context.h"
#include "server/api_views.h"
#include "server/json_views.h"
#include "server/upload_names.h"
#include "util/file_io.h"
#include "util/utf8.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

Result<int64_t> ParseId(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) {
    return Status::InvalidArgument("'" + s + "' is not a document id");
  }
  return static_cast<int64_t>(std::stoll(s));
}

bool IsInside(const fs::path& file, const fs::path& dir) {
  std::error_code ec;
  fs::path f = fs::weakly_canonical(file, ec);
  if (ec) return false;
  fs::path d = fs::weakly_canonical(dir, ec);
  if (ec) return false;
  auto [dend, fit] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
  return dend == d.end() && fit != f.end();
}

void Upload(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  const ServerConfig& config = call.state.config;
  if (!call.req.is_multipart_form_data()) {
    return call.Error(415, "unsupported", "upload files as multipart/form-data, in parts named 'files'");
  }
  auto [begin, end] = call.req.files.equal_range("files");
  if (begin == end) return call.Error(400, "invalid_argument", "no part named 'files' in the upload");
  // httplib holds the whole request to the larger of the body and upload
  // limits; hold the files to the upload limit here.
  uint64_t total = 0;
  for (auto it = begin; it != end; ++it) total += it->second.content.size();
  if (total > config.max_upload_bytes) {
    return call.Error(413, "resource_exhausted",
                      "upload is larger than " + std::to_string(config.max_upload_bytes) + " bytes");
  }
  std::set<std::string> names;
  std::string targets;
  for (auto it = begin; it != end; ++it) {
    const auto& part = it->second;
    if (Status s = CheckUploadName(part.filename, call.state.upload_extensions); !s.ok()) return call.Error(s);
    if (!names.insert(part.filename).second) {
      return call.Error(400, "invalid_argument", "file '" + part.filename + "' is uploaded twice");
    }
    if (part.content.size() > config.max_upload_file_bytes) {
      return call.Error(
          413, "resource_exhausted",
          "file '" + part.filename + "' is larger than " + std::to_string(config.max_upload_file_bytes) + " bytes");
    }
    targets += (targets.empty() ? "" : ", ") + part.filename;
  }
  call.target = targets;
  const fs::path dir = fs::absolute(call.state.UploadDir(kb->name()));
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return call.Error(Status::IOError(dir.string() + ": cannot create: " + ec.message()));
  std::vector<JobFile> files;
  for (auto it = begin; it != end; ++it) {
    JobFile f;
    f.name = it->second.filename;
    f.path = dir / f.name;
    if (Status s = WriteFileAtomic(f.path, it->second.content); !s.ok()) return call.Error(s);
    files.push_back(std::move(f));
  }
  const size_t count = files.size();
  int64_t job = call.state.jobs.Submit(kb->name(), std::move(files));
  call.Json(202, {{"job", job}, {"files", count}});
}

void ListDocuments(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/false);
  if (!kb) return;
  const size_t max = call.state.config.max_page_size;
  auto limit = ParseCountParam("limit", call.Param("limit"), std::min<size_t>(50, max), max);
  if (!limit.ok()) return call.Error(limit.status());
  auto offset = ParseCountParam("offset", call.Param("offset"), 0, 1000000000);
  if (!offset.ok()) return call.Error(offset.status());
  catalog::DocumentFilter filter;
  filter.source = call.Param("source");
  filter.text = call.Param("q");
  if (!utf8::IsValid(filter.source) || !utf8::IsValid(filter.text) || filter.source.size() > 1024 ||
      filter.text.size() > 1024) {
    return call.Error(400, "invalid_argument", "'source' and 'q' must be UTF-8, at most 1024 bytes");
  }
  filter.limit = static_cast<int64_t>(*limit);
  filter.offset = static_cast<int64_t>(*offset);
  auto page = catalog::ListDocuments(call.catalog, kb->id(), filter);
  if (!page.ok()) return call.Error(page.status());
  json docs = json::array();
  for (const auto& d : page->documents) docs.push_back(DocumentJson(d));
  call.Json(200, {{"documents", docs}, {"total", page->total}, {"offset", *offset}, {"limit", *limit}});
}

void GetDocument(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/false);
  if (!kb) return;
  auto id = ParseId(call.req.matches[2]);
  if (!id.ok()) return call.Error(id.status());
  auto doc = catalog::GetKbDocument(call.catalog, kb->id(), *id);
  if (!doc.ok()) return call.Error(doc.status());
  auto text = catalog::GetDocumentText(call.catalog, *id);
  if (!text.ok()) return call.Error(text.status());
  auto passages = catalog::ListDocumentPassages(call.catalog, *id);
  if (!passages.ok()) return call.Error(passages.status());
  json out = DocumentJson(*doc);
  out["kb"] = kb->name();
  out["text"] = *text;
  json metadata = json::parse(doc->metadata_json, nullptr, /*allow_exceptions=*/false);
  out["metadata"] = metadata.is_object() ? metadata : json::object();
  json list = json::array();
  for (const auto& p : *passages) list.push_back(PassageJson(kb->name(), p));
  out["passages"] = list;
  auto enrichment = catalog::EnrichmentStore(call.catalog.db()).Load(*id);
  if (!enrichment.ok()) return call.Error(enrichment.status());
  out["enrichment"] = ToJson(*enrichment);
  call.Json(200, out);
}

void DeleteDocument(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  auto id = ParseId(call.req.matches[2]);
  if (!id.ok()) return call.Error(id.status());
  call.target = std::to_string(*id);
  auto removed = catalog::DeleteKbDocument(call.catalog, kb->id(), *id);
  if (!removed.ok()) return call.Error(removed.status());
  // An uploaded file whose documents are all gone goes too; files ingested
  // from elsewhere on the server are never deleted.
  if (*removed && IsInside(**removed, call.state.UploadDir(kb->name()))) {
    std::error_code ec;
    fs::remove(**removed, ec);
  }
  call.Json(200, {{"deleted", *id}});
}

void Reingest(Call& call) {
  auto kb = call.Kb(call.req.matches[1], /*edit=*/true);
  if (!kb) return;
  auto id = ParseId(call.req.matches[2]);
  if (!id.ok()) return call.Error(id.status());
  call.target = std::to_string(*id);
  auto doc = catalog::GetKbDocument(call.catalog, kb->id(), *id);
  if (!doc.ok()) return call.Error(doc.status());
  auto path = catalog::DocumentSourcePath(call.catalog, *id);
  if (!path.ok()) return call.Error(path.status());
  std::error_code ec;
  if (!*path || !fs::is_regular_file(**path, ec)) {
    return call.Error(409, "conflict", "the source file of document " + std::to_string(*id) + " is no longer there");
  }
  if (Status s = catalog::ForgetSourceFileHash(call.catalog, kb->id(), **path); !s.ok()) return call.Error(s);
  JobFile f;
  f.name = fs::path(**path).filename().string();
  f.path = **path;
  int64_t job = call.state.jobs.Submit(kb->name(), {f});
  call.Json(202, {{"job", job}, {"files", 1}});
}

}  // namespace

void RegisterDocumentRoutes(Router& router) {
  router.Post(R"(/api/kb/([^/]+)/documents)",
              {"POST /api/kb/KB/documents", Access::kSignedIn, "document.upload", /*upload=*/true}, Upload);
  router.Get(R"(/api/kb/([^/]+)/documents)", {"GET /api/kb/KB/documents", Access::kSignedIn, ""}, ListDocuments);
  router.Get(R"(/api/kb/([^/]+)/documents/([^/]+))", {"GET /api/kb/KB/documents/ID", Access::kSignedIn, ""},
             GetDocument);
  router.Delete(R"(/api/kb/([^/]+)/documents/([^/]+))",
                {"DELETE /api/kb/KB/documents/ID", Access::kSignedIn, "document.delete"}, DeleteDocument);
  router.Post(R"(/api/kb/([^/]+)/documents/([^/]+)/reingest)",
              {"POST /api/kb/KB/documents/ID/reingest", Access::kSignedIn, "document.reingest"}, Reingest);

  router.Get(R"(/api/jobs/([^/]+))", {"GET /api/jobs/ID", Access::kSignedIn, ""}, [](Call& call) {
    auto id = ParseId(call.req.matches[1]);
    if (!id.ok()) return call.Error(404, "not_found", "no such job");
    auto job = call.state.jobs.Get(*id);
    if (!job.ok()) return call.Error(job.status());
    if (!call.who.CanRead(job->kb)) return call.Error(403, "permission_denied", "this key may not read that job's KB");
    call.Json(200, JobJson(*job));
  });
}

}  // namespace wenyuan::server
