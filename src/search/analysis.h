// Analysis: the analysers a search and an index build share, as one
// copyable value (shared pointers inside, cheap to copy): character bigrams
// (find names no dictionary knows), words (rank whole words), script
// folding, a knowledge base's user dictionary and regional folding, and the
// ranking numbers (ranking_params.h).
//
// MakeAnalysis builds the process's analysers: it loads OpenCC's tables and
// the jieba dictionary (about a second), so build once per process and add
// a KB's own choices with KbSessions (kb_session.h).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "search/ranking_params.h"
#include "text/bigram_tokenizer.h"
#include "text/regional_vocabulary.h"
#include "text/user_dictionary.h"
#include "text/word_analyzer.h"
#include "util/status.h"

namespace wenyuan::search {

struct Analysis {
  std::shared_ptr<const text::ScriptFolder> folder;  // null: no script folding
  text::BigramTokenizer bigrams;
  std::shared_ptr<const text::WordAnalyzer> words;  // null: bigrams only
  bool use_bigrams = true;
  // The knowledge base's own terms, which come out whole (may be null).
  std::shared_ptr<const text::UserDictionary> user_dictionary;
  // Taiwan words also indexed and queried in their mainland form (資訊 →
  // 信息) when `regional_folding` is on, a per-knowledge-base choice.
  std::shared_ptr<const text::RegionalVocabulary> regional_vocabulary;
  bool regional_folding = false;
  // BM25 and proximity parameters (ranking_params.h).
  RankingParams ranking;

  // The word stream of `text` with everything above applied.
  std::vector<text::Token> Words(std::string_view text) const;
};

// For comparisons (`eval --fields`, `--no-fold`): which token streams, and
// whether Traditional and Simplified are folded together.
struct AnalysisChoice {
  bool bigrams = true;
  bool words = true;
  bool fold = true;
  bool regional = false;  // Taiwan/mainland vocabulary folding for every query
};
Result<Analysis> MakeAnalysis(const AnalysisChoice& choice);

// Bigrams and words, both with Traditional/Simplified folding: what every
// searcher and answerer uses.
Result<Analysis> MakeDefaultAnalysis();

}  // namespace wenyuan::search
