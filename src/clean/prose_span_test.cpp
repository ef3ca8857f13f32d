// The body's search on pages written for this test: the run of prose
// between menus, an appended article cut off, prose past an in-article
// list joined back, and a page without prose left without a body.
#include "clean/prose_span.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(ProseSpan, TheBodyIsTheRunOfProseBetweenTheMenus) {
  const std::vector<PageLine> lines = MakePageLines(
      "首頁\n新聞\n體育\n\n"
      "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。\n"
      "小標題\n"
      "資訊服務處表示，智慧路燈將優先設置於學校與捷運站周邊，並開放感測資料供民眾下載使用。\n\n"
      "關於我們\n聯絡我們\n網站地圖\n");
  const ProseSpan body = BestProseSpan(lines);
  EXPECT_EQ(body.begin, 4u);
  EXPECT_EQ(body.end, 7u);
}

TEST(ProseSpan, NoRealStretchOfProseIsNoBody) {
  const std::vector<PageLine> lines = MakePageLines("首頁\n新聞\n姓名：王小明\n電話：04-2222-0000\n今天天氣很好。\n");
  const ProseSpan body = BestProseSpan(lines);
  EXPECT_EQ(body.begin, body.end);
}

TEST(ProseSpan, ProseCutOffByAnInArticleListIsJoinedBack) {
  std::vector<PageLine> lines = MakePageLines(
      "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。\n"
      "相关阅读\n"
      "路燈故障報修流程\n"
      "市府也提醒，智慧路燈施工期間，部分路段將實施交通管制，請用路人留意。\n"
      "施工時間為平日晚間十點至清晨五點，預計年底前全部完工。\n");
  lines[1].reason = lines[2].reason = "related-articles list";
  std::vector<size_t> kept;
  EXPECT_EQ(ExtendBodyDown(lines, 1, kept), 5u);
  EXPECT_TRUE(kept.empty());
  // One short sentence below the list is not enough to join.
  lines[4].reason = "copyright notice";
  EXPECT_EQ(ExtendBodyDown(lines, 1, kept), 1u);
}

TEST(ProseSpan, AnArticleAppendedBelowIsCutOffAtItsDate) {
  std::string page;
  for (int i = 0; i < 10; ++i) page += "北辰市政府今日宣布，全市智慧路燈將於年底前完工，並開放感測資料供民眾下載。\n";
  page +=
      "2024-05-21\n"
      "南港區新建社會住宅明年完工\n"
      "南港區新建社會住宅明年完工\n"
      "都市發展局表示，南港區社會住宅工程進度超前，明年即可開放申請入住。\n";
  const std::vector<PageLine> lines = MakePageLines(page);
  const ProseSpan whole{0, lines.size()};
  const ProseSpan body = WithoutAppendedArticle(lines, whole, "");
  EXPECT_EQ(body.begin, 0u);
  EXPECT_EQ(body.end, 10u);
  // The page's own headline printed twice is not another article.
  const ProseSpan own = WithoutAppendedArticle(lines, whole, "南港區新建社會住宅明年完工");
  EXPECT_EQ(own.end, lines.size());
}

TEST(ProseSpan, ALastNumberedSectionOfLinksBelongsToTheBody) {
  const std::vector<PageLine> lines = MakePageLines(
      "一、背景\n"
      "人工智慧的研究已有數十年歷史，近年因為運算能力提升而快速發展。\n"
      "二、方法\n"
      "本文整理常見的模型與資料集，並說明如何下載與使用。\n"
      "三、资源下载汇总\n"
      "网盘资源汇总：pan.example.com/s/abc\n"
      "1、arxiv.org/pdf/2010.11929\n"
      "avatar\n");
  EXPECT_EQ(ExtendToLastNumberedSection(lines, {0, 4}), 7u);
  // "三、" does not follow "一、".
  const std::vector<PageLine> skipped = MakePageLines(
      "一、背景\n"
      "人工智慧的研究已有數十年歷史，近年因為運算能力提升而快速發展。\n"
      "三、资源下载汇总\n"
      "网盘资源汇总：pan.example.com/s/abc\n");
  EXPECT_EQ(ExtendToLastNumberedSection(skipped, {0, 2}), 2u);
}

}  // namespace
}  // namespace wenyuan::clean
