// The comment-chrome rules (clean/comment_chrome.h) on threads written for
// this test, in several engines' shapes and both scripts: action rows as
// link lists or one line, vote-and-age headers, counts and sort rows go;
// comments' texts, a body sentence with "3 hours ago", a list repeated
// once and a table's repeated column stay.
#include "clean/comment_chrome.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace comment_chrome_test {

std::vector<PageLine> Marked(const std::string& page) {
  std::vector<PageLine> lines = MakePageLines(page);
  MarkCommentChrome(lines);
  return lines;
}

// The kept lines' cores, one a line.
std::string Kept(const std::vector<PageLine>& lines) {
  std::string out;
  for (const PageLine& l : lines) {
    if (l.kept()) out += l.CoreUtf8() + "\n";
  }
  return out;
}

// A thread of `n` comments, each a header, a text and an action row.
std::string Thread(const std::string& header, const std::vector<std::string>& row, bool one_line, int n = 4) {
  const char* texts[] = {"我觉得这个办法可行，上次我们小区也是这么处理的。",
                         "请问具体要准备哪些材料？有没有清单可以参考？",
                         "同意楼上，关键还是要早点去排队，不然一天都办不完。", "谢谢分享，收藏了，下周照着试一试。",
                         "這個價格在台北算合理，不過要看屋況。"};
  std::string page = "   某某论坛的讨论帖标题在这里\n\n";
  for (int i = 0; i < n; ++i) {
    std::string h = header;
    for (size_t at = h.find('#'); at != std::string::npos; at = h.find('#')) h.replace(at, 1, std::to_string(10 + i));
    page += "   " + h + "\n      " + texts[i % 5] + "\n";
    if (one_line) {
      std::string r;
      for (const auto& w : row) r += (r.empty() ? "" : "  ") + w;
      page += "   " + r + "\n\n";
    } else {
      for (const auto& w : row) page += "     * " + w + "\n";
      page += "\n";
    }
  }
  return page;
}

TEST(CommentChrome, ActionRowsAndHeadersOfManyEnginesGo) {
  struct Case {
    std::string header;
    std::vector<std::string> row;
    bool one_line;
  };
  const std::vector<Case> cases = {
      {"[–]user_# # points # hours ago", {"permalink", "embed", "save", "report", "reply"}, false},
      {"某网友 · #赞 · #小时前", {"回复", "分享", "举报"}, true},
      {"路人甲 #分鐘前", {"回覆", "引用", "檢舉"}, false},
      {"alice # days ago", {"Reply", "Share", "Report"}, true},
      {"▲ # ▼ bob #h ago", {"link", "flag", "reply"}, true},
      {"匿名用户 # 天前", {"赞 (#)", "踩", "回复"}, true},
      {"老王 # 个月前 广东", {"回复", "赞"}, false},
      {"小林 剛剛 #", {"讚好", "回覆", "分享"}, true},
      {"carol # minutes ago | parent", {"Like", "Reply", "Share", "More"}, false},
      {"dave · # hr. ago", {"Reply", "Award", "Share"}, true},
  };
  for (const Case& c : cases) {
    const std::string kept = Kept(Marked(Thread(c.header, c.row, c.one_line)));
    for (const auto& w : c.row) {
      EXPECT_EQ(kept.find("\n" + w.substr(0, 3)), std::string::npos) << c.header << "\n" << kept;
    }
    EXPECT_EQ(kept.find("1"), std::string::npos) << c.header << "\n" << kept;  // headers hold the numbers
    EXPECT_NE(kept.find("我觉得这个办法可行"), std::string::npos) << kept;
    EXPECT_NE(kept.find("谢谢分享，收藏了"), std::string::npos) << kept;
    EXPECT_NE(kept.find("讨论帖标题"), std::string::npos) << kept;
  }
}

TEST(CommentChrome, ThreadHeadRowsGoWithTheComments) {
  const std::string page =
      "   [–]\n   132\n   [+]\n\n   某个讨论帖的标题\n   (self.somewhere)\n   submitted 9 hours ago by u/someone\n\n"
      "   帖子正文第一段，讲了自己转行的经过和现在的收入情况。\n\n"
      "     * 87 comments\n     * share\n     * save\n     * hide\n     * report\n\n"
      "   all 87 comments\n   sorted by: best\n\n" +
      Thread("[–]user_# # points # hours ago", {"permalink", "embed", "save", "report", "reply"}, false);
  std::vector<PageLine> lines = MakePageLines(page);
  lines[1].reason = "image placeholder";  // as the line rules leave "[–]" and "[+]"
  lines[3].reason = "image placeholder";
  MarkCommentChrome(lines);
  const std::string kept = Kept(lines);
  for (const char* gone : {"132", "self.", "submitted", "87 comments", "share", "hide", "sorted"}) {
    EXPECT_EQ(kept.find(gone), std::string::npos) << gone << "\n" << kept;
  }
  EXPECT_NE(kept.find("某个讨论帖的标题"), std::string::npos) << kept;
  EXPECT_NE(kept.find("帖子正文第一段"), std::string::npos) << kept;
}

TEST(CommentChrome, LookAlikesStay) {
  // A body sentence with "3 hours ago", a list repeated twice only, a
  // table's column repeated row after row, an article's byline with an age.
  const std::string page =
      "   市区一栋老楼昨晚起火\n   记者 张三 3小时前\n\n"
      "   消防员在3小时前接报后赶到现场，火势在半小时内被控制。\n"
      "   The fire started about 3 hours ago, officials said.\n\n"
      "   准备材料：\n     * 身份证\n     * 户口本\n\n   第一步先到窗口取号，再填写申请表。\n\n"
      "   准备材料：\n     * 身份证\n     * 户口本\n\n   第二步缴费后等待通知，一般三个工作日。\n\n"
      "   周一  开放  开放\n   周二  开放  开放\n   周三  开放  开放\n   周四  开放  开放\n";
  const std::string kept = Kept(Marked(page));
  for (const char* stays :
       {"记者 张三 3小时前", "消防员在3小时前", "3 hours ago, officials", "身份证", "户口本", "周三  开放"}) {
    EXPECT_NE(kept.find(stays), std::string::npos) << stays << "\n" << kept;
  }
}

// An encyclopedia entry (Traditional, another site's shape): each
// section's heading over its edit and read-aloud links. The links go, the
// headings are the entry's own and stay.
TEST(CommentChrome, AnEntrysSectionHeadingsOverTheirEditLinksStay) {
  std::string page = "   淡水老街\n\n   淡水老街位於新北市淡水區，是北臺灣著名的觀光老街。\n\n";
  const char* sections[][2] = {{"地理位置", "老街沿淡水河岸延伸，東起捷運淡水站，西至紅毛城一帶。"},
                               {"歷史沿革", "清代淡水開港後，河岸商行林立，逐漸形成今日的街市。"},
                               {"特色小吃", "阿給、魚丸湯與鐵蛋是遊客最常購買的在地小吃。"}};
  for (const auto& s : sections) page += std::string("   ") + s[0] + "\n   編輯\n   朗讀\n\n   " + s[1] + "\n\n";
  const std::vector<PageLine> lines = Marked(page);
  const std::string kept = Kept(lines);
  for (const char* heading : {"地理位置", "歷史沿革", "特色小吃", "阿給、魚丸湯"}) {
    EXPECT_NE(kept.find(heading), std::string::npos) << heading << "\n" << kept;
  }
  EXPECT_EQ(kept.find("編輯"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("朗讀"), std::string::npos) << kept;
}

TEST(CommentChrome, ShapesByThemselves) {
  for (const char* age :
       {"8 hours ago", "8 hr. ago", "a day ago", "3d ago", "just now", "3小时前", "2 天前", "5個月前"}) {
    EXPECT_TRUE(HasRelativeAge(DecodeUtf32(age))) << age;
  }
  for (const char* none : {"ago", "前天", "三年前的今天", "2024年以前", "8 hours"}) {
    EXPECT_FALSE(HasRelativeAge(DecodeUtf32(none))) << none;
  }
  EXPECT_FALSE(IsAgeHeaderShape(DecodeUtf32("消防员在3小时前接报后赶到现场，火势在半小时内被控制。")));
  for (const char* row : {"all 87 comments", "12 comments", "view all 5 replies", "sorted by: best", "Sort by: Top",
                          "共 12 条评论", "38 則留言", "排序：最热 | 最新"}) {
    EXPECT_TRUE(IsCommentCountOrSort(DecodeUtf32(row))) << row;
  }
  for (const char* none : {"12 comments on the draft were received", "评论", "排序是按时间的先后进行的。"}) {
    EXPECT_FALSE(IsCommentCountOrSort(DecodeUtf32(none))) << none;
  }
}

}  // namespace comment_chrome_test
}  // namespace wenyuan::clean
