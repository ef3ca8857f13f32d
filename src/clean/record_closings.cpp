#include "clean/record_closings.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "clean/dates_and_bylines.h"
#include "clean/listing_fields.h"
#include "clean/page_line.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

bool IsHanDigit(char32_t c) {
  return std::u32string_view(U"〇○零一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// Skips a section number ("伍、", "5.", "（五）") at the start.
std::u32string_view AfterSectionNumber(std::u32string_view s) {
  constexpr size_t kMaxNumber = 3;
  if (s.starts_with(U"（") || s.starts_with(U"(")) {
    const size_t close = s.find_first_of(U"）)");
    if (close != std::u32string_view::npos && close > 1 && close <= kMaxNumber + 1) return s.substr(close + 1);
  }
  const size_t mark = s.find_first_of(U"、.．");
  if (mark != std::u32string_view::npos && mark > 0 && mark <= kMaxNumber) return s.substr(mark + 1);
  return s;
}

// "五、主席致詞：（略）", "七、讨论事项：", "第一案", "八、臨時動議：無。": an
// item of a meeting record's agenda, its number aside.
bool IsMeetingAgendaItem(const std::u32string& core) {
  constexpr size_t kMaxLine = 30, kMaxCaseNumber = 3;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxLine) return false;
  const std::u32string_view rest = AfterSectionNumber(s);
  for (std::u32string_view item :
       {U"主席致詞", U"主席致词", U"主席報告", U"主席报告", U"報告事項", U"报告事项", U"討論事項", U"讨论事项",
        U"臨時動議", U"临时动议", U"決議事項", U"决议事项", U"議程", U"议程", U"上次會議紀錄", U"上次会议记录"}) {
    if (rest.starts_with(item)) return true;
  }
  // "第一案", "第2案"
  if (!rest.starts_with(U"第") || !rest.ends_with(U"案")) return false;
  const std::u32string_view n = rest.substr(1, rest.size() - 2);
  return !n.empty() && n.size() <= kMaxCaseNumber &&
         std::all_of(n.begin(), n.end(), [](char32_t c) { return IsHanDigit(c) || IsAsciiDigit(c); });
}

// "臺北市議會…審查會議紀錄", "…工作会议纪要": a heading that names a meeting's record.
bool IsMeetingRecordHeading(const std::u32string& core) {
  constexpr size_t kMaxHeading = 60;
  if (core.size() > kMaxHeading || HasSentenceEnd(core)) return false;
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view kind : {U"會議紀錄", U"會議記錄", U"会议记录", U"会议纪要", U"會議紀要", U"會議記要",
                                   U"會議錄", U"会议录", U"座談會紀錄", U"座谈会记录"}) {
    if (s.ends_with(kind) && s.size() > kind.size() + 2) return true;
  }
  return false;
}

// "伍、散會（上午11時45分）", "散会": the adjournment.
bool IsAdjournment(const std::u32string& core) {
  constexpr size_t kMaxLine = 30;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxLine) return false;
  const std::u32string_view rest = AfterSectionNumber(s);
  for (std::u32string_view word : {U"散會", U"散会", U"閉會", U"闭会"}) {
    if (!rest.starts_with(word)) continue;
    const std::u32string_view tail = rest.substr(word.size());
    return tail.empty() || tail == U"。" || tail.front() == U'（' || tail.front() == '(' || tail.front() == U'：' ||
           tail.front() == ':';
  }
  return false;
}

// "《人民日报》（2024年03月12日05版）": the paper, the date and the page.
bool IsPrintEditionLine(const std::u32string& core) {
  constexpr size_t kMaxLine = 50, kMaxPaper = 20;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxLine || !s.starts_with(U"《")) return false;
  const size_t close = s.find(U'》');
  if (close > kMaxPaper) return false;  // no 》 (npos) too
  const std::u32string_view rest = std::u32string_view(s).substr(close + 1);
  bool digit = false;
  for (char32_t c : rest) digit = digit || IsAsciiDigit(c) || IsHanDigit(c);
  return digit && rest.find(U'版') != std::u32string_view::npos && !HasSentenceEnd(s);
}

// "2024年5月17日（星期五）", "2024年5月17日 星期五": a date and its weekday only.
bool IsDateWithWeekday(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  size_t i = 0;
  auto digits = [&](size_t max) {
    const size_t from = i;
    while (i < s.size() && i - from < max && (IsAsciiDigit(s[i]) || IsHanDigit(s[i]))) ++i;
    return i > from;
  };
  if (!digits(4) || i >= s.size() || s[i++] != U'年' || !digits(2) || i >= s.size() || s[i++] != U'月' || !digits(3) ||
      i >= s.size() || s[i++] != U'日') {
    return false;
  }
  std::u32string_view rest = std::u32string_view(s).substr(i);
  if (rest.starts_with(U"（") || rest.starts_with(U"(")) rest = rest.substr(1);
  if (rest.ends_with(U"）") || rest.ends_with(U")")) rest = rest.substr(0, rest.size() - 1);
  for (std::u32string_view week : {U"星期", U"週", U"周", U"禮拜", U"礼拜"}) {
    if (rest.starts_with(week) && rest.size() == week.size() + 1) return true;
  }
  return false;
}

// "香港時間18時05分", "北京时间 18:05", "18時05分": the time a release was issued.
bool IsReleaseTime(const std::u32string& core) {
  constexpr size_t kMaxLine = 16;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxLine) return false;
  size_t at = s.find(U"時間");
  if (at == std::u32string::npos) at = s.find(U"时间");
  std::u32string_view t = std::u32string_view(s).substr(at == std::u32string::npos ? 0 : at + 2);
  if (at != std::u32string::npos && at > 4) return false;
  size_t i = 0;
  while (i < t.size() && IsAsciiDigit(t[i])) ++i;
  if (i == 0 || i > 2 || i >= t.size()) return false;
  if (t[i] == ':' || t[i] == U'：') return t.size() - i - 1 == 2;
  if (t[i] != U'時' && t[i] != U'时' && t[i] != U'點' && t[i] != U'点') return false;
  const std::u32string_view rest = t.substr(i + 1);
  return rest.empty() || (rest.size() <= 3 && rest.back() == U'分');
}

// "发布机构： 南京市科学技术局", "文 号： 宁科〔2024〕56号": a labelled field of
// a government site's information box; the label without its spaces.
std::optional<std::u32string> FieldLabel(const std::u32string& core) {
  constexpr size_t kMaxLabel = 8, kMaxField = 60;
  if (core.size() > kMaxField) return std::nullopt;
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon == 0 || colon + 1 >= core.size()) return std::nullopt;
  std::u32string label;
  for (size_t i = 0; i < colon; ++i) {
    if (utf8::IsSpace(core[i]) || core[i] == U'\u3000') continue;
    const bool two_labels =
        core[i] == U'/' && !label.empty() && i + 1 < colon && utf8::IsHan(core[i + 1]);  // 国家/地区
    if (!utf8::IsHan(core[i]) && !two_labels) return std::nullopt;
    label += core[i];
  }
  if (label.size() < 2 || label.size() > kMaxLabel) return std::nullopt;
  return label;
}

}  // namespace

// "（作者为中国人民大学副教授）", "（作者係本報評論員）": the author's note under
// a commentary, the whole line in brackets.
bool IsAuthorNoteLine(const std::u32string& core) {
  constexpr size_t kMaxLine = 60;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxLine || s.size() < 5) return false;
  const bool bracketed = (s.front() == U'（' && s.back() == U'）') || (s.front() == '(' && s.back() == ')');
  if (!bracketed || HasSentenceEnd(s)) return false;
  const std::u32string_view inner = std::u32string_view(s).substr(1, s.size() - 2);
  if (!inner.starts_with(U"作者")) return false;
  for (std::u32string_view w : {U"为", U"為", U"係", U"系", U"是", U"单位", U"單位", U"：", U":"}) {
    if (inner.substr(2).starts_with(w)) return inner.find_first_of(U"（(") == std::u32string_view::npos;
  }
  return false;
}

bool IsDocumentField(const std::u32string& core) {
  const auto label = FieldLabel(core);
  if (!label) return false;
  for (std::u32string_view kept_label :
       {U"发布机构", U"發布機構", U"发布机关", U"發布機關", U"发文机关", U"發文機關", U"发文单位", U"發文單位",
        U"发布单位", U"發布單位", U"成文日期", U"发文日期", U"發文日期", U"发布日期", U"發布日期", U"公布日期", U"文号",
        U"文號", U"发文字号", U"發文字號", U"发文号", U"發文號",
        // A statute's: who made it, when it was passed, amended, in force.
        U"制定机关", U"制定機關", U"公布机关", U"公布機關", U"施行日期", U"实施日期", U"實施日期", U"生效日期",
        U"修正日期", U"修订日期", U"修訂日期", U"通过日期", U"通過日期", U"颁布日期", U"頒布日期", U"法规名称",
        U"法規名稱"}) {
    if (*label == kept_label) return true;
  }
  return false;
}

bool IsLabelledField(const std::u32string& core) {
  if (IsCodeField(core)) return true;
  if (!FieldLabel(core)) return false;
  const size_t colon = core.find_first_of(U"：:");
  return !HasSentenceEnd(core.substr(colon + 1));
}

bool IsMeetingField(const std::u32string& core) {
  constexpr size_t kMaxField = 100;
  if (core.size() > kMaxField) return false;
  // Its number aside: "一、開會時間：…", "（一）时间：…".
  const std::u32string_view field = AfterSectionNumber(core);
  for (std::u32string_view label :
       {U"時間",     U"时间",     U"地點",     U"地点",     U"主席",     U"主持人",   U"主持",
        U"紀錄",     U"記錄",     U"记录",     U"紀錄人",   U"記錄人",   U"记录人",   U"出席",
        U"出席者",   U"出席人員", U"出席人员", U"出席委員", U"出席委员", U"列席",     U"列席人員",
        U"列席人员", U"列席單位", U"列席单位", U"請假",     U"请假",     U"缺席",     U"會議時間",
        U"会议时间", U"會議地點", U"会议地点", U"開會時間", U"开会时间", U"開會地點", U"开会地点"}) {
    if (!field.starts_with(label) || field.size() <= label.size()) continue;
    const char32_t sep = field[label.size()];
    // "四、出席人員：" heads its list of names on the lines below.
    if ((sep == U'：' || sep == ':') && (field.size() > label.size() + 1 || field.size() < core.size())) return true;
  }
  return false;
}

bool IsJudicialSignature(const std::u32string& core) {
  constexpr size_t kMaxName = 4;
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view role :
       {U"审判长",     U"審判長", U"代理审判员", U"代理審判員", U"审判员", U"審判員", U"人民陪审员",
        U"人民陪審員", U"陪审员", U"陪審員",     U"法官助理",   U"书记员", U"書記員", U"书记官",
        U"書記官",     U"速录员", U"速錄員",     U"执行员",     U"執行員", U"法官"}) {
    if (!std::u32string_view(s).starts_with(role)) continue;
    std::u32string_view name = std::u32string_view(s).substr(role.size());
    if (name.starts_with(U"法官")) name.remove_prefix(2);  // "審判長法官 王某某"
    if (name.empty() || name.size() > kMaxName) return false;
    for (char32_t c : name) {
      if (CountHan(std::u32string(1, c)) == 0) return false;
    }
    return true;
  }
  return false;
}

bool IsSignatureDate(const std::u32string& core) {
  std::u32string s = WithoutSpaces(core);
  for (std::u32string_view era : {U"中華民國", U"中华民国", U"民國", U"民国"}) {
    if (s.starts_with(era)) {
      s.erase(0, era.size());
      break;
    }
  }
  auto number = [&](size_t& i, size_t max) {
    const size_t from = i;
    while (i < s.size() && (IsHanDigit(s[i]) || IsAsciiDigit(s[i]))) ++i;
    return i > from && i - from <= max;
  };
  size_t i = 0;
  if (!number(i, 4) || i >= s.size() || s[i++] != U'年') return false;
  if (!number(i, 2) || i >= s.size() || s[i++] != U'月') return false;
  return number(i, 3) && i + 1 == s.size() && s[i] == U'日';
}

void KeepMeetingHead(const std::vector<PageLine>& lines, size_t body_begin, std::vector<size_t>& kept) {
  // A head with lists of those present runs long above the body.
  constexpr size_t kAbove = 24, kInside = 12, kMinFields = 3, kHeadingDistance = 4;
  // The field lines near the body's start, above or just inside it.
  size_t from = body_begin;
  for (size_t n = 0; from > 0 && n < kAbove;) {
    --from;
    n += !lines[from].blank();
  }
  size_t first = lines.size(), fields = 0;
  bool time_or_place = false;
  std::vector<size_t> found;
  for (size_t i = from, n = 0; i < lines.size() && n < kAbove + kInside; ++i) {
    if (lines[i].blank()) continue;
    ++n;
    if (!IsMeetingField(lines[i].core)) continue;
    if (first == lines.size()) first = i;
    found.push_back(i);
    ++fields;
    const std::u32string_view c = AfterSectionNumber(lines[i].core);
    time_or_place = time_or_place || c.starts_with(U"時間") || c.starts_with(U"时间") || c.starts_with(U"地點") ||
                    c.starts_with(U"地点") || c.starts_with(U"會議") || c.starts_with(U"会议") ||
                    c.starts_with(U"開會") || c.starts_with(U"开会");
  }
  if (fields < kMinFields || !time_or_place) return;
  kept.insert(kept.end(), found.begin(), found.end());
  // From the first field down to the body, the head goes on: the lists
  // under "出席人員：" and the agenda's items ("報告事項：", "第一案").
  for (size_t i = first; i < body_begin; ++i) {
    if (!lines[i].blank() && lines[i].reason.empty()) kept.push_back(i);
  }
  for (size_t i = first, n = 0; i > 0 && n < kHeadingDistance;) {
    --i;
    if (lines[i].blank()) continue;
    ++n;
    if (IsMeetingRecordHeading(lines[i].core)) {
      kept.push_back(i);
      // The page's date line between the heading and the fields.
      for (size_t k = i + 1; k < first; ++k) {
        if (!lines[k].blank() && IsDateLine(lines[k].core)) kept.push_back(k);
      }
      return;
    }
  }
}

void KeepRecordClosing(const std::vector<PageLine>& lines, size_t body_end, std::vector<size_t>& kept) {
  constexpr size_t kWindow = 4, kMaxEndMark = 5, kMaxGapSentences = 3, kMaxGapSentence = 60, kMaxBlock = 12;
  // Within a few lines below the body: adjournment, print edition, dateline.
  for (size_t i = NextNonBlank(lines, body_end), n = 0; i < lines.size() && n < kWindow;
       i = NextNonBlank(lines, i + 1), ++n) {
    const std::u32string& c = lines[i].core;
    if (IsAdjournment(c) || IsPrintEditionLine(c) || IsAuthorNoteLine(c) || IsMeetingAgendaItem(c)) {
      kept.push_back(i);
    } else if (IsDateWithWeekday(c)) {
      kept.push_back(i);
      if (const size_t t = NextNonBlank(lines, i + 1); t < lines.size() && IsReleaseTime(lines[t].core)) {
        kept.push_back(t);
      }
      break;
    } else if (c.size() > kMaxEndMark && !lines[i].reason.empty() && lines[i].reason != "outside the main text") {
      break;  // the page's chrome
    }
  }
  // A judgment's closing: short sentences, then the signature block.
  std::vector<size_t> gap;
  size_t i = NextNonBlank(lines, body_end);
  while (i < lines.size() && !IsJudicialSignature(lines[i].core) && gap.size() < kMaxGapSentences &&
         lines[i].core.size() <= kMaxGapSentence && HasSentenceEnd(lines[i].core)) {
    gap.push_back(i);
    i = NextNonBlank(lines, i + 1);
  }
  std::vector<size_t> block;
  size_t roles = 0;
  for (; i < lines.size() && block.size() < kMaxBlock; i = NextNonBlank(lines, i + 1)) {
    const std::u32string& c = lines[i].core;
    if (IsJudicialSignature(c)) {
      ++roles;
    } else if (!IsSignatureDate(c) && WithoutSpaces(c) != U"本件与原本核对无异" &&
               WithoutSpaces(c) != U"本件與原本核對無異") {
      break;
    }
    block.push_back(i);
  }
  constexpr size_t kMinRoles = 2;
  if (roles < kMinRoles) return;
  kept.insert(kept.end(), gap.begin(), gap.end());
  kept.insert(kept.end(), block.begin(), block.end());
}

// Above the headline, a box of the document's fields (索引号, 主题分类,
// 发布机构, 成文日期, 文号, 是否有效): the fields that say who issued the
// document, when it was written and its number are its byline and date;
// index numbers, categories and validity are the site's filing.
void KeepDocumentFieldsAbove(const std::vector<PageLine>& lines, size_t headline, std::vector<size_t>& kept) {
  constexpr size_t kMinFields = 3, kMaxFields = 12;
  std::vector<std::pair<size_t, std::u32string>> fields;
  for (size_t i = headline; i > 0 && fields.size() < kMaxFields;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    auto label = FieldLabel(l.core);
    if (!label) break;
    fields.emplace_back(i, std::move(*label));
  }
  if (fields.size() < kMinFields) return;
  for (const auto& [i, label] : fields) {
    if (IsDocumentField(lines[i].core)) kept.push_back(i);
  }
}

}  // namespace wenyuan::clean
