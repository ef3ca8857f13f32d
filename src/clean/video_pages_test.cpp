// The video-page rules on lines and on a page written for this test (not
// copied from any fixture): a cooking channel's video page (Traditional)
// with its counts, uploader card, description, tags, chapters and the
// videos played next.
#include "clean/video_pages.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace video_pages_test {

std::string Reason(const char* raw) { return VideoLineReason(MakePageLine(raw)); }

TEST(VideoPages, LineShapes) {
  EXPECT_EQ(Reason("熱門排行第 5 名"), kVideoPageFurniture);
  EXPECT_EQ(Reason("[讚] 1.2萬  [收藏] 3,405  [分享] 98"), kVideoPageFurniture);
  EXPECT_EQ(Reason("(BUTTON) + 訂閱 8.7萬"), kVideoPageFurniture);
  EXPECT_EQ(Reason("展開全文"), "expand button");
  EXPECT_EQ(Reason("* 三分鐘學會蔥油餅  阿嬤的灶腳  12萬次觀看"), kRecommendedVideos);
  EXPECT_EQ(Reason("* 電鍋料理懶人包  小廚房  3,201 views"), kRecommendedVideos);
  EXPECT_EQ(Reason("[thumb2.jpg] 山羌的夜間活動  自然頻道  8.9萬次觀看  5個月前"), kRecommendedVideos);
  EXPECT_EQ(Reason("4.6萬 位訂閱者"), kVideoPageFurniture);
  EXPECT_EQ(Reason("顯示較少"), "expand button");
  EXPECT_EQ(Reason("本片播放次數已超過十萬次，感謝大家支持。"), "");
  EXPECT_EQ(Reason("* 第一名是台北，第二名是高雄。"), "");
  EXPECT_EQ(Reason("比賽第 5 名的隊伍來自台南。"), "");  // no ranking list named
}

const char* kVideoPage =
    "   [site_logo.svg] 首頁  頻道  直播  (BUTTON) 登入\n\n"
    "   古早味蘿蔔糕完整做法｜在來米粉比例一次說清楚\n"
    "   8.4萬  356  2025-01-20 18:00:00\n"
    "   未經授權，禁止轉載\n"
    "   熱門排行第 12 名\n\n"
    "   [讚] 5,120  [收藏] 2,806  [分享] 431\n\n"
    "   [channel_face.jpg]\n"
    "   阿珠的廚房  (BUTTON) 私訊\n"
    "   三十年家常菜經驗 | 合作請來信\n"
    "   (BUTTON) + 訂閱 23.5萬\n\n"
    "   過年前最多人問的就是蘿蔔糕，這次把在來米粉和水的比例、蘿蔔絲要不要炒都拍清楚。\n"
    "   白蘿蔔一條約一點二公斤，刨絲後連同釋出的水一起下鍋，煮到半透明再拌入米漿。\n"
    "   蒸的時候水要一次加足，大火蒸五十分鐘，筷子插入不沾黏就完成了。\n"
    "   配樂：阿哲《冬日廚房》\n"
    "   展開全文\n\n"
    "   料理  年菜  蘿蔔糕  古早味  家常菜  教學\n\n"
    "   章節\n"
    "     * 00:00 開場\n"
    "     * 01:15 準備材料\n"
    "     * 04:40 炒蘿蔔絲\n"
    "     * 09:02 蒸與保存\n\n"
    "   接著播放\n"
    "     * 芋頭糕這樣做不會塌  阿珠的廚房  15萬次觀看\n"
    "     * 港式蘿蔔糕和台式差在哪？  食物研究室  6.2萬次觀看\n";

TEST(VideoPages, AVideoPageKeepsItsTitleDateAndDescription) {
  const CleanedDocument c = CleanDocument(kVideoPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "古早味蘿蔔糕完整做法")) << c.text;
  EXPECT_TRUE(Contains(c.text, "8.4萬  356  2025-01-20 18:00:00")) << c.text;
  EXPECT_TRUE(Contains(c.text, "白蘿蔔一條約一點二公斤")) << c.text;
  EXPECT_TRUE(Contains(c.text, "配樂：阿哲《冬日廚房》")) << c.text;
  for (const char* furniture : {"禁止轉載", "排行", "[讚]", "阿珠的廚房", "合作請來信", "訂閱", "展開全文", "年菜",
                                "章節", "01:15", "芋頭糕", "食物研究室"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A fire brigade's video page (Traditional, another site's shape): the
// viewers-now line, the autoplay switch, the uploader's card with the name
// beside the avatar, the description's label and videos listed with a
// danmaku count after the plays go; chapters that the description's own
// sentence introduces are its list and stay.
TEST(VideoPages, AnUploadersDescriptionKeepsItsChaptersAndLosesTheChrome) {
  const CleanedDocument c = CleanDocument(
      "   [tv_logo.png] 首頁  節目  直播  (BUTTON) 登入\n\n"
      "   颱風天停電怎麼辦？防災包這樣準備\n"
      "   生活 > 防災知識\n"
      "   3.4萬 · 128 · 2026-09-02 19:00:00\n"
      "   1,204 人正在觀看\n"
      "   [讚] 2,310  [收藏] 905  [分享] 77\n\n"
      "   [頭像.png] 新北消防 私訊\n"
      "   新北市消防局官方頻道，分享防火防災與緊急救護知識\n"
      "   (BUTTON) + 訂閱 3.2萬\n\n"
      "   影片簡介\n"
      "   颱風來襲前，家中最好備妥一個防災包，停電停水時才不會手忙腳亂。\n"
      "   本集由救護技術員示範，影片重點整理如下：\n"
      "   0:20 飲用水與乾糧要準備幾天份\n"
      "   2:05 手電筒、行動電源和收音機\n"
      "   4:48 常備藥品與重要證件影本\n"
      "   有任何防災問題，歡迎撥打1999市民專線詢問。\n\n"
      "   自動播放\n"
      "     * [縮圖] 地震來時先趴下、掩護、穩住 03:12 新北消防 8.1萬 播放 · 230 彈幕\n"
      "     * [縮圖] 滅火器口訣一次學會 01:58 消防署 12萬 播放 · 96 彈幕\n",
      SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"颱風天停電怎麼辦", "3.4萬 · 128 · 2026-09-02", "影片重點整理如下", "0:20 飲用水與乾糧",
                           "2:05 手電筒", "4:48 常備藥品", "歡迎撥打1999"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* furniture :
       {"防災知識", "人正在觀看", "私訊", "官方頻道", "影片簡介", "自動播放", "趴下", "滅火器口訣", "彈幕"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A table's head row of short words is no row of tags.
TEST(VideoPages, ATableHeadIsNoTagRow) {
  const CleanedDocument c = CleanDocument(
      "課程一覽\n\n"
      "   本學期開設以下課程，歡迎社區長輩踴躍報名參加，名額有限，額滿為止。\n"
      "   星期  時間  課程  老師  地點\n"
      "   週一  09:00  書法  陳老師  活動中心\n"
      "   週三  14:00  太極  林老師  里民廣場\n",
      SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "星期  時間  課程  老師  地點")) << c.text;
}

// A TV station's episode page: the story's tagged title and source row
// above the episode's list of stories, then the description.
const char* kEpisodePage =
    "   [logo.png] 東海電視台\n"
    "   首頁 | 新聞 | 節目 | 直播\n"
    "   [poster.jpg]\n"
    "   00:00 / 24:05   (BUTTON) 播放  (BUTTON) 全螢幕\n"
    "   【影音】港區新建貨櫃碼頭啟用　年吞吐量可增三成\n"
    "   來源：東海新聞 | 2025年9月14日 18:30\n"
    "   本集內容\n"
    "     * 【影音】颱風外圍環流影響　北部山區防豪雨\n"
    "     * 【影音】港區新建貨櫃碼頭啟用　年吞吐量可增三成\n"
    "     * 【影音】秋季旅遊補助下月開放申請\n"
    "   (BUTTON) 展開全部\n"
    "   節目簡介\n"
    "   港區新建的第七貨櫃碼頭今天正式啟用，碼頭岸線長八百公尺，可同時停靠兩艘大型貨櫃輪，\n"
    "   港務公司估計，港區年吞吐量可因此增加三成。\n"
    "   碼頭採用自動化吊橋與無人搬運車，裝卸效率比舊碼頭提高四成，夜間作業噪音也明顯降低。\n";

TEST(VideoPages, ATaggedTitleOverItsSourceRowIsTheHead) {
  const CleanedDocument c = CleanDocument(kEpisodePage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "【影音】港區新建貨櫃碼頭啟用")) << c.text;
  EXPECT_TRUE(Contains(c.text, "來源：東海新聞 | 2025年9月14日 18:30")) << c.text;
  EXPECT_TRUE(Contains(c.text, "碼頭採用自動化吊橋")) << c.text;
  EXPECT_FALSE(Contains(c.text, "颱風外圍環流")) << c.text;
  EXPECT_FALSE(Contains(c.text, "秋季旅遊補助")) << c.text;
}

// A road notice's time-slot table (written for this test): rows that open
// with a time range are a schedule, not a video's chapter list.
TEST(VideoPages, TimeSlotRowsAreNoChapters) {
  const char kNotice[] =
      "   [logo.png] 縣政府工務處\n"
      "   首頁 | 最新消息 | 便民服務\n"
      "   縣道118線橋梁伸縮縫更換工程夜間交通管制\n"
      "   發布日期：115-04-08\n"
      "   本處辦理縣道118線大溪橋伸縮縫更換工程，自4月13日起分時段管制，請用路人配合改道，"
      "並注意現場指揮人員指示。\n"
      "   管制時段如下：\n"
      "   21:00 ~ 23:00       單線雙向通行\n"
      "   23:00 ~ 翌日05:00   全線封閉\n"
      "   05:00 ~ 06:00       單線雙向通行\n"
      "   施工期間如遇雨天將順延，最新路況請洽本處養護科。\n";
  const CleanedDocument c = CleanDocument(kNotice, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "23:00 ~ 翌日05:00")) << c.text;
  EXPECT_TRUE(Contains(c.text, "05:00 ~ 06:00")) << c.text;
}

TEST(VideoPages, AVideoBoxInsideAnArticleGoes) {
  // A news story (Simplified) with a clip between its paragraphs: the
  // box's label, the player, the clip's tagged title and its related line.
  const char kPage[] =
      "   首页 > 本地 > 民生\n\n"
      "老城区菜场改造完工 摊主：租金不涨\n"
      "   2026-12-05 09:30 来源：本报\n\n"
      "   南门菜场改造工程昨日完工，二百多个摊位全部恢复营业，区市场监管局表示，改造后摊位租金维持原标准不变。\n\n"
      "   视频\n"
      "   [poster.jpg]\n"
      "   (BUTTON) 播放  00:00 / 01:45  (BUTTON) 全屏\n"
      "   【视频】南门菜场改造前后对比\n"
      "   更多视频：城区老菜场何去何从\n\n"
      "   摊主王女士说，新菜场通风好了，地面也不再积水，“顾客愿意多逛一会儿，生意比以前好做。”\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "改造后摊位租金维持原标准不变")) << c.text;
  EXPECT_TRUE(Contains(c.text, "生意比以前好做")) << c.text;
  EXPECT_FALSE(Contains(c.text, "南门菜场改造前后对比")) << c.text;
  EXPECT_FALSE(Contains(c.text, "更多视频")) << c.text;
  EXPECT_FALSE(Contains(c.text, "视频\n")) << c.text;
}

}  // namespace video_pages_test
}  // namespace wenyuan::clean
