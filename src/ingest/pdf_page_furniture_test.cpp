// Page furniture removal on page texts made up in the test: what counts as a
// page number, which repeated lines go, and that real content stays.
#include "ingest/pdf_page_furniture.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::ingest {
namespace {

using Pages = std::vector<std::string>;

TEST(PageNumberLine, ExplicitForms) {
  for (const char* line : {"第 3 頁", "第3页", "第 3 頁，共 10 頁", "第3頁/共10頁", "共10頁，第3頁", "Page 3",
                           "Page 3 of 10", "PAGE 3 OF 10", "p. 3", "第三頁", "－ 第 3 頁 －", "第３頁", "第十二頁"}) {
    auto n = ParsePageNumberLine(line);
    ASSERT_TRUE(n.has_value()) << line;
    EXPECT_TRUE(n->explicit_form) << line;
  }
  EXPECT_EQ(ParsePageNumberLine("第 3 頁，共 10 頁")->value, 3);
  EXPECT_EQ(ParsePageNumberLine("共10頁，第3頁")->value, 3);
  EXPECT_EQ(ParsePageNumberLine("第十二頁")->value, 12);
  EXPECT_EQ(ParsePageNumberLine("第一百零五頁")->value, 105);
}

TEST(PageNumberLine, BareNumbersNeedTheirPageToAgree) {
  for (const char* line : {"3", " - 3 - ", "-3-", "(3)", "— 3 —", "3 / 10", "3 of 10", "iii", "- iv -"}) {
    auto n = ParsePageNumberLine(line);
    ASSERT_TRUE(n.has_value()) << line;
    EXPECT_FALSE(n->explicit_form) << line;
  }
  EXPECT_EQ(ParsePageNumberLine("- 3 -")->value, 3);
  EXPECT_EQ(ParsePageNumberLine("3 / 10")->value, 3);
  EXPECT_EQ(ParsePageNumberLine("iv")->value, 4);
  EXPECT_TRUE(ParsePageNumberLine("iv")->roman);
}

TEST(PageNumberLine, OtherLinesAreNotPageNumbers) {
  for (const char* line : {"", "第3條", "第一章 總則", "2024/5/21", "10 / 3", "3.5%", "civil", "123456", "頁面說明",
                           "Page", "三", "Total 3", "第 3 頁 說明如下"}) {
    EXPECT_FALSE(ParsePageNumberLine(line).has_value()) << line;
  }
}

TEST(PageFurniture, RunningHeaderFooterAndNumbersGo) {
  Pages pages;
  for (int p = 1; p <= 4; ++p) {
    pages.push_back("北辰市政府資訊服務處 內部文件\n\n正文第" + std::to_string(p * 11) +
                    "段，說明本處工作。\n\n機密等級：普通　第 " + std::to_string(p) + " 頁，共 4 頁\n- " +
                    std::to_string(p) + " -\n");
  }
  auto out = RemovePageFurniture(pages);
  ASSERT_EQ(out.pages.size(), 4u);
  for (int p = 1; p <= 4; ++p) {
    EXPECT_EQ(out.pages[p - 1], "正文第" + std::to_string(p * 11) + "段，說明本處工作。") << p;
  }
  EXPECT_EQ(out.removed_lines, 12u);
}

TEST(PageFurniture, OffsetPageNumbersAndCoverPageWithoutHeader) {
  // Numbering starts on page 2 at "1"; the cover has no header.
  Pages pages{"年度報告\n北辰市政府\n"};
  for (int p = 2; p <= 5; ++p) {
    pages.push_back("Annual Report 2024\n內容 " + std::to_string(p * p) + "\n" + std::to_string(p - 1) + "\n");
  }
  auto out = RemovePageFurniture(pages);
  EXPECT_EQ(out.pages[0], "年度報告\n北辰市政府");
  for (int p = 2; p <= 5; ++p) EXPECT_EQ(out.pages[p - 1], "內容 " + std::to_string(p * p)) << p;
}

TEST(PageFurniture, ContentIsKept) {
  // Numbers that do not follow the pages, lines that differ only by such
  // numbers, lines that repeat in the middle of pages, and headings on only
  // some pages all stay.
  Pages pages{
      "第一章 總則\n第5條 目的\n本章說明。\n注意事項\n一、目的\n二、範圍\n總則結語。\n表 12\n42\n",
      "第二章 組織\n第9條 組織\n本章說明組織。\n注意事項\n一、目的\n二、範圍\n組織結語。\n表 3\n7\n",
      "第三章 附則\n第14條 附則\n本章說明附則。\n注意事項\n一、目的\n二、範圍\n附則結語。\n表 30\n1000\n",
      "第四章 罰則\n第20條 罰則\n本章說明罰則。\n注意事項\n一、目的\n二、範圍\n罰則結語。\n表 8\n55\n",
  };
  auto out = RemovePageFurniture(pages);
  EXPECT_EQ(out.removed_lines, 0u);
  for (size_t p = 0; p < pages.size(); ++p) {
    std::string expected = pages[p];
    expected.pop_back();  // the trailing newline
    EXPECT_EQ(out.pages[p], expected);
  }
}

TEST(PageFurniture, RepeatedLinesNeedMostPages) {
  // A line at the edge of 2 of 6 pages is not furniture; one on 5 of 6 is.
  Pages pages;
  for (int p = 1; p <= 6; ++p) {
    std::string page;
    if (p <= 5) page += "機關名稱 內部參考\n";
    page += "頁面內容" + std::to_string(p * 7) + "\n";
    if (p <= 2) page += "附表\n";
    pages.push_back(page);
  }
  auto out = RemovePageFurniture(pages);
  EXPECT_EQ(out.pages[0], "頁面內容7\n附表");
  EXPECT_EQ(out.pages[4], "頁面內容35");
  EXPECT_EQ(out.pages[5], "頁面內容42");
}

TEST(PageFurniture, LineWithARisingNumberGoes) {
  const Pages bodies{"甲案說明。", "乙案說明。", "丙案說明。", "丁案說明。", "戊案說明。"};
  Pages pages;
  for (size_t p = 0; p < bodies.size(); ++p) {
    pages.push_back("113年度工作報告 " + std::to_string(p + 3) + "\n" + bodies[p] + "\n");
  }
  auto out = RemovePageFurniture(pages);
  EXPECT_EQ(out.pages, bodies);
}

TEST(PageFurniture, TwoPagesKeepTheirRepeatedLinesButLoseNumbers) {
  // With only two pages a shared line may be content; page numbers still go.
  Pages pages{"會議紀錄\n第一段。\n1\n", "會議紀錄\n第二段。\n2\n"};
  auto out = RemovePageFurniture(pages);
  EXPECT_EQ(out.pages[0], "會議紀錄\n第一段。");
  EXPECT_EQ(out.pages[1], "會議紀錄\n第二段。");
}

TEST(PageFurniture, SinglePageKeepsABareNumberButNotAnExplicitOne) {
  auto out = RemovePageFurniture({"內容\n12\n第 1 頁\n"});
  EXPECT_EQ(out.pages[0], "內容\n12");
}

TEST(PageFurniture, EmptyAndBlankPagesSurvive) {
  auto out = RemovePageFurniture({"", "\n\n", "文字"});
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(out.pages[0], "");
  EXPECT_EQ(out.pages[1], "");
  EXPECT_EQ(out.pages[2], "文字");
}

}  // namespace
}  // namespace wenyuan::ingest
