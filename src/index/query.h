// The query the index executes, after parsing and analysis: scored terms
// per field (BM25F), required and excluded phrases (a phrase of one token is
// a presence test; keyword filters and title: are phrases too), a date range,
// an optional set of allowed documents and a proximity boost. Built by search/ from what the user typed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "index/index_document.h"

namespace wenyuan::index {

// One scored query term. Alternatives are looked up together as one term
// whose frequency is their sum (a single Han character matches every bigram
// that holds it).
struct TermClause {
  Field field = Field::kBigrams;
  std::vector<std::string> terms;  // alternatives; usually one
  double weight = 1;               // query-side weight × occurrences in the query
  // Where the term sits in the query (code points), for the proximity boost.
  uint32_t query_offset = 0;
  // A flat clause adds `weight` to every document holding one of its terms,
  // whatever the frequency and length, without IDF: a bonus the ranking
  // gives a set of documents (the passages whose title the query names, as
  // keyword terms). It takes part in the bounds like any clause, so WAND
  // prunes with it rather than re-scoring candidates afterwards.
  bool flat = false;
  // A conjunct (Query::conjunctive): a term the query's first tier must
  // hold (the search layer marks its content bigrams; question and stop
  // words' are not).
  bool conjunct = false;
};

struct PhraseToken {
  std::vector<std::string> terms;  // alternatives
  uint32_t offset = 0;             // code points from the phrase's first token
};

// Matches where every token occurs at the same relative offsets as in the
// query (in one field). One token: the term occurs anywhere.
struct PhraseClause {
  Field field = Field::kBigrams;
  std::vector<PhraseToken> tokens;
};

// BM25's saturation and length normalisation for one field's clauses (a
// field's weight is folded into its clauses' TermClause::weight). Both must
// be non-negative, which keeps block-max bounds bounds.
struct Bm25Params {
  double k1 = 1.2;
  double b = 0.75;
};

struct Query {
  std::vector<TermClause> scored;
  Bm25Params bm25[kLengthFields];  // per Field (title, body, bigrams)
  std::vector<PhraseClause> required;
  std::vector<PhraseClause> excluded;
  int32_t date_from = 0;  // yyyymmdd inclusive; 0: open
  int32_t date_to = 0;
  // When set, only passages of these catalog documents match (sorted
  // ascending; empty: nothing matches). Category filters become this.
  std::optional<std::vector<int64_t>> documents;
  // Score added, per pair of neighbouring query bigrams found next to each
  // other in a passage, times their mean IDF. 0 turns the boost off.
  double proximity_weight = 0;
  // Top BM25 candidates the boost may reorder. When the caller wants the
  // best k alone (candidates <= k), those of them that even the largest
  // boost cannot lift into the best k are not ranked at all (the pruning
  // threshold is at least the k-th best less that boost): the best k are
  // the same.
  size_t proximity_window = 50;
  // How Execute ranks a long query (a 10-character phrase is a dozen bigrams
  // and words, most of them common): when set, it first ranks only the
  // documents holding a gate clause, the rarest clauses (by df in the
  // snapshot) that together carry more than half of the query's best
  // possible score (weight × IDF × (k1 + 1) per clause; absent clauses do
  // not count), each scored with every clause; then, among the others, only
  // those that can still reach the best k after the proximity boost (their
  // BM25 above the k-th best so far less the largest boost). A document
  // without a gate clause can score at most the other, smaller half, so the
  // second pass usually ends at once. The best k hits are the same as
  // without the gate (and as ExecuteExhaustive's); the candidates beyond k
  // that `candidates` and the proximity window ask for are then drawn from
  // the gate's documents and those that competed for the best k.
  bool gate = false;
  // A conjunctive first tier: when set and at least two conjuncts occur in
  // the snapshot (TermClause::conjunct, df > 0), the passages holding every
  // one of them (the tier) rank first, by the full score; the others follow
  // only while the tier is shorter than what is asked (k, or `candidates`
  // beyond it), and only those whose score (before the proximity boost) is
  // above a share of the best score of a passage holding every conjunct
  // (the query's filters aside, so a filter only narrows the ranking), by
  // score. The share is `fill_share` when one passage holds them all and
  // rises with the holders h, as 1 - (1 - fill_share)^h (each holder leaves
  // the fill that share of the gap to the best), up to `fill_share_max`:
  // a page that holds several passages with the whole query needs fewer
  // partial matches below them (FillShare). When no live passage holds them all, the ordinary ranking. Execute finds
  // the tier by leapfrogging from the rarest conjunct's list, with block maxima, and the rest by block-max WAND above
  // that floor: the hits are ExecuteExhaustive's.
  bool conjunctive = false;
  // With `gate` and `conjunctive` both set: the fill ranks only passages
  // holding a gate clause (one of the rarest terms that together carry
  // half the query's weight). A partial match made of the query's common
  // terms alone is left out, so the fill reads the rare terms' lists, not
  // the common ones'. When fewer passages than the page still needs hold a
  // gate clause above the fill's floor, the fill is ranked again without
  // the rule: a small KB, or a query whose rare terms are rarely held, still
  // gets a full page (ExecuteExhaustive applies the same rule).
  bool fill_from_gate = false;
  double fill_share = 0.3;
  double fill_share_max = 0.3;
  size_t k = 10;
  // At least this many hits come back (best first), for a caller that
  // re-scores the best candidates itself; the boost above still touches
  // only the best max(k, proximity_window).
  size_t candidates = 0;
};

}  // namespace wenyuan::index
