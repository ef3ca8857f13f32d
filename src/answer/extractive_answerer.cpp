#include "answer/extractive_answerer.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

constexpr size_t kMinSentenceChars = 4;
constexpr double kRankWeight = 0.15;
// A sentence that asks (an FAQ's question line) restates the question rather
// than answering it.
constexpr double kQuestionPenalty = 0.5;

bool IsQuestion(std::string_view passage_text, const text::TextSpan& span) {
  std::string s = utf8::SliceCodePoints(passage_text, span.begin, span.end);
  return s.ends_with("？") || s.ends_with("?") || s.ends_with("？」") || s.ends_with("嗎");
}

struct Candidate {
  size_t hit;
  text::TextSpan span;
  double coverage;        // of the terms the KB has
  double whole_coverage;  // of all the question's terms
  double score;
};

}  // namespace

Answer ExtractiveAnswerer::AnswerFrom(const search::SearchResponse& search) const {
  Answer answer;
  answer.question = search.query;
  std::unordered_map<std::string, double> weight;
  double total = 0;        // weight of the terms the KB has
  double whole_total = 0;  // weight of all terms
  for (const auto& t : search.terms) {
    weight[t.term] = t.idf;
    whole_total += t.idf;
    if (t.df > 0) total += t.idf;
  }
  if (search.hits.empty() || total <= 0) return answer;

  const double top_score = std::max(search.hits.front().score, 1e-9);
  std::vector<Candidate> candidates;
  const size_t n_hits = std::min(options_.passages, search.hits.size());
  for (size_t h = 0; h < n_hits; ++h) {
    const auto& hit = search.hits[h];
    auto tokens = tokenizer_.Tokenize(hit.text);
    for (const auto& span : text::SplitSentences(hit.text)) {
      if (span.length() < kMinSentenceChars) continue;
      std::set<std::string> seen;
      for (const auto& t : tokens) {
        if (t.begin >= span.begin && t.end <= span.end && weight.count(t.term)) seen.insert(t.term);
      }
      double covered = 0;
      for (const auto& term : seen) covered += weight[term];
      double coverage = covered / total;
      double score = coverage + kRankWeight * (hit.score / top_score);
      if (IsQuestion(hit.text, span)) score *= kQuestionPenalty;
      candidates.push_back({h, span, coverage, covered / whole_total, score});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  if (candidates.empty() || candidates.front().coverage < options_.min_coverage) return answer;
  double best_whole = 0;
  for (const auto& c : candidates) best_whole = std::max(best_whole, c.whole_coverage);
  if (best_whole < options_.min_found_coverage) return answer;

  std::vector<size_t> per_hit(n_hits, 0);
  std::set<std::string> quoted;
  for (const auto& c : candidates) {
    if (answer.evidence.size() >= options_.max_sentences) break;
    if (c.coverage < options_.min_coverage / 2) break;
    if (per_hit[c.hit] >= options_.max_per_passage) continue;
    const auto& hit = search.hits[c.hit];
    std::string sentence = utf8::SliceCodePoints(hit.text, c.span.begin, c.span.end);
    if (!quoted.insert(sentence).second) continue;
    ++per_hit[c.hit];
    Evidence e;
    e.text = std::move(sentence);
    e.score = c.score;
    e.citation = {hit.passage_id, hit.document_id, hit.title, hit.source, c.span.begin, c.span.end};
    answer.evidence.push_back(std::move(e));
  }
  answer.found = !answer.evidence.empty();
  for (size_t i = 0; i < answer.evidence.size(); ++i) {
    if (i) answer.text += '\n';
    answer.text += answer.evidence[i].text + " [" + std::to_string(i + 1) + "]";
  }
  return answer;
}

}  // namespace wenyuan::answer
