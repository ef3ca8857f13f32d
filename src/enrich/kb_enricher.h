// KbEnricher: sums up a knowledge base's documents the way a records clerk
// would: keywords (TF-IDF against the knowledge base's own statistics, or
// TextRank), an extractive summary of two or three of the document's own
// sentences, and the categories of the knowledge base's taxonomies that the
// text mentions. Stored in the catalog (catalog/enrichment_store.h); run
// after ingest for the documents it added or changed, and by `wenyuan
// enrich KB` for all of them.
//
// What it reads, per knowledge base:
//   DATA/kbs/KB/taxonomies/NAME.txt   one taxonomy per file (enrich/taxonomy.h)
//   DATA/kbs/KB/user-dictionary.txt   terms that stay whole (text/user_dictionary.h)
// Term statistics are estimated from at most `stats_sample` of the
// knowledge base's documents, evenly spread over their ids, so enriching
// after an ingest costs the same however large the knowledge base is.
// One KbEnricher serves one knowledge base from one thread (Enrich is
// const and may be called from many; EnrichDocuments uses `jobs` threads).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "enrich/content_words.h"
#include "enrich/keyword_extractor.h"
#include "enrich/summarizer.h"
#include "enrich/taxonomy.h"
#include "text/word_analyzer.h"

namespace wenyuan::enrich {

struct EnrichOptions {
  KeywordOptions keywords;
  SummaryOptions summary;
  size_t stats_sample = 5000;  // documents read to estimate term statistics
  size_t jobs = 1;             // threads that enrich (saving stays in order)
  // The content words of a document already analysed (by the index, during
  // an ingest): true with `words` filled, false to analyse its text here.
  // Called from `jobs` threads at once.
  std::function<bool(int64_t document_id, std::vector<WordOccurrence>& words)> known_words;
};

struct DocumentEnrichment {
  std::vector<Keyword> keywords;
  std::vector<SummarySentence> summary;
  std::vector<CategoryHit> categories;
};

struct EnrichReport {
  size_t documents = 0;    // enriched
  size_t categorized = 0;  // of them, with at least one category
  size_t taxonomies = 0;
};

// The keywords and summary as stored (JSON arrays), and back.
std::string KeywordsToJson(const std::vector<Keyword>& keywords);
std::string SummaryToJson(const std::vector<SummarySentence>& summary);

class KbEnricher {
 public:
  // Loads the KB's taxonomies and user dictionary and estimates its term
  // statistics. Fails naming the file if a taxonomy cannot be read.
  static Result<std::unique_ptr<KbEnricher>> Create(catalog::Catalog& catalog, const std::string& kb,
                                                    std::shared_ptr<const text::WordAnalyzer> analyzer,
                                                    EnrichOptions options = {});

  // Enriches and stores the documents (all of the KB's when `document_ids`
  // is empty). `progress` (may be empty) is called after each document.
  Result<EnrichReport> EnrichDocuments(std::vector<int64_t> document_ids,
                                       const std::function<void(size_t done, size_t total)>& progress = {});

  // What enrichment finds in one text (nothing is stored).
  DocumentEnrichment Enrich(std::string_view title, std::string_view text) const;
  // The same with the text's content words given (ContentWords).
  DocumentEnrichment Enrich(std::string_view title, std::string_view text,
                            const std::vector<WordOccurrence>& words) const;

  const std::vector<Taxonomy>& taxonomies() const { return taxonomies_; }
  const TermStatistics& statistics() const { return stats_; }

 private:
  KbEnricher(catalog::Catalog& catalog, catalog::KnowledgeBase kb, std::shared_ptr<const text::WordAnalyzer> analyzer,
             EnrichOptions options)
      : catalog_(catalog), kb_(std::move(kb)), analyzer_(std::move(analyzer)), options_(std::move(options)) {}

  catalog::Catalog& catalog_;
  catalog::KnowledgeBase kb_;
  std::shared_ptr<const text::WordAnalyzer> analyzer_;
  EnrichOptions options_;
  std::shared_ptr<const text::UserDictionary> user_dictionary_;
  std::vector<Taxonomy> taxonomies_;
  TermStatistics stats_;
};

}  // namespace wenyuan::enrich
