// `wenyuan enrich KB`, `wenyuan taxonomy add|list|remove`, `wenyuan doc show
// ID`, `wenyuan export KB`: document enrichment and records out.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "catalog/enrichment_store.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "enrich/kb_enricher.h"
#include "export/document_exporter.h"
#include "server/json_views.h"
#include "util/file_io.h"
#include "util/data_layout.h"

namespace wenyuan::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr uint64_t kMaxTaxonomyFileBytes = 4 << 20;

// A one-line progress counter on stderr for long runs (only on a terminal).
std::function<void(size_t, size_t)> ProgressLine(const char* what) {
  if (::isatty(2) != 1) return {};
  return [what](size_t done, size_t total) {
    if (done == total || done % 50 == 0) {
      std::fprintf(stderr, "\r%s %zu/%zu", what, done, total);
      if (done == total) std::fputc('\n', stderr);
    }
  };
}

Result<enrich::EnrichOptions> EnrichOptionsFrom(const ParsedArgs& args) {
  enrich::EnrichOptions options;
  if (auto m = args.Value("--keywords")) {
    if (!enrich::ParseKeywordMethod(*m, &options.keywords.method)) {
      return Status::InvalidArgument("--keywords must be tfidf or textrank, not '" + *m + "'");
    }
  }
  WY_ASSIGN_OR_RETURN(options.keywords.count, args.Count("--keyword-count", 8, 1, 50));
  return options;
}

int RunEnrich(const CommandContext& ctx, catalog::Catalog& catalog) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan enrich KB [--keywords tfidf|textrank] [--keyword-count N]");
  auto options = EnrichOptionsFrom(ctx.args);
  if (!options.ok()) return UsageError(options.status().message());
  auto folder = text::ScriptFolder::Create();
  if (!folder.ok()) return Fail(folder.status());
  auto analyzer = text::WordAnalyzer::Create(*folder);
  if (!analyzer.ok()) return Fail(analyzer.status());
  auto enricher = enrich::KbEnricher::Create(catalog, pos[1], *analyzer, *options);
  if (!enricher.ok()) return Fail(enricher.status());
  auto report = (*enricher)->EnrichDocuments({}, ProgressLine("enriching"));
  if (!report.ok()) return Fail(report.status());
  std::printf("enriched %zu documents of %s: keywords, summaries; %zu with categories from %zu taxonomies\n",
              report->documents, pos[1].c_str(), report->categorized, report->taxonomies);
  return 0;
}

int RunTaxonomy(const CommandContext& ctx, catalog::Catalog& catalog) {
  const auto& pos = ctx.args.positional;
  const char* usage = "usage: wenyuan taxonomy add KB NAME FILE | list KB | remove KB NAME";
  if (pos.size() < 3) return UsageError(usage);
  const std::string& verb = pos[1];
  const std::string& kb = pos[2];
  auto info = catalog.GetKb(kb);
  if (!info.ok()) return Fail(info.status());
  const fs::path dir = DataLayout(catalog.data_dir()).KbTaxonomyDir(kb);
  if (verb == "list" && pos.size() == 3) {
    auto folder = text::ScriptFolder::Create();
    if (!folder.ok()) return Fail(folder.status());
    auto normalizer = text::CharNormalizer::Create(*folder);
    if (!normalizer.ok()) return Fail(normalizer.status());
    std::error_code ec;
    json list = json::array();
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto text = ReadFileToString(f, kMaxTaxonomyFileBytes);
      if (!text.ok()) return Fail(text.status());
      auto t = enrich::Taxonomy::Parse(f.stem().string(), *text, **normalizer, f.string());
      if (!t.ok()) return Fail(t.status());
      list.push_back({{"name", t->name()}, {"categories", t->size()}});
      if (!ctx.args.Has("--json")) std::printf("%-16s %zu categories\n", t->name().c_str(), t->size());
    }
    if (ctx.args.Has("--json"))
      PrintJson({{"taxonomies", list}});
    else if (files.empty())
      std::printf("no taxonomies (add one with: wenyuan taxonomy add %s NAME FILE)\n", kb.c_str());
    return 0;
  }
  if (pos.size() < 4) return UsageError(usage);
  const std::string& name = pos[3];
  Status valid = enrich::ValidateTaxonomyName(name);
  if (!valid.ok()) return Fail(valid, 2);
  const fs::path target = dir / (name + ".txt");
  if (verb == "add" && pos.size() == 5) {
    auto text = ReadFileToString(pos[4], kMaxTaxonomyFileBytes);
    if (!text.ok()) return Fail(text.status());
    auto folder = text::ScriptFolder::Create();
    if (!folder.ok()) return Fail(folder.status());
    auto normalizer = text::CharNormalizer::Create(*folder);
    if (!normalizer.ok()) return Fail(normalizer.status());
    auto t = enrich::Taxonomy::Parse(name, *text, **normalizer, pos[4]);
    if (!t.ok()) return Fail(t.status());
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Fail(Status::IOError(dir.string() + ": " + ec.message()));
    Status s = WriteFileAtomic(target, *text);
    if (!s.ok()) return Fail(s);
    ctx.log.Info("taxonomy " + name + " of " + kb + ": " + std::to_string(t->size()) +
                 " categories; run `wenyuan enrich " + kb + "` to apply it to existing documents");
    return 0;
  }
  if (verb == "remove" && pos.size() == 4) {
    std::error_code ec;
    if (!fs::remove(target, ec)) return Fail(Status::NotFound("no taxonomy " + name + " in " + kb));
    ctx.log.Info("removed taxonomy " + name + " of " + kb);
    return 0;
  }
  return UsageError(usage);
}

int RunDoc(const CommandContext& ctx, catalog::Catalog& catalog) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 3 || pos[1] != "show") return UsageError("usage: wenyuan doc show ID [--json] [--text]");
  int64_t id = 0;
  try {
    size_t used = 0;
    id = std::stoll(pos[2], &used);
    if (used != pos[2].size() || id <= 0) throw std::invalid_argument("id");
  } catch (const std::exception&) {
    return UsageError("document id must be a positive number, not '" + pos[2] + "'");
  }
  auto doc = catalog.GetDocument(id);
  if (!doc.ok()) return Fail(doc.status());
  catalog::EnrichmentStore store(catalog.db());
  auto enrichment = store.Load(id);
  if (!enrichment.ok()) return Fail(enrichment.status());
  auto text = catalog::GetDocumentText(catalog, id);
  if (!text.ok()) return Fail(text.status());
  json e = server::ToJson(*enrichment);
  if (ctx.args.Has("--json")) {
    json out = {{"id", doc->id},
                {"source", doc->source},
                {"title", doc->title},
                {"url", doc->url},
                {"date", doc->date},
                {"author", doc->author},
                {"format", doc->format},
                {"script", doc->script},
                {"passages", doc->passage_count},
                {"ingested_at", doc->ingested_at}};
    out["metadata"] = json::parse(doc->metadata_json, nullptr, false);
    out["enrichment"] = e;
    if (ctx.args.Has("--text")) out["text"] = *text;
    PrintJson(out);
    return 0;
  }
  std::printf("%s\n", doc->title.c_str());
  std::printf("  id %lld · %s · %s · %lld passages\n", static_cast<long long>(doc->id), doc->source.c_str(),
              doc->format.c_str(), static_cast<long long>(doc->passage_count));
  if (!doc->url.empty()) std::printf("  链接 %s\n", doc->url.c_str());
  if (!doc->date.empty()) std::printf("  日期 %s\n", doc->date.c_str());
  if (!doc->author.empty()) std::printf("  作者 %s\n", doc->author.c_str());
  if (e.contains("keywords") && e["keywords"].is_array()) {
    std::string line;
    for (const auto& k : e["keywords"]) line += (line.empty() ? "" : "、") + k.value("text", std::string());
    std::printf("  关键词 %s\n", line.c_str());
  }
  if (e.contains("summary") && e["summary"].is_array()) {
    std::string line;
    for (const auto& s : e["summary"]) line += s.value("text", std::string());
    std::printf("  总结 %s\n", line.c_str());
  }
  if (e.contains("categories")) {
    for (auto it = e["categories"].begin(); it != e["categories"].end(); ++it) {
      std::string line;
      for (auto c = it.value().begin(); c != it.value().end(); ++c) {
        line += (line.empty() ? "" : "、") + c.key() + "(" + c.value().dump() + ")";
      }
      std::printf("  %s %s\n", it.key().c_str(), line.c_str());
    }
  }
  if (!enrichment->has_value()) std::printf("  (not enriched yet: wenyuan enrich KB)\n");
  if (ctx.args.Has("--text")) std::printf("\n%s\n", text->c_str());
  return 0;
}

int RunExport(const CommandContext& ctx, catalog::Catalog& catalog) {
  const auto& pos = ctx.args.positional;
  const char* usage = "usage: wenyuan export KB --format jsonl|record [--out FILE]";
  if (pos.size() != 2) return UsageError(usage);
  exporting::ExportFormat format = exporting::ExportFormat::kJsonl;
  if (auto f = ctx.args.Value("--format"); f && !exporting::ParseExportFormat(*f, &format)) {
    return UsageError("--format must be jsonl or record, not '" + *f + "'");
  }
  auto out_path = ctx.args.Value("--out");
  if (!out_path) {
    auto n = exporting::ExportKb(catalog, pos[1], format, stdout);
    return n.ok() ? 0 : Fail(n.status());
  }
  // Written beside the target and renamed when complete: a failed export
  // never leaves a half file under the name asked for.
  const std::string tmp = *out_path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Fail(Status::IOError(tmp + ": cannot open for writing"));
  auto n = exporting::ExportKb(catalog, pos[1], format, f, ProgressLine("exporting"));
  bool closed = std::fclose(f) == 0;
  if (!n.ok() || !closed) {
    std::remove(tmp.c_str());
    return Fail(n.ok() ? Status::IOError(tmp + ": write failed") : n.status());
  }
  std::error_code ec;
  fs::rename(tmp, *out_path, ec);
  if (ec) return Fail(Status::IOError(*out_path + ": " + ec.message()));
  ctx.log.Info("exported " + std::to_string(*n) + " documents of " + pos[1] + " to " + *out_path);
  return 0;
}

}  // namespace

int RunEnrichmentCommand(const CommandContext& ctx) {
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  const std::string& command = ctx.args.positional[0];
  if (command == "enrich") return RunEnrich(ctx, **catalog);
  if (command == "taxonomy") return RunTaxonomy(ctx, **catalog);
  if (command == "doc") return RunDoc(ctx, **catalog);
  return RunExport(ctx, **catalog);
}

}  // namespace wenyuan::cli
