#include "answer/extractive_answerer.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "answer/question_type.h"
#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

constexpr size_t kMinSentenceChars = 4;
// Measured on the shared DRCD and CMRC sets (docs/answers.md); each term's
// contribution is described in extractive_answerer.h.
constexpr double kSentenceIdfPower = 3;
constexpr double kNeighbourWeight = 0.3;
constexpr double kRankWeight = 0.3;
constexpr double kTypeWeight = 0.1;
constexpr double kQuestionPenalty = 0.5;
// The sentence after a question (an FAQ's answer after its question line)
// takes on this share of the question's coverage.
constexpr double kAnswerAfterQuestionWeight = 1.0;

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) out += utf8::DecodeNext(s, pos);
  return out;
}

bool IsQuestion(std::u32string_view s) {
  while (!s.empty() && (s.back() == U'」' || s.back() == U'”')) s.remove_suffix(1);
  return !s.empty() && (s.back() == U'？' || s.back() == U'?' || s.back() == U'嗎' || s.back() == U'吗');
}

struct Sentence {
  size_t hit = 0;
  size_t index = 0;  // within its passage
  text::TextSpan span;
  std::set<std::string> terms;  // question terms it holds
  bool asks = false;            // is itself a question
  bool typed = false;           // holds what the question type asks for
  double coverage = 0;
  double neighbour_coverage = 0;  // the better of its neighbours'
  double score = 0;
};

// The sentences of `hit`, with the question terms each holds.
void CollectSentences(size_t h, const search::SearchHit& hit, const std::u32string& wide,
                      const text::BigramTokenizer& tokenizer, const std::unordered_map<std::string, double>& weight,
                      QuestionType type, std::vector<Sentence>& pool) {
  const auto tokens = tokenizer.Tokenize(hit.text);
  const auto spans = text::SplitSentences(std::u32string_view(wide));
  size_t next_token = 0;
  for (size_t s = 0; s < spans.size(); ++s) {
    const auto& span = spans[s];
    Sentence sentence;
    sentence.hit = h;
    sentence.index = s;
    sentence.span = span;
    std::vector<bool> shared(span.length(), false);
    while (next_token < tokens.size() && tokens[next_token].begin < span.begin) ++next_token;
    for (size_t t = next_token; t < tokens.size() && tokens[t].begin < span.end; ++t) {
      if (tokens[t].end > span.end || !weight.count(tokens[t].term)) continue;
      sentence.terms.insert(tokens[t].term);
      for (uint32_t c = tokens[t].begin; c < tokens[t].end; ++c) shared[c - span.begin] = true;
    }
    if (span.length() < kMinSentenceChars) continue;
    const std::u32string_view text = std::u32string_view(wide).substr(span.begin, span.length());
    sentence.asks = IsQuestion(text);
    sentence.typed = HoldsAnswerType(type, text, shared);
    pool.push_back(std::move(sentence));
  }
}

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
  const QuestionType type = ClassifyQuestion(search.query);
  const double top_score = std::max(search.hits.front().score, 1e-9);

  std::vector<Sentence> pool;
  std::vector<std::u32string> texts;  // per hit in the pool
  const size_t n_hits = std::min(options_.passages, search.hits.size());
  for (size_t h = 0; h < n_hits; ++h) {
    if (h > 0 && search.hits[h].score < options_.passage_floor * top_score) break;
    texts.push_back(Decode(search.hits[h].text));
    CollectSentences(h, search.hits[h], texts.back(), tokenizer_, weight, type, pool);
  }

  // Found at all? The top passage must hold enough of the question.
  std::set<std::string> in_top;
  for (const auto& s : pool) {
    if (s.hit == 0) in_top.insert(s.terms.begin(), s.terms.end());
  }
  double top_covered = 0;
  for (const auto& t : in_top) top_covered += weight[t];
  if (pool.empty() || top_covered / total < options_.min_coverage ||
      top_covered / whole_total < options_.min_found_coverage) {
    return answer;
  }

  // Each term weighs its IDF times its sentence-level IDF, to a power.
  std::unordered_map<std::string, size_t> sentence_df;
  for (const auto& s : pool) {
    for (const auto& t : s.terms) ++sentence_df[t];
  }
  const double n_sentences = static_cast<double>(pool.size());
  std::unordered_map<std::string, double> local_weight;
  double local_total = 0;
  for (const auto& [term, df] : sentence_df) {
    const double d = static_cast<double>(df);
    const double sentence_idf = std::log(1.0 + (n_sentences - d + 0.5) / (d + 0.5));
    local_total += local_weight[term] = weight[term] * std::pow(sentence_idf, kSentenceIdfPower);
  }
  for (auto& s : pool) {
    double covered = 0;
    for (const auto& t : s.terms) covered += local_weight[t];
    s.coverage = local_total > 0 ? covered / local_total : 0;
    s.score = s.coverage + kRankWeight * (search.hits[s.hit].score / top_score);
    if (s.typed) s.score += kTypeWeight * s.coverage;
  }
  for (size_t i = 1; i < pool.size(); ++i) {
    if (pool[i - 1].hit == pool[i].hit && pool[i - 1].index + 1 == pool[i].index) {
      pool[i].neighbour_coverage = std::max(pool[i].neighbour_coverage, pool[i - 1].coverage);
      pool[i - 1].neighbour_coverage = std::max(pool[i - 1].neighbour_coverage, pool[i].coverage);
    }
  }
  for (size_t i = 0; i < pool.size(); ++i) {
    Sentence& s = pool[i];
    s.score += kNeighbourWeight * s.neighbour_coverage;
    if (i > 0 && pool[i - 1].asks && pool[i - 1].hit == s.hit && pool[i - 1].index + 1 == s.index) {
      s.score += kAnswerAfterQuestionWeight * pool[i - 1].coverage;
    }
  }
  for (auto& s : pool) {
    if (s.asks) s.score *= kQuestionPenalty;
  }

  std::vector<const Sentence*> ranked;
  for (const auto& s : pool) ranked.push_back(&s);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Sentence* a, const Sentence* b) { return a->score > b->score; });
  std::vector<size_t> per_hit(n_hits, 0);
  std::set<std::u32string> quoted;
  std::vector<const Sentence*> chosen;
  for (const Sentence* c : ranked) {
    if (chosen.size() >= options_.max_sentences) break;
    if (per_hit[c->hit] >= options_.max_per_passage) continue;
    // A sentence that holds nothing of the question is quoted only as the
    // context of one next to it that does.
    if (c->coverage <= 0 && c->neighbour_coverage <= 0) continue;
    if (!quoted.insert(texts[c->hit].substr(c->span.begin, c->span.length())).second) continue;
    ++per_hit[c->hit];
    chosen.push_back(c);
  }

  // Chosen sentences next to each other in one passage are quoted as one
  // piece, in reading order, where the best of them ranks.
  std::vector<std::vector<const Sentence*>> groups;
  for (const Sentence* c : chosen) {
    auto adjacent = [&](const std::vector<const Sentence*>& g) {
      return std::any_of(g.begin(), g.end(), [&](const Sentence* m) {
        return m->hit == c->hit && (m->index + 1 == c->index || c->index + 1 == m->index);
      });
    };
    auto g = std::find_if(groups.begin(), groups.end(), adjacent);
    if (g == groups.end())
      groups.push_back({c});
    else
      g->push_back(c);
  }
  for (auto& g : groups) {
    std::sort(g.begin(), g.end(), [](const Sentence* a, const Sentence* b) { return a->index < b->index; });
    const auto& hit = search.hits[g.front()->hit];
    const size_t begin = g.front()->span.begin, end = g.back()->span.end;
    Evidence e;
    e.text = utf8::SliceCodePoints(hit.text, begin, end);
    for (const Sentence* m : g) e.score = std::max(e.score, m->score);
    e.citation = {hit.passage_id, hit.document_id, hit.title, hit.source, begin, end};
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
