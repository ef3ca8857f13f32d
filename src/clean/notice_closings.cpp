#include "clean/notice_closings.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "clean/dates_and_bylines.h"
#include "clean/official_letters.h"
#include "clean/page_line.h"
#include "clean/record_closings.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// "南京市科学技术局" over "2024年4月3日": an issuing body's name, as an
// official notice is signed.
bool IsIssuerName(const std::u32string& core) {
  constexpr size_t kMinName = 3, kMaxName = 30;
  if (core.size() < kMinName || core.size() > kMaxName || HasSentencePunct(core) || CountHan(core) < kMinName) {
    return false;
  }
  for (std::u32string_view suffix :
       {U"政府", U"局",   U"委员会", U"委員會", U"办公室", U"辦公室", U"办公厅", U"辦公廳", U"厅",     U"廳",
        U"部",   U"署",   U"处",     U"處",     U"中心",   U"院",     U"会",     U"會",     U"公司",   U"所",
        U"学校", U"學校", U"大学",   U"大學",   U"科",     U"小组",   U"小組",   U"指挥部", U"指揮部", U"公所"}) {
    if (core.ends_with(suffix)) return true;
  }
  return false;
}

// "附件：1.2024年度…申报指南" (and its next items "2.项目申报书（模板）"):
// the documents a notice names as its attachments.
bool IsAttachmentList(const std::u32string& core) {
  if ((!core.starts_with(U"附件：") && !core.starts_with(U"附件:")) || core.size() <= 4) return false;
  // "附件：…情况.xlsx": a link to download one file, not the list the
  // document names.
  const size_t dot = core.rfind(U'.');
  const size_t ext = dot == std::u32string::npos ? 0 : core.size() - dot - 1;
  return !(ext >= 2 && ext <= 4 &&
           std::all_of(core.begin() + static_cast<std::ptrdiff_t>(dot) + 1, core.end(),
                       [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }));
}

// "課務組 敬啟", "学生处　谨启", "編輯部敬上": a notice signed with its
// issuer's name and a closing word of respect.
bool IsSignOff(const std::u32string& core) {
  constexpr size_t kMaxSignOff = 30;
  if (core.size() < 3 || core.size() > kMaxSignOff || HasSentencePunct(core)) return false;
  for (std::u32string_view word : {U"敬啟", U"敬启", U"謹啟", U"谨启", U"敬上", U"謹上", U"谨上", U"謹識", U"谨识"}) {
    if (core.ends_with(word) && CountHan(core) >= word.size() + 2) return true;
  }
  return false;
}

// "正本：各縣市政府", "副本：本部秘書處", "抄送：…": whom a letter goes to.
bool IsCopyField(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view label : {U"正本", U"副本", U"抄本", U"抄送"}) {
    if (s.size() > label.size() + 1 && s.starts_with(label) && (s[label.size()] == U'：' || s[label.size()] == ':')) {
      return true;
    }
  }
  return false;
}

// "院長　程文遠", "局长 李明": a reply or letter signed with the signer's
// title (ending in a head's title: 院長, 主任委員, 主席 …) and name,
// printed apart (often right-aligned).
bool IsSignerLine(const std::u32string& core) {
  constexpr size_t kMinName = 2, kMaxName = 4, kMaxTitle = 10;
  // "局長 蔡 宛 真": the name spelled out a character at a time, as
  // official documents print it.
  if (const auto words = SpaceSeparatedWords(core); words.size() >= kMinName + 1 && words.size() <= kMaxName + 1) {
    bool spelled = true;
    std::u32string joined(words[0]);
    joined += U' ';
    for (size_t k = 1; k < words.size(); ++k) {
      spelled &= words[k].size() == 1 && utf8::IsHan(words[k][0]);
      joined += words[k];
    }
    if (spelled) return IsSignerLine(joined);
  }
  const size_t gap_end = core.find_last_of(U" \u3000");
  if (gap_end == std::u32string::npos) return false;
  size_t gap_begin = gap_end;
  while (gap_begin > 0 && (core[gap_begin - 1] == U' ' || core[gap_begin - 1] == U'\u3000')) --gap_begin;
  const std::u32string title = core.substr(0, gap_begin), name = core.substr(gap_end + 1);
  // A name masked as sites print it ("盧○○", "王〇〇", "陳ＯＯ"): the
  // surname and circles.
  const size_t masked = static_cast<size_t>(
      std::count_if(name.begin(), name.end(), [](char32_t c) { return c == U'○' || c == U'Ｏ' || c == U'◯'; }));
  if (name.size() < kMinName || name.size() > kMaxName || CountHan(name) + masked != name.size() ||
      !utf8::IsHan(name[0]) || title.size() < 2 || title.size() > kMaxTitle || CountHan(title) != title.size()) {
    return false;
  }
  for (std::u32string_view head : {U"長", U"长", U"主席", U"主任", U"主委", U"委員", U"委员", U"首長", U"首长", U"經理",
                                   U"经理", U"書記", U"书记", U"負責人", U"负责人", U"代表"}) {
    if (title.ends_with(head)) return true;
  }
  return false;
}

// "二零二六年十二月四日      機電工程署署長　彭志遠", "局长 李明    2026年3月2日":
// the date it was signed and the signer, set apart on one line.
bool IsDatedSignerLine(const std::u32string& core) {
  constexpr size_t kMaxDate = 20;
  const size_t gap = core.find(U"  ");
  if (gap == std::u32string::npos) return false;
  const size_t from = core.find_first_not_of(U" \u3000", gap);
  if (from == std::u32string::npos) return false;
  const std::u32string left = core.substr(0, gap), right = core.substr(from);
  auto date = [&](const std::u32string& s) {
    return s.size() <= kMaxDate && (IsSignatureDate(s) || (IsDateLine(s) && !HasSentencePunct(s)));
  };
  return (date(left) && IsSignerLine(right)) || (IsSignerLine(left) && date(right));
}

// "敬祝　平安順心", "顺祝 商祺", "此致 敬礼": a letter's closing wish.
bool IsClosingSalutation(const std::u32string& core) {
  constexpr size_t kMaxSalutation = 12;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() < 3 || s.size() > kMaxSalutation) return false;
  for (char32_t c : s) {
    if (!utf8::IsHan(c) && c != U'！' && c != U'!') return false;
  }
  for (std::u32string_view opener : {U"敬祝", U"顺祝", U"順祝", U"順頌", U"顺颂", U"敬頌", U"敬颂", U"此致", U"祝您",
                                     U"祝你", U"謹祝", U"谨祝", U"耑此", U"專此", U"专此", U"順候", U"顺候"}) {
    if (s.starts_with(opener)) return true;
  }
  return false;
}

// "回覆機關：臺北市政府交通局", "答复日期：2024-05-06": who answered a letter
// and when, under the answer.
bool IsReplyField(const std::u32string& core) {
  constexpr size_t kMaxReplyField = 40;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxReplyField || HasSentenceEnd(s)) return false;
  for (std::u32string_view who : {U"回覆", U"回复", U"答覆", U"答复", U"處理", U"处理", U"辦理", U"办理"}) {
    if (!s.starts_with(who)) continue;
    for (std::u32string_view what : {U"機關", U"机关", U"單位", U"单位", U"日期", U"時間", U"时间", U"部門", U"部门"}) {
      const size_t colon = who.size() + what.size();
      if (s.substr(who.size()).starts_with(what) && s.size() > colon + 1 && (s[colon] == U'：' || s[colon] == ':')) {
        return true;
      }
    }
  }
  return false;
}

// "關鍵詞：高齡化、公共服務", "关键字: 流域; 韧性": the keywords field of a
// report or a paper.
bool IsKeywordsField(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view label : {U"關鍵詞", U"关键词", U"關鍵字", U"关键字", U"Keywords", U"keywords"}) {
    if (s.size() > label.size() + 2 && s.starts_with(label) && (s[label.size()] == U'：' || s[label.size()] == ':')) {
      return !HasSentenceEnd(s);
    }
  }
  return false;
}

// "县农业农村局监督电话：0796-2512437", "市民服務熱線：1999": a phone line
// whose label says whose or what for, the value a number and nothing
// else.
bool IsNamedPhoneLine(const std::u32string& core) {
  constexpr size_t kMaxLabel = 24;
  const std::u32string s = WithoutSpaces(core);
  const size_t colon = s.find_first_of(U"：:");
  if (colon > kMaxLabel || colon + 3 > s.size()) return false;  // npos is over kMaxLabel
  const std::u32string_view label = std::u32string_view(s).substr(0, colon);
  if (CountHan(std::u32string(label)) != label.size()) return false;
  bool phone = false;
  for (std::u32string_view w : {U"电话", U"電話", U"热线", U"熱線", U"专线", U"專線"}) phone |= label.ends_with(w);
  if (!phone) return false;
  const std::u32string_view value = std::u32string_view(s).substr(colon + 1);
  return std::all_of(value.begin(), value.end(), [](char32_t c) {
    return utf8::IsDecimalDigit(c) || c == '-' || c == '(' || c == ')' || c == U'（' || c == U'）' || c == U'、' ||
           c == '/' || c == U'，' || c == ',';
  });
}

// "联系电话：…", or as a numbered item of the notice's last section
// ("（三）電話：（02）8590-6666", "（二）地址：…", "（一）承辦單位：…"): where
// to reach the issuer.
bool IsContactItem(const std::u32string& core) {
  if (IsNoticeContactField(core) || IsNamedPhoneLine(core)) return true;
  const size_t number = SectionNumberLength(core);
  if (number == 0) return false;
  const std::u32string rest = WithoutSpaces(core.substr(number));
  if (IsNoticeContactField(rest)) return true;
  for (std::u32string_view label : {U"地址", U"联系地址", U"聯絡地址", U"通讯地址", U"通訊地址", U"承办单位",
                                    U"承辦單位", U"承办人", U"承辦人", U"聯絡單位", U"联系单位"}) {
    if (rest.size() > label.size() + 1 && rest.starts_with(label) &&
        (rest[label.size()] == U'：' || rest[label.size()] == ':')) {
      return !HasSentenceEnd(rest);
    }
  }
  return false;
}

}  // namespace

bool IsClosingClauseLine(const std::u32string& core) {
  constexpr size_t kMaxChars = 40;
  if (core.size() > kMaxChars || !core.ends_with(U"。")) return false;
  const std::string s = EncodeUtf8(core);
  // "特此公告。", "特此通知。", "特此函復。": the formula that closes a notice.
  constexpr size_t kMaxFormula = 8;
  if (core.size() <= kMaxFormula && s.starts_with("特此") && !HasSentencePunct(core.substr(0, core.size() - 1))) {
    return true;
  }
  // "如与…不符，以…为准。": which rules prevail; "由…负责解释。": who interprets.
  if (ContainsAny(s, {"不符", "不一致", "有出入"}) && (s.ends_with("为准。") || s.ends_with("為準。"))) return true;
  if (s.find("由") != std::string::npos && (s.ends_with("负责解释。") || s.ends_with("負責解釋。"))) return true;
  const size_t from = s.find("自");
  if (from == std::string::npos) return false;
  for (std::string_view verb :
       {"施行。", "实施。", "實施。", "执行。", "執行。", "生效。", "起施行", "起实施", "起實施"}) {
    const size_t at = s.rfind(verb);
    if (at != std::string::npos && at > from) return true;
  }
  return false;
}

void KeepNoticeClosing(const std::vector<PageLine>& lines, size_t end, std::vector<size_t>& kept) {
  constexpr size_t kMaxDateChars = 20;
  auto next_non_blank = [&](size_t i) {
    while (i < lines.size() && lines[i].blank()) ++i;
    return i;
  };
  size_t i = next_non_blank(end);
  std::vector<size_t> closing;
  // A report's keywords right under its abstract ("關鍵詞：…").
  if (i < lines.size() && IsKeywordsField(lines[i].core)) {
    closing.push_back(i);
    i = next_non_blank(i + 1);
  }
  // A reply's closing wish, and who answered and when under it.
  if (i < lines.size() && IsClosingSalutation(lines[i].core)) {
    closing.push_back(i);
    i = next_non_blank(i + 1);
  }
  while (i < lines.size() && IsReplyField(lines[i].core)) {
    closing.push_back(i);
    i = next_non_blank(i + 1);
  }
  // The sentences that say from when the notice takes effect, which rules
  // prevail, who interprets it.
  while (i < lines.size() && IsClosingClauseLine(lines[i].core)) {
    closing.push_back(i);
    i = next_non_blank(i + 1);
  }
  // A notice's contact lines (联系人, 联系电话, 电子邮箱 …): kept where they go
  // on from those ending the body, or where its attachments or its signer
  // follow them.
  size_t last = std::min(end, lines.size());
  while (last > 0 && lines[last - 1].blank()) --last;
  std::vector<size_t> contacts;
  size_t after = i;
  while (after < lines.size() && IsContactItem(lines[after].core)) {
    contacts.push_back(after);
    after = next_non_blank(after + 1);
  }
  // The page's download list of the attachments (dropped) may stand
  // between them and the signer.
  after = PastDownloadList(lines, after);
  const bool closing_follows =
      after < lines.size() && (IsAttachmentList(lines[after].core) || IsSignOff(lines[after].core) ||
                               IsSignerLine(lines[after].core) || IsIssuerName(lines[after].core));
  if (!contacts.empty() && ((last > 0 && IsContactItem(lines[last - 1].core)) || closing_follows)) {
    closing.insert(closing.end(), contacts.begin(), contacts.end());
    i = after;
  }
  if (i < lines.size() && IsAttachmentList(lines[i].core)) {
    closing.push_back(i++);
    // The list's next items, right under it.
    while (i < lines.size() && !lines[i].blank() && SectionNumberLength(lines[i].core) > 0 &&
           !HasSentenceEnd(lines[i].core)) {
      closing.push_back(i++);
    }
    i = next_non_blank(i);
  }
  i = PastDownloadList(lines, i);
  // A letter's distribution fields ("正本：…", "副本：…") and their wrapped
  // lines, above its signer.
  while (i < lines.size() && IsCopyField(lines[i].core)) {
    closing.push_back(i++);
    while (i < lines.size() && !lines[i].blank() && lines[i].reason.empty() && !IsCopyField(lines[i].core) &&
           !IsSignerLine(lines[i].core) && !IsSignOff(lines[i].core) && !HasSentenceEnd(lines[i].core) &&
           lines[i].core.find(U'：') == std::u32string::npos) {
      closing.push_back(i++);
    }
    i = next_non_blank(i);
  }
  if (i < lines.size() && IsSignOff(lines[i].core)) {
    closing.push_back(i);
  } else if (i < lines.size() && lines[i].reason.empty() && IsSignerLine(lines[i].core)) {
    closing.push_back(i);
    // and the date it was signed, right under it
    const size_t date = next_non_blank(i + 1);
    if (date < lines.size() && lines[date].core.size() <= kMaxDateChars && IsSignatureDate(lines[date].core)) {
      closing.push_back(date);
    }
  } else if (i < lines.size() && IsIssuerName(lines[i].core)) {
    const size_t date = next_non_blank(i + 1);
    // "2024年4月3日", "二零二六年十二月二日": the date, in digits or in words.
    if (date < lines.size() && lines[date].core.size() <= kMaxDateChars &&
        (IsDateLine(lines[date].core) || IsSignatureDate(lines[date].core))) {
      closing.push_back(i);
      closing.push_back(date);
      size_t after_date = next_non_blank(date + 1);
      if (after_date < lines.size() && IsDisclosureNote(lines[after_date].core)) {
        closing.push_back(after_date);
        after_date = next_non_blank(after_date + 1);
      }
      // Whom it was copied to, under the date or the note ("抄送：市政府督查室，…").
      if (after_date < lines.size() && IsCopyField(lines[after_date].core)) closing.push_back(after_date);
    }
  } else if (i < lines.size() && IsDatedSignerLine(lines[i].core)) {
    closing.push_back(i);
  }
  kept.insert(kept.end(), closing.begin(), closing.end());
}

}  // namespace wenyuan::clean
