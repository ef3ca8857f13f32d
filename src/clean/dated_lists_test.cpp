// A record's dated list between two kept parts, on lines written for
// these tests: a company's milestones (Simplified) and a conductor's
// posts (Traditional); and lists that stay out.
#include "clean/dated_lists.h"

#include <gtest/gtest.h>

#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";

TEST(DatedLists, MilestonesBetweenFieldsAndBodyComeBack) {
  auto lines = PageLinesOf({"   成立时间： 2008年", "", "   发展历程", "", "     * 2008年 公司在北辰成立",
                            "     * 2015年 获评省级专精特新企业", "     * 2021年 第二工厂投产", "", "   (BUTTON) 展开",
                            "", "   公司专注于工业传感器的研发与制造，产品销往三十多个国家和地区。"});
  for (size_t k : {2, 4, 5, 6}) lines[k].reason = kOutside;
  lines[8].reason = "button or form field";
  EXPECT_EQ(KeepDatedListsBetweenKeptText(lines), (std::vector<size_t>{2, 4, 5, 6}));
}

TEST(DatedLists, TraditionalPostsWithoutHeading) {
  auto lines =
      PageLinesOf({"林雅琴 指揮", "", "     * 北辰市立交響樂團 音樂總監（2019–迄今）",
                   "     * 東岸愛樂 駐團指揮（2012–2019）", "", "   林雅琴生於北辰，畢業於東岸音樂學院指揮系。"});
  lines[2].reason = lines[3].reason = kOutside;
  EXPECT_EQ(KeepDatedListsBetweenKeptText(lines), (std::vector<size_t>{2, 3}));
}

TEST(DatedLists, ListsNotBetweenKeptTextOrWithoutYearsStay) {
  // Below the body, with nothing kept under it: the site's news list.
  auto tail = PageLinesOf({"   公司专注于工业传感器的研发与制造。", "", "     * 2026年12月 展会预告",
                           "     * 2026年11月 新品发布", "", "   版权所有"});
  tail[2].reason = tail[3].reason = kOutside;
  tail[5].reason = "copyright notice";
  EXPECT_TRUE(KeepDatedListsBetweenKeptText(tail).empty());
  // No years: a menu between kept lines.
  auto menu = PageLinesOf({"   成立时间： 2008年", "     * 关于我们", "     * 产品中心", "   公司专注于工业传感器。"});
  menu[1].reason = menu[2].reason = kOutside;
  EXPECT_TRUE(KeepDatedListsBetweenKeptText(menu).empty());
}

}  // namespace
}  // namespace wenyuan::clean
