#include "search/analysis.h"

namespace wenyuan::search {

std::vector<text::Token> Analysis::Words(std::string_view text) const {
  if (!words) return {};
  std::vector<text::Token> tokens = words->Tokenize(text, user_dictionary.get());
  if (regional_folding && regional_vocabulary) regional_vocabulary->AddMainlandForms(tokens);
  return tokens;
}

Result<Analysis> MakeDefaultAnalysis() { return MakeAnalysis({}); }

Result<Analysis> MakeAnalysis(const AnalysisChoice& choice) {
  if (!choice.bigrams && !choice.words) return Status::InvalidArgument("at least one token stream is needed");
  std::shared_ptr<const text::ScriptFolder> folder;
  if (choice.fold) {
    WY_ASSIGN_OR_RETURN(folder, text::ScriptFolder::Create());
  }
  Analysis analysis;
  analysis.folder = folder;
  analysis.bigrams = folder ? text::BigramTokenizer(folder) : text::BigramTokenizer();
  analysis.use_bigrams = choice.bigrams;
  if (choice.words) {
    WY_ASSIGN_OR_RETURN(analysis.words, text::WordAnalyzer::Create(folder));
    if (folder) {
      WY_ASSIGN_OR_RETURN(analysis.regional_vocabulary, text::RegionalVocabulary::Create(*folder));
    }
  }
  analysis.regional_folding = choice.regional;
  return analysis;
}

}  // namespace wenyuan::search
