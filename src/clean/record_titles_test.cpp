// The record-title rule (clean/record_titles.h) on record pages written for
// this test (recipes in both scripts, a product, a hiking route, a course,
// an app, a hotel, a medicine), and on heads that stay out: an article, a
// menu line, too many lines left out, a head with no top.
#include "clean/record_titles.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace wenyuan::clean {
namespace record_titles_test {

// Each line with the reason the earlier rules gave it ("" kept, "-" left
// outside the main text); gives back which lines are kept after the rule.
std::vector<bool> RunRule(const std::vector<std::pair<std::string, std::string>>& page) {
  std::string text;
  for (const auto& [line, reason] : page) text += "   " + line + "\n";
  std::vector<PageLine> lines = MakePageLines(text);
  for (size_t i = 0; i < page.size(); ++i) {
    const std::string& r = page[i].second;
    lines[i].reason = r == "-" ? "outside the main text" : r;
  }
  KeepRecordTitles(lines);
  std::vector<bool> kept;
  for (size_t i = 0; i < page.size(); ++i) kept.push_back(lines[i].kept());
  return kept;
}

const std::pair<std::string, std::string> kCrumb = {"首頁 > 分類 > 本頁", "breadcrumb"};
const std::pair<std::string, std::string> kPicture = {"[cover.jpg]", "image placeholder"};
const std::pair<std::string, std::string> kButtons = {"(BUTTON) 收藏  (BUTTON) 分享", "button or form field"};

std::vector<std::pair<std::string, std::string>> Page(const std::string& title, const std::string& description,
                                                      const std::vector<std::string>& fields) {
  std::vector<std::pair<std::string, std::string>> p = {kCrumb, {title, "-"}, kPicture};
  if (!description.empty()) p.push_back({description, "-"});
  p.push_back(kButtons);
  for (const auto& f : fields) p.push_back({f, ""});
  return p;
}

TEST(RecordTitles, ATitleAndItsDescriptionComeBack) {
  const std::vector<std::vector<std::pair<std::string, std::string>>> pages = {
      Page("麻婆豆腐", "麻辣鲜香的川味家常菜，十五分钟就能上桌。", {"口味：麻辣", "工艺：烧", "耗时：十五分钟"}),
      Page("三杯雞", "九層塔的香氣是這道菜的靈魂。", {"份量：3人份", "時間：30分鐘", "難度：簡單"}),
      Page("不鏽鋼保溫瓶 500ml", "", {"品牌：某某", "材質：316不鏽鋼", "產地：臺灣"}),
      Page("擎天崗環形步道", "沿途草原開闊，適合親子同行。", {"全長：2.4公里", "海拔：770公尺", "難度：低"}),
      Page("Python 数据分析入门", "从零开始学会用 pandas 处理表格。", {"讲师：王老师", "课时：24节", "价格：免费"}),
      Page("記帳小幫手", "", {"版本：3.2.0", "大小：45 MB", "系統需求：iOS 15 以上"}),
      Page("海景度假酒店", "面朝大海的五星级酒店，步行两分钟即到沙滩。",
           {"地址：三亚市某路1号", "星级：五星", "房间数：320"}),
      Page("某某錠 500 毫克", "用於緩解頭痛、牙痛及經痛。", {"成分：對乙醯胺基酚", "劑型：錠劑", "包裝：100粒"}),
  };
  for (const auto& p : pages) {
    const auto kept = RunRule(p);
    EXPECT_TRUE(kept[1]) << p[1].first;  // the title
    if (p[3].second == "-") {
      EXPECT_TRUE(kept[3]) << p[3].first;  // the description
    }
    EXPECT_FALSE(kept[2]);  // the picture
  }
}

TEST(RecordTitles, OtherHeadsStayOut) {
  // An article: its first kept line is a paragraph.
  auto article = Page("市府宣布調整公車票價", "", {});
  article.push_back({"市府今天宣布，明年起調整公車票價，並增設三條幹線。", ""});
  EXPECT_FALSE(RunRule(article)[1]);
  // A menu line over the fields.
  EXPECT_FALSE(RunRule(Page("首頁 | 菜譜 | 社區", "", {"口味：麻辣", "工艺：烧", "耗时：十五分钟"}))[1]);
  // Too many lines left out: a menu the finder left out.
  auto many = Page("麻婆豆腐", "", {"口味：麻辣", "工艺：烧", "耗时：十五分钟"});
  many.insert(many.begin() + 2, {{"菜谱大全", "-"}, {"食材百科", "-"}, {"美食专题", "-"}});
  EXPECT_FALSE(RunRule(many)[1]);
  // No top: the head runs up past the reach.
  std::vector<std::pair<std::string, std::string>> deep;
  for (int k = 0; k < 14; ++k) deep.push_back(kButtons);
  deep.push_back({"麻婆豆腐", "-"});
  for (const char* f : {"口味：麻辣", "工艺：烧", "耗时：十五分钟"}) deep.push_back({f, ""});
  deep.insert(deep.begin(), {"麻婆豆腐", "-"});
  const auto kept = RunRule(deep);
  EXPECT_FALSE(kept[0]);
  EXPECT_FALSE(kept[15]);
}

}  // namespace record_titles_test
}  // namespace wenyuan::clean
