#include "search/index_search.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "index/prefix_terms.h"
#include "index/query_executor.h"
#include "index/term_cursor.h"
#include "search/proximity.h"
#include "search/query_parser.h"
#include "search/snippet.h"
#include "util/stage_clock.h"
#include "util/utf8.h"

namespace wenyuan::search {
namespace {

std::vector<text::Token> TitleFieldTokens(const Analysis& a, std::string_view s) {
  return a.words ? a.Words(s) : a.bigrams.Tokenize(s);
}

bool IsSingleHan(std::string_view term) {
  size_t at = 0;
  return !term.empty() && utf8::IsHan(utf8::DecodeNext(term, at)) && at == term.size();
}

// A single Han character is looked up as its own postings (index::CharTerm:
// the summed weight of the bigrams holding it, as their union would score).
std::string ScoredTerm(const std::string& term, bool expand) {
  return expand && IsSingleHan(term) ? index::CharTerm(term) : term;
}

// The phrase's tokens in `field`, offsets relative to the first.
index::PhraseClause Phrase(index::Field field, const std::vector<text::Token>& tokens, bool expand) {
  index::PhraseClause clause;
  clause.field = field;
  for (const auto& t : tokens) {
    index::PhraseToken pt;
    pt.terms = {ScoredTerm(t.term, expand && tokens.size() == 1)};
    pt.offset = t.begin - tokens.front().begin;
    clause.tokens.push_back(std::move(pt));
  }
  return clause;
}

// --- re-scoring, as the reference engine does it (proximity.h): the best
// `proximity_depth` candidates (BM25 order, `ranked` holds them best first)
// get a bonus for query bigram pairs adjacent in their text or title
// (proximity_weight, off by default) and for a title the query names in
// full (title_match_weight × the summed IDF of the title's bigrams), then
// are sorted again; they stay ahead of the rest. Ties keep index order.
template <typename Ranked>
Status Rescore(const index::IndexSnapshot& snapshot, const Analysis& analysis, const std::string& query_text,
               const std::vector<text::Token>& bigram_tokens, const std::vector<QueryTerm>& terms, bool title_bonus,
               std::vector<Ranked>& ranked) {
  const RankingParams& params = analysis.ranking;
  const size_t depth = std::min(params.proximity_depth, ranked.size());
  if (depth == 0) return Status::Ok();
  std::unordered_map<std::string, double> term_weight;
  for (const auto& t : terms) term_weight.emplace(t.term, t.idf);
  const ProximityQuery proximity(bigram_tokens, [&](const std::string& term) {
    auto it = term_weight.find(term);
    return it == term_weight.end() ? 0.0 : it->second;
  });
  const std::string folded_query = FoldForMatch(query_text, analysis.folder.get());
  const double n = static_cast<double>(snapshot.live_docs());
  std::unordered_map<std::string, double> idf_of;  // title bigram → IDF
  for (size_t r = 0; r < depth; ++r) {
    const std::string_view title = ranked[r].title;
    // The title's bigrams only where a bonus reads them (most titles are
    // not named in the query).
    std::optional<std::vector<text::Token>> title_bigrams;
    auto bigrams_of_title = [&]() -> const std::vector<text::Token>& {
      if (!title_bigrams) title_bigrams = analysis.bigrams.Tokenize(title);
      return *title_bigrams;
    };
    if (params.proximity_weight > 0 && !proximity.empty()) {  // the caller loaded the passages (rec)
      const double bonus = std::max(proximity.Score(analysis.bigrams.Tokenize(ranked[r].rec->text)),
                                    proximity.Score(bigrams_of_title()));
      ranked[r].score += params.proximity_weight * bonus;
    }
    if (title_bonus && params.title_match_weight > 0 &&
        TitleNamedInQuery(FoldForMatch(title, analysis.folder.get()), folded_query)) {
      double title_idf = 0;
      for (const auto& t : bigrams_of_title()) {
        auto it = idf_of.find(t.term);
        if (it == idf_of.end()) {
          WY_ASSIGN_OR_RETURN(uint64_t df, index::DocumentFrequency(snapshot, index::Field::kBigrams, t.term));
          it = idf_of.emplace(t.term, index::Bm25Idf(n, static_cast<double>(df))).first;
        }
        title_idf += it->second;
      }
      ranked[r].score += params.title_match_weight * title_idf;
    }
  }
  std::sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(depth), [](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.hit->segment != b.hit->segment ? a.hit->segment < b.hit->segment : a.hit->doc < b.hit->doc;
  });
  return Status::Ok();
}
// --- end re-scoring

// The title-match bonus inside the engine, where every segment holds its
// passages' title keys: the titles the query names in full (a seek walk
// per start in the folded query) become flat clauses worth
// title_match_weight × the summed IDF of the title's bigrams, as Rescore
// gives it, so block-max WAND bounds them like any term and the best k need
// no deeper candidate list. The bigrams are those of a passage's stored
// title (the first holding the key).
Status AddTitleBonus(const index::IndexSnapshot& snapshot, const Analysis& analysis, const std::string& query_text,
                     index::Query& query) {
  const std::string folded_query = FoldForMatch(query_text, analysis.folder.get());
  std::vector<std::string> keys;
  for (size_t at = 0; at < folded_query.size();) {
    WY_ASSIGN_OR_RETURN(auto found, index::TermsBeginning(snapshot, index::Field::kKeyword, index::kTitleKeyPrefix,
                                                          std::string_view(folded_query).substr(at)));
    keys.insert(keys.end(), found.begin(), found.end());
    utf8::DecodeNext(folded_query, at);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  const double n = static_cast<double>(snapshot.live_docs());
  std::unordered_map<std::string, double> idf_of;  // title bigram → IDF
  for (const std::string& key : keys) {
    if (!TitleNamedInQuery(std::string_view(key).substr(index::kTitleKeyPrefix.size()), folded_query)) continue;
    std::optional<std::string_view> title;
    for (const auto& seg : snapshot.segments()) {
      if (!seg.reader->has_titles()) continue;
      WY_ASSIGN_OR_RETURN(index::TermCursor c,
                          index::TermCursor::Open(*seg.reader, {index::TermKey(index::Field::kKeyword, key)}));
      if (c.empty() || c.doc() == index::kNoMoreDocs) continue;
      WY_ASSIGN_OR_RETURN(title, seg.reader->Title(c.doc()));
      break;
    }
    if (!title) continue;
    double title_idf = 0;
    for (const auto& t : analysis.bigrams.Tokenize(*title)) {
      auto it = idf_of.find(t.term);
      if (it == idf_of.end()) {
        WY_ASSIGN_OR_RETURN(uint64_t df, index::DocumentFrequency(snapshot, index::Field::kBigrams, t.term));
        it = idf_of.emplace(t.term, index::Bm25Idf(n, static_cast<double>(df))).first;
      }
      title_idf += it->second;
    }
    const double bonus = analysis.ranking.title_match_weight * title_idf;
    if (bonus <= 0) continue;
    index::TermClause clause;
    clause.field = index::Field::kKeyword;
    clause.terms = {key};
    clause.weight = bonus;
    clause.flat = true;
    query.scored.push_back(std::move(clause));
  }
  return Status::Ok();
}

}  // namespace

namespace {

// The query's constraints as index clauses: phrases, exclusions, title:,
// key:value filters, the date range and category: (as allowed documents).
Status AddFilters(const Analysis& analysis, const ParsedQuery& parsed, const CategoryLookup& categories,
                  index::Query& query) {
  using index::Field;
  query.date_from = parsed.date_from;
  query.date_to = parsed.date_to;
  const Field phrase_field = analysis.use_bigrams ? Field::kBigrams : Field::kBody;
  auto phrase_tokens = [&](const std::string& s) {
    return analysis.use_bigrams ? analysis.bigrams.Tokenize(s) : analysis.Words(s);
  };
  for (const auto& p : parsed.phrases) {
    auto tokens = phrase_tokens(p);
    if (!tokens.empty()) query.required.push_back(Phrase(phrase_field, tokens, analysis.use_bigrams));
  }
  for (const auto& p : parsed.excluded) {
    auto tokens = phrase_tokens(p);
    if (!tokens.empty()) query.excluded.push_back(Phrase(phrase_field, tokens, analysis.use_bigrams));
  }
  for (const auto& t : parsed.titles) {
    auto tokens = TitleFieldTokens(analysis, t);
    if (tokens.empty()) return Status::InvalidArgument("query filter 'title:" + t + "' has no words");
    query.required.push_back(Phrase(Field::kTitle, tokens, false));
  }
  for (const auto& [key, value] : parsed.filters) {
    index::PhraseClause clause;
    clause.field = Field::kKeyword;
    clause.tokens.push_back({{key + ":" + utf8::AsciiLower(value)}, 0});
    query.required.push_back(std::move(clause));
  }
  for (const auto& [taxonomy, category] : parsed.categories) {
    if (!categories) {
      return Status::InvalidArgument("query filter 'category:" + taxonomy + "/" + category +
                                     "' needs a knowledge base with enrichment");
    }
    WY_ASSIGN_OR_RETURN(std::vector<int64_t> in_category, categories(taxonomy, category));
    if (!query.documents) {
      query.documents = std::move(in_category);
      continue;
    }
    std::vector<int64_t> both;
    std::set_intersection(query.documents->begin(), query.documents->end(), in_category.begin(), in_category.end(),
                          std::back_inserter(both));
    query.documents = std::move(both);
  }
  return Status::Ok();
}

}  // namespace

Result<SearchResponse> SearchSnapshot(const index::IndexSnapshot& snapshot, const Analysis& analysis,
                                      const std::string& kb, const std::string& query_text,
                                      const SearchOptions& options, const PassageLookup& lookup,
                                      const CategoryLookup& categories) {
  WY_ASSIGN_OR_RETURN(ParsedQuery parsed, ParseQuery(query_text));
  return SearchSnapshot(snapshot, analysis, kb, parsed, query_text, options, lookup, categories);
}

Result<SearchResponse> SearchSnapshot(const index::IndexSnapshot& snapshot, const Analysis& analysis,
                                      const std::string& kb, const ParsedQuery& parsed, const std::string& query_text,
                                      const SearchOptions& options, const PassageLookup& lookup,
                                      const CategoryLookup& categories) {
  using index::Field;
  StageClock clock;
  SearchResponse response;
  response.kb = kb;
  response.query = query_text;
  SearchTimings& timings = response.timings;

  index::Query query;
  const RankingParams& params = analysis.ranking;
  query.k = options.k;
  query.gate = true;  // the rarest terms carrying half the weight open the candidates
  query.proximity_weight = analysis.ranking.engine_proximity_weight;
  query.conjunctive = params.tier > 0;  // passages holding every content bigram first
  query.fill_share = params.tier_fill;
  query.fill_share_max = params.tier_fill_max;
  query.fill_from_gate = params.tier_fill_gate > 0;
  query.bm25[static_cast<size_t>(Field::kBody)] = {params.words.k1, params.words.b};
  query.bm25[static_cast<size_t>(Field::kBigrams)] = {params.bigrams.k1, params.bigrams.b};

  // Scored terms, weighed as the reference engine weighs them.
  std::vector<text::Token> query_words;
  if (analysis.words) query_words = analysis.Words(parsed.text);
  const QueryGrammarWeights grammar_weight(query_words, params.grammar_word_weight);
  struct Reported {
    size_t clause;
    double grammar_weight;
  };
  std::vector<Reported> reported;
  std::vector<std::string> highlight_terms;
  auto add_field = [&](Field field, const FieldRanking& field_ranking, const std::vector<text::Token>& tokens,
                       bool expand, bool report) {
    std::map<std::string, size_t> clause_of;
    for (const auto& t : tokens) {
      auto [it, fresh] = clause_of.emplace(t.term, query.scored.size());
      if (!fresh) continue;
      index::TermClause clause;
      clause.field = field;
      clause.terms = {ScoredTerm(t.term, expand)};
      clause.query_offset = t.begin;
      const double w = grammar_weight(t);
      clause.weight = w;
      // Content bigrams (not a question or stop word's) make the first tier.
      clause.conjunct = field == Field::kBigrams && w == 1.0;
      if (report) reported.push_back({query.scored.size(), w});
      query.scored.push_back(std::move(clause));
    }
    // Field weight × grammar weight × occurrences in the query.
    std::map<std::string, int> counts;
    for (const auto& t : tokens) ++counts[t.term];
    for (const auto& [term, clause] : clause_of) query.scored[clause].weight *= field_ranking.weight * counts[term];
  };
  const auto bigram_tokens = analysis.bigrams.Tokenize(parsed.text);
  if (analysis.use_bigrams) add_field(Field::kBigrams, params.bigrams, bigram_tokens, true, true);
  if (analysis.words) add_field(Field::kBody, params.words, query_words, false, !analysis.use_bigrams);
  for (const auto& t : bigram_tokens) highlight_terms.push_back(t.term);

  WY_RETURN_IF_ERROR(AddFilters(analysis, parsed, categories, query));
  if (query.scored.empty() && query.required.empty() && !query.date_from && !query.date_to && !query.documents) {
    return Status::InvalidArgument("query has no terms to search for");
  }

  // The title-match bonus is scored by the engine where the index holds
  // title keys; otherwise (an older index) Rescore adds it to the best
  // proximity_depth.
  bool title_keys = analysis.use_bigrams && params.title_match_weight > 0 && !query.scored.empty();
  for (const auto& seg : snapshot.segments()) title_keys = title_keys && seg.reader->has_title_keys();
  if (title_keys) WY_RETURN_IF_ERROR(AddTitleBonus(snapshot, analysis, parsed.text, query));
  // WAND collects the best proximity_depth (or k, if more) for Rescore.
  const bool rescore = (params.proximity_weight > 0 || (params.title_match_weight > 0 && !title_keys)) &&
                       analysis.use_bigrams && params.proximity_depth > 0 && !query.scored.empty();
  if (rescore) query.candidates = params.proximity_depth;
  // Hits that get passages and snippets; facets may look deeper.
  const size_t shown = std::max(options.k, query.candidates);
  query.candidates = std::max(query.candidates, options.facet_depth);
  timings.analysis_ms += clock.Lap();
  index::ExecuteOptions execute;
  execute.threads = options.threads;
  WY_ASSIGN_OR_RETURN(index::QueryResult result, index::Execute(snapshot, query, execute));
  timings.engine_ms += clock.Lap();
  if (options.facet_depth > 0) {
    std::unordered_set<int64_t> seen;
    for (size_t i = 0; i < result.hits.size() && i < options.facet_depth; ++i) {
      const int64_t doc = result.hits[i].values.document_id;
      if (seen.insert(doc).second) response.facet_documents.push_back(doc);
    }
  }
  timings.facets_ms += clock.Lap();
  if (result.hits.size() > shown) result.hits.resize(shown);
  for (const auto& r : reported) {
    const auto& clause = query.scored[r.clause];
    const auto& stats = result.clauses[r.clause];
    std::string term = clause.terms.size() == 1 ? clause.terms[0] : "";
    if (index::IsCharTerm(term)) term.erase(0, index::kCharTermPrefix.size());  // a character reports as itself
    response.terms.push_back({term, stats.idf * r.grammar_weight, static_cast<size_t>(stats.df)});
  }
  response.candidates = result.scored_documents;

  // Passages come from the catalog only for the hits returned, when the
  // index holds what re-scoring reads (titles; the text only for the
  // optional proximity bonus). Otherwise every candidate is looked up.
  struct Ranked {
    const index::IndexHit* hit;
    const catalog::PassageRecord* rec;  // null until looked up
    std::string_view title;
    double score;
  };
  bool titles_in_index = true;
  for (const auto& seg : snapshot.segments()) titles_in_index = titles_in_index && seg.reader->has_titles();
  const bool lookup_all = !titles_in_index || (rescore && params.proximity_weight > 0);
  std::vector<std::vector<catalog::PassageRecord>> batches;
  // Looks up `from`'s passages; those gone from the catalog since the index
  // commit are dropped.
  auto load = [&](std::vector<Ranked> from) -> Result<std::vector<Ranked>> {
    std::vector<int64_t> ids;
    for (const auto& r : from) ids.push_back(r.hit->values.passage_id);
    WY_ASSIGN_OR_RETURN(auto records, lookup(ids));
    batches.push_back(std::move(records));
    std::unordered_map<int64_t, const catalog::PassageRecord*> by_id;
    for (const auto& rec : batches.back()) by_id[rec.id] = &rec;
    std::vector<Ranked> kept;
    for (auto& r : from) {
      auto it = by_id.find(r.hit->values.passage_id);
      if (it == by_id.end()) continue;
      r.rec = it->second;
      if (lookup_all) r.title = r.rec->title;
      kept.push_back(r);
    }
    return kept;
  };
  std::vector<Ranked> ranked;
  for (const auto& h : result.hits) {
    Ranked r{&h, nullptr, {}, h.score};
    if (!lookup_all) {
      WY_ASSIGN_OR_RETURN(r.title, snapshot.segments()[h.segment].reader->Title(h.doc));
    }
    ranked.push_back(r);
  }
  timings.rescore_ms += clock.Lap();  // titles read from the index
  if (lookup_all) {
    WY_ASSIGN_OR_RETURN(ranked, load(std::move(ranked)));
    timings.catalog_ms += clock.Lap();
  }
  if (rescore) {
    WY_RETURN_IF_ERROR(Rescore(snapshot, analysis, parsed.text, bigram_tokens, response.terms, !title_keys, ranked));
  }
  timings.rescore_ms += clock.Lap();
  if (!lookup_all) {
    std::vector<Ranked> shown_hits;
    for (size_t next = 0; next < ranked.size() && shown_hits.size() < options.k;) {
      const size_t take = std::min(ranked.size() - next, options.k - shown_hits.size());
      std::vector<Ranked> batch(ranked.begin() + static_cast<std::ptrdiff_t>(next),
                                ranked.begin() + static_cast<std::ptrdiff_t>(next + take));
      next += take;
      WY_ASSIGN_OR_RETURN(auto kept, load(std::move(batch)));
      shown_hits.insert(shown_hits.end(), kept.begin(), kept.end());
    }
    ranked = std::move(shown_hits);
    timings.catalog_ms += clock.Lap();
  }
  if (ranked.size() > options.k) ranked.resize(options.k);
  for (const Ranked& r : ranked) {
    const catalog::PassageRecord& rec = *r.rec;
    SearchHit hit = HitOf(kb, rec, r.score);
    hit.snippet = MakeSnippet(rec.text, analysis.bigrams, highlight_terms, options.snippet_chars);
    response.hits.push_back(std::move(hit));
  }
  timings.snippets_ms += clock.Lap();
  timings.total_ms = clock.Total();
  return response;
}

Result<std::unordered_set<int64_t>> MatchingPassages(const index::IndexSnapshot& snapshot, const Analysis& analysis,
                                                     const ParsedQuery& parsed, const std::vector<int64_t>& documents,
                                                     const CategoryLookup& categories) {
  index::Query query;
  WY_RETURN_IF_ERROR(AddFilters(analysis, parsed, categories, query));
  std::vector<int64_t> allowed = documents;
  std::sort(allowed.begin(), allowed.end());
  allowed.erase(std::unique(allowed.begin(), allowed.end()), allowed.end());
  if (query.documents) {
    std::vector<int64_t> both;
    std::set_intersection(query.documents->begin(), query.documents->end(), allowed.begin(), allowed.end(),
                          std::back_inserter(both));
    allowed = std::move(both);
  }
  query.documents = std::move(allowed);
  query.k = std::max<uint64_t>(snapshot.live_docs(), 1);
  WY_ASSIGN_OR_RETURN(index::QueryResult result, index::Execute(snapshot, query));
  std::unordered_set<int64_t> out;
  for (const auto& h : result.hits) out.insert(h.values.passage_id);
  return out;
}

}  // namespace wenyuan::search
