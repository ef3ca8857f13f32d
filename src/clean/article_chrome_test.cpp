// The article-chrome rules on lines written for this test, in both
// scripts, and on an article written for it whose head carries a reading
// time, an editor's credit, a named placeholder, a cover credit and a
// follow button.
#include "clean/article_chrome.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

bool Chrome(std::string_view line, bool placeholder = false) { return IsArticleChrome(DecodeUtf32(line), placeholder); }

TEST(ArticleChrome, ShapesOfChromeLines) {
  EXPECT_TRUE(Chrome("閱讀時間 8 分鐘"));
  EXPECT_TRUE(Chrome("预计阅读 12 分钟"));
  EXPECT_TRUE(Chrome("約6分鐘讀完"));
  EXPECT_TRUE(Chrome("責任編輯 林小美"));
  EXPECT_TRUE(Chrome("责编 王强、李雪"));
  EXPECT_TRUE(Chrome("责任编辑：刘岩"));
  EXPECT_TRUE(Chrome("責任編輯:林小美"));
  EXPECT_TRUE(Chrome("IMG_20250301_0931.JPG", true));
  EXPECT_TRUE(Chrome("題圖", true));
  EXPECT_TRUE(Chrome("封面来源｜视觉中国"));
  EXPECT_TRUE(Chrome("題圖來源：受訪者提供"));
  EXPECT_TRUE(Chrome("+ 追蹤"));
  EXPECT_TRUE(Chrome("关注"));
}

TEST(ArticleChrome, ArticleLinesStay) {
  EXPECT_FALSE(Chrome("閱讀時間越長，孩子的專注力就越好嗎？"));
  EXPECT_FALSE(Chrome("責任編輯：林小美 攝影：王大同"));  // more than the editor
  EXPECT_FALSE(Chrome("責任編輯制度在報社已實行多年，每篇稿件都要經過兩道審核。"));
  EXPECT_FALSE(Chrome("文字 林佳穎｜攝影 陳曉威"));
  EXPECT_FALSE(Chrome("IMG_2041.jpg"));  // no placeholder beside it
  EXPECT_FALSE(Chrome("台南運河旁的老屋，經修復後改作社區圖書館。", true));
  EXPECT_FALSE(Chrome("封面故事：一座港口的百年"));
  EXPECT_FALSE(Chrome("关注弱势群体的居住问题"));
}

TEST(ArticleChrome, HeadChromeGoesTheArticleStays) {
  const char kArticle[] =
      "首頁 > 專題 > 城市\n"
      "老屋變書店：台南運河邊的社區實驗\n"
      "文字 王小青｜攝影 李大山\n"
      "責任編輯 林小美\n"
      "閱讀時間 8 分鐘\n"
      "关注\n"
      "2025/03/02\n"
      "[image] IMG_20250301_0931.jpg\n"
      "運河邊的老屋修復後，一樓改作社區書店，二樓留給附近的孩子寫功課。（攝影／李大山）\n"
      "封面来源｜受訪者提供\n"
      "三年前，這棟屋齡七十年的木造屋還漏著雨。屋主把房子交給社區協會，條件只有一個：讓鄰居進得來。\n"
      "協會募了兩百萬元修屋頂和樑柱，書架則由居民一塊一塊拼起來。現在每天有四十多個孩子放學後來這裡。\n"
      "「書店不賺錢，但巷子活起來了。」協會理事長說。\n";
  const CleanedDocument c = CleanDocument(kArticle, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"老屋變書店", "文字 王小青", "2025/03/02", "運河邊的老屋修復後", "三年前", "巷子活起來了"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view chrome : {"責任編輯", "閱讀時間", "关注", "IMG_", "封面来源"}) {
    EXPECT_EQ(c.text.find(chrome), std::string::npos) << chrome << "\n" << c.text;
  }
}

TEST(ArticleChrome, CreditsThatRepeatTheBylineGo) {
  const char kArticle[] =
      "首页 > 北京 > 民生\n"
      "今冬供暖季启动，老旧小区室温达标率提高\n"
      "北京晚报客户端 | 记者 王小明 2025-11-16 07:30\n"
      "11月15日零时，北京正式进入供暖季。记者从市城市管理委获悉，今年全市老旧小区室温达标率比去年提高了三个百分点。\n"
      "市城市管理委相关负责人介绍，今年供暖季前完成了二百多个小区的管网改造，居民投诉量明显下降。\n"
      "家住朝阳区的李女士说，往年家里只有十六七度，今年一进门就觉得暖和。\n"
      "供热企业提醒居民，如室温不达标，可拨打供热服务热线反映。\n"
      "来源：北京晚报客户端\n"
      "记者：王小明\n"
      "来源：市城市管理委\n";
  const CleanedDocument c = CleanDocument(kArticle, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("北京晚报客户端 | 记者 王小明"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("供热服务热线"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("来源：北京晚报客户端"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("记者：王小明"), std::string::npos) << c.text;
  // A source the byline does not name is no repeated credit.
  std::vector<PageLine> lines = MakePageLines(kArticle);
  MarkArticleChrome(lines);
  for (const PageLine& l : lines) {
    const std::string line = EncodeUtf8(l.core);
    if (line == "来源：市城市管理委") {
      EXPECT_TRUE(l.reason.empty());
    }
    if (line == "记者：王小明") {
      EXPECT_EQ(l.reason, kRepeatedCredit);
    }
  }
}

TEST(ArticleChrome, AProofReadersCreditGoes) {
  EXPECT_TRUE(Chrome("校對：林怡君"));
  EXPECT_TRUE(Chrome("校对 王强"));
  EXPECT_FALSE(Chrome("校对工作由出版社编辑部负责，每本书至少三校。"));
  // A translation's reviewer is credited with its translator, as the byline.
  EXPECT_FALSE(Chrome("审校：汪皓"));
}

}  // namespace
}  // namespace wenyuan::clean
