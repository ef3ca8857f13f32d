// Command-line parsing: positional words plus --flags, which may appear
// anywhere (so `wenyuan --data D search ...` and `wenyuan search ... --data D`
// both work). Flags are declared up front; an unknown flag or a missing value
// is an error, never a guess.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::cli {

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;                   // --flag VALUE / --flag=VALUE (the last one)
  std::map<std::string, std::vector<std::string>> all_values;  // every VALUE, in order
  std::set<std::string> switches;                              // --flag

  bool Has(const std::string& flag) const { return switches.count(flag) || values.count(flag); }
  std::optional<std::string> Value(const std::string& flag) const;
  // Every value a repeatable flag was given (`--kb a --kb b`), in order.
  std::vector<std::string> Values(const std::string& flag) const;
  // The positional words from `first` on, joined by spaces, so quotes around
  // a query or question are optional; empty when there are none.
  std::string PositionalFrom(size_t first) const;
  // The flag's value as a whole number in [min, max], or `fallback` if the
  // flag is absent; an error naming the flag otherwise.
  Result<size_t> Count(const std::string& flag, size_t fallback, size_t min, size_t max) const;
};

Result<ParsedArgs> ParseArgs(int argc, char** argv);

}  // namespace wenyuan::cli
