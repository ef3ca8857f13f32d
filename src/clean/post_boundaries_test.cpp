// The post-boundary rules on pages written for this test: a board printed
// without scripts whose posts rules part (Simplified), a phpBB-like board
// with a quotation cut short and a signature under a rule, set in as a
// text dump and flush left as an HTML page's text (Traditional); and
// pages that must not change: a news article with readers' comments and
// an essay whose sections rules part (Traditional, Simplified). More
// engines in clean/post_boundaries_engines_test.cpp.
#include "clean/post_boundaries.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace post_boundaries_test {

bool DropsForumFurniture(const CleanedDocument& c) {
  for (const DroppedLine& d : c.dropped) {
    if (d.reason == kForumFurniture) return true;
  }
  return false;
}

// Posts parted by rules, the poster's name alone under each (one poster
// replies, so a name comes back), the board's loading notices over the
// title.
const char kRuledBoard[] =
    "   [logo.png]\n"
    "   首页 | 活动 | 版规 | 关于\n"
    "\n"
    "   正在加载…\n"
    "\n"
    "   请在浏览器中开启脚本以获得完整体验。\n"
    "\n"
    "阳台种番茄第一年：从育苗到结果的记录\n"
    "\n"
    "老周种菜\n"
    "\n"
    "   今年三月在阳台用两个泡沫箱种了樱桃番茄，品种是千禧，一共育了十二棵苗，最后留了六棵。\n"
    "   五月开始挂果，到七月底一共摘了大概四斤，比预想的多很多，记录一下过程给新手参考。\n"
    "\n"
    "   土是园艺店买的营养土加了一点珍珠岩，每两周追一次稀释的液肥，开花以后换成高磷钾的。\n"
    "     __________________________________________________________________\n"
    "\n"
    "绿手指阿敏\n"
    "\n"
    "   恭喜！阳台能收四斤很厉害了，我去年只收了十几个。\n"
    "\n"
    "   想问一下你有没有人工授粉？我家的花开了很多但是掉得也很多。\n"
    "     __________________________________________________________________\n"
    "\n"
    "老周种菜\n"
    "\n"
    "   有的，开花的时候每天中午用手指轻轻弹一下花枝，坐果率会高不少，阳台风小要靠人帮忙。\n"
    "     __________________________________________________________________\n"
    "\n"
    "south_gardener\n"
    "\n"
    "   补充一点，夏天阳台温度超过三十五度的话也会落花，可以拉一层遮阳网。\n"
    "     __________________________________________________________________\n"
    "\n"
    "   © 2026 小园圃论坛 · 版规 · 隐私\n";

TEST(PostBoundaries, DropsTheNamesOfPostsPartedByRules) {
  const CleanedDocument c = CleanDocument(kRuledBoard, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.failure.empty()) << c.failure;
  for (const char* kept : {"阳台种番茄第一年：从育苗到结果的记录", "今年三月在阳台用两个泡沫箱种了樱桃番茄",
                           "恭喜！阳台能收四斤很厉害了", "有的，开花的时候每天中午", "补充一点，夏天阳台温度"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* name : {"老周种菜", "绿手指阿敏", "south_gardener", "正在加载", "开启脚本"}) {
    EXPECT_FALSE(Contains(c.text, name)) << name << "\n" << c.text;
  }
}

// A phpBB-like board: the board's lines between the title and the first
// post, a quotation of part of an earlier line under "某人 回應：" with
// its "點此展開…", a signature sentence under a rule.
const char kBoard[] =
    "   [logo.png]\n"
    "   論壇首頁 ‹ 攝影器材 ‹ 底片相機\n"
    "\n"
    "底片相機入門：Nikon FM2 還是 Pentax MX？\n"
    "\n"
    "   回覆主題   搜尋這個主題…\n"
    "   共 4 篇文章 • 第 1 頁 (共 1 頁)\n"
    "\n"
    "   [avatar_17.png]\n"
    "   阿樹\n"
    "   新手上路\n"
    "   文章: 12\n"
    "   註冊時間: 2025年 3月 2日\n"
    "\n"
    "   發表於 2026年 11月 30日 21:05\n"
    "\n"
    "   最近想入門底片，預算一萬左右，看了很多人推 FM2 跟 MX，兩台都是全機械快門。\n"
    "   平常主要拍街頭，偶爾拍家人，想問兩台的手感跟觀景窗差多少？\n"
    "\n"
    "   [avatar_3.png]\n"
    "   老灰\n"
    "   資深玩家\n"
    "   文章: 2,861\n"
    "   註冊時間: 2012年 8月 19日\n"
    "\n"
    "   發表於 2026年 11月 30日 22:17\n"
    "\n"
    "   阿樹 回應：\n"
    "     平常主要拍街頭，偶爾拍家人\n"
    "     點此展開…\n"
    "\n"
    "   MX 小很多，觀景窗很亮，拍街頭比較不顯眼；FM2 比較耐操，零件也好找。\n"
    "   如果手大的話 FM2 握起來會比較舒服，建議兩台都去二手店摸摸看。\n"
    "\n"
    "   ----------------------------\n"
    "   底片不死，沖掃請找巷口的小店。\n"
    "\n"
    "   [avatar_88.png]\n"
    "   小葉\n"
    "   一般會員\n"
    "   文章: 304\n"
    "   註冊時間: 2019年 5月 7日\n"
    "\n"
    "   發表於 2026年 12月 1日 08:40\n"
    "\n"
    "   補充一下，MX 的測光是 LED，老機器有時候會不準，買之前記得檢查。\n"
    "   FM2 的快門簾是鈦金屬的，比較不怕被戳破。\n"
    "\n"
    "   [avatar_17.png]\n"
    "   阿樹\n"
    "   新手上路\n"
    "   文章: 13\n"
    "   註冊時間: 2025年 3月 2日\n"
    "\n"
    "   發表於 2026年 12月 1日 10:02\n"
    "\n"
    "   謝謝兩位！週末去店裡摸了一下，最後買了 FM2，手感真的比較好。\n"
    "\n"
    "   回到「底片相機」\n"
    "   Powered by phpBB® Forum Software\n";

TEST(PostBoundaries, DropsABoardsQuotationSignatureAndLinesOverTheFirstPost) {
  const CleanedDocument c = CleanDocument(kBoard, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "底片相機入門：Nikon FM2 還是 Pentax MX？")) << c.text;
  for (const char* kept : {"最近想入門底片", "平常主要拍街頭，偶爾拍家人，想問", "MX 小很多，觀景窗很亮",
                           "補充一下，MX 的測光是 LED", "謝謝兩位！週末去店裡摸了一下"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* furniture : {"回覆主題", "共 4 篇文章", "阿樹 回應", "點此展開", "底片不死"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  // The quoted words stay once, in the post that said them.
  const std::string quoted = "平常主要拍街頭";
  EXPECT_EQ(c.text.find(quoted), c.text.rfind(quoted)) << c.text;
}

// The same board as an HTML page's text, flush left: no line is set in
// from the headings, so the title is not told by its indentation and the
// board's lines around it are left to the other rules; the posts' rules
// still apply.
TEST(PostBoundaries, LeavesTheTitlesSurroundingsOfAFlushLeftPage) {
  std::string flush;
  for (size_t start = 0; start < sizeof(kBoard) - 1;) {
    size_t end = std::string_view(kBoard).find('\n', start);
    std::string_view line = std::string_view(kBoard).substr(start, end - start);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    flush.append(line).append("\n");
    start = end + 1;
  }
  const CleanedDocument c = CleanDocument(flush, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "底片相機入門：Nikon FM2 還是 Pentax MX？")) << c.text;
  EXPECT_TRUE(Contains(c.text, "最近想入門底片")) << c.text;
  for (const char* furniture : {"阿樹 回應", "點此展開", "底片不死"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A news article with a rule and a sub-heading in its text and readers'
// comments under it: no thread, nothing for these rules.
const char kArticle[] =
    "   [logo.png]\n"
    "   首頁 | 地方 | 生活 | 評論\n"
    "\n"
    "老街百年中藥行熄燈　第四代店主：最後一天照常開門\n"
    "\n"
    "   2026-12-04 18:20　記者 王映晴／台南報導\n"
    "\n"
    "   [photo_01.jpg]\n"
    "   陳家中藥行的百子櫃。（記者王映晴攝）\n"
    "\n"
    "   台南中西區的陳家中藥行，上週貼出告示，將在本月底結束營業，消息傳開後，不少老顧客特地回來抓藥。\n"
    "   第四代店主陳志明說，父親年事已高，自己也沒有願意學的年輕人，只好讓老店休息。\n"
    "     ______________________________________________\n"
    "\n"
    "店裡的百子櫃\n"
    "\n"
    "   店內一整面牆的百子櫃已有八十年歷史，陳志明說會先捐給地方文史團體保存。\n"
    "\n"
    "   留言 3\n"
    "\n"
    "   小南門\n"
    "   2026-12-04 19:02\n"
    "   小時候常跟阿嬤來這裡抓藥，好捨不得。\n"
    "   讚 12  回覆\n"
    "\n"
    "   府城散步\n"
    "   2026-12-04 19:40\n"
    "   希望百子櫃能好好保存下來。\n"
    "   讚 8  回覆\n"
    "\n"
    "   阿貴\n"
    "   2026-12-04 20:15\n"
    "   去年還來買過四物，老闆很親切。\n"
    "   讚 3  回覆\n";

TEST(PostBoundaries, LeavesAnArticleWithReadersCommentsAlone) {
  const CleanedDocument c = CleanDocument(kArticle, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"老街百年中藥行熄燈　第四代店主：最後一天照常開門",
                           "2026-12-04 18:20　記者 王映晴／台南報導", "陳家中藥行的百子櫃。（記者王映晴攝）",
                           "店裡的百子櫃", "店內一整面牆的百子櫃已有八十年歷史，陳志明說會先捐給地方文史團體保存。"}) {
    EXPECT_TRUE(HasLine(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_FALSE(DropsForumFurniture(c));
}

// An essay whose sections rules part, a heading under each rule: the
// headings are no posters' names (none comes back).
const char kEssay[] =
    "   [logo.png]\n"
    "   首页 | 散文 | 关于\n"
    "\n"
    "城南旧事的三个早晨\n"
    "\n"
    "   作者：林晚  2026-11-30\n"
    "\n"
    "   第一个早晨是从豆浆的香味开始的，巷口那家铺子的老板总是五点就起来磨豆子。\n"
    "   我们搬来的第一年，母亲每天都会让我去买两碗，一碗咸一碗甜。\n"
    "     __________________________________________________________________\n"
    "\n"
    "清晨的菜市\n"
    "\n"
    "   第二个早晨在菜市场，摊贩们把青菜码得整整齐齐，水珠还挂在叶子上。\n"
    "     __________________________________________________________________\n"
    "\n"
    "雨后的巷子\n"
    "\n"
    "   第三个早晨下过雨，石板路亮得像镜子，屋檐的水一滴一滴落进青苔里。\n"
    "     __________________________________________________________________\n"
    "\n"
    "后记\n"
    "\n"
    "   这些早晨后来都成了回忆，巷子在前年拆掉了。\n"
    "     __________________________________________________________________\n"
    "\n"
    "   © 2026 某某文学网\n";

TEST(PostBoundaries, LeavesAnEssayPartedByRulesAlone) {
  const CleanedDocument c = CleanDocument(kEssay, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"城南旧事的三个早晨", "作者：林晚  2026-11-30", "清晨的菜市", "雨后的巷子"}) {
    EXPECT_TRUE(HasLine(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_FALSE(DropsForumFurniture(c));
}

// A hiking board's thread (Traditional) whose signatures stand under a
// rule below each post's action row, one of them a full sentence.
const char kSignedThread[] =
    "   [logo.png] 山友論壇\n"
    "   論壇 › 登山健行 › 裝備討論\n"
    "\n"
    "[請益] 第一次走嘉明湖，睡袋要帶到幾度？\n"
    "\n"
    "   山貓阿哲\n"
    "   [avatar.jpg]\n"
    "   8 主題 64 帖子 210 積分\n"
    "   初級山友\n"
    "   樓主\n"
    "   發表於 2026-11-20 20:14 | 只看該作者\n"
    "   十二月要走嘉明湖三天兩夜，住向陽山屋跟嘉明湖避難山屋，手上只有一個舒適溫度5度的睡袋。\n"
    "   想請問山屋裡晚上大概會到幾度？需要再買一個零下的睡袋嗎？\n"
    "   支持 反對\n"
    "   回覆 檢舉\n"
    "   ______________________________\n"
    "   山不會跑，慢慢走就會到。\n"
    "\n"
    "   老林走山\n"
    "   [avatar.jpg]\n"
    "   215 主題 4208 帖子 13520 積分\n"
    "   版主\n"
    "   沙發\n"
    "   發表於 2026-11-20 21:03 | 只看該作者\n"
    "   十二月的嘉明湖避難山屋半夜常到零下，5度的睡袋一定不夠，建議至少帶舒適溫度零下5度的，或加一件保暖內套。\n"
    "   支持 反對\n"
    "   回覆 檢舉\n"
    "   ______________________________\n"
    "   百岳完登 87/100\n"
    "\n"
    "   小雨不停\n"
    "   [avatar.jpg]\n"
    "   3 主題 41 帖子 96 積分\n"
    "   初級山友\n"
    "   板凳\n"
    "   發表於 2026-11-21 07:45 | 只看該作者\n"
    "   我上個月去也是帶加厚睡墊，地板的寒氣比空氣還冷，睡墊的R值很重要。\n"
    "   支持 反對\n"
    "   回覆 檢舉\n"
    "\n"
    "   返回列表 發新帖\n"
    "   Powered by Discuz! X3.5\n";

TEST(PostBoundaries, ASignatureUnderAPostsActionRowGoes) {
  const CleanedDocument c = CleanDocument(kSignedThread, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"十二月要走嘉明湖三天兩夜", "十二月的嘉明湖避難山屋半夜常到零下", "我上個月去也是帶加厚睡墊"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* signature : {"山不會跑，慢慢走就會到。", "百岳完登"}) {
    EXPECT_FALSE(Contains(c.text, signature)) << signature << "\n" << c.text;
  }
}

}  // namespace post_boundaries_test
}  // namespace wenyuan::clean
