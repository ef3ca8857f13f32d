#include "enrich/content_words.h"

#include <algorithm>

#include "text/query_words.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

// A word worth keeping: two code points or more, with a letter or a Han
// character in it (not "2024", "3.1" or "2024年").
bool IsContentTerm(std::string_view term) {
  static constexpr std::u32string_view kUnits = U"年月日號号時时點点分秒歲岁元個个次屆届";
  auto is_letter = [](char32_t c) {
    return utf8::IsHan(c) || (c < 0x80 && std::isalpha(static_cast<int>(c)) != 0) || c >= 0x3040;
  };
  size_t code_points = 0, letters = 0, digits = 0;
  for (size_t pos = 0; pos < term.size();) {
    char32_t c = utf8::DecodeNext(term, pos);
    ++code_points;
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (is_letter(c)) {
      ++letters;
    }
  }
  if (code_points < 2 || letters == 0) return false;
  // Dates and counts written with a unit character: 2024年, 5月, 21日, 113年
  // (the units counted only where there are digits).
  if (digits > 0) {
    size_t units = 0;
    for (size_t pos = 0; pos < term.size();) {
      const char32_t c = utf8::DecodeNext(term, pos);
      units += !(c >= '0' && c <= '9') && is_letter(c) && kUnits.find(c) != std::u32string_view::npos;
    }
    if (letters == units) return false;
  }
  return text::Classify(term) == text::QueryWordKind::kContent;
}

}  // namespace

std::vector<WordOccurrence> ContentWords(std::string_view text, const text::WordAnalyzer& analyzer,
                                         const text::UserDictionary* user_dictionary) {
  return ContentWordsOfTokens(analyzer.Tokenize(text, user_dictionary));
}

std::vector<WordOccurrence> ContentWordsOfTokens(const std::vector<text::Token>& tokens, uint32_t offset) {
  // Tokens come ordered by begin, then end: keep a token unless a longer one
  // covers it (search mode's pieces of a long word, "llama" in "llama 3.1").
  std::vector<WordOccurrence> out;
  uint32_t covered_to = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.end <= covered_to) continue;  // inside a longer token already taken
    // The longest token starting here; tokens with this begin end later further on.
    size_t best = i;
    while (best + 1 < tokens.size() && tokens[best + 1].begin == t.begin) ++best;
    const auto& longest = tokens[best];
    // A token that starts inside the previous one but runs past it overlaps:
    // search mode never makes such, but the pre-tokeniser's phrases can.
    if (longest.begin < covered_to) continue;
    covered_to = longest.end;
    if (IsContentTerm(longest.term)) out.push_back({longest.term, offset + longest.begin, offset + longest.end});
    i = best;
  }
  return out;
}

std::vector<std::string> DistinctTerms(const std::vector<WordOccurrence>& words) {
  std::vector<std::string> terms;
  terms.reserve(words.size());
  for (const auto& w : words) terms.push_back(w.term);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

}  // namespace wenyuan::enrich
