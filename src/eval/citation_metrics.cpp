#include "eval/citation_metrics.h"

#include <algorithm>

namespace wenyuan::eval {

std::vector<std::string> ContentTerms(const text::BigramTokenizer& tokenizer, std::string_view text) {
  std::vector<std::string> terms;
  for (auto& token : tokenizer.Tokenize(text)) terms.push_back(std::move(token.term));
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

namespace {

// The rule on terms already computed; `passage_terms` is sorted.
bool Supports(const std::vector<std::string>& sentence_terms, const std::vector<std::string>& passage_terms) {
  if (sentence_terms.empty()) return false;
  size_t found = 0;
  for (const auto& term : sentence_terms) {
    found += std::binary_search(passage_terms.begin(), passage_terms.end(), term);
  }
  return 2 * found >= sentence_terms.size();
}

std::optional<double> Share(size_t part, size_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

bool PassageSupports(const text::BigramTokenizer& tokenizer, std::string_view sentence, std::string_view passage) {
  return Supports(ContentTerms(tokenizer, sentence), ContentTerms(tokenizer, passage));
}

CitationCounts& CitationCounts::operator+=(const CitationCounts& other) {
  claim_sentences += other.claim_sentences;
  cited_claim_sentences += other.cited_claim_sentences;
  citations += other.citations;
  supported_citations += other.supported_citations;
  return *this;
}

std::optional<double> CitationCounts::precision() const { return Share(supported_citations, citations); }

std::optional<double> CitationCounts::cited_share() const { return Share(cited_claim_sentences, claim_sentences); }

CitationCounts CountCitations(const text::BigramTokenizer& tokenizer,
                              const std::vector<answer::CitedSentence>& sentences,
                              const std::vector<std::string>& evidence) {
  std::vector<std::vector<std::string>> evidence_terms;
  evidence_terms.reserve(evidence.size());
  for (const auto& text : evidence) evidence_terms.push_back(ContentTerms(tokenizer, text));
  CitationCounts counts;
  for (const auto& sentence : sentences) {
    if (sentence.claim) {
      ++counts.claim_sentences;
      counts.cited_claim_sentences += !sentence.citations.empty();
    }
    if (sentence.citations.empty()) continue;
    const std::vector<std::string> terms = ContentTerms(tokenizer, sentence.text);
    for (size_t n : sentence.citations) {
      ++counts.citations;
      counts.supported_citations += n >= 1 && n <= evidence.size() && Supports(terms, evidence_terms[n - 1]);
    }
  }
  return counts;
}

}  // namespace wenyuan::eval
