#include "answer/question_type.h"

#include <initializer_list>
#include <string>

namespace wenyuan::answer {
namespace {

bool HasAny(std::string_view text, std::initializer_list<std::string_view> cues) {
  for (auto cue : cues) {
    if (text.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

bool IsNumeral(char32_t c) {
  static constexpr std::u32string_view kNumerals = U"零〇一二三四五六七八九十百千萬万億亿兩两半";
  return IsDigit(c) || kNumerals.find(c) != std::u32string_view::npos;
}

bool IsTimeUnit(char32_t c) {
  static constexpr std::u32string_view kUnits = U"年月日世代朝時时";
  return kUnits.find(c) != std::u32string_view::npos;
}

bool IsPlaceSuffix(char32_t c) {
  static constexpr std::u32string_view kSuffixes = U"省市縣县國国州島岛山河江湖海洋區区城鎮镇村洲港灣湾";
  return kSuffixes.find(c) != std::u32string_view::npos;
}

}  // namespace

QuestionType ClassifyQuestion(std::string_view q) {
  // Time first: 哪一年 and 幾年 ask for a year, not a count.
  if (HasAny(q, {"何時", "何时",     "什麼時候", "什么时候",   "哪一年",     "哪年",     "哪一天",   "哪天",
                 "何年", "哪個朝代", "哪个朝代", "哪一個朝代", "哪一个朝代", "哪個年代", "哪个年代", "幾月",
                 "几月", "幾號",     "几号",     "哪個時期",   "哪个时期",   "什麼年代", "什么年代", "日期"})) {
    return QuestionType::kTime;
  }
  if (HasAny(q, {"多少", "幾", "几", "多大", "多長", "多长", "多久", "多高", "多重", "多遠", "多远", "多深", "多寬",
                 "多宽", "多快", "多少錢", "多少钱", "比例", "百分之"})) {
    return QuestionType::kNumber;
  }
  if (HasAny(q, {"哪裡", "哪里", "哪兒", "哪儿", "何處", "何处", "何地", "在哪", "哪個國家", "哪个国家", "哪座",
                 "哪個城市", "哪个城市", "哪一個國家", "哪一个国家", "位於何", "位于何"})) {
    return QuestionType::kPlace;
  }
  return QuestionType::kOther;
}

bool HoldsAnswerType(QuestionType type, std::u32string_view s, const std::vector<bool>& shared) {
  auto own = [&](size_t i) { return i < shared.size() && !shared[i]; };
  for (size_t i = 0; i < s.size(); ++i) {
    if (!own(i)) continue;
    switch (type) {
      case QuestionType::kNumber:
        if (IsNumeral(s[i])) return true;
        break;
      case QuestionType::kTime:
        if (IsTimeUnit(s[i]) && i > 0 && IsNumeral(s[i - 1])) return true;
        break;
      case QuestionType::kPlace:
        if (IsPlaceSuffix(s[i]) && i > 0 && own(i - 1)) return true;
        break;
      case QuestionType::kOther:
        return false;
    }
  }
  return false;
}

}  // namespace wenyuan::answer
