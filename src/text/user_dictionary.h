// UserDictionary: a knowledge base's own terms (names, products, offices
// the jieba dictionary has never seen: 北辰iFree, 鄭柵潔, 國科會), found in
// normalised text and emitted whole by WordAnalyzer beside jieba's own
// pieces. Matching happens here, over a trie of normalised code points, so
// one shared jieba model serves every knowledge base and a changed file takes
// effect when it is loaded again, with nothing rebuilt.
//
// File format (UTF-8, a BOM is allowed): one term a line, optionally followed
// by a weight and a part of speech, as in jieba's user dictionaries:
//   北辰iFree
//   鄭柵潔 100 nr
//   國科會 n
// Columns are separated by white space, or by tabs when the line has one (so
// a term may contain spaces: "Llama 3.1<TAB>50"). A line whose first non-space
// character is '#' is a comment; so is the rest of a line from a '#' that
// follows white space. Errors name the file and line.
//
// Terms are normalised with the CharNormalizer (NFKC, case and script
// folding), so 郑栅洁 in the text matches 鄭柵潔 in the file. A term that
// begins or ends with a letter or digit of an alphabetic script matches only
// where the text has no such character right before or after it ("ai" does
// not match inside "mail"). Immutable after loading; thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/char_normalizer.h"
#include "util/status.h"

namespace wenyuan::text {

struct UserTerm {
  std::string term;            // as written in the file
  std::string normalized;      // UTF-8 of the normalised code points
  double weight = 0;           // 0 when the line gives none
  std::string part_of_speech;  // empty when the line gives none
};

struct TermMatch {
  uint32_t begin = 0;  // code points
  uint32_t end = 0;
  uint32_t term_index = 0;  // into terms()
};

class UserDictionary {
 public:
  static constexpr uint64_t kMaxFileBytes = 64ull << 20;

  static Result<std::shared_ptr<const UserDictionary>> Load(const std::filesystem::path& path,
                                                            const CharNormalizer& normalizer);
  // `source` names the text in error messages ("kb/legal/user.dict").
  static Result<std::shared_ptr<const UserDictionary>> Parse(std::string_view contents, std::string_view source,
                                                             const CharNormalizer& normalizer);

  const std::vector<UserTerm>& terms() const { return terms_; }
  size_t size() const { return terms_.size(); }

  // Appends every occurrence of every term in `normalized` (overlapping ones
  // too) to `out`, in order of their begin offsets.
  void FindAll(std::u32string_view normalized, std::vector<TermMatch>& out) const;

 private:
  struct Node {
    std::vector<std::pair<char32_t, uint32_t>> children;  // sorted by code point
    int32_t term = -1;                                    // index into terms_
  };
  UserDictionary() : nodes_(1) {}
  void Insert(std::u32string_view key, uint32_t term_index);
  int32_t Child(uint32_t node, char32_t cp) const;

  std::vector<UserTerm> terms_;
  std::vector<Node> nodes_;  // nodes_[0] is the root
};

}  // namespace wenyuan::text
