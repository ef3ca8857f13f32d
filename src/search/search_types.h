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
  double idf = 0;  // an unseen term gets the IDF of document frequency 0
  size_t df = 0;   // passages that contain it
};

// One category's share of a result list (search facets).
struct FacetValue {
  std::string category;
  size_t documents = 0;  // distinct documents among the counted hits
};
struct Facet {
  std::string taxonomy;
  std::vector<FacetValue> values;  // most documents first, then by name
};

struct SearchResponse {
  std::string kb;
  std::string query;
  size_t candidates = 0;  // passages scored in full (pruning skips those that cannot rank)
  std::vector<QueryTerm> terms;
  std::vector<SearchHit> hits;
  // With SearchOptions::facet_depth: the distinct documents of the best
  // facet_depth hits (best first), and the categories counted over them.
  std::vector<int64_t> facet_documents;
  std::vector<Facet> facets;
};

struct SearchOptions {
  size_t k = 10;
  size_t snippet_chars = 120;
  // Count categories over the documents of this many best hits (0: no
  // facets). A query's words match most passages a little, so counts over
  // every match would say little; the best few hundred are what a reader
  // narrows down.
  size_t facet_depth = 0;
};

}  // namespace wenyuan::search
