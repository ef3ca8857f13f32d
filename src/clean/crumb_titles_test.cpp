// The crumb-title rule (clean/crumb_titles.h) on record heads written for
// this test, in both scripts: a school, a museum piece, a plant, a hotel,
// a court's case, a trail, a drug and a bus route, each named by the last
// item of its breadcrumb right over its buttons or date; and look-alikes
// that stay: a section's label apart from the record by a blank line, a
// name no crumb names, a label a rule dropped for what it is, a line with
// a sentence between.
#include "clean/crumb_titles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace crumb_titles_test {

constexpr char kOutside[] = "outside the main text";

// The lines of `text` with `reasons` set, the rule run.
std::vector<PageLine> RunCrumbs(std::string_view text, const std::vector<std::string>& reasons) {
  std::vector<PageLine> lines = MakePageLines(text);
  for (size_t k = 0; k < lines.size() && k < reasons.size(); ++k) lines[k].reason = reasons[k];
  KeepTitleNamedByCrumb(lines);
  return lines;
}

TEST(CrumbTitles, ATitleTheCrumbNamesComesBack) {
  struct Case {
    const char* text;
    std::vector<std::string> reasons;
    size_t title;
  };
  const std::string b = "breadcrumb", o = kOutside, w = "share widget", none;
  const Case cases[] = {
      {"首頁 › 中學 › 北辰書院\n北辰書院\nBeichen College\n[收藏] [分享]\n最後更新：2026年10月\n",
       {b, o, o, w, none},
       1},
      {"首页 > 馆藏 > 青铜器 > 北辰方鼎\n北辰方鼎\n年代：西周\n", {b, o, none}, 1},
      {"首頁 > 植物 > 台灣百合\n台灣百合\nLilium formosanum\n科別：百合科\n", {b, o, o, none}, 1},
      {"首页 » 酒店 » 北辰湖景酒店\n北辰湖景酒店\n(BUTTON) 收藏\n地址：北辰路1号\n",
       {b, o, "button or form field", none},
       1},
      {"首頁 > 裁判書 > 北辰地院113年度訴字第12號\n北辰地院113年度訴字第12號\n裁判日期：113-05-02\n", {b, o, none}, 1},
      {"首页 > 步道 > 北辰山环线\n北辰山环线\nBeichen Loop Trail\n全长：12公里\n", {b, o, o, none}, 1},
      {"首頁 > 藥品 > 北辰錠 500 毫克\n北辰錠 500 毫克\n許可證字號：衛部藥製字第1號\n", {b, o, none}, 1},
      {"首页 › 公交 › 27路\n27路\n[收藏]\n首末班：06:00-22:00\n", {b, o, "image placeholder", none}, 1},
  };
  for (const Case& c : cases) {
    const auto lines = RunCrumbs(c.text, c.reasons);
    EXPECT_TRUE(lines[c.title].reason.empty()) << c.text;
  }
}

TEST(CrumbTitles, LookAlikesStay) {
  const std::string b = "breadcrumb", o = kOutside, none;
  // A section's label, a blank line over the record.
  auto label = RunCrumbs("首頁 > 糾正案 > 糾正案文\n糾正案文\n\n字號     113內正0021\n", {b, o, none, none});
  EXPECT_EQ(label[1].reason, kOutside);
  // A name the crumb does not name.
  auto other = RunCrumbs("首頁 > 中學\n北辰書院\n最後更新：2026年10月\n", {b, o, none});
  EXPECT_EQ(other[1].reason, kOutside);
  // A label another rule dropped for what it is.
  auto section = RunCrumbs("首頁 > 最新消息\n最新消息\n2026-03-01\n", {b, "section label", none});
  EXPECT_EQ(section[1].reason, "section label");
  // A sentence between the name and the record.
  auto sentence = RunCrumbs("首頁 > 北辰書院\n北辰書院\n歡迎蒞臨本校網站。\n最後更新：2026年10月\n", {b, o, o, none});
  EXPECT_EQ(sentence[1].reason, kOutside);
}

// A record's title in two lines: the first, the crumb's other items run
// together, comes back over the kept second that names the record; a
// line of other words there, or over a second line with no crumb in it,
// stays out.
TEST(CrumbTitles, ATitlesFirstLineMadeOfCrumbItemsComesBack) {
  const std::string b = "breadcrumb", m = "menu or link list", o = kOutside, none;
  const char* crumb = "首页 > 赛事 > 全国马拉松 > 2026年 > 北辰站\n";
  auto title =
      RunCrumbs(std::string(crumb) + "2026年全国马拉松\n北辰站　成绩公告\n名次  姓名  成绩\n", {b, m, none, none});
  EXPECT_TRUE(title[1].reason.empty());
  auto other = RunCrumbs(std::string(crumb) + "报名须知\n北辰站　成绩公告\n", {b, m, none});
  EXPECT_EQ(other[1].reason, m);
  auto no_crumb = RunCrumbs(std::string(crumb) + "2026年全国马拉松\n成绩公告\n", {b, o, none});
  EXPECT_EQ(no_crumb[1].reason, o);
  auto one_item = RunCrumbs(std::string(crumb) + "全国马拉松\n北辰站　成绩公告\n", {b, o, none});
  EXPECT_EQ(one_item[1].reason, o);
}

}  // namespace crumb_titles_test
}  // namespace wenyuan::clean
