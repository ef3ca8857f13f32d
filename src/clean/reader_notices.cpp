#include "clean/reader_notices.h"

#include <string_view>

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCall = 80, kMaxBar = 24, kMaxPaywall = 80, kMaxPromotion = 60;

bool Has(const std::u32string& s, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view w : words) {
    if (s.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// `core` without spaces and the arrows and rules a bar is drawn with.
std::u32string Bare(const std::u32string& core) {
  std::u32string out;
  for (char32_t c : WithoutSpaces(core)) {
    if (std::u32string_view(U"↓↑▼▲⬇︾﹀>＞<＜-—─=＝~～…・·*★☆▶►▸【】[]［］()（）").find(c) ==
        std::u32string_view::npos) {
      out += c;
    }
  }
  return out;
}

// "记得点赞收藏", "歡迎在評論區聊聊", "分享給身邊的朋友吧": an invitation (the
// first words) to an action on the article or its author (the second).
bool IsEngagementCall(const std::u32string& s) {
  if (s.size() > kMaxCall) return false;
  const bool talk = Has(s, {U"评论区", U"評論區", U"留言区", U"留言區", U"在下方留言", U"在下面留言", U"留言告诉",
                            U"留言告訴", U"留言分享"}) &&
                    Has(s, {U"欢迎", U"歡迎", U"记得", U"記得", U"请在", U"請在", U"来评论区", U"來評論區", U"一起聊",
                            U"聊聊", U"说说", U"說說"});
  if (talk) return true;
  const bool action =
      Has(s, {U"点赞", U"點讚", U"點贊", U"按讚", U"按赞", U"点个赞", U"點個讚", U"收藏", U"转发", U"轉發", U"分享给",
              U"分享給", U"分享出去", U"一键三连", U"一鍵三連", U"三连", U"三連", U"在看"});
  // Following or subscribing is also what a notice invites the public to
  // ("歡迎民眾關注…"): only with a personal plea.
  const bool follow = Has(s, {U"关注", U"關注", U"追蹤", U"订阅", U"訂閱"});
  const bool plea = Has(s, {U"记得", U"記得", U"别忘了", U"別忘了", U"别忘记", U"別忘記", U"喜欢的话", U"喜歡的話",
                            U"喜欢的朋友", U"喜歡的朋友", U"动动", U"動動", U"顺手", U"順手"});
  const bool invite =
      Has(s, {U"记得",     U"記得",     U"别忘了",   U"別忘了",   U"别忘记",     U"別忘記",     U"喜欢的",
              U"喜歡的",   U"喜欢这篇", U"喜歡這篇", U"喜欢本文", U"喜歡本文",   U"如果觉得",   U"如果覺得",
              U"觉得有用", U"覺得有用", U"觉得不错", U"覺得不錯", U"觉得有帮助", U"覺得有幫助", U"欢迎",
              U"歡迎",     U"动动",     U"動動",     U"麻烦",     U"麻煩",       U"顺手",       U"順手"});
  return s.size() <= kMaxCall / 2 && ((action && invite) || (follow && plea));
}

// "本文為訂戶專屬內容", "解鎖所有付費文章", "订阅会员即可阅读全文".
bool IsPaywallNotice(const std::u32string& s) {
  if (s.size() > kMaxPaywall) return false;
  if (Has(s, {U"訂戶專屬", U"订户专属", U"會員專屬", U"会员专属", U"付費會員專屬", U"付费会员专属", U"付費文章",
              U"付费文章", U"付費內容", U"付费内容", U"付費閱讀", U"付费阅读",     U"訂閱後即可",   U"订阅后即可",
              U"訂閱即可", U"订阅即可", U"購買本文", U"购买本文", U"開通會員",     U"开通会员"})) {
    return true;
  }
  if (Has(s, {U"訂閱後可閱讀", U"订阅后可阅读", U"訂閱後閱讀", U"订阅后阅读", U"訂閱後可看", U"订阅后可看"}))
    return true;
  // The offer under the notice: a monthly price with a trial or a way out
  // ("¥1元首月体验，次月起¥38元/月，可随时取消"), a subscriber's login
  // ("已訂閱？登入"), a group subscription ("企业用户团购订阅，请联系…").
  constexpr size_t kMaxOffer = 48;
  if (s.size() <= kMaxOffer && Has(s, {U"元/月", U"元／月", U"/月", U"／月"}) &&
      Has(s, {U"首月", U"次月", U"隨時取消", U"随时取消", U"試閱", U"试阅", U"體驗", U"体验"})) {
    return true;
  }
  if (s.size() <= kMaxOffer && Has(s, {U"已訂閱", U"已订阅"}) && Has(s, {U"登入", U"登錄", U"登录"})) return true;
  if (s.size() <= kMaxOffer && Has(s, {U"團購訂閱", U"团购订阅", U"企業訂閱", U"企业订阅", U"機構訂閱", U"机构订阅"})) {
    return true;
  }
  return Has(s, {U"解鎖", U"解锁"}) && Has(s, {U"文章", U"全文", U"內容", U"内容", U"閱讀", U"阅读"});
}

// "更多內容，歡迎鏡週刊紙本雜誌、數位訂閱", "欢迎订阅本报纸质版和电子报": an
// invitation to subscribe to the outlet's print or digital edition.
bool IsSubscriptionInvitation(const std::u32string& s) {
  constexpr size_t kMaxInvitation = 60;
  return s.size() <= kMaxInvitation && Has(s, {U"訂閱", U"订阅", U"訂購", U"订购", U"訂戶", U"订户"}) &&
         Has(s, {U"紙本", U"纸本", U"纸质版", U"紙質版", U"雜誌", U"杂志", U"數位版", U"数字版", U"電子報", U"电子报",
                 U"報紙", U"报纸"}) &&
         Has(s, {U"歡迎", U"欢迎", U"更多內容", U"更多内容", U"立即", U"馬上", U"马上"});
}

// "↓↓↓文章未完，請繼續往下看↓↓↓", "點擊展開全文", "阅读全文": a bar that stands
// for the rest of the body.
bool IsContinueReadingBar(const std::u32string& core) {
  const std::u32string s = Bare(core);
  if (s.empty() || s.size() > kMaxBar) return false;
  if (Has(s, {U"文章未完", U"未完，請繼續", U"未完，请继续", U"繼續往下看", U"继续往下看", U"繼續往下閱讀",
              U"继续往下阅读", U"余下全文", U"餘下全文", U"剩余全文", U"剩餘全文"})) {
    return true;
  }
  for (std::u32string_view w : {U"點擊展開全文", U"点击展开全文", U"展開全文", U"展开全文", U"點擊閱讀全文",
                                U"点击阅读全文", U"閱讀全文", U"阅读全文", U"查看全文", U"繼續閱讀", U"继续阅读",
                                U"點此繼續閱讀", U"点此继续阅读", U"展開閱讀全文", U"展开阅读全文"}) {
    if (s == w) return true;
  }
  return false;
}

// "【推荐】云服务器2核2G低至99元/年": a promotion the site labels as one.
bool IsLabelledPromotion(const std::u32string& core) {
  if (core.size() > kMaxPromotion) return false;
  for (std::u32string_view label : {U"【推荐】", U"【推薦】", U"【推广】", U"【推廣】", U"[推荐]", U"[推薦]",
                                    U"【精选推荐】", U"【精選推薦】", U"【特惠】", U"【限时优惠】", U"【限時優惠】"}) {
    if (std::u32string_view(core).starts_with(label) && core.size() > label.size() + 3) return true;
  }
  return false;
}

}  // namespace

// "（本提示會在情況有變時更新。市民亦可透過…獲取最新資訊。）": a standing note,
// all in brackets, that the page is updated and where to find the latest.
bool IsUpdateNotice(const std::u32string& s) {
  constexpr size_t kMaxNotice = 120;
  if (s.size() < 4 || s.size() > kMaxNotice) return false;
  const bool bracketed = (s.front() == U'（' && s.back() == U'）') || (s.front() == '(' && s.back() == ')');
  return bracketed && Has(s, {U"更新"}) &&
         Has(s,
             {U"最新資訊", U"最新资讯", U"最新消息", U"最新信息", U"最新資料", U"最新资料", U"最新情況", U"最新情况"});
}

// "留言经审核后公开", "來信須經審核後才會刊登": a notice that what readers
// post is reviewed before it is published, with its privacy and emergency
// advice on the same line.
bool IsModerationNotice(const std::u32string& s) {
  constexpr size_t kMaxNotice = 100;
  if (s.size() > kMaxNotice || !Has(s, {U"審核後", U"审核后", U"審查後", U"审查后"})) return false;
  return Has(s, {U"公開", U"公开", U"刊登", U"發布", U"发布", U"顯示", U"显示", U"發表", U"发表"}) &&
         Has(s, {U"留言", U"來信", U"来信", U"信件", U"訴求", U"诉求", U"評論", U"评论", U"意見", U"意见"});
}

// "以下為PDF檔案之文字內容，格式可能與原檔案不同，請以下載檔案為準", "本页由附件
// 转换生成，内容以原文件为准": a notice that the text shown is converted from
// a file, which is the one to trust.
bool IsConversionNotice(const std::u32string& s) {
  constexpr size_t kMaxNotice = 80;
  return s.size() <= kMaxNotice && Has(s, {U"為準", U"为准"}) &&
         Has(s, {U"檔案", U"档案", U"文件", U"附件", U"原件", U"原檔", U"原档", U"PDF", U"pdf"}) &&
         Has(s,
             {U"格式", U"轉換", U"转换", U"轉檔", U"转档", U"文字內容", U"文字内容", U"文字版", U"純文字", U"纯文本"});
}

std::string ReaderNoticeReason(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  if (IsModerationNotice(s)) return kModerationNotice;
  if (IsConversionNotice(s)) return kConversionNotice;
  if (s.empty()) return {};
  if (IsUpdateNotice(s)) return kUpdateNotice;
  if (IsContinueReadingBar(core)) return kContinueReadingBar;
  if (IsLabelledPromotion(s)) return kLabelledPromotion;
  if (IsPaywallNotice(s)) return kPaywallNotice;
  if (IsSubscriptionInvitation(s)) return kSubscriptionInvitation;
  if (IsEngagementCall(s)) return kEngagementCall;
  return {};
}

namespace {

// "獨立媒體，需要你的支持", "支持我们的独立报道": the heading of a plea for
// the reader's money.
bool IsSupportAppealHeading(const std::u32string& core) {
  constexpr size_t kMaxHeading = 30;
  return core.size() <= kMaxHeading && !HasSentenceEnd(core) &&
         Has(WithoutSpaces(core),
             {U"需要你的支持", U"需要您的支持", U"需要你的支援", U"需要您的支援", U"支持我們", U"支持我们", U"贊助我們",
              U"赞助我们", U"成為贊助", U"成为赞助", U"請支持", U"请支持"});
}

// The plea's paragraph: a gift or a monthly donation to the outlet.
bool IsSupportAppealText(const std::u32string& text) {
  constexpr size_t kMaxAppeal = 160;
  const std::u32string s = WithoutSpaces(text);
  return s.size() <= kMaxAppeal &&
         Has(s, {U"定期定額", U"定期定额", U"小額", U"小额", U"捐款", U"捐助", U"贊助", U"赞助", U"捐贈", U"捐赠"}) &&
         Has(s, {U"媒體", U"媒体", U"新聞", U"新闻", U"報導", U"报道", U"我們", U"我们"});
}

// Marks the plea's heading and its paragraph (up to a blank line or a line
// another rule dropped, such as its 立即贊助 button).
void MarkSupportAppeals(std::vector<PageLine>& lines) {
  constexpr size_t kMaxAppealLines = 4;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !lines[i].reason.empty() || !IsSupportAppealHeading(lines[i].core)) continue;
    size_t end = i + 1;
    std::u32string text;
    while (end < lines.size() && end - i <= kMaxAppealLines && !lines[end].blank() && lines[end].reason.empty()) {
      text += lines[end++].core;
    }
    if (text.empty() || end - i > kMaxAppealLines || !IsSupportAppealText(text)) continue;
    for (size_t k = i; k < end; ++k) lines[k].reason = kSupportAppeal;
    i = end;
  }
}

}  // namespace

void MarkReaderNotices(std::vector<PageLine>& lines) {
  MarkSupportAppeals(lines);
  constexpr size_t kMaxTail = 8;
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank() || !l.reason.empty()) continue;
    l.reason = ReaderNoticeReason(l.core);
    // The notice's tail the crawler's hard wrap put on the next line
    // ("…欢迎在评论区" + "聊聊。").
    if (!l.reason.empty() && !l.core.empty() && !IsSentencePunct(l.core.back()) && i + 1 < lines.size() &&
        !lines[i + 1].blank() && lines[i + 1].reason.empty() && lines[i + 1].core.size() <= kMaxTail &&
        HasSentenceEnd(lines[i + 1].core)) {
      lines[i + 1].reason = l.reason;
      ++i;
    }
  }
}

}  // namespace wenyuan::clean
