// `wenyuan feedback list|export`: the 👍/👎 readers gave answers and drafts
// (stored by POST /api/feedback). `export --format queries` writes the
// questions that got a 👍 as a question set (JSON Lines: id, text, gold =
// the documents the answer cited) that `wenyuan eval --kb KB --queries`
// reads, so an agency's own questions become its regression test. A 👎
// says the answer was wrong but not which sources are right, so those are
// counted and left for a person to review (feedback list).
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "catalog/workspace_store.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "server/json_views.h"
#include "util/file_io.h"

namespace wenyuan::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: wenyuan feedback list [--kb KB] [--limit N] [--json] | "
    "feedback export --format queries [--kb KB] [--out FILE.jsonl]";

// The document ids the feedback's citations name, in order, unique.
std::vector<std::string> CitedDocuments(const std::string& citations_json) {
  std::vector<std::string> out;
  json citations = json::parse(citations_json, nullptr, false);
  if (!citations.is_array()) return out;
  for (const auto& c : citations) {
    const json& cit = c.contains("citation") ? c["citation"] : c;
    if (!cit.is_object()) continue;
    auto id = cit.find("document_id");
    if (id == cit.end() || !id->is_number_integer()) continue;
    std::string doc = std::to_string(id->get<int64_t>());
    if (std::find(out.begin(), out.end(), doc) == out.end()) out.push_back(doc);
  }
  return out;
}

int ListFeedback(const CommandContext& ctx, catalog::Catalog& catalog) {
  auto limit = ctx.args.Count("--limit", 50, 1, 100000);
  if (!limit.ok()) return UsageError(limit.status().message());
  auto rows = catalog::ListFeedback(catalog, ctx.args.Value("--kb").value_or(""), static_cast<int64_t>(*limit));
  if (!rows.ok()) return Fail(rows.status());
  if (ctx.args.Has("--json")) {
    json out = json::array();
    for (const auto& f : *rows) out.push_back(server::ToJson(f));
    PrintJson(out);
    return 0;
  }
  for (const auto& f : *rows) {
    std::printf("%s  %s  %s  %s  %s%s%s\n", f.created_at.c_str(), f.rating > 0 ? "👍" : "👎", f.kb.c_str(),
                f.kind.c_str(), f.question.c_str(), f.comment.empty() ? "" : "  — ", f.comment.c_str());
  }
  return 0;
}

int ExportQueries(const CommandContext& ctx, catalog::Catalog& catalog) {
  auto format = ctx.args.Value("--format");
  if (!format || *format != "queries") return UsageError("feedback export needs --format queries");
  auto rows = catalog::ListFeedback(catalog, ctx.args.Value("--kb").value_or(""), 1000000);
  if (!rows.ok()) return Fail(rows.status());
  std::string out;
  std::set<std::string> seen;
  size_t written = 0, thumbs_down = 0, no_sources = 0;
  // Oldest first, so ids stay stable as feedback grows.
  for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
    const catalog::FeedbackRecord& f = *it;
    if (f.rating < 0) {
      ++thumbs_down;
      continue;
    }
    std::vector<std::string> gold = CitedDocuments(f.citations);
    if (gold.empty()) {
      ++no_sources;
      continue;
    }
    if (!seen.insert(f.kb + "\n" + f.question).second) continue;
    json q = {{"id", "feedback-" + std::to_string(f.id)}, {"text", f.question}, {"gold", gold}, {"kb", f.kb}};
    out += q.dump() + "\n";
    ++written;
  }
  if (auto path = ctx.args.Value("--out")) {
    if (Status s = WriteFileAtomic(*path, out); !s.ok()) return Fail(s);
  } else {
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  std::fprintf(stderr, "wenyuan: %zu questions written; %zu 👎 and %zu without sources left out (see feedback list)\n",
               written, thumbs_down, no_sources);
  return 0;
}

}  // namespace

int RunFeedbackCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError(kUsage);
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  if (pos[1] == "list") return ListFeedback(ctx, **catalog);
  if (pos[1] == "export") return ExportQueries(ctx, **catalog);
  return UsageError(kUsage);
}

}  // namespace wenyuan::cli
