// The bridge between passages and the persistent index (src/index/): what a
// passage becomes in the index (its tokens per field, stored keys, filter
// terms), and a user's query run on an index snapshot, answered as the
// SearchResponse every caller knows (hits with snippets, query terms with
// IDF for the answer builder).
//
// Ranking is the reference engine's (tests/reference/passage_index.h), on the engine, every number from
// Analysis::ranking (ranking_params.h): BM25 over the word field plus BM25
// over the bigram field, titles counted into both at title_weight (baked
// into the index at MakeIndexDocument, rounded to an integer), question and
// stop words at grammar_word_weight, a single Han character searched as
// its own postings (index::CharTerm, weighted as the union of the bigrams
// that hold it), plus the title-match bonus for every passage whose title
// the query names in full (found through the title keys the index holds,
// scored by the engine as flat clauses, so block-max WAND prunes with it);
// then the optional proximity bonus over the best proximity_depth. An index
// written before title keys gets the title bonus by re-scoring the best
// proximity_depth instead (from the titles the index stores). Passages are
// looked up (PassageLookup) only for the hits returned, and snippets made
// for those only; an index written before titles were stored, or the
// proximity bonus (which reads the text), looks up every candidate instead.
// Apart from that, the engine's proximity boost
// (RankingParams::engine_proximity_weight: neighbouring query bigrams found
// next to each other in the index positions) may reorder the best 50 by
// BM25 and title bonus before the re-scoring.
//
// category: filters are resolved through `categories` (an error without
// it) into the set of documents a passage must belong to. With
// SearchOptions::facet_depth the response also names the documents of the
// best facet_depth hits, for the caller to count categories over.
#pragma once

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "catalog/records.h"
#include "index/index_document.h"
#include "index/index_snapshot.h"
#include "search/analysis.h"
#include "search/passage_hit.h"
#include "search/query_parser.h"
#include "search/query_weights.h"
#include "search/search_types.h"

namespace wenyuan::search {

// A passage with the document fields the index filters on.
struct IndexablePassage {
  catalog::PassageRecord passage;
  std::string format;
  std::string metadata_json = "{}";
  std::string url;
  std::string author;
  std::string content_hash;  // of the document's text (the catalog's)
};

// A stable 64-bit hash of what the index holds of a passage, computed from
// catalog columns (not the text: the document's content hash stands for it).
uint64_t PassageSignature(const IndexablePassage& p);
// What every passage of a document holds alike in the index: the title's
// tokens in each field (with their share of the field lengths) and the
// keyword terms (doc:, file:, source:, type:, author:, metadata, title key),
// sorted. A caller indexing several passages of one document makes it once.
struct IndexedDocumentPart {
  std::vector<index::FieldToken> title;         // the title field
  std::vector<index::FieldToken> body_title;    // the body field, after the text's words
  std::vector<index::FieldToken> bigram_title;  // the bigram field, after the text's bigrams
  std::vector<index::FieldToken> char_title;    // the bigram field, after the text's character terms
  uint32_t length[index::kLengthFields] = {0, 0, 0};
  std::vector<std::string> keywords;
};
IndexedDocumentPart MakeIndexedDocumentPart(const Analysis& analysis, const IndexablePassage& p);
// True if `a` and `b` have the same IndexedDocumentPart (the same document
// and document fields).
bool SameDocumentPart(const IndexablePassage& a, const IndexablePassage& b);

// `words`, when given, receives the word analyser's tokens of the passage
// text (before regional forms are added): what enrichment reads of it, so
// it need not analyse the text again.
index::IndexDocument MakeIndexDocument(const Analysis& analysis, const IndexablePassage& p,
                                       std::vector<text::Token>* words = nullptr);
// The same with the document's part made already (MakeIndexedDocumentPart
// of a passage with SameDocumentPart).
index::IndexDocument MakeIndexDocument(const Analysis& analysis, const IndexablePassage& p,
                                       const IndexedDocumentPart& part, std::vector<text::Token>* words = nullptr);
// "2024-05-21" → 20240521; 0 if it is not such a date.
int32_t DateNumber(std::string_view iso_date);

// Finds passages by catalog row id, in the order asked; an id it cannot find
// is left out.
using PassageLookup = std::function<Result<std::vector<catalog::PassageRecord>>(const std::vector<int64_t>& ids)>;

// The catalog documents in a category (sorted ascending), for category:
// filters; empty when the category is unknown.
using CategoryLookup =
    std::function<Result<std::vector<int64_t>>(const std::string& taxonomy, const std::string& category)>;

// `parsed` is the query (ParseQuery, with any structured filters applied);
// `query_text` is what the response reports as the query.
Result<SearchResponse> SearchSnapshot(const index::IndexSnapshot& snapshot, const Analysis& analysis,
                                      const std::string& kb, const ParsedQuery& parsed, const std::string& query_text,
                                      const SearchOptions& options, const PassageLookup& lookup,
                                      const CategoryLookup& categories = {});
// The same for a query in the query language (search/query_parser.h).
Result<SearchResponse> SearchSnapshot(const index::IndexSnapshot& snapshot, const Analysis& analysis,
                                      const std::string& kb, const std::string& query, const SearchOptions& options,
                                      const PassageLookup& lookup, const CategoryLookup& categories = {});

// The passages (catalog row ids) of `documents` that pass the query's
// constraints (phrases, exclusions, title:, key:value, date:, category:);
// its plain words are ignored. Vector hits are held to the filters with it.
Result<std::unordered_set<int64_t>> MatchingPassages(const index::IndexSnapshot& snapshot, const Analysis& analysis,
                                                     const ParsedQuery& parsed, const std::vector<int64_t>& documents,
                                                     const CategoryLookup& categories = {});

}  // namespace wenyuan::search
