#include "text/regional_vocabulary.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

std::string Fold(const ScriptFolder& folder, std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) utf8::Append(out, folder.Fold(utf8::DecodeNext(s, pos)));
  return out;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

Result<std::shared_ptr<const RegionalVocabulary>> RegionalVocabulary::Create(const ScriptFolder& folder,
                                                                             std::filesystem::path table) {
  if (table.empty()) {
    const char* dir = std::getenv("WENYUAN_OPENCC_DIR");
    table = std::filesystem::path(dir && *dir ? dir : "/usr/share/opencc") / "TWPhrasesRev.ocd2";
  }
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(table.c_str(), "rb"));
  if (!file) return Status::NotFound(table.string() + ": cannot open OpenCC's Taiwan phrase table (libopencc-data)");
  auto vocabulary = std::make_shared<RegionalVocabulary>();
  try {
    // OpenCC throws; nothing of it leaves this function.
    opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(file.get());
    for (const auto& entry : *dict->GetLexicon()) {
      std::string taiwan = Fold(folder, entry->Key());
      std::string mainland = Fold(folder, entry->GetDefault());
      if (!taiwan.empty() && !mainland.empty() && taiwan != mainland) {
        vocabulary->mainland_.emplace(std::move(taiwan), std::move(mainland));
      }
    }
  } catch (const std::exception& e) {
    return Status::Corruption(table.string() + ": cannot read OpenCC phrase table: " + e.what());
  } catch (...) {
    return Status::Corruption(table.string() + ": cannot read OpenCC phrase table");
  }
  return std::shared_ptr<const RegionalVocabulary>(std::move(vocabulary));
}

std::string_view RegionalVocabulary::MainlandFormOf(std::string_view folded_term) const {
  auto it = mainland_.find(std::string(folded_term));
  return it == mainland_.end() ? std::string_view() : std::string_view(it->second);
}

void RegionalVocabulary::AddMainlandForms(std::vector<Token>& tokens) const {
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    std::string_view mainland = MainlandFormOf(tokens[i].term);
    if (mainland.empty()) continue;
    Token t;
    t.term = std::string(mainland);
    t.begin = tokens[i].begin;
    t.end = tokens[i].end;
    tokens.push_back(std::move(t));
  }
  if (tokens.size() != n) {
    std::stable_sort(tokens.begin(), tokens.end(), [](const Token& a, const Token& b) { return a.begin < b.begin; });
  }
}

}  // namespace wenyuan::text
