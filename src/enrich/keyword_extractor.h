// KeywordExtractor: the words that say what one document is about, ranked.
//
// TF-IDF (the default): a word's count in the document, dampened (1 + ln tf),
// times its IDF in the knowledge base (TermStatistics), with a bonus for
// words of the title. TextRank (an option): PageRank over the graph of
// content words that occur within a few words of each other, weighted by
// IDF so that words every document has do not win. Words are compared after
// normalisation and Traditional/Simplified folding, and each keyword is
// shown as the document itself most often writes it. Stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "enrich/content_words.h"
#include "enrich/document_terms.h"
#include "enrich/term_statistics.h"
#include "util/utf8.h"

namespace wenyuan::enrich {

enum class KeywordMethod { kTfIdf, kTextRank };

struct Keyword {
  std::string text;  // as written in the document
  std::string term;  // normalised and folded
  double weight = 0;
  size_t count = 0;  // occurrences in the document
};

struct KeywordOptions {
  size_t count = 8;
  KeywordMethod method = KeywordMethod::kTfIdf;
  double title_bonus = 1.5;  // a title word's score is multiplied by this
};

// `words` are the content words of `text` (ContentWords), `title_terms` the
// folded terms of the title.
std::vector<Keyword> ExtractKeywords(std::string_view text, const std::vector<WordOccurrence>& words,
                                     const std::vector<std::string>& title_terms, const TermStatistics& stats,
                                     const KeywordOptions& options);
// The same with the words numbered already (`terms`: DocumentTerms::Of
// `words` with the statistics) and the text's code points indexed, as
// enrichment shares them with the summary.
std::vector<Keyword> ExtractKeywords(const std::vector<WordOccurrence>& words, const DocumentTerms& terms,
                                     const utf8::CodePointIndex& index, const std::vector<std::string>& title_terms,
                                     const KeywordOptions& options);

// "tfidf" / "textrank"; false for anything else.
bool ParseKeywordMethod(std::string_view name, KeywordMethod* method);

}  // namespace wenyuan::enrich
