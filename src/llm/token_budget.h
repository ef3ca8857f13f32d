// Context budgeting: how many tokens a text takes and how much evidence fits
// in a model's context window beside the instructions and the reply.
//
// EstimateTokens is the estimate used when the model's tokenizer is not at
// hand (an HTTP endpoint): each CJK character (Han, kana, Hangul, CJK and
// full-width punctuation) counts 1, each Latin word or number 1.3, any other
// visible character 1, white space 0; rounded up. Real tokenizers for Chinese
// models land at or below this, so budgets built on it err on the safe side.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::llm {

size_t EstimateTokens(std::string_view text);

using TokenCounter = std::function<size_t(std::string_view)>;

// Tokens left for evidence in a window of `context_tokens` once the fixed
// part of the prompt and the reply are set aside; 0 if nothing is left.
size_t EvidenceBudget(size_t context_tokens, size_t fixed_prompt_tokens, size_t reply_tokens);

// The leading `texts` that fit in `budget` tokens, in order. The first text
// that does not fit is cut (at a code point) to the room left when at least
// `min_cut_tokens` remain, and nothing after it is kept.
std::vector<std::string> FitTexts(const std::vector<std::string>& texts, size_t budget, const TokenCounter& count,
                                  size_t min_cut_tokens = 32);

}  // namespace wenyuan::llm
