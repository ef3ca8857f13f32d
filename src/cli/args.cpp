#include "cli/args.h"

namespace wenyuan::cli {
namespace {

const std::set<std::string> kValueFlags = {
    "--data", "--log-level", "--k", "--host", "--port", "--config", "--threads", "--corpus", "--queries", "--fields",
    "--field", "--kb", "--web-dir", "--role", "--name", "--limit", "--proximity", "--mode", "--embedder", "--ranking",
    "--answer", "--task", "--model", "--llm-endpoint", "--answer-limit", "--compare", "--report", "--clients",
    "--seconds", "--url", "--key",
    // enrichment and export
    "--keywords", "--keyword-count", "--format", "--out",
    // audit filters
    "--action", "--actor", "--since", "--until",
    // ingest
    "--jobs", "--index-memory-mb",
    // serve over HTTPS
    "--tls-cert", "--tls-key"};
const std::set<std::string> kSwitches = {"--json", "--insecure-open", "--exist-ok", "--help", "-h", "--version",
                                         "--quiet", "-q", "--verbose", "-v", "--explain", "--no-fold", "--regional",
                                         // enrichment and export
                                         "--text", "--no-enrich", "--facets", "--stats", "--refused", "--passages",
                                         "--timings",
                                         // restore
                                         "--force"};

}  // namespace

std::optional<std::string> ParsedArgs::Value(const std::string& flag) const {
  auto it = values.find(flag);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> ParsedArgs::Values(const std::string& flag) const {
  auto it = all_values.find(flag);
  return it == all_values.end() ? std::vector<std::string>{} : it->second;
}

std::string ParsedArgs::PositionalFrom(size_t first) const {
  std::string out;
  for (size_t i = first; i < positional.size(); ++i) {
    if (i > first) out += ' ';
    out += positional[i];
  }
  return out;
}

Result<size_t> ParsedArgs::Count(const std::string& flag, size_t fallback, size_t min, size_t max) const {
  auto v = Value(flag);
  if (!v) return fallback;
  size_t n = 0;
  bool digits = !v->empty() && v->size() <= 9 && v->find_first_not_of("0123456789") == std::string::npos;
  if (digits) n = std::stoul(*v);
  if (!digits || n < min || n > max) {
    return Status::InvalidArgument(flag + " must be a whole number from " + std::to_string(min) + " to " +
                                   std::to_string(max));
  }
  return n;
}

Result<ParsedArgs> ParseArgs(int argc, char** argv) {
  ParsedArgs out;
  bool only_positional = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (only_positional || a.size() < 2 || a[0] != '-') {
      out.positional.push_back(std::move(a));
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (size_t eq = a.find('='); a.starts_with("--") && eq != std::string::npos) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      inline_value = true;
    }
    if (kValueFlags.count(a)) {
      if (!inline_value) {
        if (i + 1 >= argc) return Status::InvalidArgument(a + " needs a value");
        value = argv[++i];
      }
      out.values[a] = value;
      out.all_values[a].push_back(value);
    } else if (kSwitches.count(a) && !inline_value) {
      out.switches.insert(a);
    } else {
      return Status::InvalidArgument("unknown option " + a + " (see wenyuan --help)");
    }
  }
  return out;
}

}  // namespace wenyuan::cli
