// The reader-notice rules on lines and on a page written for this test: a
// lifestyle site's article (Traditional) on balcony gardening with an
// advert label and a continue-reading bar inside the body, a paywall
// notice, a wrapped comment prompt, a share plea and a labelled promotion;
// and sentences of an article that mention the same words and stay.
#include "clean/reader_notices.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(ReaderNotices, UpdateNotices) {
  EXPECT_EQ(ReaderNoticeReason(U"（本警告會在情況有變時更新，市民可瀏覽本署網站獲取最新資訊。）"), kUpdateNotice);
  EXPECT_EQ(ReaderNoticeReason(U"（本页内容将适时更新，请留意本局官网发布的最新消息。）"), kUpdateNotice);
  // The update said in the article's own sentence, not in brackets.
  EXPECT_EQ(ReaderNoticeReason(U"氣象局表示，颱風路徑會隨時更新，民眾可上網查詢最新資訊。"), "");
  EXPECT_EQ(ReaderNoticeReason(U"（系統已於昨晚更新）"), "");
}

TEST(ReaderNotices, Lines) {
  EXPECT_EQ(ReaderNoticeReason(U"覺得實用的話，別忘了按讚、收藏再走喔～"), kEngagementCall);
  EXPECT_EQ(ReaderNoticeReason(U"如果觉得有帮助，欢迎转发给需要的人"), kEngagementCall);
  EXPECT_EQ(ReaderNoticeReason(U"你家陽台種了什麼？歡迎在留言區分享你的照片。"), kEngagementCall);
  EXPECT_EQ(ReaderNoticeReason(U"记得关注我，下期聊聊阳台防水"), kEngagementCall);
  EXPECT_EQ(ReaderNoticeReason(U"本篇為會員專屬內容，登入即可閱讀"), kPaywallNotice);
  EXPECT_EQ(ReaderNoticeReason(U"订阅后即可阅读全部付费内容，首月仅需9.9元"), kPaywallNotice);
  // A boxed paywall notice and the subscription offer under it.
  EXPECT_EQ(ReaderNoticeReason(U"│  本报道为独家内容，订阅后可阅读全文  │"), kPaywallNotice);
  EXPECT_EQ(ReaderNoticeReason(U"NT$ 99元 首月試閱，次月起 NT$ 199元/月，可隨時取消"), kPaywallNotice);
  EXPECT_EQ(ReaderNoticeReason(U"已訂閱？ 登入 | 兌換序號"), kPaywallNotice);
  EXPECT_EQ(ReaderNoticeReason(U"学校及企业订阅，请联系 service@example.cn"), kPaywallNotice);
  EXPECT_EQ(ReaderNoticeReason(U"▼▼ 文章未完，請繼續往下看 ▼▼"), kContinueReadingBar);
  EXPECT_EQ(ReaderNoticeReason(U"点击阅读全文"), kContinueReadingBar);
  EXPECT_EQ(ReaderNoticeReason(U"【推廣】陽台收納架限時8折，點此選購"), kLabelledPromotion);
  EXPECT_EQ(ReaderNoticeReason(U"更多內容，歡迎北辰週刊紙本雜誌、北辰週刊數位訂閱。"), kSubscriptionInvitation);
  EXPECT_EQ(ReaderNoticeReason(U"欢迎订阅本报纸质版和电子报，了解更多城市新闻"), kSubscriptionInvitation);
  EXPECT_EQ(ReaderNoticeReason(U"調查顯示，紙本雜誌的訂閱人數去年減少了一成，數位訂閱則增加了兩成。"), "");
  // The words inside the article's own sentences.
  EXPECT_EQ(ReaderNoticeReason(U"市府歡迎民眾關注空氣品質資訊。"), "");
  EXPECT_EQ(ReaderNoticeReason(U"研究發現，讀者收藏文章的比例在疫情後上升了三成，其中以食譜與園藝類最多，"
                               U"編輯部因此調整了版面。"),
            "");
  EXPECT_EQ(ReaderNoticeReason(U"報社去年推出付費牆，訂閱人數成長兩成，但也引發讀者對新聞可近性的討論。"
                               U"學者認為，公共媒體的角色因此更加重要。"),
            "");
  EXPECT_EQ(
      ReaderNoticeReason(U"該報的數位訂閱首月只要1元，次月起每月38元，已有十萬人訂閱，業界認為這種定價難以持續。"), "");
  EXPECT_EQ(ReaderNoticeReason(U"閱讀全文後再作判斷。"), "");
}

TEST(ReaderNotices, AnArticleKeepsItsTextAndLosesItsNotices) {
  const char kPage[] =
      "   [logo.png] 好生活誌\n"
      "   首頁 | 居家 | 園藝 | 美食 | 旅遊\n"
      "   首頁 > 居家 > 園藝\n"
      "   (BUTTON) 分享 (BUTTON) 收藏\n"
      "   小陽台也能種出一片綠：新手三個月的香草盆栽紀錄\n"
      "   2026-03-02 文／林小葉\n"
      "   住在城市公寓，陽台只有兩坪大，去年秋天我決定試著種香草。三個月下來，失敗過也成功過，"
      "把經驗整理給同樣想開始的人。\n"
      "   [INS: :INS]\n"
      "   廣告\n"
      "   [ad_banner.jpg]\n"
      "   ▼▼ 文章未完，請繼續往下看 ▼▼\n"
      "   1. 先看日照再選植物\n"
      "   迷迭香和百里香需要每天至少六小時日照，朝北的陽台比較適合薄荷與香蜂草。我一開始沒注意，"
      "迷迭香兩週就黃了葉子。\n"
      "   2. 盆器排水比土更重要\n"
      "   底部沒有洞的盆器最容易爛根。換成有排水孔的素燒盆後，澆水的頻率也比較好掌握。\n"
      "   本文為會員專屬內容，訂閱後即可閱讀全文\n"
      "   你家陽台種了什麼？冬天有沒有撐過寒流？歡迎在留言區\n"
      "   分享。\n"
      "   覺得實用的話，別忘了按讚、收藏再走喔～\n"
      "   【推廣】陽台收納架限時8折，點此選購\n"
      "   延伸閱讀\n"
      "   * 室內植物怎麼選？五種好養的觀葉植物\n"
      "   * 多肉植物過冬的三個祕訣\n"
      "   © 2026 好生活誌 版權所有\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "小陽台也能種出一片綠")) << c.text;
  EXPECT_TRUE(Contains(c.text, "1. 先看日照再選植物")) << c.text;
  EXPECT_TRUE(Contains(c.text, "底部沒有洞的盆器最容易爛根")) << c.text;
  EXPECT_FALSE(HasLine(c.text, "廣告")) << c.text;
  EXPECT_FALSE(Contains(c.text, "文章未完")) << c.text;
  EXPECT_FALSE(Contains(c.text, "會員專屬")) << c.text;
  EXPECT_FALSE(Contains(c.text, "歡迎在留言區")) << c.text;
  EXPECT_FALSE(HasLine(c.text, "分享。")) << c.text;  // the prompt's wrapped tail
  EXPECT_FALSE(Contains(c.text, "別忘了按讚")) << c.text;
  EXPECT_FALSE(Contains(c.text, "陽台收納架")) << c.text;
}

TEST(ReaderNotices, AModerationNoticeGoes) {
  // A mailbox's notice that letters are published once reviewed.
  EXPECT_EQ(ReaderNoticeReason(U"【溫馨提醒】民眾來信須經審核後才會公開刊登，個人資料將予以遮蔽。"), kModerationNotice);
  EXPECT_EQ(ReaderNoticeReason(U"提示：评论经审核后显示，请文明发言。"), kModerationNotice);
  // The article's own sentence on a review names no reader's post.
  EXPECT_EQ(ReaderNoticeReason(U"新制上路後，補助名單經審核後公開，預計明年一月發放。"), "");
}

TEST(ReaderNotices, AFileConversionNoticeGoes) {
  // The page's text converted from its attachment, which is to be trusted.
  EXPECT_EQ(ReaderNoticeReason(U"本页正文由附件自动转换生成，格式或有出入，内容以原文件为准。"), kConversionNotice);
  // A notice's own line on which document prevails names no conversion.
  EXPECT_EQ(ReaderNoticeReason(U"本公告如有未盡事宜，以主管機關核定之文件為準。"), "");
}

}  // namespace
}  // namespace wenyuan::clean
