// RankingParams: every number the keyword ranking uses, in one small value
// type, so the in-memory PassageIndex and the segment index score alike and
// a comparison (`wenyuan eval --ranking ...`) can change them without a
// rebuild.
//
// A passage's score is the sum over its two fields (character bigrams and
// words) of weight × BM25(k1, b), with the passage title counted
// `title_weight` times into each field; query terms that are question or
// stop words count `grammar_word_weight` as much as content terms. A
// passage whose title the question names in full gets `title_match_weight`
// × the summed IDF of the title's bigrams. Then the best `proximity_depth`
// passages get a proximity bonus: for each pair of query bigrams that
// follow each other in the question (a query trigram) and also follow each
// other in the passage, `proximity_weight` × the smaller of the two
// bigrams' weighted IDFs, capped per pair at one match. (The
// proximity bonus is off by default: it measured neutral on the QA sets and
// costs a tokenisation of every candidate; see bench/README.md.)
//
// ParseRankingParams reads a comma-separated list of key=value pairs over
// the defaults, e.g. "words.k1=1.0,bigrams.b=0.6,title=2,proximity=0.5";
// keys: {bigrams,words}.{k1,b,weight}, title, grammar, proximity,
// title_match, proximity_depth, engine_proximity, tier, tier_fill, tier_fill_max,
// tier_fill_gate. A plain value type;
// thread-safe to share once built.
//
// engine_proximity_weight is a different, cheaper signal applied before the
// re-scoring: among the best 50 by BM25, the engine adds this weight for
// neighbouring query bigrams found next to each other in the index
// positions (index/query.h proximity_weight). On by default.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::search {

struct FieldRanking {
  double k1 = 1.2;
  double b = 0.75;
  double weight = 1.0;
};

struct RankingParams {
  FieldRanking bigrams;
  FieldRanking words;
  double title_weight = 2.0;
  double grammar_word_weight = 0.2;
  double proximity_weight = 0.0;         // re-scoring bonus (above); off
  double engine_proximity_weight = 0.1;  // the engine's adjacency boost
  double title_match_weight = 1.0;
  size_t proximity_depth = 100;
  // The conjunctive first tier (index/query.h Query::conjunctive): the
  // passages holding every content bigram of the query the KB has rank
  // first; the others follow, while the tier is short, above tier_fill ×
  // the tier's best score when one passage holds the whole query, a share
  // that rises with the passages that hold it (1 - (1 - tier_fill)^h) up
  // to tier_fill_max. tier=0 turns it off (the plain ranking).
  double tier = 1;
  double tier_fill = 0.3;
  double tier_fill_max = 0.7;
  // 1: the fill ranks only passages holding one of the query's rarest
  // terms (those carrying half its weight; index/query.h fill_from_gate),
  // unless too few of them fill the page: then the common words' partial
  // matches complete it as with 0 (the samples' `北辰iFree 免費上網` keeps
  // its three hits). 0: every partial match above the floor is ranked.
  double tier_fill_gate = 1;
};

// Errors name the pair that is wrong ("ranking: 'words.k1=x': not a number").
Result<RankingParams> ParseRankingParams(std::string_view spec, const RankingParams& base = {});

// The same list ParseRankingParams reads, every key spelled out.
std::string FormatRankingParams(const RankingParams& params);

}  // namespace wenyuan::search
