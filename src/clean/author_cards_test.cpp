// The author-card rule on a column page written for this test (Traditional
// script): the avatar, name and bio over a follow button go; the headline
// above the card, the byline row under it and the body stay, and so does
// the head above the article's own table of contents.
#include "clean/author_cards.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kColumn[] =
    "   [site_logo.png] 慢讀專欄  首頁 | 專欄 | 作者 | 訂閱\n"
    "   (BUTTON) 搜尋   登入\n"
    "   在陽台種番茄的第一年：從一顆種子到第一次收成\n"
    "   [avatar_chen.png]\n"
    "   陳雨青\n"
    "   城市農夫，週末在社區菜園當志工。\n"
    "   (BUTTON) 追蹤   追蹤者 3,208\n"
    "   陳雨青 · 2025年6月2日 · 閱讀約 6 分鐘\n"
    "   目錄\n"
    "     1. 選品種\n"
    "     2. 盆器與土壤\n"
    "     3. 收成\n"
    "   去年春天我在陽台放了三個盆子，種下從市場買來的番茄種子，原本只是想試試看，\n"
    "   沒想到到了夏天真的收成了二十多顆番茄，這篇記下這一年學到的事。\n"
    "   選品種\n"
    "   陽台日照只有半天，所以我選了耐陰的小番茄品種，果實小但結果多，也比較不怕風。\n"
    "   盆器與土壤\n"
    "   盆子至少要二十公升，土壤混入三成的堆肥，每兩週追肥一次，番茄長得又快又壯。\n"
    "   收成\n"
    "   七月開始每天都能摘幾顆番茄，最多的一天摘了十二顆，全家一起做了番茄炒蛋。\n";

TEST(AuthorCards, CardGoesHeadAboveTheContentsStays) {
  const CleanedDocument c = CleanDocument(kColumn, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"在陽台種番茄的第一年", "陳雨青 · 2025年6月2日", "去年春天我在陽台", "全家一起做了番茄炒蛋"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"城市農夫", "追蹤者", "目錄"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A news photo, its caption and a short heading with 关注 in it: no card.
TEST(AuthorCards, APhotoOverAHeadingIsNoCard) {
  const char kNews[] =
      "   城东新建社区食堂开张\n"
      "   2025-04-02 09:00  来源：城东区融媒体中心\n"
      "   城东区第一家社区食堂今天开张，六十岁以上老人用餐每份优惠三元，每天供应午餐和晚餐。\n"
      "   [canteen.jpg]\n"
      "   社区食堂开张首日，老人们排队用餐\n"
      "   居民关注\n"
      "   不少老人表示，食堂离家近、价格实惠，以后不用每天自己买菜做饭了。\n"
      "   区民政局表示，年内还将在另外三个街道开设社区食堂。\n";
  const CleanedDocument c = CleanDocument(kNews, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "老人们排队用餐")) << c.text;
}

// A photo whose caption a sub-heading opening with 關注 follows (a
// residents' group: "關注組：…"), in Traditional: no follow button, no card.
TEST(AuthorCards, APhotoOverAHeadingThatOpensWithTheWordIsNoCard) {
  const char kNews[] =
      "   舊區單車徑擴建諮詢展開\n"
      "   2026-03-02 10:15\n"
      "   運輸署昨日就舊區單車徑擴建方案展開為期兩個月的公眾諮詢，涉及三條主要幹道及兩個公共屋邨的出入口。\n"
      "   [cycle.jpg]\n"
      "   居民在諮詢會上查看單車徑走線圖。（記者攝）\n"
      "\n"
      "   關注組：應先處理泊位不足\n"
      "   有居民組成的關注組指出，區內單車泊位長期不足，擴建單車徑前應先增加泊位，否則只會令違泊問題更嚴重。\n";
  const CleanedDocument c = CleanDocument(kNews, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "查看單車徑走線圖")) << c.text;
}

// A social post (Simplified): the avatar's alt text, the account's name and
// its verification badge line over a follow button go; the post's date
// line and text stay.
TEST(AuthorCards, AnAccountCardBehindAnAvatarsAltTextGoes) {
  const char kPost[] =
      "   [社交平台]\n"
      "   ____________________ (BUTTON) 搜索\n"
      "   [头像]\n"
      "   南湖植物园\n"
      "   [V] 南湖植物园官方账号\n"
      "   (BUTTON) +关注\n"
      "   4-12 08:15 来自 iPhone客户端\n"
      "   #春日赏花# 南湖植物园郁金香展今天开幕，园内二十多个品种的郁金香集中开放，\n"
      "   花期预计持续到四月底。展览期间每天早上七点开园，比平时提前一个小时。\n"
      "   温馨提示：园内停车位有限，建议乘坐公交或地铁前往，地铁四号线南湖站下车即到。\n";
  const CleanedDocument c = CleanDocument(kPost, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"4-12 08:15 来自 iPhone客户端", "郁金香展今天开幕", "地铁四号线南湖站下车即到"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"官方账号", "关注"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
  EXPECT_EQ(c.text.find("南湖植物园\n"), std::string::npos) << c.text;
}

// An advert's slot above the headline is no avatar, and a byline row with
// "发表于" above the follow button is the head's: headline and byline stay.
TEST(AuthorCards, AdvertSlotAndBylineMakeNoCard) {
  const char page[] =
      "   [site-logo.png] 行者笔记\n"
      "   首页 | 游记 | 问答 | 目的地\n"
      "   [INS: :INS]\n"
      "   首页 > 游记 > 浙江 > 舟山\n"
      "   东极岛两日：看日出、吃海鲜、住渔村\n"
      "   海风里的阿宁  发表于 2026-08-02  浏览 3,410\n"
      "   (BUTTON) 关注   (BUTTON) 点赞 88   (BUTTON) 分享\n"
      "   第一天一早从沈家湾码头坐船，航程大约两个半小时，晕船的朋友记得提前吃药。\n"
      "   傍晚在渔村的小饭馆点了清蒸带鱼和葱油梭子蟹，两个人一共花了一百八十元。\n"
      "   第二天四点半起床去看日出，山顶风很大，带一件外套会比较舒服。\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"东极岛两日：看日出、吃海鲜、住渔村", "海风里的阿宁  发表于 2026-08-02"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const auto& d : c.dropped) EXPECT_NE(d.reason, kAuthorCard) << d.text;
}

// A blog's profile box (written for this test, Traditional): its counters
// and heading go; a library record's rows with counts ("座位：96個") and a
// box of two counters stay.
TEST(AuthorCards, ABlogsProfileCountersGoARecordsCountsStay) {
  EXPECT_TRUE(IsProfileCounter(U"部落格積分：12,306"));
  EXPECT_TRUE(IsProfileCounter(U"粉絲：1,024人"));
  EXPECT_TRUE(IsProfileCounter(U"榮譽勳章："));
  EXPECT_FALSE(IsProfileCounter(U"座位：96個"));
  EXPECT_FALSE(IsProfileCounter(U"文章：請見附件"));
  EXPECT_FALSE(IsProfileCounter(U"排名第三的原因：價格"));
  std::vector<PageLine> blog = MakePageLines(
      "   山城小記\n"
      "   個人檔案\n"
      "     * 部落格等級：[lv8.gif]\n"
      "     * 部落格積分：12,306\n"
      "     * 文章：418篇\n"
      "     * 粉絲：1,024人\n"
      "\n"
      "   阿里山的茶園早上有霧，採茶的阿姨說今年的春茶比去年晚了半個月。\n");
  MarkProfileCounters(blog);
  EXPECT_TRUE(blog[0].reason.empty());
  for (size_t k : {1u, 2u, 3u, 4u, 5u}) EXPECT_EQ(blog[k].reason, kAuthorCard) << k;
  EXPECT_TRUE(blog[7].reason.empty());
  std::vector<PageLine> record = MakePageLines(
      "   自修室\n"
      "   座位：96個\n"
      "   電腦：24部\n"
      "   開放：每日\n"
      "\n"
      "   個人資料\n"
      "   積分：320\n"
      "   粉絲：12\n");
  MarkProfileCounters(record);
  for (const PageLine& l : record) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

}  // namespace
}  // namespace wenyuan::clean
