// The paragraph-list rule (clean/paragraph_lists.h) on blocks written for
// this test: lists typed inside a post or an article, in both scripts and
// with several markers, come back with their lead-in; a side box's list, a
// download list, a quote's lines and a list standing apart stay dropped.
#include "clean/paragraph_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace paragraph_lists_test {

// `block`'s lines, each marked `reason` except those starting with "=" (a
// kept sentence, written without the "="); returns how many came back.
size_t Restored(const std::vector<std::string>& block, const std::string& reason = "menu or link list") {
  std::string page;
  for (const auto& b : block) page += "   " + (b.starts_with("=") ? b.substr(1) : b) + "\n";
  std::vector<PageLine> lines = MakePageLines(page);
  for (size_t i = 0; i < block.size(); ++i) {
    if (!block[i].starts_with("=") && !block[i].empty()) lines[i].reason = reason;
  }
  KeepParagraphLists(lines);
  size_t n = 0;
  for (size_t i = 0; i < block.size(); ++i) n += !block[i].starts_with("=") && !block[i].empty() && lines[i].kept();
  return n;
}

TEST(ParagraphLists, TypedListsInTextComeBack) {
  EXPECT_EQ(Restored({"分享埋我見過嘅題目：", "- 數手指 1 至 5", "- 指出紅色同藍色嘅嘢",
                      "=家長嗰部分都要準備下，答得真誠就得。"}),
            3u);
  EXPECT_EQ(Restored({"需要准备的材料：", "- 身份证原件", "- 户口本", "- 近期免冠照片两张",
                      "=材料不全的话窗口不会受理，建议提前电话确认。"}),
            4u);
  EXPECT_EQ(Restored({"=我們這次去了三個地方，整體來說很滿意。", "行程如下:", "• 第一天 台南", "• 第二天 高雄"}), 3u);
  EXPECT_EQ(Restored({"優點：", "- 續航長", "- 螢幕亮", "=缺點是有點重，背一整天會累。"}, "forum post furniture"), 3u);
  EXPECT_EQ(Restored({"踩过的坑：", "* 没带充电宝", "* 门票没提前约", "=下次去一定会注意这些细节。"}), 3u);
  EXPECT_EQ(Restored({"配料:", "- 面粉 300g", "- 鸡蛋 2个", "- 牛奶 150ml", "=先把鸡蛋打散，再慢慢加入面粉搅拌。"}),
            4u);
  EXPECT_EQ(Restored({"=今天整理了一下这几年用过的工具。", "推荐给新手的：", "- 记事本类", "- 番茄钟"},
                     "outside the main text"),
            3u);
  EXPECT_EQ(Restored({"注意事項：", "● 請攜帶證件", "● 準時入場", "=逾時者恕不受理，敬請見諒。"}), 3u);
}

TEST(ParagraphLists, ListsApartFromTextStayDropped) {
  // A side box's list under a blank line, a download list, a quote's
  // lines (no bullets), a list with no sentence next to it.
  EXPECT_EQ(Restored({"熱門話題：", "- 小一派位", "- 學券資助", "", "=版權所有，不得轉載。"}), 0u);
  EXPECT_EQ(Restored({"附件下載：", "* 公告.pdf(312KB)", "* 須知.pdf(1.2MB)", "=請於期限內完成報名。"},
                     "attachment download"),
            0u);
  EXPECT_EQ(Restored({"引用 某人：", "如果寫酌情就冇計", "法例上公司唔俾都冇問題", "=我份合約寫住係保證。"},
                     "forum post furniture"),
            0u);
  EXPECT_EQ(Restored({"相关帖子：", "- 面试时间表", "- 报名心得", "- 发烧点算"}), 0u);
  EXPECT_EQ(Restored({"分享到：", "- 微信"}), 0u);  // one item
}

}  // namespace paragraph_lists_test
}  // namespace wenyuan::clean
