// BuildPrompt: the chat a language model gets for one task. The system
// message holds the grounding rules (write only from the numbered evidence,
// cite it as [n], Taiwan-usage Traditional Chinese) and the task's
// instruction and output shape (task.h); the user message numbers the
// evidence [1]..[n] (title, source, text) and ends with the request.
//
// The prompt is fitted to the model's context: the reply's tokens, the
// fixed text and a slack of 1/16 of the context (at least 32 tokens, for
// template markers and estimates that run short) are set aside first, then
// evidence is kept in rank order while it fits; the first piece that does
// not fit is cut to the room left, and the rest is dropped. Citations can
// only name evidence that was kept (BuiltPrompt::evidence_used). Pure;
// thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "answer/task.h"
#include "llm/chat_types.h"
#include "llm/token_budget.h"

namespace wenyuan::answer {

struct PromptEvidence {
  std::string title;
  std::string source;
  std::string text;
};

struct PromptBudget {
  size_t context_tokens = 4096;
  size_t reply_tokens = 768;
  llm::TokenCounter count = llm::EstimateTokens;
};

struct BuiltPrompt {
  std::vector<llm::ChatMessage> messages;  // system, then user
  size_t evidence_used = 0;                // [1]..[evidence_used] are in the prompt
  size_t prompt_tokens = 0;                // as `count` measures it
};

BuiltPrompt BuildPrompt(const TaskSpec& task, std::string_view request, const std::vector<PromptEvidence>& evidence,
                        const PromptBudget& budget);

// The rules every task shares (the start of the system message).
std::string_view GroundingRules();

}  // namespace wenyuan::answer
