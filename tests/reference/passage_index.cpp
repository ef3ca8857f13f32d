#include "reference/passage_index.h"

#include <algorithm>
#include <cmath>

#include "search/proximity.h"
#include "search/snippet.h"
#include "text/query_words.h"
#include "util/utf8.h"

namespace wenyuan::search {
namespace {

double Idf(double n, double df) { return std::log(1.0 + (n - df + 0.5) / (df + 0.5)); }

}  // namespace

PassageIndex::PassageIndex(std::vector<catalog::PassageRecord> passages, Analysis analysis)
    : passages_(std::move(passages)), analysis_(std::move(analysis)) {
  bigram_field_.length.resize(passages_.size());
  word_field_.length.resize(passages_.size());
  for (uint32_t i = 0; i < passages_.size(); ++i) {
    const auto& p = passages_[i];
    if (analysis_.use_bigrams) {
      AddToField(bigram_field_, i, analysis_.bigrams.Tokenize(p.text), analysis_.bigrams.Tokenize(p.title));
    }
    if (analysis_.words) {
      AddToField(word_field_, i, analysis_.Words(p.text), analysis_.Words(p.title));
    }
  }
  for (Field* f : {&bigram_field_, &word_field_}) {
    double total = 0;
    for (float l : f->length) total += l;
    f->average_length = std::max(1.0, passages_.empty() ? 1.0 : total / static_cast<double>(passages_.size()));
  }
}

void PassageIndex::AddToField(Field& field, uint32_t passage, const std::vector<text::Token>& body,
                              const std::vector<text::Token>& title) const {
  const auto title_weight = static_cast<float>(analysis_.ranking.title_weight);
  std::unordered_map<std::string, float> tf;
  for (const auto& t : body) tf[t.term] += 1;
  for (const auto& t : title) tf[t.term] += title_weight;
  field.length[passage] = static_cast<float>(body.size()) + title_weight * static_cast<float>(title.size());
  for (auto& [term, f] : tf) field.postings[term].push_back({passage, f});
}

SearchResponse PassageIndex::Search(const std::string& kb, const std::string& query,
                                    const SearchOptions& options) const {
  SearchResponse response;
  response.kb = kb;
  response.query = query;
  const double n = static_cast<double>(passages_.size());
  const RankingParams& ranking = analysis_.ranking;
  std::vector<double> scores(passages_.size(), 0.0);

  std::vector<text::Token> query_words;
  if (analysis_.words) query_words = analysis_.Words(query);
  const QueryGrammarWeights grammar_weight(query_words, ranking.grammar_word_weight);

  // A one-character query term (a single Han character between non-Han
  // ones) is looked up in every bigram that holds it, so 台 finds 台灣.
  std::vector<std::string> expanded_terms;  // bigrams matched that way, for highlighting
  auto postings_for = [&](const Field& field, const std::string& term, bool expand,
                          std::vector<Posting>& scratch) -> const std::vector<Posting>* {
    auto it = field.postings.find(term);
    size_t at = 0;
    const bool single_han = expand && !term.empty() && utf8::IsHan(utf8::DecodeNext(term, at)) && at == term.size();
    if (!single_han) return it == field.postings.end() ? nullptr : &it->second;
    std::unordered_map<uint32_t, float> tf;
    for (const auto& [key, list] : field.postings) {
      if (key != term && !(key.size() > term.size() && (key.starts_with(term) || key.ends_with(term)) &&
                           utf8::CodePointCount(key) == 2)) {
        continue;
      }
      if (key != term) expanded_terms.push_back(key);
      for (const Posting& p : list) tf[p.passage] += p.tf;
    }
    scratch.clear();
    for (auto& [passage, f] : tf) scratch.push_back({passage, f});
    std::sort(scratch.begin(), scratch.end(), [](const Posting& a, const Posting& b) { return a.passage < b.passage; });
    return scratch.empty() ? nullptr : &scratch;
  };

  auto score_field = [&](const Field& field, const FieldRanking& params, const std::vector<text::Token>& tokens,
                         bool report) {
    const bool expand = &field == &bigram_field_;
    const double k1 = params.k1, b = params.b;
    std::vector<Posting> scratch;
    std::vector<std::string> terms;
    std::unordered_map<std::string, std::pair<int, double>> query_tf;  // count, weight
    for (const auto& t : tokens) {
      auto& entry = query_tf[t.term];
      if (entry.first++ == 0) {
        terms.push_back(t.term);
        entry.second = grammar_weight(t);
      }
    }
    for (const auto& term : terms) {
      const std::vector<Posting>* list = postings_for(field, term, expand, scratch);
      const size_t df = list ? list->size() : 0;
      const double idf = Idf(n, static_cast<double>(df));
      const auto& [count, weight] = query_tf[term];
      if (report) response.terms.push_back({term, idf * weight, df});
      if (df == 0) continue;
      for (const Posting& p : *list) {
        double norm = k1 * (1 - b + b * field.length[p.passage] / field.average_length);
        scores[p.passage] += params.weight * weight * count * idf * p.tf * (k1 + 1) / (p.tf + norm);
      }
    }
  };
  const auto bigram_tokens = analysis_.bigrams.Tokenize(query);
  if (analysis_.use_bigrams) score_field(bigram_field_, ranking.bigrams, bigram_tokens, true);
  if (analysis_.words) score_field(word_field_, ranking.words, query_words, !analysis_.use_bigrams);

  std::vector<uint32_t> hits;
  for (uint32_t i = 0; i < scores.size(); ++i) {
    if (scores[i] > 0) hits.push_back(i);
  }
  response.candidates = hits.size();
  auto better = [&](uint32_t a, uint32_t b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; };
  // --- re-scoring (proximity.h): every candidate whose title the query
  // names in full gets the title bonus; then the best `proximity_depth` get a
  // bonus for query bigram pairs that are adjacent in their text, and are
  // sorted again. Only this block reads passage text at query time. The
  // re-scored candidates stay ahead of the rest.
  size_t ranked = 0;  // hits[0, ranked) are in their final order
  const size_t depth = std::min(ranking.proximity_depth, hits.size());
  if ((ranking.proximity_weight > 0 || ranking.title_match_weight > 0) && analysis_.use_bigrams && depth > 0) {
    std::unordered_map<std::string, double> term_weight;
    for (const auto& t : response.terms) term_weight.emplace(t.term, t.idf);
    const ProximityQuery proximity(bigram_tokens, [&](const std::string& term) {
      auto it = term_weight.find(term);
      return it == term_weight.end() ? 0.0 : it->second;
    });
    const std::string folded_query = FoldForMatch(query, analysis_.folder.get());
    // The title bonus reaches every candidate; the proximity bonus the best
    // `depth` after it.
    for (uint32_t h : hits) {
      const auto& rec = passages_[h];
      if (ranking.title_match_weight > 0 &&
          TitleNamedInQuery(FoldForMatch(rec.title, analysis_.folder.get()), folded_query)) {
        double title_idf = 0;
        for (const auto& t : analysis_.bigrams.Tokenize(rec.title)) {
          auto it = bigram_field_.postings.find(t.term);
          title_idf += Idf(n, it == bigram_field_.postings.end() ? 0.0 : static_cast<double>(it->second.size()));
        }
        scores[h] += ranking.title_match_weight * title_idf;
      }
    }
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(depth), hits.end(), better);
    for (size_t r = 0; r < depth; ++r) {
      const auto& rec = passages_[hits[r]];
      if (ranking.proximity_weight > 0 && !proximity.empty()) {
        const double bonus = std::max(proximity.Score(analysis_.bigrams.Tokenize(rec.text)),
                                      proximity.Score(analysis_.bigrams.Tokenize(rec.title)));
        scores[hits[r]] += ranking.proximity_weight * bonus;
      }
    }
    std::sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(depth), better);
    ranked = depth;
  }
  // --- end re-scoring
  const size_t k = std::min(options.k, hits.size());
  if (k > ranked) {
    std::partial_sort(hits.begin() + static_cast<std::ptrdiff_t>(ranked), hits.begin() + static_cast<std::ptrdiff_t>(k),
                      hits.end(), better);
  }
  std::vector<std::string> highlight_terms;
  for (const auto& t : bigram_tokens) highlight_terms.push_back(t.term);
  highlight_terms.insert(highlight_terms.end(), expanded_terms.begin(), expanded_terms.end());
  for (size_t r = 0; r < k; ++r) {
    const auto& rec = passages_[hits[r]];
    SearchHit hit = HitOf(kb, rec, scores[hits[r]]);
    hit.snippet = MakeSnippet(rec.text, analysis_.bigrams, highlight_terms, options.snippet_chars);
    response.hits.push_back(std::move(hit));
  }
  return response;
}

}  // namespace wenyuan::search
