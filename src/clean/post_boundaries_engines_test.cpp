// The post-boundary rules on threads of engines no fold has, written for
// this test: a MyBB-like thread and a solved topic with its answer's
// excerpt (Traditional), a Q&A site's question and answers and a
// Discourse-like topic without scripts (Simplified), a Discuz-like thread
// (Traditional).
#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/post_boundaries.h"

namespace wenyuan::clean {
namespace post_boundaries_engines_test {

// A MyBB-like thread (Traditional): each post's card, the poster's name,
// an English rank and a row of stars over counters the forum rules find;
// the name, rank and stars have no number, so no telling shape.
const char kCards[] =
    "   [logo.png]\n"
    "   首頁 » 3C 討論區 » 筆電\n"
    "\n"
    "Thread: 二手 ThinkPad X1 Carbon 值得入手嗎？\n"
    "\n"
    "   阿凱的小站\n"
    "   Junior Member\n"
    "   ★\n"
    "   文章: 8\n"
    "   主題: 2\n"
    "   註冊日期: Mar 2025\n"
    "\n"
    "   2026-12-01, 20:45 #1\n"
    "\n"
    "   看到網拍有 2021 年的 X1 Carbon，i7 加 16GB，賣一萬五，電池健康度 82%。\n"
    "   想問這個價格合理嗎？主要拿來寫報告跟上網。\n"
    "\n"
    "   找到 引用 回覆\n"
    "\n"
    "   夜貓工程師\n"
    "   Senior Member\n"
    "   ★★★★\n"
    "   文章: 1,311\n"
    "   主題: 45\n"
    "   註冊日期: Jul 2016\n"
    "\n"
    "   2026-12-01, 21:10 #2\n"
    "\n"
    "   價格還算合理，不過電池 82% 大概再一兩年就要換，換一顆原廠電池要兩千多。\n"
    "\n"
    "   找到 引用 回覆\n"
    "\n"
    "   Mia\n"
    "   Member\n"
    "   ★★\n"
    "   文章: 97\n"
    "   主題: 6\n"
    "   註冊日期: Oct 2022\n"
    "\n"
    "   2026-12-02, 09:30 #3\n"
    "\n"
    "   記得檢查鍵盤跟螢幕有沒有烙印，二手商務機最常見的問題就是這兩個。\n"
    "\n"
    "   找到 引用 回覆\n"
    "\n"
    "   阿凱的小站\n"
    "   Junior Member\n"
    "   ★\n"
    "   文章: 9\n"
    "   主題: 2\n"
    "   註冊日期: Mar 2025\n"
    "\n"
    "   2026-12-02, 12:00 #4\n"
    "\n"
    "   感謝建議，已經約面交了，會照著檢查。\n"
    "\n"
    "   找到 引用 回覆\n"
    "\n"
    "   « 上一篇 | 下一篇 »\n";

TEST(PostBoundaries, DropsACardsNameRankAndStarsOverItsCounters) {
  const CleanedDocument c = CleanDocument(kCards, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"看到網拍有 2021 年的 X1 Carbon", "價格還算合理", "記得檢查鍵盤跟螢幕有沒有烙印", "感謝建議，已經約面交了"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* furniture : {"阿凱的小站", "夜貓工程師", "Mia", "Member", "★"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A Q&A site: each answer's card prints the same label and a count; one
// count the other rules pass over ("声望 18.2k") goes with the others.
const char kQuestion[] =
    "   [logo.svg]\n"
    "   问题 | 标签 | 用户 | 关于\n"
    "   搜索… (BUTTON) 搜索\n"
    "\n"
    "Python 里用 requests 下载大文件内存暴涨，应该怎么写？\n"
    "\n"
    "   提问于 3 天前   浏览 1,204 次   活跃于 今天\n"
    "   python requests 内存\n"
    "\n"
    "   用 requests.get(url).content 下载一个 2GB 的安装包，进程内存直接涨到 2GB 以上，\n"
    "   服务器只有 1GB 内存，经常被系统杀掉。有没有办法边下载边写到文件里？\n"
    "\n"
    "   分享 改进这个问题 关注\n"
    "   [avatar] 韩小满\n"
    "   声望 312\n"
    "   提问于 2026-12-02 09:15\n"
    "\n"
    "   3 个回答\n"
    "\n"
    "   按得票数排序 按时间排序\n"
    "\n"
    "   [avatar] pyrunner\n"
    "   声望 18.2k\n"
    "   回答于 2026-12-02 09:40\n"
    "\n"
    "   加上 stream=True，然后用 iter_content 分块写文件，内存就只占一个块的大小：\n"
    "\n"
    "     with requests.get(url, stream=True) as r:\n"
    "         with open(path, \"wb\") as f:\n"
    "             for chunk in r.iter_content(chunk_size=1 << 20):\n"
    "                 f.write(chunk)\n"
    "\n"
    "   分享 改进这个回答 关注\n"
    "   42\n"
    "\n"
    "   [avatar] 老K在写代码\n"
    "   声望 5,877\n"
    "   回答于 2026-12-02 11:03\n"
    "\n"
    "   补充一点，如果服务器返回了 Content-Length，可以顺便做个进度条，用 tqdm 包一下 iter_content 就行。\n"
    "\n"
    "   分享 改进这个回答 关注\n"
    "   9\n"
    "\n"
    "   [avatar] 韩小满\n"
    "   声望 312\n"
    "   回答于 2026-12-03 08:20\n"
    "\n"
    "   试过了，内存稳定在几十兆，问题解决，谢谢两位！\n"
    "\n"
    "   分享 改进这个回答 关注\n"
    "   3\n"
    "\n"
    "   © 2026 某问答社区 · 内容采用 CC BY-SA 许可\n";

TEST(PostBoundaries, DropsACardLineShapedLikeTheOthers) {
  const CleanedDocument c = CleanDocument(kQuestion, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"Python 里用 requests 下载大文件内存暴涨", "加上 stream=True", "补充一点，如果服务器返回了",
                           "试过了，内存稳定在几十兆"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* furniture : {"声望", "回答于", "提问于"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A Discourse-like topic as printed without scripts: each post's stamp
// line "handle date time n"; the one whose poster has a Han name has the
// others' shape after the name; the category line under the title.
const char kTopic[] =
    "   [logo.png]\n"
    "\n"
    "   登录\n"
    "\n"
    "     * 类别\n"
    "     * 标签\n"
    "     * 最新\n"
    "\n"
    "Home Assistant 接入小米温湿度计一直显示不可用\n"
    "\n"
    "   智能家居 / 求助\n"
    "\n"
    "   mingyu_h 2026 年 11 月 29 日 13:08 1\n"
    "\n"
    "   按照教程装了小米蓝牙网关的集成，温湿度计能被发现，但是添加以后状态一直是不可用。\n"
    "   重启了好几次 Home Assistant 也没用，日志里只有一行 timeout。\n"
    "\n"
    "   lisa.wang 2026 年 11 月 29 日 14:20 2\n"
    "\n"
    "   先确认一下温湿度计的固件版本，新固件默认开了加密，需要在米家里拿到 bindkey 填进去。\n"
    "\n"
    "   mingyu_h 2026 年 11 月 29 日 15:02 3\n"
    "\n"
    "   原来是这样，拿到 bindkey 填进去以后马上就有数据了，谢谢！\n"
    "\n"
    "   老陈 2026 年 11 月 30 日 09:11 4\n"
    "\n"
    "   补充：蓝牙代理最好放在离设备五米以内，不然数据会断断续续。\n"
    "\n"
    "   相关话题\n"
    "\n"
    "     * 米家网关接入 HA 的几种方式对比\n"
    "     * Zigbee 和蓝牙设备选哪个\n"
    "\n"
    "   Powered by Discourse\n";

TEST(PostBoundaries, DropsAStampShapedLikeTheOthersAfterItsName) {
  const CleanedDocument c = CleanDocument(kTopic, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"Home Assistant 接入小米温湿度计一直显示不可用", "按照教程装了小米蓝牙网关的集成",
                           "先确认一下温湿度计的固件版本", "补充：蓝牙代理最好放在离设备五米以内"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* furniture : {"老陈", "2026 年", "智能家居 / 求助"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A Discuz-like thread: floors with cards, a signature under a rule that
// comes back under the starter's posts, and a reply quoting the start of
// an earlier line under the quoted poster's stamp.
const char kFloors[] =
    "   [logo.gif]\n"
    "   首頁 › 汽車 › 電動車討論\n"
    "\n"
    "   查看: 2318 | 回覆: 3\n"
    "\n"
    "[心得] 開了一年電動車的充電費用整理\n"
    "\n"
    "   樓主\n"
    "   [avatar]\n"
    "   黑貓開車\n"
    "   UID 50211 帖子 88 積分 402\n"
    "   發表於 2026-11-28 21:05 | 只看該作者\n"
    "\n"
    "   去年底換了電動車，整理一下這一年的充電費用給大家參考。\n"
    "   家裡裝了充電樁，晚上用離峰電價充，一度大概兩塊多，一個月平均一千二左右。\n"
    "\n"
    "   ___________________________\n"
    "   每天都要開心上路。\n"
    "\n"
    "   沙發\n"
    "   [avatar]\n"
    "   阿凱\n"
    "   UID 3301 帖子 1,204 積分 5,120\n"
    "   發表於 2026-11-28 21:40 | 只看該作者\n"
    "\n"
    "   一個月一千二真的很省，我加油一個月至少四千。\n"
    "\n"
    "   板凳\n"
    "   [avatar]\n"
    "   小魚\n"
    "   UID 77120 帖子 12 積分 40\n"
    "   發表於 2026-11-29 08:15 | 只看該作者\n"
    "\n"
    "   請問充電樁安裝費大概多少？社區管委會好申請嗎？\n"
    "\n"
    "   4#\n"
    "   [avatar]\n"
    "   黑貓開車\n"
    "   UID 50211 帖子 88 積分 402\n"
    "   發表於 2026-11-29 09:30 | 只看該作者\n"
    "\n"
    "   小魚 發表於 2026-11-29 08:15\n"
    "   請問充電樁安裝費大概多少？\n"
    "\n"
    "   安裝加線材大概三萬多，管委會那邊要先送用電計畫，我們社區等了兩個月。\n"
    "\n"
    "   ___________________________\n"
    "   每天都要開心上路。\n"
    "\n"
    "   回覆 舉報\n";

TEST(PostBoundaries, DropsASignatureAndAQuotationUnderAPostersStamp) {
  const CleanedDocument c = CleanDocument(kFloors, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"[心得] 開了一年電動車的充電費用整理", "去年底換了電動車", "一個月一千二真的很省", "安裝加線材大概三萬多"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "每天都要開心上路")) << c.text;
  const std::string quoted = "請問充電樁安裝費大概多少？";
  EXPECT_EQ(c.text.find(quoted), c.text.rfind(quoted)) << c.text;
}

// A solved topic (Traditional) printing the accepted answer's excerpt
// over the posts: the poster's name with a colon, the answer's words cut
// short ("……"), printed in full below, and the excerpt's link.
const char kSolved[] =
    "   [logo.png]\n"
    "\n"
    "   登入\n"
    "\n"
    "     * 分類\n"
    "     * 標籤\n"
    "\n"
    "印表機每次列印都多印一張空白頁，該怎麼處理？\n"
    "\n"
    "   辦公設備 / 求助\n"
    "\n"
    "   解決方案\n"
    "   printer_lee：\n"
    "     到驅動程式的進階設定裡把「分隔頁」改成無……\n"
    "   在原文中查看 ↓\n"
    "\n"
    "   ann_chou 2026 年 11 月 29 日 13:08 1\n"
    "\n"
    "   公司那台雷射印表機最近每次列印都會在最後多吐一張空白頁，換了電腦也一樣，浪費很多紙。\n"
    "\n"
    "   printer_lee 2026 年 11 月 29 日 14:20 2\n"
    "\n"
    "   到驅動程式的進階設定裡把「分隔頁」改成無，應該是有人改到設定了，改完就不會多印。\n"
    "\n"
    "   ann_chou 2026 年 11 月 29 日 15:02 3\n"
    "\n"
    "   真的是分隔頁被打開了，改成無以後就正常了，謝謝！\n"
    "\n"
    "   Powered by Discourse\n";

TEST(PostBoundaries, DropsAnExcerptOfALaterPost) {
  const CleanedDocument c = CleanDocument(kSolved, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "到驅動程式的進階設定裡把「分隔頁」改成無，應該是有人改到設定了")) << c.text;
  EXPECT_TRUE(Contains(c.text, "公司那台雷射印表機最近每次列印")) << c.text;
  for (const char* furniture : {"改成無……", "在原文中查看"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

}  // namespace post_boundaries_engines_test
}  // namespace wenyuan::clean
