// Citation metrics of a model's answer (`wenyuan eval` with a model,
// docs/evaluation.md): how many of the answer's claims carry a valid
// citation, and how many of its citations point at a passage that supports
// the sentence citing it.
//
// The support rule, one place only: a cited passage supports a sentence when
// at least half of the sentence's distinct content terms occur among the
// passage's terms. Content terms are BigramTokenizer's tokens (overlapping
// Han bigrams, a lone Han character, Latin and digit words), so with the
// eval's folding tokenizer Traditional and Simplified meet; citation markers
// are not part of a sentence's text (answer/citation_checker.h). A sentence
// without any term is supported by nothing. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "answer/citation_checker.h"
#include "text/bigram_tokenizer.h"

namespace wenyuan::eval {

// The distinct content terms of `text`, sorted.
std::vector<std::string> ContentTerms(const text::BigramTokenizer& tokenizer, std::string_view text);

// The support rule above.
bool PassageSupports(const text::BigramTokenizer& tokenizer, std::string_view sentence, std::string_view passage);

struct CitationCounts {
  size_t claim_sentences = 0;        // sentences that state something (CitedSentence::claim)
  size_t cited_claim_sentences = 0;  // of those, the ones citing at least one valid passage
  size_t citations = 0;              // (sentence, cited passage) pairs, over every sentence
  size_t supported_citations = 0;    // pairs whose passage supports the sentence

  CitationCounts& operator+=(const CitationCounts& other);
  // supported_citations / citations; none when nothing was cited.
  std::optional<double> precision() const;
  // cited_claim_sentences / claim_sentences; none when there is no claim.
  std::optional<double> cited_share() const;
};

// Counts one answer: `evidence[n - 1]` is the text of the passage cited as
// [n]; numbers outside the evidence count as unsupported citations.
CitationCounts CountCitations(const text::BigramTokenizer& tokenizer,
                              const std::vector<answer::CitedSentence>& sentences,
                              const std::vector<std::string>& evidence);

}  // namespace wenyuan::eval
