// The BBS rules on lines and on a web mirror's page written for this test:
// a cooking board's question with its header, counters, site lines and
// pushes, in Traditional script.
#include "clean/bbs_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(BbsRules, Pushes) {
  EXPECT_TRUE(IsBbsPush(DecodeUtf32("推 ricecook: 電鍋外鍋一杯水就夠了  04/02 19:10")));
  EXPECT_TRUE(IsBbsPush(DecodeUtf32("噓 angry_01: 這種問題也要問")));
  EXPECT_TRUE(IsBbsPush(DecodeUtf32("嘘 someone: 标题党")));
  EXPECT_TRUE(IsBbsPush(DecodeUtf32("→ ricecook：補充 要先泡水三十分鐘")));
  // Prose that starts with the same characters is no push.
  EXPECT_FALSE(IsBbsPush(DecodeUtf32("推動社區共餐是今年的重點工作。")));
  EXPECT_FALSE(IsBbsPush(DecodeUtf32("推 38  噓 2  → 17")));
  EXPECT_FALSE(IsBbsPush(DecodeUtf32("→ 下一頁")));
}

TEST(BbsRules, SiteLines) {
  EXPECT_TRUE(IsBbsSiteLine(DecodeUtf32("※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.160.xx.xx (臺灣)")));
  EXPECT_TRUE(IsBbsSiteLine(DecodeUtf32("※ 文章网址: https://example.org/bbs/Cooking/M.1.A.html")));
  EXPECT_TRUE(IsBbsSiteLine(DecodeUtf32("※編輯: ricecook (1.160.xx.xx 臺灣), 04/02/2024 19:30:11")));
  EXPECT_FALSE(IsBbsSiteLine(DecodeUtf32("※ 本活動名額有限，額滿為止。")));
}

const char kCookingThread[] =
    "[BBS鏡像站] 電子佈告欄 網頁版\n"
    "熱門看板 | 看板列表 | 搜尋 | 登入\n\n"
    "看板 Cooking › [問題] 糙米飯怎麼煮才不會硬\n\n"
    "[廣告] 日本製壓力鍋限時七折 免運到府 ›\n\n"
    "回看板   分享   推 12  噓 1  → 6   瀏覽 2,308\n\n"
    "作者  ricefan88 (米飯愛好者)\n"
    "看板  Cooking\n"
    "標題  [問題] 糙米飯怎麼煮才不會硬\n"
    "時間  Tue Apr  2 18:52:40 2024\n\n"
    "最近為了健康想把白米換成糙米，可是用電鍋煮出來的糙米飯都很硬，家人吃了兩次就不想吃了。\n\n"
    "我的做法是糙米洗兩次，米和水的比例一比一點五，外鍋放一杯水，跳起來後再燜十分鐘。\n\n"
    "想請問大家平常怎麼煮？需要先泡水嗎？還是要換成壓力鍋才煮得軟？\n\n"
    "--\n"
    "※ 發信站: 電子佈告欄(bbs.example.org), 來自: 1.160.xx.xx (臺灣)\n"
    "※ 文章網址: https://bbs.example.org/Cooking/M.1712055160.A.1C2.html\n"
    "推 ricecook: 先泡水四小時以上，外鍋兩杯水                          04/02 19:10\n"
    "→ ricecook: 水的比例要拉到一比二                                   04/02 19:11\n"
    "噓 hungry_guy: 直接買發芽米比較快                                  04/02 19:25\n"
    "推 brownrice: 泡隔夜再煮，口感差很多                               04/02 20:02\n\n"
    "[廣告] 有機糙米買一送一 ›\n\n"
    "相關文章\n"
    "  * [問題] 電鍋煮五穀米\n"
    "  * [食譜] 糙米粥\n\n"
    "© 2024 BBS鏡像站\n";

TEST(BbsRules, MirrorPageKeepsThePostAndDropsItsFurniture) {
  CleanedDocument c = CleanDocument(kCookingThread, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "標題  [問題] 糙米飯怎麼煮才不會硬")) << c.text;
  EXPECT_TRUE(Contains(c.text, "時間  Tue Apr  2 18:52:40 2024")) << c.text;
  EXPECT_TRUE(Contains(c.text, "最近為了健康想把白米換成糙米"));
  EXPECT_TRUE(Contains(c.text, "想請問大家平常怎麼煮？"));
  for (std::string_view furniture :
       {"看板 Cooking ›", "作者  ricefan88", "看板  Cooking", "推 12", "發信站", "文章網址", "ricecook:", "hungry_guy",
        "泡隔夜再煮", "壓力鍋限時七折", "買一送一"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A Simplified board's header ("发信人", "信区") is the same furniture; a
// news article's "作者：" with no board beside it is a byline and stays.
TEST(BbsRules, HeaderNeedsABoard) {
  std::vector<PageLine> lines;
  for (const char* raw : {"发信人: breadlover (面包控), 信区: Food", "标  题: 全麦面包为什么发不起来", "信区: Food", "",
                          "作者：王小明", "时间：2024-04-02"}) {
    lines.push_back(MakePageLine(raw));
  }
  MarkBbsFurniture(lines);
  EXPECT_EQ(lines[0].reason, kBbsFurniture);
  EXPECT_TRUE(lines[1].reason.empty());
  EXPECT_EQ(lines[2].reason, kBbsFurniture);
  EXPECT_TRUE(lines[4].reason.empty());
  EXPECT_TRUE(lines[5].reason.empty());
}

// A board that names itself on the poster's line and prints the site that
// relayed the post ("发信站: …") as a header field: the poster's and the
// site's lines go, the title stays (Simplified and Traditional).
TEST(BbsRules, BoardOnThePostersLineAndTheRelayingSite) {
  for (const auto& header :
       {std::vector<const char*>{"发信人: breadlover (面包控), 信区: Food", "标  题: 全麦面包为什么发不起来",
                                 "发信站: 某某社区 (Tue Apr  2 18:52:40 2024), 站内"},
        std::vector<const char*>{"發信人: ricefan88 (米飯愛好者), 信區: Cooking", "標  題: 糙米飯怎麼煮才不會硬",
                                 "發信站: 某某社區 (Tue Apr  2 18:52:40 2024), 站內"}}) {
    std::vector<PageLine> lines;
    for (const char* raw : header) lines.push_back(MakePageLine(raw));
    MarkBbsFurniture(lines);
    EXPECT_EQ(lines[0].reason, kBbsFurniture) << header[0];
    EXPECT_TRUE(lines[1].reason.empty()) << header[1];
    EXPECT_EQ(lines[2].reason, kBbsFurniture) << header[2];
  }
  // Without a board the poster's line is a byline's.
  std::vector<PageLine> lines;
  for (const char* raw : {"发信人: breadlover (面包控)", "标  题: 全麦面包", "发信站: 某某社区"}) {
    lines.push_back(MakePageLine(raw));
  }
  MarkBbsFurniture(lines);
  EXPECT_TRUE(lines[0].reason.empty());
}

// The board named on the author's own line ("作者 x (昵称) 看板 y", the
// header run with no board line of its own), Simplified and another board:
// the author's line goes; and the signature between the lone "--" and the
// site's line under it goes with that line.
TEST(BbsRules, BoardOnTheAuthorsLineAndTheSignatureAboveTheSiteLine) {
  std::vector<PageLine> lines;
  for (const char* raw :
       {"作者 breadlover (面包控) 看板 Bread", "标题 [分享] 全麦面包第三次终于发起来了",
        "时间 Sat Nov 28 20:15:33 2026", "", "这次把水温调到三十度，揉面多揉了十分钟，发酵时间也延长到两个小时。", "--",
        "烤箱是租来的，面包是自己的", "※ 来源:·某某社区 bbs.example.cn·[FROM: 10.0.0.8]"}) {
    lines.push_back(MakePageLine(raw));
  }
  MarkBbsFurniture(lines);
  EXPECT_EQ(lines[0].reason, kBbsFurniture);
  EXPECT_TRUE(lines[4].reason.empty()) << lines[4].reason;
  EXPECT_EQ(lines[6].reason, kBbsFurniture);
  EXPECT_EQ(lines[7].reason, kBbsFurniture);
  // Without "--" above, the line over the site's line is the post's own.
  std::vector<PageLine> plain;
  for (const char* raw : {"作者 breadlover (面包控)", "下次试试加一点黑麦粉。", "※ 来源:·某某社区 bbs.example.cn"}) {
    plain.push_back(MakePageLine(raw));
  }
  MarkBbsFurniture(plain);
  EXPECT_TRUE(plain[0].reason.empty()) << plain[0].reason;  // no board named
  EXPECT_TRUE(plain[1].reason.empty()) << plain[1].reason;
}

// A 水木-style reply (Simplified), written for this test: the quote's
// head and its ": " lines go, the reply's own lines (one opening with a
// colon inside a sentence) stay; a signature between two "--" lines over
// the site's line goes.
TEST(BbsRules, AReplysQuotedLinesAndASignatureBetweenTwoDashesGo) {
  std::vector<PageLine> lines;
  for (const char* raw :
       {"【 在 breadlover (面包控) 的大作中提到: 】", ": 全麦面包为什么总是发不起来", ": 水温三十度也试过了", "",
        "全麦粉筋度低，可以加两成高筋粉，揉到能拉出薄膜再发酵。", "比例：全麦七成，高筋三成。", "--",
        "面包会有的，牛奶也会有的", "--", "※ 来源:·某某社区 bbs.example.cn·[FROM: 10.0.0.9]"}) {
    lines.push_back(MakePageLine(raw));
  }
  MarkBbsFurniture(lines);
  for (size_t k : {0u, 1u, 2u, 7u, 9u}) EXPECT_EQ(lines[k].reason, kBbsFurniture) << lines[k].raw;
  EXPECT_TRUE(lines[4].reason.empty()) << lines[4].reason;
  EXPECT_TRUE(lines[5].reason.empty()) << lines[5].reason;
  // A ": " line with no quote's head above it is the post's own.
  std::vector<PageLine> plain;
  for (const char* raw : {"我的做法如下", ": 先把酵母用温水化开"}) plain.push_back(MakePageLine(raw));
  MarkBbsFurniture(plain);
  EXPECT_TRUE(plain[1].reason.empty()) << plain[1].reason;
}

// A board's thread as its web mirror prints it, written for this test: each
// floor has its poster's card (name, nickname, standing, counters), a floor
// row, the header with the board on the poster's line and the relaying
// site, then the post, a quoted excerpt of an earlier floor, a "--"
// signature, the app it was sent from and the site's "※ 来源" line.
const char kBoardThread[] =
    "某某社区 > 生活 > 面包 (Bread)\n"
    "\n"
    "主题:全麦面包为什么发不起来\n"
    "\n"
    "   breadlover\n"
    "   面包控\n"
    "   身份: 用户\n"
    "   文章: 311\n"
    "   楼主 | 2024-04-02 18:52:40 | 回复 | 举报\n"
    "   发信人: breadlover (面包控), 信区: Bread\n"
    "   标  题: 全麦面包为什么发不起来\n"
    "   发信站: 某某社区 (Tue Apr  2 18:52:40 2024), 站内\n"
    "\n"
    "   按方子放了三百克全麦粉和五克酵母，室温发酵两个小时，面团几乎没有长大，烤出来又干又硬。\n"
    "\n"
    "   是不是全麦粉的麸皮影响了面筋？要不要加一点高筋粉一起用？\n"
    "\n"
    "   --\n"
    "   面包是发出来的\n"
    "\n"
    "   ※ 来源:·某某社区 bbs.example.org·[FROM: 10.0.0.*]\n"
    "\n"
    "   yeastfan\n"
    "   酵母粉\n"
    "   身份: 版主\n"
    "   文章: 5120\n"
    "   1楼 | 2024-04-02 19:10:05 | 回复 | 举报\n"
    "   发信人: yeastfan (酵母粉), 信区: Bread\n"
    "   标  题: Re: 全麦面包为什么发不起来\n"
    "   发信站: 某某社区 (Tue Apr  2 19:10:05 2024), 站内\n"
    "\n"
    "   全麦粉吸水多，水量要比白面包多加一成，发酵时间也要延长到三个小时左右。\n"
    "\n"
    "   【 在 breadlover (面包控) 的大作中提到: 】\n"
    "   : 按方子放了三百克全麦粉和五克酵母，室温发酵两个小时，\n"
    "   : ...................\n"
    "\n"
    "   发自「某某客户端 于 iPhone 15」\n"
    "\n"
    "   ※ 来源:·某某社区 bbs.example.org·[FROM: 10.0.0.*]\n"
    "\n"
    "   共 2 条 分页: 1\n";

TEST(BbsRules, BoardThreadKeepsItsPostsAndDropsEachFloorsFurniture) {
  CleanedDocument c = CleanDocument(kBoardThread, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "室温发酵两个小时，面团几乎没有长大")) << c.text;
  EXPECT_TRUE(Contains(c.text, "要不要加一点高筋粉一起用？")) << c.text;
  EXPECT_TRUE(Contains(c.text, "水量要比白面包多加一成")) << c.text;
  for (std::string_view furniture : {"yeastfan", "酵母粉\n", "身份", "发信人", "发信站", "大作中提到", ": 按方子",
                                     "面包是发出来的", "发自", "※ 来源"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
