#include "llm/token_budget.h"

#include <cmath>

#include "util/utf8.h"

namespace wenyuan::llm {
namespace {

bool IsLatinWordChar(char32_t cp) {
  return utf8::IsAsciiAlnum(cp) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

}  // namespace

size_t EstimateTokens(std::string_view text) {
  size_t cjk_and_other = 0;
  size_t words = 0;
  bool in_word = false;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::DecodeNext(text, pos);
    if (IsLatinWordChar(cp)) {
      if (!in_word) ++words;
      in_word = true;
      continue;
    }
    in_word = false;
    if (utf8::IsSpace(cp)) continue;
    ++cjk_and_other;  // CJK characters and punctuation alike: one each
  }
  return cjk_and_other + static_cast<size_t>(std::ceil(static_cast<double>(words) * 1.3));
}

size_t EvidenceBudget(size_t context_tokens, size_t fixed_prompt_tokens, size_t reply_tokens) {
  size_t reserved = fixed_prompt_tokens + reply_tokens;
  return context_tokens > reserved ? context_tokens - reserved : 0;
}

std::vector<std::string> FitTexts(const std::vector<std::string>& texts, size_t budget, const TokenCounter& count,
                                  size_t min_cut_tokens) {
  std::vector<std::string> kept;
  size_t left = budget;
  for (const std::string& text : texts) {
    size_t need = count(text);
    if (need <= left) {
      kept.push_back(text);
      left -= need;
      continue;
    }
    if (left >= min_cut_tokens && left > 0) {
      // Binary search on the code-point length of the longest prefix that fits.
      size_t lo = 0, hi = utf8::CodePointCount(text);
      while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (count(utf8::SliceCodePoints(text, 0, mid)) <= left)
          lo = mid;
        else
          hi = mid - 1;
      }
      if (lo > 0) kept.push_back(utf8::SliceCodePoints(text, 0, lo));
    }
    break;
  }
  return kept;
}

}  // namespace wenyuan::llm
