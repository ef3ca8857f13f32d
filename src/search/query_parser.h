// The query language of `search` and /api/search:
//   plain words             scored (BM25F); none is required
//   "exact phrase"          required, tokens in this order (ASCII quotes only:
//                           「…」 and “…” are ordinary punctuation in questions)
//   -word, -"phrase"        excluded
//   source:X  type:pdf  title:X  key:value (any metadata key)
//                           filters; a value may be quoted: source:"a b"
//   date:2020-01-01..2021-12-31, date:2020..2021, date:2020-05, date:..2021
//                           a date range (either side optional)
//   category:TAXONOMY/NAME  documents enrichment put in that category
//                           (src/enrich/taxonomy.h); several must all hold
// Only an ASCII colon after a Latin key makes a filter, so Chinese text with
// "：" and URLs (http://…) stay words. An unbalanced quote is ignored (what
// follows it is plain words): questions often hold a stray one. A filter with an empty value, a malformed date or a
// query with nothing to search for is an InvalidArgument naming the part.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

namespace wenyuan::search {

struct ParsedQuery {
  std::string text;                                             // words and phrases joined by spaces: what is scored
  std::vector<std::string> phrases;                             // required
  std::vector<std::string> excluded;                            // words or phrases
  std::vector<std::pair<std::string, std::string>> filters;     // lower-cased key, value (not title/date)
  std::vector<std::string> titles;                              // title:X
  std::vector<std::pair<std::string, std::string>> categories;  // category:TAXONOMY/NAME, split at the first '/'
  int32_t date_from = 0;                                        // yyyymmdd, inclusive; 0: open
  int32_t date_to = 0;

  bool HasConstraints() const {
    return !phrases.empty() || !excluded.empty() || !filters.empty() || !titles.empty() || !categories.empty() ||
           date_from || date_to;
  }
};

Result<ParsedQuery> ParseQuery(std::string_view query);

// Filters given as data rather than as query text (the HTTP API's query
// parameters), with the meaning of the query-language filters above.
struct QueryFilters {
  std::vector<std::string> sources;  // source:X
  std::vector<std::string> types;    // type:X
  std::string date_from;             // date:FROM..TO; YYYY-MM-DD, YYYY-MM or YYYY; "" open
  std::string date_to;
  std::vector<std::string> categories;                        // "TAXONOMY/NAME", each must hold
  std::vector<std::pair<std::string, std::string>> metadata;  // key ([A-Za-z0-9_], <= 64), value

  bool empty() const {
    return sources.empty() && types.empty() && date_from.empty() && date_to.empty() && categories.empty() &&
           metadata.empty();
  }
};

// Adds `filters` to `parsed` as if they had been written in the query: every
// filter must hold, and a date range narrows the query's own. Errors name
// the filter that is malformed.
Status ApplyFilters(const QueryFilters& filters, ParsedQuery& parsed);

// "2020-01-01" → 20200101; a year or month stands for its first (or, with
// `end`, last) day. nullopt-like 0 with an error for anything else.
Result<int32_t> ParseQueryDate(std::string_view s, bool end);

}  // namespace wenyuan::search
