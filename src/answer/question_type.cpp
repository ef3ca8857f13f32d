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

// A unit of a length of time, after a number: 1小時, 三個月, 7個工作天.
bool StartsDurationUnit(std::u32string_view rest) {
  static constexpr std::u32string_view kUnits[] = {U"小時",   U"小时",   U"分鐘",   U"分钟",   U"個月", U"个月",
                                                   U"個工作", U"个工作", U"工作天", U"工作日", U"星期", U"天",
                                                   U"日",     U"週",     U"周",     U"月",     U"年",   U"秒"};
  for (auto unit : kUnits) {
    if (rest.starts_with(unit)) return true;
  }
  return false;
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
  // A length of time: 多久, 幾天, 多少小時 (before the plain number).
  if (HasAny(q, {"多久",   "多長時間", "多长时间", "多少時間", "多少时间", "幾天",     "几天",     "多少天", "幾小時",
                 "几小时", "多少小時", "多少小时", "幾個月",   "几个月",   "多少分鐘", "多少分钟", "幾分鐘", "几分钟",
                 "時限",   "时限",     "期限",     "幾週",     "几周",     "幾年內",   "几年内"})) {
    return QuestionType::kDuration;
  }
  // Money: 多少錢, or a fee asked about with 多少/幾.
  if (HasAny(q, {"多少錢", "多少钱", "幾元", "几元", "多少元"}) ||
      (HasAny(q, {"費", "费", "價", "价", "金額", "金额", "租金", "罰鍰", "罚款"}) &&
       HasAny(q, {"多少", "幾", "几"}))) {
    return QuestionType::kAmount;
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
      case QuestionType::kDuration:
        if (i > 0 && IsNumeral(s[i - 1]) && !IsNumeral(s[i]) && StartsDurationUnit(s.substr(i))) return true;
        break;
      case QuestionType::kAmount:
        if (i > 0 && IsNumeral(s[i - 1]) && (s[i] == U'元' || s[i] == U'圓' || s[i] == U'塊' || s[i] == U'块'))
          return true;
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
