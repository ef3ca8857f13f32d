#include "answer/question_type.h"

#include <initializer_list>
#include <string>

#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

bool HasAny(std::string_view text, std::initializer_list<std::string_view> cues) {
  for (auto cue : cues) {
    if (text.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

bool IsNumeral(char32_t c) {
  static constexpr std::u32string_view kNumerals = U"零〇一二三四五六七八九十百千萬万億亿兩两半";
  return utf8::IsDecimalDigit(c) || kNumerals.find(c) != std::u32string_view::npos;
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

// Money after a number (250元, 5萬元, 30%), or a currency's name.
bool IsAmountAt(std::u32string_view s, size_t i) {
  static constexpr std::u32string_view kAfterNumber = U"元圓塊块%％";
  if (i > 0 && IsNumeral(s[i - 1]) && kAfterNumber.find(s[i]) != std::u32string_view::npos) return true;
  const auto rest = s.substr(i);
  return rest.starts_with(U"新臺幣") || rest.starts_with(U"新台幣") || rest.starts_with(U"新台币") ||
         rest.starts_with(U"人民幣") || rest.starts_with(U"人民币") || rest.starts_with(U"NT$");
}

// The end of an organisation's name (資訊服務處, 數位發展部, 北辰市政府),
// not the same character in another word (處理, 部分, 科技).
bool IsOrganisationAt(std::u32string_view s, size_t i) {
  struct Suffix {
    std::u32string_view word;
    std::u32string_view not_before;  // characters that make it another word
  };
  static constexpr Suffix kSuffixes[] = {{U"委員會", U""},
                                         {U"委员会", U""},
                                         {U"基金會", U""},
                                         {U"基金会", U""},
                                         {U"辦公室", U""},
                                         {U"办公室", U""},
                                         {U"中心", U""},
                                         {U"公司", U""},
                                         {U"機關", U""},
                                         {U"机关", U""},
                                         {U"單位", U""},
                                         {U"单位", U""},
                                         {U"小組", U""},
                                         {U"小组", U""},
                                         {U"政府", U""},
                                         {U"公所", U""},
                                         {U"協會", U""},
                                         {U"协会", U""},
                                         {U"處", U"理置分於在長长"},
                                         {U"处", U"理置分于在长"},
                                         {U"局", U"面部勢势限"},
                                         {U"署", U"名理"},
                                         {U"科", U"技學学目長长"},
                                         {U"部", U"分份門门長长落位"},
                                         {U"院", U"子長长"}};
  const auto rest = s.substr(i);
  for (const auto& suffix : kSuffixes) {
    if (!rest.starts_with(suffix.word)) continue;
    const size_t after = suffix.word.size();
    if (after < rest.size() && suffix.not_before.find(rest[after]) != std::u32string_view::npos) continue;
    return true;
  }
  return false;
}

bool IsPlaceSuffix(char32_t c) {
  static constexpr std::u32string_view kSuffixes = U"省市縣县國国州島岛山河江湖海洋區区城鎮镇村洲港灣湾";
  return kSuffixes.find(c) != std::u32string_view::npos;
}

}  // namespace

QuestionType ClassifyQuestion(std::string_view q, bool fine) {
  // Time first: 哪一年 and 幾年 ask for a year, not a count.
  if (HasAny(q, {"何時", "何时",     "什麼時候", "什么时候",   "哪一年",     "哪年",     "哪一天",   "哪天",
                 "何年", "哪個朝代", "哪个朝代", "哪一個朝代", "哪一个朝代", "哪個年代", "哪个年代", "幾月",
                 "几月", "幾號",     "几号",     "哪個時期",   "哪个时期",   "什麼年代", "什么年代", "日期"})) {
    return QuestionType::kTime;
  }
  if (fine) {
    // A length of time or a deadline: 多久, 幾天, 期限 (before the plain number).
    if (HasAny(q, {"多久",   "多長時間", "多长时间", "多少時間", "多少时间",   "幾天",      "几天",     "多少天",
                   "幾小時", "几小时",   "多少小時", "多少小时", "幾個月",     "几个月",    "多少分鐘", "多少分钟",
                   "幾分鐘", "几分钟",   "時限",     "时限",     "期限",       "幾週",      "几周",     "幾年內",
                   "几年内", "幾日",     "几日",     "多少日",   "多長的時間", "多长的时间"})) {
      return QuestionType::kDuration;
    }
    // An organisation: 哪個機關, 何單位, 誰負責.
    if (HasAny(q, {"哪個機關", "哪个机关",   "哪一個機關", "哪一个机关", "何機關",   "何机关",   "哪個單位",
                   "哪个单位", "哪一個單位", "哪一个单位", "何單位",     "何单位",   "哪個部門", "哪个部门",
                   "哪個組織", "哪个组织",   "哪家公司",   "哪間公司",   "哪间公司", "哪個公司", "哪个公司",
                   "哪個局",   "哪个局",     "哪個處",     "哪个处",     "誰負責",   "谁负责",   "主管機關",
                   "主管机关", "負責單位",   "负责单位",   "承辦單位",   "承办单位"})) {
      return QuestionType::kOrganisation;
    }
    // Money: 多少錢, or a fee asked about.
    if (HasAny(q, {"多少錢", "多少钱", "幾元", "几元", "多少元", "金額", "金额", "費用", "费用", "收費", "收费",
                   "工本費", "工本费", "價格", "价格", "價錢",   "价钱", "租金", "罰鍰", "罚款", "票價", "票价"})) {
      return QuestionType::kAmount;
    }
  }
  if (HasAny(q, {"多少", "幾", "几", "多大", "多長", "多长", "多久", "多高", "多重", "多遠", "多远", "多深", "多寬",
                 "多宽", "多快", "多少錢", "多少钱", "比例", "百分之"})) {
    return QuestionType::kNumber;
  }
  if (HasAny(q, {"哪裡", "哪里", "哪兒", "哪儿", "何處", "何处", "何地", "在哪", "哪個國家", "哪个国家", "哪座",
                 "哪個城市", "哪个城市", "哪一個國家", "哪一个国家", "位於何", "位于何"})) {
    return QuestionType::kPlace;
  }
  // Whether something may, must or must not be done.
  if (fine && HasAny(q, {"是否", "可否", "能否", "得否", "應否", "应否", "可不可以", "能不能", "需不需要", "要不要",
                         "必須嗎", "必须吗", "可以嗎", "可以吗", "需要嗎", "需要吗"})) {
    return QuestionType::kRule;
  }
  return QuestionType::kOther;
}

bool StatesRule(std::u32string_view s) {
  static constexpr std::u32string_view kOpen = U"（(【〔[", kClose = U"）)】〕]";
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (kOpen.find(c) != std::u32string_view::npos) {
      ++depth;
      continue;
    }
    if (kClose.find(c) != std::u32string_view::npos) {
      depth = depth > 0 ? depth - 1 : 0;
      continue;
    }
    if (depth > 0) continue;
    const char32_t prev = i > 0 ? s[i - 1] : U' ';
    const char32_t next = i + 1 < s.size() ? s[i + 1] : U' ';
    auto in = [](char32_t ch, std::u32string_view set) { return set.find(ch) != std::u32string_view::npos; };
    switch (c) {
      case U'應':
      case U'应':
        // Not 應變, 應用, 回應, 因應, 對應, 供應 …
        if (!in(next, U"變变用徵征允酬付聘考試试邀") && !in(prev, U"回因對对相供反適适響响呼感效答順顺照")) return true;
        break;
      case U'須':
      case U'须':
        if (next != U'知') return true;  // not 須知
        break;
      case U'得':
        // 不得, 始得, 得請求; not 取得, 獲得, 得到, 心得.
        if (!in(prev, U"取獲获所心值覺觉記记使懂顯显贏赢博難难曉晓懶懒捨舍") && !in(next, U"到知分獎奖主失票意")) {
          return true;
        }
        break;
      case U'禁':
        if (next == U'止') return true;
        break;
      case U'務':
      case U'务':
        if (next == U'必') return true;
        break;
      default:
        break;
    }
  }
  return false;
}

bool HoldsAnswerType(QuestionType type, std::u32string_view s, const std::vector<bool>& shared) {
  if (type == QuestionType::kRule) return StatesRule(s);
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
        if (IsAmountAt(s, i)) return true;
        break;
      case QuestionType::kOrganisation:
        if (i > 0 && own(i - 1) && IsOrganisationAt(s, i)) return true;
        break;
      case QuestionType::kTime:
        if (IsTimeUnit(s[i]) && i > 0 && IsNumeral(s[i - 1])) return true;
        break;
      case QuestionType::kPlace:
        if (IsPlaceSuffix(s[i]) && i > 0 && own(i - 1)) return true;
        break;
      case QuestionType::kOther:
      case QuestionType::kRule:
        return false;
    }
  }
  return false;
}

}  // namespace wenyuan::answer
