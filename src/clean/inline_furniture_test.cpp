// The inline furniture rules on lines and on a page written for this test:
// a district office's news item with a view counter on its own line, an
// advert between its paragraphs and an inline "read also" link.
#include "clean/inline_furniture.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(InlineFurniture, StandaloneCounters) {
  EXPECT_TRUE(IsStandaloneCounter(DecodeUtf32("點閱次數：1287")));
  EXPECT_TRUE(IsStandaloneCounter(DecodeUtf32("浏览次数 2156")));
  EXPECT_TRUE(IsStandaloneCounter(DecodeUtf32("被浏览 2,873,046")));
  EXPECT_TRUE(IsStandaloneCounter(DecodeUtf32("關注者 4,512")));
  EXPECT_TRUE(IsStandaloneCounter(DecodeUtf32("1,024 次瀏覽")));
  EXPECT_TRUE(IsStandaloneCounter(DecodeUtf32("阅读量：3.2万")));
  // A date line that carries a counter is the article's; words are no counter.
  EXPECT_FALSE(IsStandaloneCounter(DecodeUtf32("发布时间：2024-04-08 浏览次数：2156")));
  EXPECT_FALSE(IsStandaloneCounter(DecodeUtf32("浏览")));
  EXPECT_FALSE(IsStandaloneCounter(DecodeUtf32("閱讀使人充實")));
  EXPECT_FALSE(IsStandaloneCounter(DecodeUtf32("2024")));
}

// A post's expand/collapse toggle glued after its last line, an icon
// font's letter after it, goes; the line stays. A line that is only the
// word, or that ends in it inside a sentence, is left alone.
TEST(InlineFurniture, TrailingToggles) {
  EXPECT_EQ(WithoutTrailingToggle("   歡迎大家週末帶孩子來參觀。#親子活動# 收起d"),
            "歡迎大家週末帶孩子來參觀。#親子活動#");
  EXPECT_EQ(WithoutTrailingToggle("名额有限，先到先得，详情见官网 展开全文c"), "名额有限，先到先得，详情见官网");
  EXPECT_EQ(WithoutTrailingToggle("活动报名将于周五晚上八点截止 收起"), "活动报名将于周五晚上八点截止");
  EXPECT_EQ(WithoutTrailingToggle("收起"), "收起");
  EXPECT_EQ(WithoutTrailingToggle("雨傘用完請記得收起"), "雨傘用完請記得收起");
}

TEST(InlineFurniture, ReadAlsoLinks) {
  EXPECT_TRUE(IsReadAlsoLink(DecodeUtf32("延伸閱讀：【交通】東區新巴士路線下月開通")));
  EXPECT_TRUE(IsReadAlsoLink(DecodeUtf32("相关阅读： 城西污水厂扩建工程启动")));
  EXPECT_FALSE(IsReadAlsoLink(DecodeUtf32("延伸閱讀")));  // a list's heading: another rule's
  EXPECT_FALSE(IsReadAlsoLink(DecodeUtf32("延伸阅读：本文所引数据来自统计局。其余为作者整理。")));
}

// A law database's links under an article to the articles it relates to
// (Simplified, another law): they lead to other pages.
TEST(InlineFurniture, ALawDatabasesRelatedArticleLinksGo) {
  EXPECT_TRUE(IsReadAlsoLink(DecodeUtf32("相关法条：中华人民共和国民法典 第一千零九条")));
  EXPECT_TRUE(IsReadAlsoLink(DecodeUtf32("相關條文：道路交通管理處罰條例第 35 條、第 67 條")));
  EXPECT_FALSE(IsReadAlsoLink(DecodeUtf32("相关法条")));  // a heading alone
  EXPECT_FALSE(IsReadAlsoLink(DecodeUtf32("相关法规：本办法未尽事宜，依照有关法律执行。")));
}

TEST(InlineFurniture, LabelledAdvertLines) {
  EXPECT_TRUE(IsLabelledAdvertLine(DecodeUtf32("[廣告] 夏季冷氣健檢 預約即送濾網 ›")));
  EXPECT_TRUE(IsLabelledAdvertLine(DecodeUtf32("【广告】少儿编程暑期班 报名立减五百元")));
  EXPECT_TRUE(IsLabelledAdvertLine(DecodeUtf32("[AD] 信用卡新戶首刷禮")));
  // A label alone is the advert block's (another rule); a label in the
  // middle of a sentence is no advert.
  EXPECT_FALSE(IsLabelledAdvertLine(DecodeUtf32("[廣告]")));
  EXPECT_FALSE(IsLabelledAdvertLine(DecodeUtf32("這則[廣告]引起很多討論。")));
}

const char kNewsItem[] =
    "首頁\n最新消息\n活動訊息\n聯絡我們\n\n"
    "北辰區公所推動社區共餐　長者每週兩次免費用餐\n\n"
    "發布日期：2024-06-03\n"
    "瀏覽人次：3,406\n\n"
    "北辰區公所今年起在六個里推動社區共餐，由志工每週二、週四中午為七十歲以上長者準備午餐，長者只要到里辦公處登記即可參"
    "加，"
    "區公所也會為行動不便的長者送餐到府。\n\n"
    "廣告\n"
    "[INS: :INS]\n"
    "夏季冷氣健檢　預約即送濾網 >> 立即預約\n\n"
    "區長表示，共餐不只讓長者吃得營養，也讓獨居長者有機會走出家門與鄰居聊天，志工同時會留意長者的健康狀況，必要時轉介社"
    "福單位協助。\n\n"
    "延伸閱讀：【社福】北辰區獨居長者關懷訪視名額增加\n\n"
    "區公所歡迎有意擔任共餐志工的民眾洽詢各里辦公處，志工將接受食品衛生與長者照顧的基礎訓練，並由區公所投保意外險。\n\n"
    "北辰區公所 版權所有\n";

TEST(InlineFurniture, CounterAdvertAndReadAlsoLeaveTheArticle) {
  CleanedDocument c = CleanDocument(kNewsItem, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "發布日期：2024-06-03")) << c.text;
  EXPECT_TRUE(Contains(c.text, "北辰區公所今年起在六個里推動社區共餐"));
  EXPECT_TRUE(Contains(c.text, "區長表示，共餐不只讓長者吃得營養"));
  EXPECT_TRUE(Contains(c.text, "區公所歡迎有意擔任共餐志工的民眾"));
  for (std::string_view furniture : {"瀏覽人次", "廣告", "冷氣健檢", "延伸閱讀", "獨居長者關懷訪視"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// "更多新聞：…" points to another article; an advert's label before a bar.
TEST(InlineFurniture, MoreNewsLinksAndAdvertsBehindABar) {
  EXPECT_TRUE(IsReadAlsoLink(DecodeUtf32("更多新聞：跨年晚會交通管制出爐　捷運延長營運")));
  EXPECT_TRUE(IsReadAlsoLink(DecodeUtf32("更多新闻：跨年晚会交通管制出炉 地铁延长运营")));
  EXPECT_TRUE(IsLabelledAdvertLine(DecodeUtf32("贊助 ｜ 本週超市雞腿排 8 折，點我看優惠")));
  EXPECT_TRUE(IsLabelledAdvertLine(DecodeUtf32("赞助｜本周超市鸡腿排8折，点我看优惠")));
  EXPECT_FALSE(IsLabelledAdvertLine(DecodeUtf32("廣告：指商品經營者承擔費用，介紹其商品的宣傳。")));
  EXPECT_FALSE(IsLabelledAdvertLine(DecodeUtf32("贊助單位為市政府文化局")));
}

// An embedded frame's address between a story's paragraphs goes; the
// paragraphs stay, and so does a sentence that speaks of an iframe.
TEST(InlineFurniture, FrameAddressesGo) {
  EXPECT_TRUE(IsFrameAddress("   IFRAME: https://ads.example.com/slot?client=pub-1&amp;id=mid1"));
  EXPECT_TRUE(IsFrameAddress("IFRAME: //www.example.com/ns.html?id=GTM-1"));
  EXPECT_FALSE(IsFrameAddress("IFRAME: 嵌入框架的用法见下文"));
  EXPECT_FALSE(IsFrameAddress("在网页里用 iframe 嵌入地图很方便。"));
  for (bool traditional : {false, true}) {
    std::string page = traditional ? "   市府今日宣布，中央公園週末起延長開放至晚上十點，並加派巡邏人員。\n\n"
                                   : "   市政府今天宣布，中心公园周末起延长开放到晚上十点，并增派巡逻人员。\n\n";
    page += "   IFRAME: https://ads.example.com/slot?client=pub-1&amp;id=mid1\n\n";
    page += traditional ? "   公園管理處表示，夜間開放期間將開啟全部路燈，並在入口設置服務站。\n"
                        : "   公园管理处表示，夜间开放期间将开启全部路灯，并在入口设置服务站。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_FALSE(Contains(c.text, "IFRAME")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "公園管理處表示" : "公园管理处表示")) << c.text;
  }
}

// The site's reminder behind a mark under a story, in both scripts, goes
// with its line; the story stays, and so does a reminder the story gives
// in its own words.
TEST(InlineFurniture, ASitesMarkedReminderGoes) {
  EXPECT_TRUE(IsMarkedReminderHeading(DecodeUtf32("★東岸新聞網提醒您：")));
  EXPECT_TRUE(IsMarkedReminderHeading(DecodeUtf32("※ 东岸日报提醒你：")));
  EXPECT_FALSE(IsMarkedReminderHeading(DecodeUtf32("★提醒您：")));
  EXPECT_FALSE(IsMarkedReminderHeading(DecodeUtf32("警方提醒您：")));
  for (bool traditional : {false, true}) {
    std::string page = traditional ? "   一名八旬老翁昨日到郵局欲提領兩百萬元，行員察覺有異報警，及時攔下詐騙。\n\n"
                                     "   ★東岸新聞網提醒您：\n   防範詐騙，請撥打165反詐騙諮詢專線。\n\n"
                                     "   警方提醒民眾，接到自稱檢警的電話要求轉帳，應先掛斷並查證。\n"
                                   : "   一名八旬老人昨天到邮局想取出两百万元，柜员察觉异常报警，及时拦下诈骗。\n\n"
                                     "   ★东岸新闻网提醒您：\n   防范诈骗，请拨打96110反诈骗专线。\n\n"
                                     "   警方提醒市民，接到自称公检法的电话要求转账，应先挂断并核实。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_FALSE(Contains(c.text, "提醒您")) << c.text;
    EXPECT_FALSE(Contains(c.text, traditional ? "防範詐騙" : "防范诈骗")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "警方提醒民眾" : "警方提醒市民")) << c.text;
  }
}

// Rows of counts under a post or an article, in both scripts, and lines
// with a count that are the article's.
TEST(InlineFurniture, CounterRows) {
  for (const char* row :
       {"收藏 12 · 阅读 3,456", "閱讀 1,203 | 留言 8", "本文被 30 人收藏 · 浏览 2,001", "点赞 56 · 评论 7 · 浏览 9,812",
        "已有 128 人閱讀 ｜ 12 人分享", "讚 45 · 留言 3", "被收藏 9 次 / 阅读 1.2万", "236 人喜欢 · 1,024 次浏览",
        // with the row's own actions, parted by dashed bars
        "閱讀(1,882) ┆ 留言(14) ┆ 轉載(2) ┆ 列印 ┆ 檢舉", "阅读 312 ¦ 评论 5 ¦ 喜欢▼"}) {
    EXPECT_TRUE(IsCountsRow(DecodeUtf32(row))) << row;
  }
  for (const char* line : {"2026-11-18 · 阅读 5,127", "全書共 12 章 · 閱讀 約 3 小時", "點閱 12 次 · 作者：王小明",
                           "会员专享 · 阅读 12 篇可得积分", "阅读 3,456", "本次活動共有 1,200 人參加，留言 300 則。",
                           "閱讀(1,882) ┆ 列印 ┆ 檢舉", "列印 ┆ 檢舉 ┆ 分享"}) {
    EXPECT_FALSE(IsCountsRow(DecodeUtf32(line))) << line;
  }
}

}  // namespace
}  // namespace wenyuan::clean
