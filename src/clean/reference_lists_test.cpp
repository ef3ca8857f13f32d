// The reference-list rule on small pages written for this test, in both
// scripts: a wiki's dated citations and caret notes go with their heading
// and the undated items between them; an article's reading list without
// dates stays.
#include "clean/reference_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace reference_lists_test {

// The lines of `page` that the rule left unmarked.
std::vector<std::string> Kept(std::string_view page) {
  std::vector<PageLine> lines = MakePageLines(page);
  MarkReferenceLists(lines);
  std::vector<std::string> kept;
  for (const PageLine& l : lines) {
    if (!l.blank() && l.reason.empty()) kept.push_back(l.CoreUtf8());
  }
  return kept;
}

TEST(ReferenceLists, DatedCitationsGoWithTheirHeading) {
  EXPECT_EQ(Kept("北辰溪全長二十三公里，流經三個鄉鎮。\n"
                 "\n"
                 "參考資料\n"
                 "\n"
                 "北辰溪基本資料. 水利署. [引用日期2024-03-02]\n"
                 "北辰溪流域地圖. 地政處.\n"
                 "北辰溪水質年報. 環保局. [檢索日期2024-05-11]\n"),
            (std::vector<std::string>{"北辰溪全長二十三公里，流經三個鄉鎮。"}));
  EXPECT_EQ(Kept("白鹭湖是候鸟越冬地。\n"
                 "注释\n"
                 "1. ^ 白鹭湖志. 湖区管理处. 访问日期2023-01-09.\n"
                 "2. ^ 候鸟名录. 林业局.\n"),
            (std::vector<std::string>{"白鹭湖是候鸟越冬地。"}));
}

TEST(ReferenceLists, AReadingListWithoutDatesStays) {
  EXPECT_EQ(Kept("延伸閱讀\n"
                 "北辰溪的故事. 地方文史社.\n"
                 "溪流與聚落. 山城出版.\n"),
            (std::vector<std::string>{"延伸閱讀", "北辰溪的故事. 地方文史社.", "溪流與聚落. 山城出版."}));
}

// Two dated items far apart are two lists: the article's lines between
// them stay.
TEST(ReferenceLists, ItemsFarApartDoNotTakeTheLinesBetween) {
  EXPECT_EQ(Kept("資料一. [引用日期2024-03-02]\n"
                 "第一段正文。\n"
                 "第二段正文。\n"
                 "第三段正文。\n"
                 "第四段正文。\n"
                 "資料二. [引用日期2024-03-03]\n"),
            (std::vector<std::string>{"第一段正文。", "第二段正文。", "第三段正文。", "第四段正文。"}));
}

}  // namespace reference_lists_test
}  // namespace wenyuan::clean
