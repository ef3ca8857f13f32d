#include "catalog/query_log.h"

#include <algorithm>
#include <cmath>

#include "util/utc_time.h"

namespace wenyuan::catalog {
namespace {

double NearestRank(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

Status AppendQueryLog(Catalog& catalog, const QueryLogEntry& e) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "INSERT INTO query_log (time, route, kb, actor, ms, status,"
                                                          " found, question) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  stmt.Bind(1, e.time.empty() ? IsoNowUtc() : e.time).Bind(2, e.route).Bind(3, e.kb).Bind(4, e.actor);
  stmt.Bind(5, std::to_string(e.ms)).Bind(6, int64_t{e.status}).Bind(7, int64_t{e.found}).Bind(8, e.question);
  // A query-log row is a usage statistic, written after every search: it is
  // committed without waiting for the disk (synchronous=NORMAL in WAL mode
  // survives a crash of the process; a power cut may lose the last rows), so
  // a search does not wait on an fsync. The connection's own setting is put
  // back for whatever it writes next.
  WY_RETURN_IF_ERROR(catalog.db().Exec("PRAGMA synchronous=NORMAL"));
  Status appended = stmt.Run();
  WY_RETURN_IF_ERROR(catalog.db().Exec("PRAGMA synchronous=FULL"));
  return appended;
}

Result<std::vector<UsageDay>> UsageByDay(Catalog& catalog, const std::string& since, const std::string& kb) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "SELECT substr(time, 1, 10), ms, status, found FROM query_log"
                                                          " WHERE time >= ? AND (? = '' OR kb = ?)"
                                                          " ORDER BY substr(time, 1, 10), ms"));
  stmt.Bind(1, since).Bind(2, kb).Bind(3, kb);
  std::vector<UsageDay> days;
  std::vector<double> latencies;
  auto close_day = [&] {
    if (days.empty()) return;
    days.back().p50_ms = NearestRank(latencies, 0.50);
    days.back().p99_ms = NearestRank(latencies, 0.99);
    latencies.clear();
  };
  while (true) {
    WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    std::string day = stmt.ColumnText(0);
    if (days.empty() || days.back().day != day) {
      close_day();
      days.push_back({});
      days.back().day = day;
    }
    UsageDay& d = days.back();
    ++d.queries;
    if (stmt.ColumnInt(3) == 0) ++d.not_found;
    if (stmt.ColumnInt(2) >= 400) ++d.errors;
    latencies.push_back(std::stod(stmt.ColumnText(1)));
  }
  close_day();
  return days;
}

Result<std::vector<UnansweredQuestion>> UnansweredQuestions(Catalog& catalog, const std::string& since,
                                                            const std::string& kb, int64_t limit) {
  WY_ASSIGN_OR_RETURN(
      auto stmt, SqliteStatement::Prepare(catalog.db(),
                                          "SELECT question, kb, COUNT(*), MAX(time) FROM query_log"
                                          " WHERE found = 0 AND question != '' AND time >= ? AND (? = '' OR kb = ?)"
                                          " GROUP BY question, kb ORDER BY COUNT(*) DESC, MAX(time) DESC LIMIT ?"));
  stmt.Bind(1, since).Bind(2, kb).Bind(3, kb).Bind(4, limit);
  return stmt.ReadRows([](const SqliteStatement& s) {
    return UnansweredQuestion{s.ColumnText(0), s.ColumnText(1), s.ColumnInt(2), s.ColumnText(3)};
  });
}

}  // namespace wenyuan::catalog
