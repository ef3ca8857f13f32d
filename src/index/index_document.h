// What the index stores about one passage: its tokens per field, with
// positions and integer weights, its stored keys (catalog passage row id,
// document id, a signature of what was indexed) and its filter values.
//
// Fields (term keys are "<field byte><term>"):
//   title    the title's words (for title: queries)
//   body     word tokens of title and text; title tokens weigh 2 (BM25F:
//            term frequency and field length are weighted sums)
//   bigrams  character bigrams of title and text, title weighing 2; and,
//            under CharTerm keys, each Han character with the summed weight
//            of the bigrams holding it (what a one-character query scores,
//            without the union of every bigram that holds it)
//   keyword  exact filter terms, "source:…", "type:pdf", "key:value"; and
//            TitleKey(folded title): a passage's title as a query names it
//            (search/proximity.h FoldForMatch), for the title-match bonus
// A document whose bigram field has its CharTerms carries the keyword
// kCharTermsKeyword; a segment where every document does answers
// one-character terms from them (older segments expand to the bigrams).
// Likewise kTitleKeysKeyword marks a document that carries its TitleKey.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::index {

enum class Field : uint8_t { kTitle = 0, kBody = 1, kBigrams = 2, kKeyword = 3 };
inline constexpr size_t kLengthFields = 3;  // title, body, bigrams carry lengths

inline std::string TermKey(Field field, std::string_view term) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(field)));
  key.append(term);
  return key;
}
inline Field KeyField(std::string_view key) { return static_cast<Field>(key.empty() ? 3 : key[0] - '0'); }

// The term of one Han character's own postings (a prefix no analysed token
// starts with, so it sorts apart from the bigrams).
inline constexpr std::string_view kCharTermPrefix = "\x01";
inline std::string CharTerm(std::string_view han) { return std::string(kCharTermPrefix) + std::string(han); }
inline bool IsCharTerm(std::string_view term) { return term.starts_with(kCharTermPrefix); }
inline constexpr std::string_view kCharTermsKeyword = "\x01chars";
inline constexpr std::string_view kTitleKeyPrefix = "\x01title:";
inline std::string TitleKey(std::string_view folded_title) {
  return std::string(kTitleKeyPrefix) + std::string(folded_title);
}
inline constexpr std::string_view kTitleKeysKeyword = "\x01titles";

struct FieldToken {
  std::string term;
  uint32_t position = 0;  // code-point offset; title tokens start at kTitlePositionBase
  uint32_t weight = 1;
};
// Title tokens sit far after the body's, so no phrase runs from body to title.
inline constexpr uint32_t kTitlePositionBase = 1u << 24;

// The per-document values every segment stores in fixed-width records.
struct DocValues {
  int64_t passage_id = 0;                      // catalog passage row id
  int64_t document_id = 0;                     // catalog document id
  uint64_t signature = 0;                      // hash of what was indexed (sync with the catalog)
  int32_t date = 0;                            // yyyymmdd, 0 if unknown
  uint32_t length[kLengthFields] = {0, 0, 0};  // weighted token counts
};

struct IndexDocument {
  DocValues values;
  std::string title;  // stored as it is, for re-scoring without the catalog (SegmentReader::Title)
  std::vector<FieldToken> tokens[kLengthFields];  // per Field (title, body, bigrams)
  std::vector<std::string> keywords;              // keyword-field terms
};

}  // namespace wenyuan::index
