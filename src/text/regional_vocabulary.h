// RegionalVocabulary: Taiwan and mainland words for the same thing (資訊 /
// 信息, 軟體 / 软件, 網路 / 网络, 程式 / 程序), from OpenCC's TWPhrasesRev
// table, with both sides folded to Simplified characters. A knowledge base
// that turns regional folding on indexes and queries the mainland word
// beside the Taiwan one, so a Taiwanese user's 資訊安全 also finds a page
// that says 信息安全. Immutable after Create(); thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/bigram_tokenizer.h"
#include "text/script_folder.h"
#include "util/status.h"

namespace wenyuan::text {

class RegionalVocabulary {
 public:
  // Reads `table` (default: $WENYUAN_OPENCC_DIR or /usr/share/opencc, file
  // TWPhrasesRev.ocd2). Fails with the path if it is missing or unreadable.
  static Result<std::shared_ptr<const RegionalVocabulary>> Create(const ScriptFolder& folder,
                                                                  std::filesystem::path table = {});

  // The mainland form of a folded Taiwan term, or "" if it has none.
  std::string_view MainlandFormOf(std::string_view folded_term) const;
  size_t size() const { return mainland_.size(); }

  // Adds, for each token with a mainland form, a token of that form over
  // the same range (tokens stay ordered by begin).
  void AddMainlandForms(std::vector<Token>& tokens) const;

 private:
  std::unordered_map<std::string, std::string> mainland_;
};

}  // namespace wenyuan::text
