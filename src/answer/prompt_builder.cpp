#include "answer/prompt_builder.h"

#include <algorithm>

namespace wenyuan::answer {
namespace {

// Chat formatting adds a few tokens per message (role markers).
constexpr size_t kPerMessageOverhead = 8;

// Slack for what counting pieces apart cannot see: a chat template's
// markers spelled out in plain tokens, and estimates that run short.
size_t Slack(size_t context_tokens) { return std::max<size_t>(32, context_tokens / 16); }

std::string EvidenceBlock(size_t n, const PromptEvidence& e) {
  std::string block = "[" + std::to_string(n) + "] 標題：" + e.title + "\n";
  if (!e.source.empty()) block += "來源：" + e.source + "\n";
  block += "內容：" + e.text + "\n\n";
  return block;
}

}  // namespace

std::string_view GroundingRules() {
  return "你是政府機關的文書助理，使用臺灣慣用的正體中文寫作。"
         "只能依據使用者提供的編號資料撰寫，不得加入資料以外的事實、數字、日期或法規。"
         "引用資料時，在該句句末以方括號標註資料編號，例如[1]或[1][3]，只能使用資料中出現的編號。"
         "資料不足以回答時，請明白說明資料不足，不要猜測。";
}

BuiltPrompt BuildPrompt(const TaskSpec& task, std::string_view request, const std::vector<PromptEvidence>& evidence,
                        const PromptBudget& budget) {
  std::string system =
      std::string(GroundingRules()) + "\n\n任務：" + std::string(task.title) + "\n" + std::string(task.instruction);
  const std::string head = "以下是可引用的資料：\n\n";
  const std::string tail =
      std::string(task.request_label) + "：" + std::string(request) + "\n\n請開始撰寫" + std::string(task.title) + "。";
  const size_t fixed = budget.count(system) + budget.count(head) + budget.count(tail) + 2 * kPerMessageOverhead +
                       Slack(budget.context_tokens);

  std::vector<std::string> blocks;
  blocks.reserve(evidence.size());
  for (size_t i = 0; i < evidence.size(); ++i) blocks.push_back(EvidenceBlock(i + 1, evidence[i]));
  std::vector<std::string> kept =
      llm::FitTexts(blocks, llm::EvidenceBudget(budget.context_tokens, fixed, budget.reply_tokens), budget.count);

  std::string user = head;
  if (kept.empty()) user = "（沒有找到可引用的資料。）\n\n";
  for (const std::string& block : kept) {
    user += block;
    if (!block.ends_with("\n\n")) user += "……\n\n";  // a block cut to fit
  }
  user += tail;

  BuiltPrompt built;
  built.evidence_used = kept.size();
  built.prompt_tokens = budget.count(system) + budget.count(user) + 2 * kPerMessageOverhead;
  built.messages = {{"system", std::move(system)}, {"user", std::move(user)}};
  return built;
}

}  // namespace wenyuan::answer
