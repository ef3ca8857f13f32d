// What a search returns: ranked passages with the document fields a result
// page needs, a snippet with highlight ranges, and the query's terms with
// their weights (the answer builder scores sentences with them).
//
// All offsets are code points into the stored passage text (DESIGN.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wenyuan::search {

struct Highlight {
  size_t begin = 0;
  size_t end = 0;
};

struct Snippet {
  std::string text;
  size_t begin = 0;  // where the snippet starts in the passage
  size_t end = 0;
  std::vector<Highlight> highlights;  // in passage offsets, sorted, disjoint
};

struct SearchHit {
  std::string passage_id;  // "<kb>/<doc>#<n>"
  int64_t document_id = 0;
  int64_t passage_number = 0;
  std::string title;
  std::string source;
  std::string date;
  std::string text;  // the whole stored passage
  double score = 0;
  Snippet snippet;
};

struct QueryTerm {
  std::string term;
  double idf = 0;       // an unseen term gets the IDF of document frequency 0
  size_t df = 0;        // passages that contain it
};

struct SearchResponse {
  std::string kb;
  std::string query;
  size_t candidates = 0;  // passages scored in full (pruning skips those that cannot rank)
  std::vector<QueryTerm> terms;
  std::vector<SearchHit> hits;
};

struct SearchOptions {
  size_t k = 10;
  size_t snippet_chars = 120;
};

}  // namespace wenyuan::search
