#include "clean/text_cleaner.h"

#include <gtest/gtest.h>

#include <string>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

std::string Clean(std::string_view raw, bool join = false) {
  CleanOptions options;
  options.join_wrapped_lines = join;
  return CleanText(raw, options);
}

TEST(TextCleaner, NormalisesLineEnds) {
  EXPECT_EQ(Clean("第一行\r\n第二行\r\n"), "第一行\n第二行");
  EXPECT_EQ(Clean("一\r二\n三\f四"), "一\n二\n三\n四");
  EXPECT_EQ(Clean("a\r\n\r\nb"), "a\nb");
}

TEST(TextCleaner, RemovesBlankLinesAndTrims) {
  EXPECT_EQ(Clean("\n\n  標題  \n\n\n \u3000 \n內文\t \n\n"), "標題\n內文");
  EXPECT_EQ(Clean(""), "");
  EXPECT_EQ(Clean(" \n\t\n\u3000"), "");
}

TEST(TextCleaner, DropsControlCharactersButKeepsContent) {
  EXPECT_EQ(Clean(std::string("ab\x01"
                              "c\x7F"
                              "d\x1B",
                              7)),
            "abcd");
  EXPECT_EQ(Clean(std::string("中\0文", 7)), "中文");
  EXPECT_EQ(Clean("a\u0085b\uFEFFc"), "abc");  // C1 control and stray BOM
  EXPECT_EQ(Clean("a\tb"), "a b");
  EXPECT_EQ(Clean("全形　空白 and 😀"), "全形　空白 and 😀");
}

TEST(TextCleaner, JoinsWrappedLinesOnlyWhenAsked) {
  const std::string raw = "資訊安全是\n重要的工作";
  EXPECT_EQ(Clean(raw, false), "資訊安全是\n重要的工作");
  EXPECT_EQ(Clean(raw, true), "資訊安全是重要的工作");  // Han + Han: nothing between
}

// A headline's wrapped second line, cut short with a comma in it, over a
// labelled date field: the field starts a line of its own.
TEST(TextCleaner, ALabelledFieldIsNoForcedBreak) {
  CleanOptions options;
  options.join_full_lines = true;
  std::string text;
  for (int i = 0; i < 6; ++i) {
    text += "市府今日公布新一年度的公共運輸補助方案，通勤族每月可省下數百元的車資，預計受惠\n";
  }
  text += "\n國內新增兩例本土病例，分別居住於新北市板橋區及桃園市中壢區；衛生局籲請民眾\n";
  text += "落實防蚊措施，清除積水容器，降低病媒蚊孳生的風險\n";
  text += "發布日期：2026-08-11　資料來源：疫情中心\n";
  const std::string out = CleanText(text, options);
  EXPECT_NE(out.find("的風險\n發布日期："), std::string::npos) << out;
}

TEST(TextCleaner, JoinsLatinWordsWithOneSpace) {
  EXPECT_EQ(Clean("the quick brown\nfox jumps", true), "the quick brown fox jumps");
  EXPECT_EQ(Clean("version 3\n2 released", true), "version 3 2 released");
}

TEST(TextCleaner, SentenceEndsAreNotJoined) {
  EXPECT_EQ(Clean("第一句結束。\n第二句開始", true), "第一句結束。\n第二句開始");
  EXPECT_EQ(Clean("真的嗎？\n是的", true), "真的嗎？\n是的");
  EXPECT_EQ(Clean("說明如下：\n一、項目", true), "說明如下：\n一、項目");
  EXPECT_EQ(Clean("他說「好」\n然後", true), "他說「好」\n然後");
  // The ASCII forms end sentences too (as they do for the sentence splitter).
  EXPECT_EQ(Clean("First sentence.\nSecond one", true), "First sentence.\nSecond one");
  EXPECT_EQ(Clean("Really?\nYes", true), "Really?\nYes");
  EXPECT_EQ(Clean("one;\ntwo", true), "one;\ntwo");
  EXPECT_EQ(Clean("預算執行率為96.4%.\n下一段", true), "預算執行率為96.4%.\n下一段");
}

TEST(TextCleaner, BlankLineEndsABlock) {
  EXPECT_EQ(Clean("甲乙\n\n丙丁", true), "甲乙\n丙丁");
  EXPECT_EQ(Clean("一行\n二行\n\n三行\n四行", true), "一行二行\n三行四行");
}

TEST(TextCleaner, JoinsCrlfWrappedPdfText) {
  EXPECT_EQ(Clean("持續推動資通安全防護、數位服務及資料開\r\n放。全年度預算\r\n\r\n貳、資通安全", true),
            "持續推動資通安全防護、數位服務及資料開放。全年度預算\n貳、資通安全");
}

std::u32string Content(std::string_view s) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::DecodeNext(s, pos);
    if (utf8::IsSpace(c) || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) continue;
    out += c;
  }
  return out;
}

// Cleaning never drops a character of content, and leaves no empty line.
void CheckCorpus(const std::string& name) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const std::string raw = wenyuan::testing::ReadFile(wenyuan::testing::SharedDir() / "corpus" / name);
  ASSERT_FALSE(raw.empty()) << name;
  for (bool join : {false, true}) {
    const std::string cleaned = Clean(raw, join);
    EXPECT_TRUE(utf8::IsValid(cleaned));
    EXPECT_EQ(Content(cleaned), Content(raw)) << name << (join ? " joined" : "");
    EXPECT_EQ(cleaned.find("\n\n"), std::string::npos);
    EXPECT_EQ(cleaned.find('\r'), std::string::npos);
    EXPECT_FALSE(cleaned.starts_with("\n"));
    EXPECT_FALSE(cleaned.ends_with("\n"));
    if (!join) {
      EXPECT_EQ(Clean(cleaned), cleaned) << "cleaning is idempotent";
    }
  }
}

TEST(TextCleaner, PropertyOverWebPagesCorpus) { CheckCorpus("web-pages-zh.txt"); }
TEST(TextCleaner, PropertyOverPeopleDailyCorpus) { CheckCorpus("people-daily-segmented.txt"); }

TEST(TextCleaner, JoinsLinesWrappedAtTwoWidthsAndAWordCutAcrossABlankLine) {
  // A crawled page: the article wrapped at 62 columns, a side box at 42;
  // one line of the article cut inside a word with a blank line after it.
  const char page[] =
      "本市自一百一十年起推動智慧城市計畫，已於市區完成路燈汰換作業與\n"
      "資料平台建置，市民可在平台上查詢各項即時資訊，例如公車到站時間\n"
      "與停車位數量等。今年起將擴大至郊區，並與鄰近縣市合作交換資料。\n"
      "本處也將持續檢討平台使用情形，蒐集市民意見，作為改善之參考，\n"
      "目前平台每月查詢已超過百萬人次，以交通資訊最受歡迎，大部分仍然局\n"
      "\n"
      "限於市區使用者。\n"
      "\n"
      "側欄公告：本處將於本週六進行系統維護，期間\n"
      "暫停線上申辦服務，造成不便敬請見諒，如有疑\n"
      "問請洽服務專線，我們將儘速為您處理相關事宜\n"
      "。\n";
  CleanOptions options;
  options.join_full_lines = true;
  EXPECT_EQ(
      CleanText(page, options),
      "本市自一百一十年起推動智慧城市計畫，已於市區完成路燈汰換作業與資料平台建置，市民可在平台上查詢各項即時資訊，"
      "例如公車到站時間與停車位數量等。今年起將擴大至郊區，並與鄰近縣市合作交換資料。\n"
      "本處也將持續檢討平台使用情形，蒐集市民意見，作為改善之參考，目前平台每月查詢已超過百萬人次，"
      "以交通資訊最受歡迎，大部分仍然局限於市區使用者。\n"
      "側欄公告：本處將於本週六進行系統維護，期間暫停線上申辦服務，造成不便敬請見諒，如有疑問請洽服務專線，"
      "我們將儘速為您處理相關事宜。");
}

// A numbered heading that passes half the wrap width and holds a comma,
// over a numbered item: the item starts a line of its own, though the
// heading and the item's first word would not fit one line (no forced
// break); the items' own wrapped lines still join.
TEST(TextCleaner, ANumberedItemIsNoForcedBreak) {
  CleanOptions options;
  options.join_full_lines = true;
  const std::string text =
      "一、推動公共運輸轉型，提升偏鄉交通服務品質\n"
      "（一）擴大辦理幸福巴士及小黃公車，今年度預計新增二十條路線，並\n"
      "補助地方政府購置低地板公車。\n"
      "（二）推動公路客運電動化，配合車輛汰換期程補助業者購置電動大客\n"
      "車，並於主要轉運站設置充電設施。\n"
      "（三）建置公共運輸整合平臺，提供即時動態、轉乘規劃及行動支付等\n"
      "服務，並與鄰近縣市之票證系統整合，方便民眾跨縣市通勤與旅遊。\n";
  const std::string out = CleanText(text, options);
  EXPECT_NE(out.find("服務品質\n（一）"), std::string::npos) << out;
  EXPECT_NE(out.find("二十條路線，並補助"), std::string::npos) << out;
  EXPECT_NE(out.find("電動大客車，並於"), std::string::npos) << out;
  // A list of articles going on past its enumeration comma still joins.
  const std::string amended = text +
                              "\n增訂第六條之一；並修正第一條、第十五條、\n"
                              "第二十條、第二十一條及第四十條條文\n";
  const std::string joined = CleanText(amended, options);
  EXPECT_NE(joined.find("第十五條、第二十條"), std::string::npos) << joined;
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

// A crawler wraps at spaces: where the next line's first word (Chinese with
// no space in it) would not fit, it breaks the line short of the width.
TEST(TextCleaner, JoinsALineBrokenShortBecauseTheNextWordDidNotFit) {
  CleanOptions options;
  options.join_full_lines = true;
  const std::string text =
      "市立圖書館今年共舉辦閱讀推廣活動一百二十場，參加民眾超過三萬人次，\n"
      "較去年增加兩成。館方表示，明年將增設青少年專區並延長週末開放時間，\n"
      "同時與各級學校合作推動班級共讀計畫，鼓勵學生每週借閱一本書。據統\n"
      "計今年借閱量最高的類別依序為小說、旅遊、理財及親子教養等類別書籍。\n"
      "\n"
      "館長說，數位資源的使用人數逐年成長，電子書借閱量首度超過十萬冊，館方將\n"
      "持續充實館藏。\n"
      "館方也將與大學合作，開設數位素養課程，協助長者使用電子書及線上資料\n"
      "庫。\n"
      "\n"
      "市民閱讀調查結果\n"
      "今年調查共回收有效問卷一千二百份，受訪者平均每月閱讀二點五本書，其中\n";
  const std::string out = CleanText(text +
                                        "超過一半的受訪者表示主要在通勤時間閱讀，也有三成受訪者偏好在睡前閱讀。\n"
                                        "圖為館方舉辦的親子共讀活動。記者 林小明 攝\n"
                                        "推廣計畫與經費\n",
                                    options);
  EXPECT_NE(out.find("受訪者平均每月閱讀二點五本書，其中超過一半的受訪者"), std::string::npos) << out;
  EXPECT_NE(out.find("線上資料庫。"), std::string::npos) << out;
  // A heading with no sentence punctuation stays apart; so does a caption
  // whose next word fits on its line.
  EXPECT_NE(out.find("\n市民閱讀調查結果\n"), std::string::npos) << out;
  EXPECT_NE(out.find("記者 林小明 攝\n推廣計畫與經費"), std::string::npos) << out;
}

// In paged text a line of a few Han characters above a full line is a
// heading ("摘要", "心得"), not the start of the paragraph below it.
TEST(TextCleaner, OneWordHeadingStandsAloneInPagedText) {
  EXPECT_EQ(Clean("心得\n本次研習使同仁了解智慧水表資料之應用方式，\n可作為本處規劃之參考。\n", true),
            "心得\n本次研習使同仁了解智慧水表資料之應用方式，可作為本處規劃之參考。");
  // A short last line of a paragraph still joins the line above it.
  EXPECT_EQ(Clean("本次研習使同仁了解智慧水表資料之應用\n方式。\n", true),
            "本次研習使同仁了解智慧水表資料之應用方式。");
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

// A word the wrap cut in two comes back whole where the text has it whole
// elsewhere, and with a space where it does not (two words, then). The
// whole word is found in a run of ASCII letters and digits anywhere in the
// text, inside a longer one too, with Chinese on either side.
TEST(TextCleaner, AWordCutByTheWrapComesBackWholeWhereTheTextKnowsIt) {
  CleanOptions options;
  options.join_full_lines = true;
  const std::string text =
      "The council approved the new transport plan for the inter\n"
      "national airport link after a long debate about the costs.\n"
      "Members asked for a review of the budget and of the data\n"
      "base used to forecast passenger numbers for the next years.\n"
      "The plan now goes to the regional assembly for a final vote.\n"
      "機場聯外捷運（Xinternationally計畫）與data-base兩字皆見於此。\n";
  const std::string out = CleanText(text, options);
  EXPECT_NE(out.find("for the international airport link"), std::string::npos) << out;
  EXPECT_NE(out.find("of the data base used"), std::string::npos) << out;
}

// A ticket table's rows laid out in spaced columns reach the page's wrap
// width (78 columns, as the prose above is wrapped); each stays a row of
// its own, in both scripts, while the prose still joins where it wrapped.
TEST(TextCleaner, SpacedTableRowsAtFullWidthStayRows) {
  CleanOptions options;
  options.join_full_lines = true;
  const std::string prose =
      "本團今年冬天再度回到臺北中山堂演出，本次音樂會以夜為題，從海頓的日出四重奏寫到\n"
      "深夜的蕭士塔高維契，並首演一首受託創作的新作品，邀請聽眾走過一天之中光影的變化\n"
      "，演出後另有簽名會。\n\n";
  for (const char* rows : {"早鳥全票             2026/11/01 12:00 ~ 2026/11/30 23:59             已結束\n"
                           "全票                 2026/11/01 12:00 ~ 2026/12/27 17:00             TWD$1,200\n"
                           "學生票               2026/11/01 12:00 ~ 2026/12/27 17:00             TWD$800\n",
                           "早鸟全票             2026/11/01 12:00 ~ 2026/11/30 23:59             已结束\n"
                           "全票                 2026/11/01 12:00 ~ 2026/12/27 17:00             RMB$1,200\n"
                           "学生票               2026/11/01 12:00 ~ 2026/12/27 17:00             RMB$800\n"}) {
    const std::string out = CleanText(prose + rows, options);
    EXPECT_NE(out.find("寫到深夜的蕭士塔高維契"), std::string::npos) << out;
    EXPECT_NE(out.find("光影的變化，演出後"), std::string::npos) << out;
    const auto apart = [&](std::string_view a, std::string_view b) {
      return out.find(a) != std::string::npos || out.find(b) != std::string::npos;
    };
    EXPECT_TRUE(apart("已結束\n全票", "已结束\n全票")) << out;
    EXPECT_TRUE(apart("$1,200\n學生票", "$1,200\n学生票")) << out;
  }
}

// A field under a field is a field of its own however wide the one above
// (a page's contact fields, written for this test); a field whose value
// wraps still goes on into its next line.
TEST(TextCleaner, AFieldUnderAFieldIsNoWrappedLine) {
  CleanOptions options;
  options.join_full_lines = true;
  const std::string prose =
      "本中心今年冬天延長開放時間，平日晚間開放至九點半，週末另增設親子時段，歡迎民眾多加利用，\n"
      "詳細時段請見下表，如遇颱風或豪雨停班停課，當日一律暫停開放，恕不另行通知，敬請見諒。\n\n";
  const std::string fields =
      "地址：新竹縣竹東鎮中興路三段二百一十號運動中心二樓及三樓北側入口旁服務台櫃檯後方辦公室內\n"
      "電話：03-5960 1234\n\n"
      "說明：本中心室內游泳池每月第二週之星期一進行水質檢測與清潔維護作業，當日全天暫停開放使\n"
      "用，其餘設施照常開放。\n";
  const std::string out = CleanText(prose + fields, options);
  EXPECT_NE(out.find("辦公室內\n電話：03-5960 1234"), std::string::npos) << out;
  EXPECT_NE(out.find("暫停開放使用，其餘設施"), std::string::npos) << out;
}

// A dateline broken at the space between two reporters' names, inside the
// bracket it opened ("（記者 林佳穎" + "陳冠宇）…"), is one paragraph; a caption
// closed by its photographer's credit is a paragraph of its own, however
// wide.
TEST(TextCleaner, ABreakInsideABracketJoinsAndAPhotoCreditEndsItsCaption) {
  CleanOptions options;
  options.join_full_lines = true;
  const std::string prose =
      "交通部今日公布統計，今年前十一月國道客運載客量較去年同期成長百分之八點五，其中以北宜路廊增幅最大。\n"
      "公路局表示，明年將再增闢三條偏鄉接駁路線，並檢討票價補貼機制，以減輕通勤民眾的交通負擔與支出。\n\n";
  const std::string text =
      prose +
      "中央社台北12月5日電（記者 林佳穎\n"
      "陳冠宇）交通部今日表示，國道客運今年累計載客量突破五千萬人次，創下近十年新高，較去年成長八點五。\n"
      "宜蘭轉運站旅客排隊搭乘國道客運前往台北，假日班次幾乎全數客滿。中央社記者 王小明 攝\n"
      "公路局指出，北宜路廊今年新增兩條路線，假日加開班次達平日的一點五倍，仍供不應求，將再檢討。\n";
  const std::string out = CleanText(text, options);
  EXPECT_NE(out.find("（記者 林佳穎陳冠宇）交通部今日表示"), std::string::npos) << out;
  EXPECT_NE(out.find("中央社記者 王小明 攝\n公路局指出"), std::string::npos) << out;
}

}  // namespace
}  // namespace wenyuan::clean
