#include "eval/retrieval_eval.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "answer/extractive_answerer.h"
#include "answer/naive_baseline.h"
#include "eval/eval_vectors.h"
#include "index/index_writer.h"
#include "search/hybrid_fusion.h"
#include "search/index_search.h"
#include "util/file_io.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::eval {
namespace {

using nlohmann::json;
constexpr uint64_t kMaxEvalFileBytes = 1ull << 30;

// Calls `on_record` for each non-empty line parsed as a JSON object.
Status ForEachJsonLine(const std::filesystem::path& path,
                       const std::function<Status(const json&, const std::string& where)>& on_record) {
  WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, kMaxEvalFileBytes));
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const std::string where = path.string() + ": line " + std::to_string(lines.line_number());
    json record = json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      return Status::InvalidArgument(where + ": not a JSON object");
    }
    WY_RETURN_IF_ERROR(on_record(record, where));
  }
  return Status::Ok();
}

Result<std::string> RequiredString(const json& record, const char* key, const std::string& where) {
  auto it = record.find(key);
  if (it == record.end() || !it->is_string()) {
    return Status::InvalidArgument(where + ": field '" + key + "' (a string) is missing");
  }
  return it->get<std::string>();
}

std::vector<std::string> StringList(const json& record, const char* key) {
  std::vector<std::string> out;
  auto it = record.find(key);
  if (it == record.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

std::string Folded(const search::Analysis& analysis, std::string_view s) {
  if (!analysis.folder) return std::string(s);
  std::string out;
  for (size_t pos = 0; pos < s.size();) utf8::Append(out, analysis.folder->Fold(utf8::DecodeNext(s, pos)));
  return out;
}

// A scratch folder for the throw-away index, removed with what it holds.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "wenyuan-eval-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};
// DESIGN.md: an answer string, after script folding, in the quoted sentences.
bool QuotesAnAnswerImpl(const search::Analysis& analysis, const std::vector<std::string>& sentences,
                        const std::vector<std::string>& answers) {
  std::string quoted;
  for (const auto& s : sentences) quoted += s + "\n";
  quoted = Folded(analysis, quoted);
  return std::any_of(answers.begin(), answers.end(), [&](const std::string& ans) {
    return !ans.empty() && quoted.find(Folded(analysis, ans)) != std::string::npos;
  });
}

// User plus system CPU time of this process so far.
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t i = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::min(values.size() - 1, i == 0 ? 0 : i - 1)];
}

}  // namespace

Result<EvalCorpus> LoadEvalCorpus(const std::filesystem::path& path) {
  EvalCorpus corpus;
  Status s = ForEachJsonLine(path, [&](const json& r, const std::string& where) -> Status {
    WY_ASSIGN_OR_RETURN(std::string id, RequiredString(r, "id", where));
    WY_ASSIGN_OR_RETURN(std::string text, RequiredString(r, "text", where));
    catalog::PassageRecord p;
    p.document_id = static_cast<int64_t>(corpus.passages.size());
    p.text = std::move(text);
    p.title = r.value("title", "");
    p.source = id;
    corpus.ids.push_back(std::move(id));
    corpus.passages.push_back(std::move(p));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return corpus;
}

bool QuotesAnAnswer(const search::Analysis& analysis, const std::vector<std::string>& sentences,
                    const std::vector<std::string>& answers) {
  return QuotesAnAnswerImpl(analysis, sentences, answers);
}

namespace {
answer::AnswerOptions WithWords(answer::AnswerOptions options, const search::Analysis& analysis) {
  if (!options.words) options.words = analysis.words;
  return options;
}
}  // namespace

AnswerTally::AnswerTally(const search::Analysis& analysis, answer::AnswerOptions options)
    : analysis_(analysis), answerer_(analysis.bigrams, WithWords(std::move(options), analysis)) {}

QueryOutcome AnswerTally::Add(const search::SearchResponse& response, const EvalQuery& query) {
  QueryOutcome outcome;
  answer::Answer a = answerer_.AnswerFrom(response);
  outcome.answered = a.found && !a.evidence.empty();
  outcome.found_signals = a.found_signals;
  if (query.answerable()) {
    ++answerable_;
    answered_ += outcome.answered;
  } else {
    ++unanswerable_;
    false_answers_ += outcome.answered;
  }
  if (query.answers.empty()) return outcome;
  ++questions_;
  std::vector<std::string> quoted;
  for (const auto& e : a.evidence) quoted.push_back(e.text);
  outcome.answer_at_3 = QuotesAnAnswerImpl(analysis_, quoted, query.answers);
  outcome.answer_at_1 = !quoted.empty() && QuotesAnAnswerImpl(analysis_, {quoted.front()}, query.answers);
  ours_ += outcome.answer_at_3;
  ours_first_ += outcome.answer_at_1;
  baseline_ +=
      QuotesAnAnswerImpl(analysis_, answer::NaiveBaselineSentences(response, analysis_.folder.get()), query.answers);
  return outcome;
}

namespace {
double Share(size_t part, size_t whole) { return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0; }
}  // namespace

void AnswerTally::Report(EvalReport& report) const {
  report.queries_with_answers = questions_;
  report.answer_recall_at_3 = Share(ours_, questions_);
  report.answer_recall_at_1 = Share(ours_first_, questions_);
  report.answer_recall_at_3_baseline = Share(baseline_, questions_);
  report.answerable_queries = answerable_;
  report.unanswerable_queries = unanswerable_;
  report.answered_rate = Share(answered_, answerable_);
  report.false_answer_rate = Share(false_answers_, unanswerable_);
}

void SummarizeAnswers(const std::vector<EvalQuery>& queries, const std::vector<QueryOutcome>& outcomes,
                      EvalReport& report) {
  size_t with_answers = 0, at1 = 0, at3 = 0, answerable = 0, answered = 0, unanswerable = 0, false_answers = 0;
  for (size_t i = 0; i < queries.size() && i < outcomes.size(); ++i) {
    const QueryOutcome& o = outcomes[i];
    if (queries[i].answerable()) {
      ++answerable;
      answered += o.answered;
    } else {
      ++unanswerable;
      false_answers += o.answered;
    }
    if (queries[i].answers.empty()) continue;
    ++with_answers;
    at1 += o.answer_at_1;
    at3 += o.answer_at_3;
  }
  report.queries_with_answers = with_answers;
  report.answer_recall_at_1 = Share(at1, with_answers);
  report.answer_recall_at_3 = Share(at3, with_answers);
  report.answerable_queries = answerable;
  report.unanswerable_queries = unanswerable;
  report.answered_rate = Share(answered, answerable);
  report.false_answer_rate = Share(false_answers, unanswerable);
}

Result<std::vector<EvalQuery>> LoadEvalQueries(const std::filesystem::path& path) {
  std::vector<EvalQuery> queries;
  Status s = ForEachJsonLine(path, [&](const json& r, const std::string& where) -> Status {
    EvalQuery q;
    WY_ASSIGN_OR_RETURN(q.text, RequiredString(r, "text", where));
    q.id = r.contains("id") && r["id"].is_string() ? r["id"].get<std::string>() : std::to_string(queries.size());
    q.gold = StringList(r, "gold");
    // A question about a knowledge base may name its source file instead
    // (docs/evaluation.md): "file": "samples/regulation-….txt".
    if (q.gold.empty() && r.contains("file") && r["file"].is_string()) q.gold.push_back(r["file"].get<std::string>());
    q.answers = StringList(r, "answers");
    if (r.contains("kind") && r["kind"].is_string()) q.kind = r["kind"].get<std::string>();
    queries.push_back(std::move(q));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return queries;
}

EvalReport ScoreRankingsWithAnswers(const std::vector<EvalQuery>& queries,
                                    const std::vector<std::vector<std::string>>& rankings,
                                    const std::vector<double>& latencies_ms,
                                    const std::vector<QueryOutcome>& answer_outcomes) {
  EvalReport report = ScoreRankings(queries, rankings, latencies_ms);
  for (size_t i = 0; i < answer_outcomes.size() && i < report.outcomes.size(); ++i) {
    const size_t gold_rank = report.outcomes[i].gold_rank;
    report.outcomes[i] = answer_outcomes[i];
    report.outcomes[i].gold_rank = gold_rank;
  }
  return report;
}

EvalReport ScoreRankings(const std::vector<EvalQuery>& queries, const std::vector<std::vector<std::string>>& rankings,
                         const std::vector<double>& latencies_ms) {
  EvalReport report;
  report.outcomes.resize(queries.size());
  double r1 = 0, r5 = 0, r20 = 0, mrr = 0, ndcg = 0;
  size_t answerable = 0;
  for (size_t qi = 0; qi < queries.size() && qi < rankings.size(); ++qi) {
    const EvalQuery& q = queries[qi];
    if (!q.answerable()) continue;
    ++answerable;
    const std::vector<std::string>& ranked = rankings[qi];
    for (size_t i = 0; i < ranked.size(); ++i) {
      if (std::find(q.gold.begin(), q.gold.end(), ranked[i]) == q.gold.end()) continue;
      report.outcomes[qi].gold_rank = i + 1;
      break;
    }
    auto recall = [&](size_t n) {
      if (q.gold.empty()) return 0.0;
      size_t found = 0;
      for (const auto& g : q.gold) {
        auto end = ranked.begin() + static_cast<std::ptrdiff_t>(std::min(n, ranked.size()));
        found += std::find(ranked.begin(), end, g) != end;
      }
      return static_cast<double>(found) / static_cast<double>(q.gold.size());
    };
    r1 += recall(1);
    r5 += recall(5);
    r20 += recall(20);
    double dcg = 0;
    bool first = true;
    for (size_t i = 0; i < std::min<size_t>(10, ranked.size()); ++i) {
      if (std::find(q.gold.begin(), q.gold.end(), ranked[i]) == q.gold.end()) continue;
      dcg += 1.0 / std::log2(static_cast<double>(i) + 2.0);
      if (first) mrr += 1.0 / static_cast<double>(i + 1);
      first = false;
    }
    double idcg = 0;
    for (size_t i = 0; i < std::min<size_t>(10, q.gold.size()); ++i) {
      idcg += 1.0 / std::log2(static_cast<double>(i) + 2.0);
    }
    if (idcg > 0) ndcg += dcg / idcg;
  }
  const double n = std::max<double>(1, static_cast<double>(answerable));
  report.queries = queries.size();
  report.recall_at_1 = r1 / n;
  report.recall_at_5 = r5 / n;
  report.recall_at_20 = r20 / n;
  report.mrr_at_10 = mrr / n;
  report.ndcg_at_10 = ndcg / n;
  report.query_ms_p50 = Percentile(latencies_ms, 0.50);
  report.query_ms_p99 = Percentile(latencies_ms, 0.99);
  return report;
}

Result<EvalReport> RunEval(const EvalCorpus& corpus, const std::vector<EvalQuery>& queries, size_t k,
                           const search::Analysis& analysis, EvalVectorSearch* vectors,
                           std::vector<std::vector<std::string>>* rankings_out, const ResponseSink& on_response,
                           const answer::AnswerOptions& answer_options) {
  using Clock = std::chrono::steady_clock;
  auto index_start = Clock::now();
  ScratchDir scratch;
  if (scratch.path().empty()) return Status::IOError("eval: cannot create a temporary folder for the index");
  index::WriterOptions writer_options;
  writer_options.max_buffered_docs = SIZE_MAX;
  writer_options.merge_on_commit = false;
  WY_ASSIGN_OR_RETURN(auto writer, index::IndexWriter::Open(scratch.path() / "index", writer_options));
  // Catalog row ids are 1-based positions in the corpus here.
  for (size_t i = 0; i < corpus.passages.size(); ++i) {
    search::IndexablePassage p;
    p.passage = corpus.passages[i];
    p.passage.id = static_cast<int64_t>(i + 1);
    WY_RETURN_IF_ERROR(writer->Add(search::MakeIndexDocument(analysis, p)));
  }
  WY_RETURN_IF_ERROR(writer->Commit());
  const auto snapshot = writer->snapshot();
  const double index_seconds = std::chrono::duration<double>(Clock::now() - index_start).count();
  uint64_t index_bytes = 0, text_bytes = 0;
  {
    std::error_code ec;
    for (const auto& e : std::filesystem::recursive_directory_iterator(scratch.path(), ec)) {
      if (e.is_regular_file(ec)) index_bytes += e.file_size(ec);
    }
    for (const auto& p : corpus.passages) text_bytes += p.text.size() + p.title.size();
  }
  const double cpu_before = CpuSeconds();
  const search::PassageLookup lookup =
      [&](const std::vector<int64_t>& ids) -> Result<std::vector<catalog::PassageRecord>> {
    std::vector<catalog::PassageRecord> out;
    for (int64_t id : ids) {
      if (id < 1 || static_cast<size_t>(id) > corpus.passages.size()) continue;
      out.push_back(corpus.passages[static_cast<size_t>(id - 1)]);
      out.back().id = id;
    }
    return out;
  };
  AnswerTally answers(analysis, answer_options);
  std::vector<QueryOutcome> outcomes;

  search::SearchOptions options;
  options.k = std::max<size_t>(k, 20);
  search::SearchOptions deep = options;
  deep.k = std::max(options.k, search::kFusionDepth);
  std::vector<double> latencies;
  std::vector<std::vector<std::string>> rankings;
  size_t failed_queries = 0;
  for (const auto& q : queries) {
    auto started = Clock::now();
    auto found = search::SearchSnapshot(*snapshot, analysis, "eval", q.text, vectors ? deep : options, lookup);
    search::SearchResponse response;
    if (found.ok()) response = std::move(*found);  // a query with nothing to search finds nothing
    if (vectors) {
      auto moded = vectors->Apply(response, q.text, options);
      if (moded.ok())
        response = std::move(*moded);
      else
        ++failed_queries;
    }
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());

    std::vector<std::string>& ranked = rankings.emplace_back();
    for (const auto& h : response.hits) ranked.push_back(h.source);  // source holds the corpus id

    outcomes.push_back(answers.Add(response, q));
    if (on_response) on_response(rankings.size() - 1, response);
  }
  EvalReport report = ScoreRankingsWithAnswers(queries, rankings, latencies, outcomes);
  report.index_seconds = index_seconds;
  const double cpu = CpuSeconds() - cpu_before;
  report.cpu_seconds_per_1000_queries = queries.empty() ? 0 : cpu * 1000.0 / static_cast<double>(queries.size());
  report.peak_rss_mb = PeakRssMb();
  report.index_bytes = index_bytes;
  report.text_bytes = text_bytes;
  report.query_ms_p95 = Percentile(latencies, 0.95);
  report.latencies_ms = latencies;
  report.failed_queries = failed_queries;
  if (rankings_out) *rankings_out = std::move(rankings);
  answers.Report(report);
  return report;
}

}  // namespace wenyuan::eval
