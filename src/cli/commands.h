// The CLI's commands. Each parses its own arguments from ParsedArgs, calls
// the library (the same calls the HTTP server makes), prints, and returns
// the process exit code: 0 success, 1 failure, 2 usage error. Errors are
// printed as one line on stderr.
#pragma once

#include <filesystem>
#include <string>

#include "cli/args.h"
#include "util/log.h"

namespace wenyuan::cli {

struct CommandContext {
  const ParsedArgs& args;
  std::filesystem::path data_dir;
  Logger& log;
};

int RunKbCommand(const CommandContext& ctx);
int RunIngestCommand(const CommandContext& ctx);
int RunSearchCommand(const CommandContext& ctx);
int RunAskCommand(const CommandContext& ctx);
int RunServeCommand(const CommandContext& ctx);
int RunEvalCommand(const CommandContext& ctx);
int RunCleanCommand(const CommandContext& ctx);
int RunAnalyzeCommand(const CommandContext& ctx);
// enrich, taxonomy, doc, export (cli/enrich_commands.cpp)
int RunEnrichmentCommand(const CommandContext& ctx);
int RunKeyCommand(const CommandContext& ctx);    // key_command.cpp
int RunAuditCommand(const CommandContext& ctx);  // key_command.cpp
int RunUserCommand(const CommandContext& ctx);   // user_command.cpp
int RunCheckCommand(const CommandContext& ctx);
int RunBenchCommand(const CommandContext& ctx);  // bench_command.cpp
int RunDraftCommand(const CommandContext& ctx);
int RunBackupCommand(const CommandContext& ctx);         // backup_command.cpp
int RunRestoreCommand(const CommandContext& ctx);        // backup_command.cpp
int RunTemplateDraftCommand(const CommandContext& ctx);  // draft_file_command.cpp
int RunFeedbackCommand(const CommandContext& ctx);       // feedback_command.cpp
// `ask` and `draft` with a language model or a task (cli/draft_command.cpp).
int RunGroundedCommand(const CommandContext& ctx, const char* usage);

// Prints "wenyuan: <message>" on stderr and returns `code`.
int Fail(const Status& status, int code = 1);
int UsageError(const std::string& message);

}  // namespace wenyuan::cli
