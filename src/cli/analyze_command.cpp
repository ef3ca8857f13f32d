// `wenyuan analyze [--kb KB] [--field words|bigrams] [--json] TEXT`: the
// tokens search makes of TEXT, each with its code-point range in TEXT, the
// characters it came from, and (for words) whether ranking treats it as
// content, a stop word or a question word. With --kb the knowledge base's
// user dictionary is applied.
#include <cstdio>

#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "search/analysis.h"
#include "search/kb_session.h"
#include "util/data_layout.h"
#include "text/query_words.h"
#include "util/utf8.h"

namespace wenyuan::cli {

int RunAnalyzeCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 2) return UsageError("usage: wenyuan analyze [--kb KB] [--field words|bigrams] [--json] TEXT");
  std::string text;
  for (size_t i = 1; i < pos.size(); ++i) text += (i > 1 ? " " : "") + pos[i];
  if (!utf8::IsValid(text)) return UsageError("TEXT is not valid UTF-8");
  const std::string field = ctx.args.Value("--field").value_or("words");
  if (field != "words" && field != "bigrams") return UsageError("--field must be words or bigrams");

  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  if (auto kb = ctx.args.Value("--kb")) {
    auto catalog = catalog::Catalog::Open(ctx.data_dir);
    if (!catalog.ok()) return Fail(catalog.status());
    search::KbSessions sessions(DataLayout(ctx.data_dir), *analysis);
    auto session = sessions.Open(**catalog, *kb);
    if (!session.ok()) return Fail(session.status());
    *analysis = session->analysis();
  }
  const bool words = field == "words";
  std::vector<text::Token> tokens = words ? analysis->Words(text) : analysis->bigrams.Tokenize(text);
  utf8::CodePointIndex index(text);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : tokens) {
    std::string kind = words ? std::string(text::QueryWordKindName(text::Classify(t.term))) : "content";
    std::string original(index.Slice(t.begin, t.end));
    if (ctx.args.Has("--json")) {
      out.push_back({{"term", t.term}, {"begin", t.begin}, {"end", t.end}, {"text", original}, {"kind", kind}});
    } else {
      std::printf("%-16s [%u, %u)  %s%s\n", t.term.c_str(), t.begin, t.end, original.c_str(),
                  kind == "content" ? "" : ("  (" + kind + ")").c_str());
    }
  }
  if (ctx.args.Has("--json")) PrintJson({{"field", field}, {"text", text}, {"tokens", out}});
  return 0;
}

}  // namespace wenyuan::cli
