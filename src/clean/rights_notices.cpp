#include "clean/rights_notices.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxNoticeChars = 400;
constexpr size_t kMaxBareReprintNotice = 8;  // "禁止轉載", "嚴禁轉載！", "歡迎轉載分享"

bool AnyOf(const std::string& s, std::initializer_list<std::string_view> words) { return ContainsAny(s, words); }

// The code points a line holds, as a 4096-bit filter on their low 12 bits:
// a word can be in the line only if every code point of it passes, so most
// of a notice's word lists need no search of the line (each search scans
// it: 5 % of ingest's CPU when every list was searched on every line).
class CodePointFilter {
 public:
  explicit CodePointFilter(std::u32string_view line) {
    for (char32_t c : line) bits_[(c >> 6) & 63] |= uint64_t{1} << (c & 63);
  }
  bool MayHold(char32_t c) const { return ((bits_[(c >> 6) & 63] >> (c & 63)) & 1) != 0; }
  bool MayHold(std::u32string_view word) const {
    return std::all_of(word.begin(), word.end(), [this](char32_t c) { return MayHold(c); });
  }
  bool MayHold(std::string_view word) const {
    for (size_t pos = 0; pos < word.size();) {
      if (!MayHold(utf8::DecodeNext(word, pos))) return false;
    }
    return true;
  }

 private:
  std::array<uint64_t, 64> bits_{};
};

// AnyOf of s, the UTF-8 of the line `filter` was made of.
bool AnyOf(const CodePointFilter& filter, const std::string& s, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return filter.MayHold(w) && s.find(w) != std::string::npos; });
}

// A reprint verb with a rule about reprinting just before or after it.
bool IsReprintClause(std::u32string_view s, const CodePointFilter& filter) {
  constexpr size_t kBefore = 8, kAfter = 6;
  for (std::u32string_view verb : {U"轉載", U"转载", U"轉貼", U"转贴", U"摘編", U"摘编", U"鏡像", U"镜像"}) {
    if (!filter.MayHold(verb)) continue;
    for (size_t at = s.find(verb); at != std::u32string_view::npos; at = s.find(verb, at + 1)) {
      size_t from = at > kBefore ? at - kBefore : 0;
      std::string before = EncodeUtf8(s.substr(from, at - from));
      std::string after = EncodeUtf8(s.substr(at + verb.size(), kAfter));
      if (AnyOf(before, {"不得", "禁止", "請勿", "请勿", "嚴禁", "严禁", "謝絕", "谢绝", "歡迎", "欢迎", "如需", "如要",
                         "如欲"}) ||
          AnyOf(after, {"請", "请", "須", "须", "需", "務必", "务必", "註明", "注明", "時應", "时应"})) {
        return true;
      }
    }
  }
  return false;
}

// "第六條", "第三點", "(四)", "（五）", "七、", "2、": an article or an item of
// a regulation or contract, whose words about advertisements, copies and
// rights are rules, not a site's notice.
// The first characters of `core` that are not spaces ("第　三　條" →
// "第三條"), as many as an article's or item's number needs; no copy of
// the whole line (this runs on every line ingest cleans).
struct SpacelessHead {
  std::array<char32_t, 12> chars{};
  size_t size = 0;
  operator std::u32string_view() const { return {chars.data(), size}; }
};
SpacelessHead HeadWithoutSpaces(std::u32string_view core) {
  SpacelessHead head;
  for (char32_t c : core) {
    if (head.size == head.chars.size()) break;
    if (!utf8::IsSpace(c)) head.chars[head.size++] = c;
  }
  return head;
}

bool StartsAsAnArticleOrItem(std::u32string_view s) {
  auto numeral = [](char32_t c) {
    return utf8::IsDecimalDigit(c) ||
           std::u32string_view(U"〇零一二三四五六七八九十百千壹貳參肆伍陸柒捌玖拾").find(c) !=
               std::u32string_view::npos;
  };
  size_t i = 0;
  if (s.starts_with(U"第")) {
    for (i = 1; i < s.size() && numeral(s[i]); ++i) {
    }
    return i > 1 && i < s.size() &&
           std::u32string_view(U"條条點点款項项章節节").find(s[i]) != std::u32string_view::npos;
  }
  if (!s.empty() && (s[0] == '(' || s[0] == U'（')) {
    for (i = 1; i < s.size() && numeral(s[i]); ++i) {
    }
    return i > 1 && i < s.size() && (s[i] == ')' || s[i] == U'）');
  }
  for (; i < s.size() && numeral(s[i]); ++i) {
  }
  return i > 0 && i < s.size() && s[i] == U'、';
}

// What a reprint notice is about: a work, a site, a source or the rights.
bool NamesWhatIsReprinted(const CodePointFilter& filter, const std::string& s) {
  return AnyOf(filter, s, {"本文", "文章", "作品", "內容", "内容", "稿",   "本站", "本網", "本网",
                           "本報", "本报", "網站", "网站", "出處", "出处", "來源", "来源", "作者",
                           "授權", "授权", "版權", "版权", "原文", "圖片", "图片", "本刊"});
}

// "凡注明", "凡本網註明", "凡本站标注": the opening of a claim on the works
// a site marks as its own (or as others').
bool ClaimsMarkedWorks(std::u32string_view s) {
  constexpr size_t kMaxBetween = 3;  // 本網, 本报, 本平台
  for (size_t at = s.find(U'凡'); at != std::u32string_view::npos; at = s.find(U'凡', at + 1)) {
    for (size_t k = at + 1; k + 1 < s.size() && k <= at + 1 + kMaxBetween; ++k) {
      const std::u32string_view two(s.data() + k, 2);
      for (std::u32string_view verb : {U"注明", U"註明", U"標注", U"标注", U"標明", U"标明"}) {
        if (two == verb) return true;
      }
    }
  }
  return false;
}

// A name that ends as a site's, a paper's or a body's does: 網, 站, 報,
// 社, 刊, 台, 公司, 會, 中心 …
bool IsOwnersName(const std::u32string& name) {
  if (name.find_first_of(U"的之為为是、．.於于") != std::u32string::npos) return false;
  for (std::u32string_view end : {U"網", U"网", U"站", U"報", U"报", U"社", U"刊", U"台", U"公司", U"會", U"会",
                                  U"中心", U"平台", U"網絡", U"网络", U"集團", U"集团"}) {
    if (name.ends_with(end)) return true;
  }
  return false;
}

}  // namespace

bool IsArticleOrItemOfRules(std::u32string_view core) { return StartsAsAnArticleOrItem(HeadWithoutSpaces(core)); }

std::string NoticeHeadingReason(std::u32string_view core) {
  constexpr size_t kMaxOwner = 8;  // "大众网", "北辰日報網": a site's or a paper's name
  std::u32string s = WithoutSpaces(std::u32string(core));
  while (!s.empty() && (s.back() == U'：' || s.back() == ':')) s.pop_back();
  struct Title {
    std::u32string_view words;
    const char* reason;
  };
  for (const Title& t : {Title{U"版權聲明", "copyright notice"}, Title{U"版权声明", "copyright notice"},
                         Title{U"版權說明", "copyright notice"}, Title{U"版权说明", "copyright notice"},
                         Title{U"著作權聲明", "copyright notice"}, Title{U"著作权声明", "copyright notice"},
                         Title{U"法律聲明", "copyright notice"}, Title{U"法律声明", "copyright notice"},
                         Title{U"轉載聲明", "reprint notice"}, Title{U"转载声明", "reprint notice"},
                         Title{U"免責聲明", "disclaimer notice"}, Title{U"免责声明", "disclaimer notice"}}) {
    if (!s.ends_with(t.words) || s.size() > t.words.size() + kMaxOwner) continue;
    // The owner, if any, is a site's, a paper's or a body's name ("大众网",
    // "北辰日報網", "北辰協會"): "以下為雙方的版權聲明", "添加版权声明" or
    // "三、免責聲明" is no notice's heading.
    const std::u32string owner = s.substr(0, s.size() - t.words.size());
    if (!owner.empty() && !IsOwnersName(owner)) return {};
    return t.reason;
  }
  return {};
}

std::string RightsNoticeReason(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxNoticeChars) return {};
  std::u32string_view body = core;
  while (!body.empty() && std::u32string_view(U"【[（(「『").find(body.front()) != std::u32string_view::npos) {
    body.remove_prefix(1);
  }
  const std::string s = EncodeUtf8(body);
  const CodePointFilter filter(body);
  // A rule that forbids such a clause ("不得記載廣告僅供參考") or an article
  // of a regulation is no notice.
  if (IsArticleOrItemOfRules(core) || AnyOf(filter, s, {"不得記載", "不得记载", "不得約定", "不得约定"})) return {};
  if (StartsWithAny(s, {"免責聲明", "免责声明", "免責條款", "免责条款", "Disclaimer", "DISCLAIMER"})) {
    return "disclaimer notice";
  }
  if (StartsWithAny(s, {"轉載聲明", "转载声明", "轉載須知", "转载须知", "轉載請", "转载请"})) return "reprint notice";
  if (StartsWithAny(s,
                    {"版權聲明", "版权声明", "版權說明", "版权说明", "版權保護", "版权保护", "著作權聲明", "著作权声明",
                     "版權所有", "版权所有", "法律聲明", "法律声明", "Copyright", "copyright", "COPYRIGHT", "©"})) {
    return "copyright notice";
  }
  if (std::string heading = NoticeHeadingReason(body); !heading.empty()) return heading;
  // "凡注明“來源：本網”的所有作品…", "凡本网注明…": whose works the site
  // claims.
  if (ClaimsMarkedWorks(body) && AnyOf(filter, s, {"來源", "来源", "出處", "出处"})) {
    return "copyright notice";
  }
  // "本文版權歸原作者所有", "著作權屬於…，未經同意不得…".
  if (AnyOf(filter, s, {"版權", "版权", "著作權", "著作权", "知識產權", "知识产权"}) &&
      AnyOf(filter, s, {"歸", "归", "所有", "屬於", "属于", "保留"}) &&
      AnyOf(filter, s,
            {"未經", "未经", "不得", "禁止", "請勿", "请勿", "嚴禁", "严禁", "侵權", "侵权", "保留一切", "保留所有"})) {
    return "copyright notice";
  }
  // "未經授權不得轉載", "轉載請註明出處", "禁止轉載", "歡迎轉載": words about
  // reprinting next to the verb ("由資安科轉載供參考" is not a notice),
  // about a work, a site or its rights, or alone ("禁止轉載"): not a
  // fishery rule about transshipping ("禁止海上轉載漁獲物。").
  if (IsReprintClause(body, filter) && (body.size() <= kMaxBareReprintNotice || NamesWhatIsReprinted(filter, s))) {
    return "reprint notice";
  }
  // "本網站所載資料僅供參考，本報不會就任何損失負責": a site that disowns
  // what it prints.
  if (AnyOf(filter, s, {"本網", "本网", "本站", "本報", "本报", "網站", "网站", "本平台", "本刊"}) &&
      AnyOf(filter, s,
            {"僅供參考", "仅供参考", "僅作參考", "仅作参考", "概不負責", "概不负责", "不承擔", "不承担", "不負任何",
             "不负任何", "不會就", "不会就"}) &&
      AnyOf(filter, s, {"負責", "负责", "責任", "责任", "損失", "损失"})) {
    return "disclaimer notice";
  }
  // "本文系…独家稿件，未经授权…": a site's claim on an article it had
  // written for it.
  if (AnyOf(filter, s,
            {"獨家稿件", "独家稿件", "獨家原創", "独家原创", "原創稿件", "原创稿件", "獨家授權", "独家授权"}) &&
      AnyOf(filter, s, {"未經", "未经", "不得", "禁止", "轉載", "转载"})) {
    return "copyright notice";
  }
  // "本文僅供參考，不能替代專業醫療建議", "经验内容仅供参考，…建议您咨询相关领域
  // 专业人士": an article that disowns advice.
  if (AnyOf(filter, s, {"僅供參考", "仅供参考", "僅供參閱", "仅供参阅"}) &&
      AnyOf(filter, s,
            {"不能替代", "不能取代", "不可替代", "不可取代", "無法取代", "无法取代", "不構成", "不构成", "請諮詢",
             "请咨询", "請洽", "就醫", "就医", "咨询相关", "諮詢相關", "咨询专业", "諮詢專業"})) {
    return "disclaimer notice";
  }
  // "本文僅代表作者觀點，不代表本站立場", "纯属作者个人观点，不代表平台观点".
  if (AnyOf(filter, s,
            {"不代表本", "不代表平台", "不代表網站", "不代表网站", "不代表本號", "不代表本号", "僅代表作者",
             "仅代表作者", "僅代表該作者", "仅代表该作者", "僅代表個人", "仅代表个人", "純屬作者個人", "纯属作者个人",
             "與本站無關", "与本站无关"}) &&
      AnyOf(filter, s, {"觀點", "观点", "立場", "立场", "意見", "意见"})) {
    return "disclaimer notice";
  }
  // "特别声明：以上内容…本平台仅提供信息存储服务。": a platform that hosts
  // what its users post.
  if (AnyOf(filter, s,
            {"仅提供信息存储", "僅提供資訊儲存", "僅提供資訊存儲", "僅提供信息存儲",
             "only provides information storage", "provides information storage services"})) {
    return "disclaimer notice";
  }
  // "…仅供参考，不构成投资建议。投资者据此操作，风险自担。": a finance site's
  // notice that it gives no advice.
  // A poster's own "说几点个人看法，不构成投资建议。" opening a post is no
  // notice: the clause needs the notice's subject or its risk words.
  if (AnyOf(filter, s, {"风险自担", "風險自擔", "风险自负", "風險自負", "不意味着赞同", "不意味著贊同"}) ||
      (AnyOf(filter, s, {"不构成投资建议", "不構成投資建議", "不作为投资建议", "不作為投資建議"}) &&
       (AnyOf(filter, s, {"风险", "風險", "仅供参考", "僅供參考"}) ||
        StartsWithAny(s, {"本文", "以上", "上述", "文中", "本站", "本网", "本網", "本平台", "声明", "聲明", "提示",
                          "注：", "注:", "※", "特别", "特別", "内容", "內容"})))) {
    return "disclaimer notice";
  }
  // "內容文責由各委員辦公室自負": who answers for what the site prints.
  if (AnyOf(filter, s, {"文責", "文责"}) && AnyOf(filter, s, {"自負", "自负", "自行負責", "自行负责"}))
    return "disclaimer notice";
  return {};
}

}  // namespace wenyuan::clean
