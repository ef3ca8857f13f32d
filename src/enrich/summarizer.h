// Summarizer: an extractive summary, two or three sentences of the document
// itself, chosen for how much of the document's vocabulary they cover (the
// TF-IDF weight of their distinct content words, normalised by length),
// with a lead bonus (news and official documents state their point first)
// and without repeating what an earlier pick already covers. Sentences are
// returned verbatim, in document order, with their code-point ranges: the
// summary never says anything the document does not. Stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "enrich/content_words.h"
#include "enrich/document_terms.h"
#include "enrich/term_statistics.h"
#include "util/utf8.h"

namespace wenyuan::enrich {

struct SummarySentence {
  std::string text;  // exactly the document's text in [begin, end)
  size_t begin = 0;  // code points
  size_t end = 0;
};

struct SummaryOptions {
  size_t max_sentences = 3;
  size_t max_chars = 300;         // stop adding sentences past this many code points
  size_t min_sentence_chars = 8;  // headings and fragments are not summary sentences
  size_t max_sentence_chars = 200;
};

std::vector<SummarySentence> Summarize(std::string_view text, const std::vector<WordOccurrence>& words,
                                       const TermStatistics& stats, const SummaryOptions& options = {});
// The same with the words numbered already (`terms`: DocumentTerms::Of
// `words` with the statistics) and the text's code points indexed.
std::vector<SummarySentence> Summarize(std::string_view text, const std::vector<WordOccurrence>& words,
                                       const DocumentTerms& terms, const utf8::CodePointIndex& index,
                                       const SummaryOptions& options = {});

}  // namespace wenyuan::enrich
