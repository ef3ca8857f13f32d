// Taxonomy: a named list of categories a knowledge base sorts its documents
// by (行业, 技术, 業務 …), each category with the words that signal it.
//
// File format (UTF-8), one category a line, `#` starts a comment:
//   金融                      a category; its name is always one of its terms
//   人工智慧: AI, 機器學習, 深度學習   name, a colon, synonyms separated by , or 、
//   半導體|晶片|IC              or terms separated by |
// Matching folds Traditional/Simplified, case and full-width forms on both
// sides (so 資訊安全 finds 资讯安全 and "ai" finds "AI"), and counts every
// occurrence of any of a category's terms; Latin terms match only as whole
// words. Immutable after Parse; thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/char_normalizer.h"
#include "util/status.h"

namespace wenyuan::enrich {

struct CategoryHit {
  std::string taxonomy;  // "行业"
  std::string category;  // "金融"
  size_t count = 0;      // occurrences of its terms in the document
};

class Taxonomy {
 public:
  // Errors name `source` and the line ("行业.txt:7: empty category name").
  static Result<Taxonomy> Parse(std::string name, std::string_view text, const text::CharNormalizer& normalizer,
                                std::string_view source);

  const std::string& name() const { return name_; }
  size_t size() const { return categories_.size(); }

  // Categories found in `text`, most occurrences first (ties by name);
  // `normalized_text` is `text` normalised with the same normaliser.
  std::vector<CategoryHit> Match(const std::u32string& normalized_text) const;

 private:
  struct Category {
    std::string name;
    std::vector<std::u32string> terms;  // normalised
  };
  std::string name_;
  std::vector<Category> categories_;
};

// A knowledge base's taxonomies live in DATA/kbs/KB/taxonomies/NAME.txt.
// Taxonomy names are 1-32 code points without path separators or dots.
Status ValidateTaxonomyName(std::string_view name);

}  // namespace wenyuan::enrich
