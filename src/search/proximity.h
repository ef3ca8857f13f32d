// Proximity: a bonus for passages where query terms that follow each other
// in the question also follow each other in the passage. For character
// bigrams that is a shared character trigram (question 誰發明了電話 → 發明,
// 明了 … adjacent in the passage means 發明了 is there), so a passage that
// repeats the question's wording outranks one that only holds its
// characters scattered about.
//
// A second, smaller signal lives here too: a passage whose title the
// question names in full (TitleNamedInQuery) is about what was asked.
//
// The query side is prepared once per query (ProximityQuery); each
// candidate passage's token stream is then scored against it. Pure
// functions; thread-safe.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/bigram_tokenizer.h"
#include "text/script_folder.h"

namespace wenyuan::search {

class ProximityQuery {
 public:
  // `tokens`: the query's token stream in order; `weight(term)`: what a
  // term counts (its weighted IDF). Two tokens form a pair when they are
  // next to each other in the stream and overlap or touch in the text (so
  // the bigrams of one run of Han characters pair, but "北京，上海" and
  // "llama 3" make no pair).
  template <typename Weight>
  ProximityQuery(const std::vector<text::Token>& tokens, Weight weight) {
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (tokens[i + 1].begin > tokens[i].end) continue;
      const double w = std::min(weight(tokens[i].term), weight(tokens[i + 1].term));
      if (w > 0) AddPair(tokens[i].term, tokens[i + 1].term, w);
    }
  }

  bool empty() const { return pairs_.empty(); }

  // Sum of the weights of the query's pairs found adjacent in `passage`
  // (each pair counts once however often it occurs).
  double Score(const std::vector<text::Token>& passage) const;

 private:
  void AddPair(const std::string& first, const std::string& second, double weight);

  struct Pair {
    uint32_t first, second;
    double weight;
  };
  std::unordered_map<std::string, uint32_t> term_ids_;
  std::vector<Pair> pairs_;
};

// `text` as the title match compares it: Traditional folded to Simplified
// (when `folder` is given), full-width narrowed, ASCII lower-cased, white
// space dropped.
std::string FoldForMatch(std::string_view text, const text::ScriptFolder* folder);

// Whether a passage title (FoldForMatch'ed) is named in full in the query
// (FoldForMatch'ed): 黄蝉 in 黄蝉的别称叫什么, but not 软枝黄蝉. Empty titles
// and titles of one code point that is not Han never match.
bool TitleNamedInQuery(std::string_view folded_title, std::string_view folded_query);

}  // namespace wenyuan::search
