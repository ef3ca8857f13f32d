// wenyuan: the command-line entry point. Parses global options, makes the
// Logger and dispatches to a command (src/cli/*_command.cpp).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"

namespace {

constexpr const char* kHelp = R"(wenyuan — search and question answering over your own Chinese documents

usage: wenyuan [--data DIR] [--log-level LEVEL] COMMAND [ARGS]

commands:
  kb create NAME [--exist-ok]   create a knowledge base
  kb list [--json]              list knowledge bases with their sizes
  kb drop NAME                  delete a knowledge base and its documents
  kb set NAME regional-folding on|off
                                also match Taiwan and mainland words (資訊/信息, 軟體/软件)
  kb set NAME task T            the KB's default task for ask and draft
  kb set NAME script traditional|simplified
                                the script of generated text (default traditional)
  ingest KB PATH... [--jobs N] [--no-enrich]
                                add files or folders (recursive); unchanged files are skipped;
                                new and changed documents get keywords, a summary, categories;
                                N threads (default: the core count; same result for any N)
  enrich KB [--keywords tfidf|textrank] [--keyword-count N]
                                recompute keywords, summaries and categories of every document
  taxonomy add KB NAME FILE | list KB | remove KB NAME
                                category lists (one category a line: name: synonym, synonym)
  doc show ID [--json] [--text] a document with its metadata, keywords, summary, categories
  export KB --format jsonl|record [--out FILE]
                                every document as JSON lines or `key: value` records
  clean FILE [--explain]        the cleaned text of each document in FILE, as ingest sees it
                                (documents separated by a line "\f"); --explain shows what was
                                dropped and why, per rule
  clean --stats PATH            lines kept and dropped per cleaning rule over a file or folder
  analyze [--kb KB] [--field words|bigrams] [--json] TEXT
                                the tokens search makes of TEXT, with code-point ranges
  search KB QUERY [--k N] [--passages] [--json] [--mode keyword|vector|hybrid]
                                ranked documents (--passages: passages) with highlighted
                                snippets, rank and relevance (share of the best hit's
                                score), more from each document; QUERY may hold
                                "exact phrases", -exclusions and filters source:X type:pdf
                                title:X date:2020-01-01..2021-12-31 key:value
  ask KB QUESTION [--json] [--mode M] [--task T] [--answer K=V,...]
                                the best evidence sentences, each with its citation; with a
                                language model (llm.* in the config, --model PATH or
                                --llm-endpoint URL) a generated answer citing them as [n];
                                --answer sets answer options as eval's (min_found_probability=0)
  draft KB --task T TOPIC [--json] [--out FILE.odt|FILE.docx]
                                a draft in the task's template (templates/, DATA/templates/)
                                from the KB's passages by the language model, citations
                                checked; without a model the template filled with evidence
                                quotes (未使用語言模型); --out writes it as ODF or Word with the
                                sources as footnotes; T: qa, press-release, petition-reply,
                                official-document, legislator-qa (default: the KB's task)
  eval --corpus C.jsonl --queries Q.jsonl [--k 20] [--json] [--mode M] [--ranking K=V,...]
       [--compare "SPEC;SPEC…"] [--report out.html] [--out results.json] [--answer-limit 50]
                                retrieval and answer metrics on a question set, by question
                                script and length, with cost; --compare runs configurations
                                (fields=words,fold=off,mode=hybrid,k1=1.1…) side by side; with
                                a language model, the first N questions are also answered by it
                                (time to first token, tokens/s, citation precision)
  bench --url http://127.0.0.1:PORT --kb KB --queries Q.jsonl [--clients 1,2,8] [--seconds 10]
        [--key KEY] [--facets] [--report out.html] [--json]
                                requests/s and latency of a running server's search (top 10,
                                without facets unless --facets)
  check KB                      verify the index (checksums, and that it matches the catalog)
  serve [--host H] [--port P] [--config FILE] [--threads N] [--insecure-open] [--web-dir DIR]
        [--tls-cert CERT.pem --tls-key KEY.pem]
                                HTTP API and web UI (default http://127.0.0.1:8080/; HTTPS with
                                a certificate and key)
  key create --role admin|editor|reader [--kb KB]... [--name NAME]
                                a new API key, printed once on the last line (--kb '*': every KB)
  key list [--json] / key revoke ID|PREFIX
                                API keys (hashes are stored, never keys) / revoke one
  user add NAME --role R [--kb KB]...
                                a staff account for the web UI; the password is read from stdin
  user list [--json] / user passwd NAME / user disable|enable NAME / user role NAME --role R [--kb KB]...
                                accounts (argon2id hashes are stored) / new password (stdin) / ...
  audit [--limit N] [--action PREFIX] [--actor WHO] [--kb KB] [--since T] [--refused] [--json]
                                the newest entries of the audit log: who did what, when
  backup DIR [--json]           a consistent copy of the data directory in the new folder DIR,
                                taken while a server or an ingest keeps running
  restore DIR [--force]         the backup DIR into the data directory (--data), which must be
                                new or empty (--force replaces it; stop its server first)
  feedback list [--kb KB] [--json] / feedback export --format queries [--kb KB] [--out F.jsonl]
                                👍/👎 on answers and drafts; export writes the 👍 questions as a
                                question set for `eval --kb KB --queries F.jsonl`

global options:
  --data DIR         data directory (default ./wenyuan-data, or $WENYUAN_DATA)
  --log-level LEVEL  debug, info, warn, error or off (default info)
  --embedder KIND    hashing (no model needed), openai or gguf: enables vector and
                     hybrid search (default: `embedder =` in the config file, or none)
  -q, --quiet        same as --log-level warn
  --version, --help
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace wenyuan;
  auto parsed = cli::ParseArgs(argc, argv);
  if (!parsed.ok()) return cli::UsageError(parsed.status().message());
  const cli::ParsedArgs& args = *parsed;
  if (args.Has("--version")) {
    std::printf("wenyuan %s\n", WENYUAN_VERSION);
    return 0;
  }
  if (args.Has("--help") || args.Has("-h") || args.positional.empty()) {
    std::fputs(kHelp, args.positional.empty() && !args.Has("--help") && !args.Has("-h") ? stderr : stdout);
    return args.positional.empty() && !args.Has("--help") && !args.Has("-h") ? 2 : 0;
  }

  LogLevel level = LogLevel::kInfo;
  if (args.Has("--quiet") || args.Has("-q")) level = LogLevel::kWarn;
  if (args.Has("--verbose") || args.Has("-v")) level = LogLevel::kDebug;
  if (auto name = args.Value("--log-level")) {
    auto parsed_level = Logger::ParseLevel(*name);
    if (!parsed_level.ok()) return cli::UsageError(parsed_level.status().message());
    level = *parsed_level;
  }
  Logger log(level);

  std::filesystem::path data_dir = "wenyuan-data";
  if (const char* env = std::getenv("WENYUAN_DATA"); env && *env) data_dir = env;
  if (auto d = args.Value("--data")) data_dir = *d;

  cli::CommandContext ctx{args, data_dir, log};
  const std::string& command = args.positional[0];
  if (command == "kb") return cli::RunKbCommand(ctx);
  if (command == "ingest") return cli::RunIngestCommand(ctx);
  if (command == "search") return cli::RunSearchCommand(ctx);
  if (command == "ask") return cli::RunAskCommand(ctx);
  if (command == "serve") return cli::RunServeCommand(ctx);
  if (command == "eval") return cli::RunEvalCommand(ctx);
  if (command == "clean") return cli::RunCleanCommand(ctx);
  if (command == "analyze") return cli::RunAnalyzeCommand(ctx);
  if (command == "enrich" || command == "taxonomy" || command == "doc" || command == "export") {
    return cli::RunEnrichmentCommand(ctx);
  }
  if (command == "key") return cli::RunKeyCommand(ctx);
  if (command == "audit") return cli::RunAuditCommand(ctx);
  if (command == "user") return cli::RunUserCommand(ctx);
  if (command == "check") return cli::RunCheckCommand(ctx);
  if (command == "draft") return cli::RunDraftCommand(ctx);
  if (command == "bench") return cli::RunBenchCommand(ctx);
  if (command == "backup") return cli::RunBackupCommand(ctx);
  if (command == "restore") return cli::RunRestoreCommand(ctx);
  if (command == "feedback") return cli::RunFeedbackCommand(ctx);
  return cli::UsageError("unknown command '" + command + "' (see wenyuan --help)");
}
