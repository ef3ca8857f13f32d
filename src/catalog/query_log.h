// The query log behind the admin usage page: one row per search, question
// and chat completion the server answered (time, route, KB, who, latency,
// HTTP status, whether anything was found, the question's first 200
// characters), and the summaries the page shows: queries per day with their
// p50/p99 latency, and the most frequent questions that found nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace wenyuan::catalog {

struct QueryLogEntry {
  std::string time;  // ISO 8601 UTC; filled in when empty
  std::string route;
  std::string kb;
  std::string actor;
  double ms = 0;
  int status = 0;
  int found = -1;  // 1 found, 0 nothing found ("not found"), -1 unknown (a stream)
  std::string question;
};

Status AppendQueryLog(Catalog& catalog, const QueryLogEntry& entry);

struct UsageDay {
  std::string day;  // YYYY-MM-DD (UTC)
  int64_t queries = 0;
  int64_t not_found = 0;
  int64_t errors = 0;  // status >= 400
  double p50_ms = 0;
  double p99_ms = 0;
};

struct UnansweredQuestion {
  std::string question;
  std::string kb;
  int64_t count = 0;
  std::string last_time;
};

// Days from `since` (a "YYYY-MM-DD" prefix; empty: all), oldest first; `kb`
// empty: every KB. Percentiles are nearest-rank over that day's queries.
Result<std::vector<UsageDay>> UsageByDay(Catalog& catalog, const std::string& since, const std::string& kb);
// Questions answered "not found", most frequent first.
Result<std::vector<UnansweredQuestion>> UnansweredQuestions(Catalog& catalog, const std::string& since,
                                                            const std::string& kb, int64_t limit);

}  // namespace wenyuan::catalog
