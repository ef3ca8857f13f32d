#include "answer/extractive_answerer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
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
constexpr double kNeighbourWeight = 0.3;
constexpr double kRankWeight = 0.3;
constexpr double kQuestionPenalty = 0.5;
// A list item's lead line holding under this share of what the item holds
// of the question marks the list as another topic's.
constexpr double kForeignLeadShare = 0.25;
// The sentence after a question (an FAQ's answer after its question line)
// takes on this share of the question's coverage.
constexpr double kAnswerAfterQuestionWeight = 1.0;

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) out += utf8::DecodeNext(s, pos);
  return out;
}

bool IsNumeralChar(char32_t c) {
  static constexpr std::u32string_view kNumerals =
      U"0123456789０１２３４５６７８９零〇一二三四五六七八九十百壹貳參肆伍陸柒捌玖拾";
  return kNumerals.find(c) != std::u32string_view::npos;
}

// Starts with a list marker: （一） (1) 一、 1. ① ⑴.
bool IsListItem(std::u32string_view s) {
  while (!s.empty() && (s.front() == U' ' || s.front() == U'　' || s.front() == U'\t')) s.remove_prefix(1);
  if (s.empty()) return false;
  if ((s.front() >= U'①' && s.front() <= U'⒇')) return true;
  if (s.front() == U'（' || s.front() == U'(') {
    size_t i = 1;
    while (i < s.size() && i <= 3 && IsNumeralChar(s[i])) ++i;
    return i > 1 && i < s.size() && (s[i] == U'）' || s[i] == U')');
  }
  size_t i = 0;
  while (i < s.size() && i < 3 && IsNumeralChar(s[i])) ++i;
  return i > 0 && i < s.size() && (s[i] == U'、' || s[i] == U'.' || s[i] == U'．');
}

// Ends with a colon: the lead line of a list ("應涵蓋下列主題：").
bool IsListLead(std::u32string_view s) {
  while (!s.empty() && (s.back() == U' ' || s.back() == U'　')) s.remove_suffix(1);
  return !s.empty() && (s.back() == U'：' || s.back() == U':');
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
  bool list_item = false;       // starts with a list marker
  bool list_lead = false;       // ends with a colon
  double discount = 1;          // foreign_list_penalty for an item of another topic's list
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
    sentence.list_item = IsListItem(text);
    sentence.list_lead = IsListLead(text);
    sentence.typed = HoldsAnswerType(type, text, shared);
    pool.push_back(std::move(sentence));
  }
}

}  // namespace

Status SetAnswerOption(AnswerOptions& options, std::string_view key, std::string_view value) {
  const std::string where = "answer." + std::string(key) + "=" + std::string(value);
  const std::string text(value);
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end || !std::isfinite(v) || v < 0) {
    return Status::InvalidArgument(where + ": a number >= 0 is expected");
  }
  auto count = [&](size_t& field) -> Status {
    if (v != std::floor(v) || v < 1 || v > 100)
      return Status::InvalidArgument(where + ": a whole number 1-100 is expected");
    field = static_cast<size_t>(v);
    return Status::Ok();
  };
  if (key == "passages") return count(options.passages);
  if (key == "max_sentences") return count(options.max_sentences);
  if (key == "max_per_passage") return count(options.max_per_passage);
  if (key == "type_weight" || key == "sentence_idf_power") {
    (key == "type_weight" ? options.type_weight : options.sentence_idf_power) = v;
    return Status::Ok();
  }
  if (key == "cross_word_weight") {
    if (v > 1) return Status::InvalidArgument(where + ": a share in [0, 1] is expected");
    options.cross_word_weight = v;
    return Status::Ok();
  }
  double* share = key == "passage_floor"           ? &options.passage_floor
                  : key == "min_coverage"          ? &options.found.min_coverage
                  : key == "min_found_coverage"    ? &options.found.min_found_coverage
                  : key == "min_found_probability" ? &options.found.min_found_probability
                  : key == "foreign_list_penalty"  ? &options.foreign_list_penalty
                                                   : nullptr;
  if (!share) {
    return Status::InvalidArgument(where +
                                   ": unknown key (passages, passage_floor, max_sentences, max_per_passage, "
                                   "min_coverage, min_found_coverage, min_found_probability, type_weight, "
                                   "sentence_idf_power, foreign_list_penalty, cross_word_weight)");
  }
  if (v > 1) return Status::InvalidArgument(where + ": a share in [0, 1] is expected");
  *share = v;
  return Status::Ok();
}

std::set<std::string> ExtractiveAnswerer::CrossWordTerms(std::string_view question) const {
  std::set<std::string> out;
  if (!options_.words || options_.cross_word_weight >= 1) return out;
  const auto words = options_.words->Tokenize(question);
  std::unordered_map<std::string, bool> inside;  // some occurrence lies in a word
  for (const auto& b : tokenizer_.Tokenize(question)) {
    if (b.end - b.begin != 2) continue;  // a lone character or a Latin word
    bool in = std::any_of(words.begin(), words.end(), [&](const text::Token& w) {
      return w.end - w.begin >= 2 && w.begin <= b.begin && w.end >= b.end;
    });
    inside[b.term] = inside[b.term] || in;
  }
  for (const auto& [term, in] : inside) {
    if (!in) out.insert(term);
  }
  return out;
}

Answer ExtractiveAnswerer::AnswerFrom(const search::SearchResponse& search) const {
  Answer answer;
  answer.question = search.query;
  std::unordered_map<std::string, double> weight;
  double total = 0;  // weight of the terms the KB has
  for (const auto& t : search.terms) {
    weight[t.term] = t.idf;
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

  // Found at all? (answer/found_decision.h)
  answer.found_signals = MeasureFound(search, tokenizer_, options_.words.get());
  if (pool.empty() || !EnoughToAnswer(answer.found_signals, options_.found)) return answer;

  // Each term weighs its IDF times its sentence-level IDF, to a power.
  std::unordered_map<std::string, size_t> sentence_df;
  for (const auto& s : pool) {
    for (const auto& t : s.terms) ++sentence_df[t];
  }
  const std::set<std::string> cross_word = CrossWordTerms(search.query);
  const double n_sentences = static_cast<double>(pool.size());
  std::unordered_map<std::string, double> local_weight;
  double local_total = 0;
  for (const auto& [term, df] : sentence_df) {
    const double d = static_cast<double>(df);
    const double sentence_idf = std::log(1.0 + (n_sentences - d + 0.5) / (d + 0.5));
    const double share = cross_word.count(term) ? options_.cross_word_weight : 1.0;
    local_total += local_weight[term] = share * weight[term] * std::pow(sentence_idf, options_.sentence_idf_power);
  }
  for (auto& s : pool) {
    double covered = 0;
    for (const auto& t : s.terms) covered += local_weight[t];
    s.coverage = local_total > 0 ? covered / local_total : 0;
    s.score = s.coverage + kRankWeight * (search.hits[s.hit].score / top_score);
    if (s.typed) s.score += options_.type_weight * s.coverage;
  }
  // A list item under a lead line that holds little of the question is an
  // item of another topic (a syllabus line that happens to name the rule):
  // it is quoted only if nothing better states it.
  for (size_t i = 0; i < pool.size(); ++i) {
    if (!pool[i].list_item) continue;
    size_t j = i;
    while (j > 0 && pool[j - 1].hit == pool[i].hit && pool[j - 1].list_item && !pool[j - 1].list_lead) --j;
    if (j == 0 || pool[j - 1].hit != pool[i].hit || !pool[j - 1].list_lead) continue;
    const Sentence& lead = pool[j - 1];
    if (lead.coverage >= kForeignLeadShare * pool[i].coverage) continue;
    pool[i].discount = options_.foreign_list_penalty;
    pool[i].score *= pool[i].discount;
  }
  for (size_t i = 1; i < pool.size(); ++i) {
    if (pool[i - 1].hit == pool[i].hit && pool[i - 1].index + 1 == pool[i].index) {
      // An item of another topic's list lends its neighbours as little as
      // it keeps itself.
      pool[i].neighbour_coverage = std::max(pool[i].neighbour_coverage, pool[i - 1].coverage * pool[i - 1].discount);
      pool[i - 1].neighbour_coverage = std::max(pool[i - 1].neighbour_coverage, pool[i].coverage * pool[i].discount);
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
