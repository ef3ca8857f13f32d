// Results a person can scan: a search's passages with their rank and a
// score that reads the same in every mode, and the passages of one document
// gathered under that document's best one ("more from this document").
//
// Runs after SearchKb (kb_search.h) on its response and never searches
// itself: callers ask SearchKb for GroupingDepth passages, then group.
//
// Relevance is a hit's score as a share of the query's best hit's score
// (the first hit of the response, whatever page is shown): 1 for the best
// hit, 0.5 for one half as good, in [0, 1]. The scores behind it differ by
// mode (BM25 in keyword mode, cosine similarity in vector mode, reciprocal
// rank fusion in hybrid mode, where a passage both lists rank first scores
// 2/61 and one only a single list ranks first 1/61, so it reads 0.5); the
// share compares hits of one query, never two queries. Stateless.
#pragma once

#include <cstddef>
#include <vector>

#include "search/search_types.h"

namespace wenyuan::search {

struct RankedHit {
  SearchHit hit;
  size_t rank = 0;       // in the response's passage order, from 1
  double relevance = 0;  // score / the best hit's score, in [0, 1]
};

struct DocumentGroup {
  size_t rank = 0;  // among documents, from 1
  RankedHit best;   // the document's best passage in the response
  // The document's other passages in the response, best first, at most
  // `max_more` of them; `more_count` counts them all.
  std::vector<RankedHit> more;
  size_t more_count = 0;
};

// `score` as a share of `top` (the best hit's score), clamped to [0, 1]. A
// top score of zero or less (a vector search whose nearest passage points
// away from the query) leaves relevance 1 for scores as good, 0 below.
double RelativeScore(double score, double top);

// Every hit of `response` with its rank and relevance, in order.
std::vector<RankedHit> RankHits(const SearchResponse& response);

// The response's hits gathered by document, in the order of each
// document's best passage.
std::vector<DocumentGroup> GroupByDocument(const SearchResponse& response, size_t max_more = 5);

// Passages to ask SearchKb for so that the first `documents` groups are
// likely full: a few passages a document, held to `max_passages` (the
// query limit's k).
size_t GroupingDepth(size_t documents, size_t max_passages);

}  // namespace wenyuan::search
