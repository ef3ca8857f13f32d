// `wenyuan check KB`: verifies the KB's index against the catalog.
#include <cstdio>

#include "catalog/catalog.h"
#include "cli/commands.h"
#include "search/kb_index.h"
#include "search/kb_session.h"
#include "util/data_layout.h"

namespace wenyuan::cli {

int RunCheckCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan check KB");
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  auto base = search::MakeDefaultAnalysis();
  if (!base.ok()) return Fail(base.status());
  search::KbSessions sessions(DataLayout(ctx.data_dir), std::move(*base));
  auto kb = sessions.Open(**catalog, pos[1]);
  if (!kb.ok()) return Fail(kb.status());
  auto summary = search::CheckKbIndex(**catalog, kb->analysis(), pos[1]);
  if (!summary.ok()) return Fail(summary.status());
  std::printf("%s\n", summary->c_str());
  return 0;
}

}  // namespace wenyuan::cli
