#include "enrich/kb_enricher.h"

#include <algorithm>
#include <future>
#include <nlohmann/json.hpp>

#include "catalog/document_queries.h"
#include "catalog/enrichment_store.h"
#include "util/data_layout.h"
#include "util/file_io.h"
#include "util/parallel_for.h"
#include "util/thread_name.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

constexpr uint64_t kMaxTaxonomyBytes = 4 << 20;

Result<std::vector<Taxonomy>> LoadTaxonomies(const std::filesystem::path& dir, const text::CharNormalizer& normalizer) {
  std::vector<Taxonomy> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".txt" && e.is_regular_file(ec)) files.push_back(e.path());
  }
  if (ec) return Status::IOError(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(f, kMaxTaxonomyBytes));
    WY_ASSIGN_OR_RETURN(Taxonomy t, Taxonomy::Parse(f.stem().string(), text, normalizer, f.string()));
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> TitleTerms(std::string_view title, const text::WordAnalyzer& analyzer,
                                    const text::UserDictionary* user) {
  return DistinctTerms(ContentWords(title, analyzer, user));
}

// A JSON string as nlohmann::json's dump() writes valid UTF-8: quote and
// backslash escaped, control characters as \b \f \n \r \t or \u00xx,
// everything else as it is.
void AppendJsonString(std::string& out, std::string_view s) {
  out.push_back('"');
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

}  // namespace

// Written directly, as nlohmann::json's dump() of the same arrays of
// objects writes them (keys in byte order, no spaces; numbers by
// nlohmann's own formatter), without a json value per field; a string
// that is not valid UTF-8 goes through nlohmann, as it always did.
std::string KeywordsToJson(const std::vector<Keyword>& keywords) {
  bool valid = true;
  for (const auto& k : keywords) valid = valid && utf8::IsValid(k.text) && utf8::IsValid(k.term);
  if (!valid) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& k : keywords) {
      out.push_back({{"text", k.text}, {"term", k.term}, {"weight", k.weight}, {"count", k.count}});
    }
    return out.dump();
  }
  std::string out = "[";
  for (const auto& k : keywords) {
    if (out.size() > 1) out.push_back(',');
    out += "{\"count\":";
    out += std::to_string(k.count);
    out += ",\"term\":";
    AppendJsonString(out, k.term);
    out += ",\"text\":";
    AppendJsonString(out, k.text);
    out += ",\"weight\":";
    out += nlohmann::json(k.weight).dump();
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

std::string SummaryToJson(const std::vector<SummarySentence>& summary) {
  bool valid = true;
  for (const auto& s : summary) valid = valid && utf8::IsValid(s.text);
  if (!valid) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : summary) out.push_back({{"text", s.text}, {"start", s.begin}, {"end", s.end}});
    return out.dump();
  }
  std::string out = "[";
  for (const auto& s : summary) {
    if (out.size() > 1) out.push_back(',');
    out += "{\"end\":";
    out += std::to_string(s.end);
    out += ",\"start\":";
    out += std::to_string(s.begin);
    out += ",\"text\":";
    AppendJsonString(out, s.text);
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

Result<std::unique_ptr<KbEnricher>> KbEnricher::Create(catalog::Catalog& catalog, const std::string& kb_name,
                                                       std::shared_ptr<const text::WordAnalyzer> analyzer,
                                                       EnrichOptions options) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase kb, catalog.GetKb(kb_name));
  std::unique_ptr<KbEnricher> e(new KbEnricher(catalog, kb, std::move(analyzer), options));
  const auto dict_path = DataLayout(catalog.data_dir()).KbUserDictionary(kb_name);
  std::error_code ec;
  if (std::filesystem::exists(dict_path, ec)) {
    WY_ASSIGN_OR_RETURN(e->user_dictionary_, text::UserDictionary::Load(dict_path, e->analyzer_->normalizer()));
  }
  WY_ASSIGN_OR_RETURN(e->taxonomies_, LoadTaxonomies(DataLayout(catalog.data_dir()).KbTaxonomyDir(kb_name),
                                                     e->analyzer_->normalizer()));
  // Term statistics from an even spread of the KB's documents.
  catalog::EnrichmentStore store(catalog.db());
  WY_ASSIGN_OR_RETURN(std::vector<int64_t> ids, store.DocumentIds(kb.id));
  // Read in batches, analysed on the worker threads, counted in order.
  const size_t sample = std::min(ids.size(), e->options_.stats_sample);
  constexpr size_t kStatsBatch = 256;
  for (size_t start = 0; start < sample; start += kStatsBatch) {
    const size_t n = std::min(kStatsBatch, sample - start);
    std::vector<std::string> texts(n);
    std::vector<std::vector<WordOccurrence>> known(n);
    std::vector<bool> is_known(n, false);
    for (size_t i = 0; i < n; ++i) {
      const int64_t id = ids[(start + i) * ids.size() / sample];
      is_known[i] = e->options_.known_words && e->options_.known_words(id, known[i]);
      if (!is_known[i]) {
        WY_ASSIGN_OR_RETURN(texts[i], catalog::GetDocumentText(catalog, id));
      }
    }
    // Each document's distinct terms, viewing its words (not sorted: the
    // counts do not care in which order they come).
    std::vector<std::vector<std::string_view>> terms(n);
    ParallelFor(n, e->options_.jobs, [&](size_t i) {
      if (!is_known[i]) known[i] = ContentWords(texts[i], *e->analyzer_, e->user_dictionary_.get());
      terms[i] = DistinctTermViews(known[i]);
    });
    for (const auto& t : terms) e->stats_.AddDocumentViews(t);
  }
  return e;
}

DocumentEnrichment KbEnricher::Enrich(std::string_view title, std::string_view text) const {
  return Enrich(title, text, ContentWords(text, *analyzer_, user_dictionary_.get()));
}

DocumentEnrichment KbEnricher::Enrich(std::string_view title, std::string_view text,
                                      const std::vector<WordOccurrence>& words) const {
  DocumentEnrichment out;
  // The words numbered, their statistics read and the text's code points
  // indexed once, for keywords and summary both.
  const DocumentTerms terms = DocumentTerms::Of(words, &stats_);
  const utf8::CodePointIndex index(text);
  out.keywords =
      ExtractKeywords(words, terms, index, TitleTerms(title, *analyzer_, user_dictionary_.get()), options_.keywords);
  out.summary = Summarize(text, words, terms, index, options_.summary);
  if (!taxonomies_.empty()) {
    std::u32string normalized = analyzer_->normalizer().NormalizeText(std::string(title) + "\n" + std::string(text));
    for (const auto& t : taxonomies_) {
      auto hits = t.Match(normalized);
      out.categories.insert(out.categories.end(), hits.begin(), hits.end());
    }
  }
  return out;
}

Result<EnrichReport> KbEnricher::EnrichDocuments(std::vector<int64_t> document_ids,
                                                 const std::function<void(size_t, size_t)>& progress) {
  catalog::EnrichmentStore store(catalog_.db());
  if (document_ids.empty()) {
    WY_ASSIGN_OR_RETURN(document_ids, store.DocumentIds(kb_.id));
  }
  EnrichReport report;
  report.taxonomies = taxonomies_.size();
  // In batches: read from the catalog, enrich on the worker threads (each
  // document into its own slot, its JSON made there too), save in order,
  // kBatchesPerCommit batches to a transaction (one commit and fsync per
  // 5,000 documents: a commit per batch of 500 left the workers waiting
  // on the fsync, bench/README.md "Ingest wall time"; a crash loses at
  // most the open transaction's enrichment, which the next ingest redoes
  // for every document without it).
  // With more than one job the catalog work runs beside the enriching:
  // while the workers enrich batch k, this thread saves batch k - 1 and
  // reads batch k + 1, so the saves are in the same order and the same.
  constexpr size_t kBatch = 500;
  constexpr size_t kBatchesPerCommit = 10;
  struct Item {
    int64_t id = 0;
    std::string title, text;
    bool categorized = false;
    catalog::StoredEnrichment stored;
  };
  auto read = [&](size_t start, std::vector<Item>& batch) -> Status {
    const size_t n = std::min(kBatch, document_ids.size() - start);
    batch.assign(n, {});
    for (size_t i = 0; i < n; ++i) {
      WY_ASSIGN_OR_RETURN(catalog::DocumentRecord doc, catalog_.GetDocument(document_ids[start + i]));
      if (doc.kb_id != kb_.id) {
        return Status::InvalidArgument("document " + std::to_string(doc.id) + " is not in knowledge base " + kb_.name);
      }
      batch[i].id = doc.id;
      batch[i].title = std::move(doc.title);
      WY_ASSIGN_OR_RETURN(batch[i].text, catalog::GetDocumentText(catalog_, doc.id));
    }
    return Status::Ok();
  };
  auto enrich = [&](std::vector<Item>& batch) {
    ParallelFor(batch.size(), options_.jobs, [&](size_t i) {
      Item& item = batch[i];
      std::vector<WordOccurrence> words;
      const DocumentEnrichment e = options_.known_words && options_.known_words(item.id, words)
                                       ? Enrich(item.title, item.text, words)
                                       : Enrich(item.title, item.text);
      item.stored.keywords_json = KeywordsToJson(e.keywords);
      item.stored.summary_json = SummaryToJson(e.summary);
      for (const auto& c : e.categories) {
        item.stored.categories.push_back({c.taxonomy, c.category, static_cast<int64_t>(c.count)});
      }
      item.categorized = !e.categories.empty();
      item.text = {};
    });
  };
  // The transaction saves go in, and what it holds (counted in the report
  // once committed).
  std::unique_ptr<catalog::SqliteTransaction> txn;
  size_t batches_in_txn = 0, documents_in_txn = 0, categorized_in_txn = 0;
  auto commit = [&]() -> Status {
    if (!txn) return Status::Ok();
    WY_RETURN_IF_ERROR(txn->Commit());
    txn.reset();
    report.documents += documents_in_txn;
    report.categorized += categorized_in_txn;
    batches_in_txn = documents_in_txn = categorized_in_txn = 0;
    return Status::Ok();
  };
  auto save = [&](size_t start, const std::vector<Item>& batch) -> Status {
    if (!txn) {
      WY_ASSIGN_OR_RETURN(txn, catalog::SqliteTransaction::Begin(catalog_.db()));
    }
    for (const Item& item : batch) {
      WY_RETURN_IF_ERROR(store.Save(item.id, item.stored));
      ++documents_in_txn;
      categorized_in_txn += item.categorized;
    }
    if (progress) progress(start + batch.size(), document_ids.size());
    if (++batches_in_txn >= kBatchesPerCommit) return commit();
    return Status::Ok();
  };
  if (options_.jobs <= 1) {
    std::vector<Item> batch;
    for (size_t start = 0; start < document_ids.size(); start += kBatch) {
      WY_RETURN_IF_ERROR(read(start, batch));
      enrich(batch);
      WY_RETURN_IF_ERROR(save(start, batch));
    }
    WY_RETURN_IF_ERROR(commit());
    return report;
  }
  // Three batches in turn: being enriched, read ahead, enriched and to save.
  std::vector<Item> batches[3];
  size_t current = 0;
  if (!document_ids.empty()) WY_RETURN_IF_ERROR(read(0, batches[0]));
  for (size_t start = 0; start < document_ids.size(); start += kBatch) {
    std::vector<Item>& enriching = batches[current];
    std::vector<Item>& ahead = batches[(current + 1) % 3];
    const std::vector<Item>& done = batches[(current + 2) % 3];
    // Waits in its destructor too, so no early return leaves it running.
    std::future<void> enriched = std::async(std::launch::async, [&] {
      NameThisThread("wy-enrich");
      enrich(enriching);
    });
    const Status saved = start > 0 ? save(start - kBatch, done) : Status::Ok();
    Status read_ahead = Status::Ok();
    if (saved.ok() && start + kBatch < document_ids.size()) read_ahead = read(start + kBatch, ahead);
    enriched.get();
    WY_RETURN_IF_ERROR(saved);
    if (!read_ahead.ok()) {
      // As a one-job run: what was enriched before the bad batch is saved.
      WY_RETURN_IF_ERROR(save(start, enriching));
      WY_RETURN_IF_ERROR(commit());
      return read_ahead;
    }
    current = (current + 1) % 3;
  }
  if (!document_ids.empty()) {
    const size_t last = (document_ids.size() - 1) / kBatch * kBatch;
    WY_RETURN_IF_ERROR(save(last, batches[(current + 2) % 3]));
  }
  WY_RETURN_IF_ERROR(commit());
  return report;
}

}  // namespace wenyuan::enrich
