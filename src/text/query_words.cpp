#include "text/query_words.h"

#include <bitset>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace wenyuan::text {
namespace {

// Words that ask: interrogative pronouns and adverbs, and the sentence-final
// particles that make a question. Simplified and Traditional forms.
constexpr std::string_view kQuestionWords[] = {
    "什么",
    "什麼",
    "甚么",
    "甚麼",
    "啥",
    "为啥",
    "為啥",
    "哪",
    "哪一",
    "哪个",
    "哪個",
    "哪些",
    "哪里",
    "哪裡",
    "哪裏",
    "哪儿",
    "哪兒",
    "哪位",
    "哪种",
    "哪種",
    "如何",
    "为何",
    "為何",
    "为什么",
    "為什麼",
    "怎么",
    "怎麼",
    "怎样",
    "怎樣",
    "怎么样",
    "怎麼樣",
    "怎么办",
    "怎麼辦",
    "多少",
    "多久",
    "多大",
    "多长",
    "多長",
    "几",
    "幾",
    "几个",
    "幾個",
    "是否",
    "是不是",
    "有没有",
    "有沒有",
    "能否",
    "可否",
    "会不会",
    "會不會",
    "能不能",
    "可不可以",
    "谁",
    "誰",
    "何",
    "何时",
    "何時",
    "何处",
    "何處",
    "何者",
    "何谓",
    "何謂",
    "何种",
    "何種",
    "何以",
    "什么时候",
    "什麼時候",
    "请问",
    "請問",
    // Question words jieba keeps whole or that ask for a kind, a time or a
    // person: 哪一年 and 何人 are not content however rare they are.
    "哪一年",
    "哪年",
    "哪一种",
    "哪一種",
    "哪一个",
    "哪一個",
    "哪一位",
    "哪一天",
    "哪一些",
    "何人",
    "何地",
    "何年",
    "多远",
    "多遠",
    "多高",
    "多重",
    "多深",
    "多早",
    "几年",
    "幾年",
    "几岁",
    "幾歲",
    "几次",
    "幾次",
    "几种",
    "幾種",
    "什么样",
    "什麼樣",
    "甚么样",
    "甚麼樣",
    "是谁",
    "是誰",
    "吗",
    "嗎",
    "呢",
    "么",
    "麼",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "why",
    "how",
};

// Function words too frequent to tell passages apart.
constexpr std::string_view kStopWords[] = {
    "的",   "了",   "是",  "在", "和", "与",   "與",   "及",   "以及", "或",   "或者", "也",   "都",   "就",   "而",
    "之",   "其",   "这",  "這", "那", "这个", "這個", "那个", "那個", "这些", "這些", "那些", "个",   "個",   "着",
    "著",   "过",   "過",  "被", "把", "将",   "將",   "对",   "對",   "于",   "於",   "从",   "從",   "以",   "为",
    "為",   "由",   "向",  "给", "給", "让",   "讓",   "等",   "等等", "啊",   "吧",   "呀",   "哦",   "嗯",   "喔",
    "地",   "得",   "所",  "有", "又", "还",   "還",   "并",   "並",   "且",   "但",   "但是", "而且", "因为", "因為",
    "所以", "如果", "则",  "則", "即", "亦",   "乃",   "该",   "該",   "此",   "各",   "一个", "一個", "一种", "一種",
    "时候", "時候", "我",  "你", "您", "他",   "她",   "它",   "我们", "我們", "你们", "你們", "他们", "他們", "自己",
    "a",    "an",   "the", "of", "to", "in",   "on",   "and",  "or",   "is",   "are",  "was",  "be",   "for",  "with",
};

}  // namespace

QueryWordKind Classify(std::string_view folded_term) {
  // The listed words, and a filter of their lengths and second and last
  // bytes: most terms (content words) are turned away without hashing.
  struct Kinds {
    std::unordered_map<std::string_view, QueryWordKind> of;
    std::bitset<4096> filter;
    static size_t Slot(std::string_view w) {
      const auto second = static_cast<uint8_t>(w.size() > 1 ? w[1] : 0);
      const auto last = static_cast<uint8_t>(w.empty() ? 0 : w.back());
      return (w.size() * 0x9E5 + second * 0x3B + last) & 4095;
    }
  };
  static const Kinds kinds = [] {
    Kinds k;
    for (std::string_view w : kStopWords) k.of.emplace(w, QueryWordKind::kStopWord);
    // Question words win where a word is on both lists.
    for (std::string_view w : kQuestionWords) k.of.insert_or_assign(w, QueryWordKind::kQuestionWord);
    for (const auto& [w, kind] : k.of) k.filter.set(Kinds::Slot(w));
    return k;
  }();
  if (!kinds.filter.test(Kinds::Slot(folded_term))) return QueryWordKind::kContent;
  auto it = kinds.of.find(folded_term);
  return it == kinds.of.end() ? QueryWordKind::kContent : it->second;
}

std::string_view QueryWordKindName(QueryWordKind kind) {
  switch (kind) {
    case QueryWordKind::kContent:
      return "content";
    case QueryWordKind::kStopWord:
      return "stop";
    case QueryWordKind::kQuestionWord:
      return "question";
  }
  return "content";
}

}  // namespace wenyuan::text
