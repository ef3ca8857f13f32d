// ReaderNotices: lines a page prints to its reader about the article rather
// than as part of it, recognised by what they say whatever the site, in
// both scripts:
//   - engagement calls: a plea to like, collect, follow, repost or share
//     ("喜欢的话记得点赞收藏哦", "覺得有用就分享給朋友吧！") or to talk in the
//     comments ("…？欢迎在评论区聊聊。", "歡迎留言告訴我們");
//   - paywall and subscription notices ("本文為訂戶專屬內容", "每月$299，
//     解鎖所有付費文章", "订阅会员即可阅读全文"), and invitations to
//     subscribe to the print or digital edition ("更多內容，歡迎鏡週刊紙本
//     雜誌、鏡週刊數位訂閱", "欢迎订阅本报纸质版");
//   - continue-reading bars inside a body ("↓↓↓文章未完，請繼續往下看↓↓↓",
//     "點擊展開全文", "阅读全文", "余下全文");
//   - labelled promotions ("【推荐】云服务器低至99元/年", "【推廣】…");
//   - a standing note, all in brackets, that the page is updated and where
//     to find the latest ("（本提示會在情況有變時更新。…獲取最新資訊。）");
//   - a notice that readers' posts are published once reviewed ("本平台留言
//     经审核后公开，…紧急求助请拨打110", "來信須經審核後才會刊登");
//   - a plea for the reader's support: a heading ("…需要你的支持",
//     "支持我们的报道") over a short paragraph asking for a gift or a
//     monthly donation (定期定額, 小额赞助, 捐款) to the outlet;
//   - a notice that the text shown was converted from an attached file,
//     which is the one to trust ("以下為PDF檔案之文字內容，…請以下載檔案為準").
// Each reason names what the line is. A line of the article that mentions
// the words in a sentence of its own (a report on a paywall) is longer or
// lacks the call's shape and stays. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kEngagementCall[] = "engagement call";
inline constexpr char kPaywallNotice[] = "paywall notice";
inline constexpr char kSubscriptionInvitation[] = "subscription invitation";
inline constexpr char kContinueReadingBar[] = "continue-reading bar";
inline constexpr char kLabelledPromotion[] = "labelled promotion";
inline constexpr char kSupportAppeal[] = "support appeal";
inline constexpr char kUpdateNotice[] = "update notice";
inline constexpr char kConversionNotice[] = "file conversion notice";
inline constexpr char kModerationNotice[] = "moderation notice";

// The reason `core` (one line) is a reader notice, or "".
std::string ReaderNoticeReason(const std::u32string& core);

// Sets ReaderNoticeReason on every kept line that has one.
void MarkReaderNotices(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
