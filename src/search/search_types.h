// What a search returns: ranked passages with the document fields a result
// page needs, a snippet with highlight ranges, and the query's terms with
// their weights (the answer builder scores sentences with them).
//
// All offsets are code points into the stored passage text (DESIGN.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wenyuan::index {
class SearchThreads;
}  // namespace wenyuan::index

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

// Where one search's time went, in milliseconds (steady clock, a few
// clock reads a query: cheap enough to fill on every search). Stages run
// one after the other, so their sum is at most total_ms; what is left is
// glue (moving hits, building clauses). SearchKb fills the search stages,
// the server's route adds session, json and total.
struct SearchTimings {
  double session_ms = 0;   // the KB resolved (catalog row, kept analysis and snapshot)
  double analysis_ms = 0;  // query validation, parsing, words, bigrams, clauses, filters
  double engine_ms = 0;    // index::Execute: posting iteration and scoring (WAND, engine proximity)
  double rescore_ms = 0;   // titles read from the index, title-match and proximity re-scoring
  double catalog_ms = 0;   // catalog reads: the passages of the hits returned
  double snippets_ms = 0;  // snippets and highlights of the hits returned
  double facets_ms = 0;    // category counts over the best facet_depth hits
  double vector_ms = 0;    // vector and hybrid modes: nearest vectors and fusion
  double json_ms = 0;      // the response built, sources shown, serialised
  double total_ms = 0;     // the whole search (the route: the whole request)
  // Passages read from the catalog: the hits returned (more only on an
  // index without titles, or with the re-scoring proximity bonus on).
  size_t catalog_rows = 0;
  // The stages' sum (total_ms not counted).
  double StagesMs() const {
    return session_ms + analysis_ms + engine_ms + rescore_ms + catalog_ms + snippets_ms + facets_ms + vector_ms +
           json_ms;
  }
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
  // Facets were asked for: they belong in the reply even when empty (a KB
  // with no document categorised counts nothing and ranks k hits only).
  bool facets_asked = false;
  SearchTimings timings;
};

struct SearchOptions {
  size_t k = 10;
  size_t snippet_chars = 120;
  // Count categories over the documents of this many best hits (0: no
  // facets). A query's words match most passages a little, so counts over
  // every match would say little; the best few hundred are what a reader
  // narrows down.
  size_t facet_depth = 0;
  // Helper threads that may rank the query's slices beside the caller
  // (index::ExecuteOptions); null: the caller alone. Not owned.
  index::SearchThreads* threads = nullptr;
};

}  // namespace wenyuan::search
