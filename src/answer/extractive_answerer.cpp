#include "answer/extractive_answerer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <unordered_map>

#include "answer/passage_structure.h"
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

bool IsQuestion(std::u32string_view s) {
  while (!s.empty() && (s.back() == U'」' || s.back() == U'”')) s.remove_suffix(1);
  return !s.empty() && (s.back() == U'？' || s.back() == U'?' || s.back() == U'嗎' || s.back() == U'吗');
}

struct Sentence {
  size_t hit = 0;
  size_t index = 0;  // within its passage
  text::TextSpan span;
  std::set<std::string> terms;  // question terms it holds
  // Cross-word bigrams it holds only outside the question's phrase: they
  // count for whether anything is found, and weigh cross_word_weight in
  // telling sentences apart.
  std::set<std::string> loose_terms;
  bool asks = false;          // is itself a question
  bool typed = false;         // holds what the question type asks for
  bool list_item = false;     // starts with a list marker
  bool naming_item = false;   // a list item that only names something
  bool list_lead = false;     // ends with a colon
  bool in_article = false;    // inside a regulation's article (its 項 and 款 included)
  bool article_rule = false;  // states a rule there
  double discount = 1;        // foreign_list_penalty for an item of another topic's list
  double coverage = 0;
  double neighbour_coverage = 0;  // the better of its neighbours'
  double score = 0;
};

// The sentences of `hit`, with the question terms each holds.
// Whether the bigram tokens[t] sits inside one of the question's phrases
// around it: the bigram before it and the one after it, where the question
// has them, next to it in the passage too.
bool InPhrase(const std::vector<text::Token>& tokens, size_t t,
              const std::vector<std::pair<std::string, std::string>>& phrases) {
  auto bigram_at = [&](uint32_t begin) -> const std::string* {
    // Bigrams of a Han run overlap, one per position, in order.
    for (size_t u = t > 2 ? t - 2 : 0; u < tokens.size() && u <= t + 2; ++u) {
      if (tokens[u].begin == begin && tokens[u].end == begin + 2) return &tokens[u].term;
    }
    return nullptr;
  };
  for (const auto& [before, after] : phrases) {
    const std::string* left = tokens[t].begin > 0 ? bigram_at(tokens[t].begin - 1) : nullptr;
    const std::string* right = bigram_at(tokens[t].begin + 1);
    if ((before.empty() || (left && *left == before)) && (after.empty() || (right && *right == after))) return true;
  }
  return false;
}

void CollectSentences(size_t h, const search::SearchHit& hit, const std::u32string& wide,
                      const text::BigramTokenizer& tokenizer, const std::unordered_map<std::string, double>& weight,
                      QuestionType type, const ExtractiveAnswerer::Phrases* phrases, std::vector<Sentence>& pool) {
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
      if (phrases) {
        auto cross = phrases->find(tokens[t].term);
        if (cross != phrases->end() && !InPhrase(tokens, t, cross->second)) {
          sentence.loose_terms.insert(tokens[t].term);
          continue;
        }
      }
      sentence.terms.insert(tokens[t].term);
      for (uint32_t c = tokens[t].begin; c < tokens[t].end; ++c) shared[c - span.begin] = true;
    }
    for (const auto& t : sentence.terms) sentence.loose_terms.erase(t);
    if (span.length() < kMinSentenceChars) continue;
    const std::u32string_view text = std::u32string_view(wide).substr(span.begin, span.length());
    sentence.asks = IsQuestion(text);
    sentence.list_item = IsListItem(text);
    sentence.naming_item = IsNamingItem(text);
    sentence.list_lead = IsListLead(text);
    sentence.typed = HoldsAnswerType(type, text, shared);
    const SentencePlace place = PlaceOf(wide, span.begin, span.end);
    sentence.in_article = place.in_article;
    sentence.article_rule = place.in_article && place.states_rule;
    pool.push_back(std::move(sentence));
  }
}

// A cross-word bigram weighs no more than `factor` times the lighter of the
// content words it joins in the question (their bigrams next to it; the heavier place
// where it appears more than once). One that joins no content word the
// pool holds (both sides ask, or are absent) keeps its weight.
void CapCrossWordWeights(const ExtractiveAnswerer::Phrases& cross_word, double factor,
                         std::unordered_map<std::string, double>& local_weight, double& local_total) {
  std::unordered_map<std::string, double> capped;
  for (const auto& [term, places] : cross_word) {
    auto own = local_weight.find(term);
    if (own == local_weight.end()) continue;
    double cap = -1;  // the largest over its places; -1: no place joins a weighed word
    bool unbounded = false;
    for (const auto& [before, after] : places) {
      double lighter = -1;
      for (const std::string* side : {&before, &after}) {
        auto w = side->empty() ? local_weight.end() : local_weight.find(*side);
        if (w == local_weight.end()) continue;
        lighter = lighter < 0 ? w->second : std::min(lighter, w->second);
      }
      if (lighter < 0) unbounded = true;
      cap = std::max(cap, factor * lighter);
    }
    if (!unbounded && cap >= 0 && cap < own->second) capped[term] = cap;
  }
  for (const auto& [term, w] : capped) {
    local_total += w - local_weight[term];
    local_weight[term] = w;
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
  if (key == "fine_question_types" || key == "cross_word_in_phrase" || key == "rule_by_plain_share") {
    if (v != 0 && v != 1) return Status::InvalidArgument(where + ": 0 or 1 is expected");
    (key == "fine_question_types"    ? options.fine_question_types
     : key == "cross_word_in_phrase" ? options.cross_word_in_phrase
                                     : options.rule_by_plain_share) = v == 1;
    return Status::Ok();
  }
  if (key == "type_weight" || key == "sentence_idf_power" || key == "rule_weight") {
    (key == "type_weight"   ? options.type_weight
     : key == "rule_weight" ? options.rule_weight
                            : options.sentence_idf_power) = v;
    return Status::Ok();
  }
  if (key == "plain_weight" || key == "cross_word_cap") {
    (key == "plain_weight" ? options.plain_weight : options.cross_word_cap) = v;
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
    return Status::InvalidArgument(
        where +
        ": unknown key (passages, passage_floor, max_sentences, max_per_passage, "
        "min_coverage, min_found_coverage, min_found_probability, type_weight, fine_question_types, rule_weight, "
        "rule_by_plain_share, plain_weight, sentence_idf_power, foreign_list_penalty, cross_word_weight, "
        "cross_word_in_phrase, cross_word_cap)");
  }
  if (v > 1) return Status::InvalidArgument(where + ": a share in [0, 1] is expected");
  *share = v;
  return Status::Ok();
}

ExtractiveAnswerer::Phrases ExtractiveAnswerer::CrossWordTerms(std::string_view question) const {
  Phrases out;
  if (!options_.words || (options_.cross_word_weight >= 1 && !options_.cross_word_in_phrase)) return out;
  const auto words = options_.words->Tokenize(question);
  const auto bigrams = tokenizer_.Tokenize(question);
  std::unordered_map<std::string, bool> inside;  // some occurrence lies in a word
  for (const auto& b : bigrams) {
    if (b.end - b.begin != 2) continue;  // a lone character or a Latin word
    bool in = std::any_of(words.begin(), words.end(), [&](const text::Token& w) {
      return w.end - w.begin >= 2 && w.begin <= b.begin && w.end >= b.end;
    });
    inside[b.term] = inside[b.term] || in;
  }
  // The bigram at `begin` if it lies inside a content word of the question
  // (not one such as 多久 or 哪一年 that asks): the words a cross-word
  // bigram must sit against in a sentence too. Else "": either side will do.
  const std::u32string wide_question = Decode(question);
  auto asks = [&](const text::Token& w) {
    static constexpr std::u32string_view kQuestionChars = U"哪什甚麼么誰谁幾几多何怎嗎吗呢";
    for (uint32_t c = w.begin; c < w.end && c < wide_question.size(); ++c) {
      if (kQuestionChars.find(wide_question[c]) != std::u32string_view::npos) return true;
    }
    return false;
  };
  auto term_at = [&](uint32_t begin) {
    const bool in_content_word = std::any_of(words.begin(), words.end(), [&](const text::Token& w) {
      return w.end - w.begin >= 2 && w.begin <= begin && w.end >= begin + 2 && !asks(w);
    });
    if (!in_content_word) return std::string();
    for (const auto& b : bigrams) {
      if (b.begin == begin && b.end == begin + 2) return b.term;
    }
    return std::string();
  };
  for (const auto& b : bigrams) {
    if (b.end - b.begin != 2 || inside[b.term]) continue;
    out[b.term].emplace_back(b.begin > 0 ? term_at(b.begin - 1) : std::string(), term_at(b.begin + 1));
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
  const QuestionType type = ClassifyQuestion(search.query, options_.fine_question_types);
  const double top_score = std::max(search.hits.front().score, 1e-9);

  const Phrases cross_word = CrossWordTerms(search.query);
  std::vector<Sentence> pool;
  std::vector<std::u32string> texts;  // per hit in the pool
  const size_t n_hits = std::min(options_.passages, search.hits.size());
  for (size_t h = 0; h < n_hits; ++h) {
    if (h > 0 && search.hits[h].score < options_.passage_floor * top_score) break;
    texts.push_back(Decode(search.hits[h].text));
    CollectSentences(h, search.hits[h], texts.back(), tokenizer_, weight, type,
                     options_.cross_word_in_phrase ? &cross_word : nullptr, pool);
  }

  // Found at all? (answer/found_decision.h)
  SentenceTerms top_sentences;  // the top passage's, as collected
  for (const auto& s : pool) {
    if (s.hit != 0) break;
    top_sentences.resize(s.index + 1);
    top_sentences[s.index].insert(s.terms.begin(), s.terms.end());
    top_sentences[s.index].insert(s.loose_terms.begin(), s.loose_terms.end());
  }
  answer.found_signals = MeasureFound(search, top_sentences, tokenizer_, options_.words.get());
  if (pool.empty() || !EnoughToAnswer(answer.found_signals, options_.found)) return answer;

  // Each term weighs its IDF times its sentence-level IDF, to a power.
  std::unordered_map<std::string, size_t> sentence_df;
  for (const auto& s : pool) {
    for (const auto& t : s.terms) ++sentence_df[t];
    for (const auto& t : s.loose_terms) ++sentence_df[t];
  }
  const double n_sentences = static_cast<double>(pool.size());
  std::unordered_map<std::string, double> local_weight;
  double local_total = 0;
  for (const auto& [term, df] : sentence_df) {
    const double d = static_cast<double>(df);
    const double sentence_idf = std::log(1.0 + (n_sentences - d + 0.5) / (d + 0.5));
    // In phrase mode the share applies where the term is out of its phrase.
    const double share = cross_word.count(term) && !options_.cross_word_in_phrase ? options_.cross_word_weight : 1.0;
    local_total += local_weight[term] = share * weight[term] * std::pow(sentence_idf, options_.sentence_idf_power);
  }
  if (options_.cross_word_cap > 0) CapCrossWordWeights(cross_word, options_.cross_word_cap, local_weight, local_total);
  for (auto& s : pool) {
    double covered = 0;
    for (const auto& t : s.terms) covered += local_weight[t];
    for (const auto& t : s.loose_terms) covered += options_.cross_word_weight * local_weight[t];
    s.coverage = local_total > 0 ? covered / local_total : 0;
    double plain = 0;  // the share of the question's weight, by IDF alone
    for (const auto& t : s.terms) plain += weight[t];
    for (const auto& t : s.loose_terms) plain += options_.cross_word_weight * weight[t];
    s.score = s.coverage + kRankWeight * (search.hits[s.hit].score / top_score) + options_.plain_weight * plain / total;
    if (s.typed) s.score += options_.type_weight * s.coverage;
    if (s.article_rule) s.score += options_.rule_weight * (options_.rule_by_plain_share ? plain / total : s.coverage);
  }
  // A list item that only names something, under a lead line that holds
  // little of the question, is an item of another topic (a syllabus line
  // that happens to name the rule): it is quoted only if nothing better
  // states it. An article's 款 (一、 under 第六條) is the article's own
  // rule, whatever its lead line holds.
  for (size_t i = 0; i < pool.size(); ++i) {
    if (!pool[i].naming_item || pool[i].in_article) continue;
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
