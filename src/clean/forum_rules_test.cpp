// The forum rules on a thread written for this test (the text an HTML
// reader makes of a board page: one block a line), and on an article whose
// dates and short lines must not be taken for posts.
#include "clean/forum_rules.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kThread[] =
    "首页 › 社区 › 摄影器材 › 入门相机怎么选？预算五千元\n"
    "浏览 2,311 | 回复 14\n"
    "入门相机怎么选？预算五千元\n"
    "小鹿看世界\n"
    "积分\n"
    "230\n"
    "新手上路\n"
    "楼主\n"
    "发表于 2024-2-11 20:05:41 | 只看该作者\n"
    "本帖最后由 小鹿看世界 于 2024-2-11 20:09 编辑\n"
    "想买第一台相机，主要拍旅行风景和家里的小猫，预算五千元左右，不想买太重的。\n"
    "看了几款微单，不知道应该先买机身还是直接买套机，请大家指点。\n"
    "—— 愿每次出发都有好天气 ——\n"
    "回复 支持 反对 举报\n"
    "老周Lv.8 加入 2015-03\n"
    "沙发\n"
    "发表于 2024-2-11 20:31:02 | 只看该作者\n"
    "小鹿看世界 发表于 2024-2-11 20:05\n"
    "想买第一台相机，主要拍旅行风景和家里的小猫……\n"
    "建议直接买套机，镜头够用两三年。拍猫要注意对焦速度，去店里试一试再决定。\n"
    "器材党 | 二手器材请私信\n"
    "回复 支持 反对 举报\n"
    "广告：春季器材节，全场包邮\n"
    "小鹿看世界\n"
    "新手上路\n"
    "3#\n"
    "发表于 2024-2-12 09:12:55 | 只看该作者\n"
    "谢谢，周末去店里试了，最后买了带变焦镜头的套机，拍猫很清楚。\n"
    "—— 愿每次出发都有好天气 ——\n"
    "回复 举报\n"
    "1 2 下一页\n"
    "您需要登录后才可以回帖 登录 | 立即注册\n";

TEST(ForumRules, PostsKeptAndTheirFurnitureDropped) {
  CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebPage, nullptr);
  EXPECT_TRUE(Contains(c.text, "入门相机怎么选？预算五千元\n")) << c.text;
  EXPECT_TRUE(Contains(c.text, "想买第一台相机，主要拍旅行风景和家里的小猫，预算五千元左右，不想买太重的。"));
  EXPECT_TRUE(Contains(c.text, "建议直接买套机"));
  EXPECT_TRUE(Contains(c.text, "最后买了带变焦镜头的套机"));
  for (std::string_view furniture :
       {"发表于", "本帖最后由", "积分", "230", "新手上路", "楼主", "沙发", "3#", "Lv.8", "愿每次出发", "器材党",
        "回复 支持", "广告：春季", "下一页", "登录后", "浏览 2,311", "小鹿看世界\n", "……"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  size_t furniture_lines = 0;
  for (const auto& d : c.dropped) furniture_lines += d.reason == kForumFurniture;
  EXPECT_GE(furniture_lines, 20u);
}

// A board-style thread (a bar's name over its counters, a tab menu, each
// floor's avatar, name and level badge, nested replies with their time and
// reply button, the reply-box prompt, a membership advert, a folded floor).
TEST(ForumRules, BarThreadFurnitureDropped) {
  const char kBarThread[] =
      "   [logo.png] 北辰贴吧\n\n"
      "   摄影吧\n"
      "   关注：1,208,334 贴子：20,114,905\n"
      "   (BUTTON) 关注 (BUTTON) 签到\n\n"
      "     * 看贴\n     * 图片\n     * 精品\n     * 视频\n\n"
      "   只看楼主 收藏 回复\n\n"
      "   第一次拍银河，分享一下参数和后期思路\n\n"
      "   [头像] 星空下的阿远 楼主\n"
      "   摄影吧 9\n\n"
      "   上周去山里拍了人生第一张银河，器材是入门全画幅加一支广角镜头，下面说说参数和后期。\n"
      "   参数是光圈二点八，快门二十秒，感光度三千二，对焦用的是放大实时取景手动对焦到最远的亮星。\n"
      "   后期主要是降噪和拉对比，天空和地景分开处理，最后合成，效果比直出好很多。\n\n"
      "   来自Android客户端 1楼 2024-05-12 22:40\n"
      "   回复\n\n"
      "   [头像] 夜行的猫头鹰\n"
      "   摄影吧 6\n"
      "   请问二十秒不会拖线吗？我拍的时候星星都变成短线了。\n"
      "   来自iPhone客户端 2楼 2024-05-12 23:02\n"
      "   回复(2)\n"
      "   星空下的阿远: 广角端二十秒问题不大，焦距长了就要缩短时间 2024-5-12 23:10 回复\n"
      "   夜行的猫头鹰: 回复 星空下的阿远 :明白了，谢谢！ 2024-5-12 23:15 回复\n"
      "   我也说一句\n\n"
      "   贴吧会员 [vip.png] 开通超级会员 免广告看贴 >\n\n"
      "   该楼层疑似违规已被系统折叠 隐藏此楼查看此楼\n\n"
      "   [头像] 星空下的阿远 楼主\n"
      "   摄影吧 9\n"
      "   补充一下：一定要选没有月亮的晚上，光污染少的地方，手机上有查看光污染地图的软件可以参考。\n"
      "   来自Android客户端 4楼 2024-05-13 08:20\n"
      "   回复\n\n"
      "   1 2 下一页 尾页\n";
  CleanedDocument c = CleanDocument(kBarThread, SourceLayout::kWebPage, nullptr);
  for (std::string_view kept : {"第一次拍银河，分享一下参数和后期思路", "上周去山里拍了人生第一张银河",
                                "后期主要是降噪和拉对比", "请问二十秒不会拖线吗", "补充一下：一定要选没有月亮的晚上"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (std::string_view furniture :
       {"摄影吧", "看贴", "星空下的阿远", "夜行的猫头鹰", "广角端二十秒", "我也说一句", "超级会员", "折叠", "客户端"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A news page with two dated lines and a signature-like closing line has
// no post headers: nothing is forum furniture.
TEST(ForumRules, ArticleWithoutPostsIsLeftAlone) {
  const char kArticle[] =
      "市立圖書館延長開放時間\n"
      "2024-03-01 10:00 來源：北辰日報\n"
      "市立圖書館宣布自下月起延長週末開放時間至晚上九點，方便上班族及學生利用假日借閱與自習。\n"
      "館方表示，延長時段將增派志工協助，並開放三樓自修室。\n"
      "（記者 林小明）\n"
      "2024-03-02 更新\n";
  std::vector<PageLine> lines;
  std::string_view text(kArticle);
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    lines.push_back(MakePageLine(text.substr(start, end - start)));
    start = end + 1;
  }
  MarkForumFurniture(lines);
  for (const auto& l : lines) EXPECT_TRUE(l.reason.empty()) << l.raw;
}

// A 贴吧-style thread: nested replies (楼中楼) under a post, the link that
// opens more of them, and the thread's reply count beside its pager.
TEST(ForumRules, NestedRepliesAndTheirLinks) {
  const char kPage[] =
      "多肉植物夏天怎么浇水？\n"
      "回复贴：12　1 2 下一页 尾页\n"
      "绿手指\n"
      "夏天多肉容易黑腐，我现在一周浇一次，还是烂了两盆，大家都是怎么浇水的？\n"
      "1楼 2024-06-30 21:10\n"
      "老园丁\n"
      "夏天大部分多肉休眠，要断水或者少浇，浇也要在傍晚凉下来以后沿盆边浇。\n"
      "2楼 2024-06-30 21:40\n"
      "绿手指：回复 老园丁 :原来要断水，难怪我的都烂了 2024-06-30 22:02\n"
      "还有3条回复，点击查看\n"
      "小叶子\n"
      "通风最重要，放在闷热的阳台上怎么浇都容易烂。\n"
      "3楼 2024-07-01 08:15\n";
  CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "夏天大部分多肉休眠")) << c.text;
  EXPECT_TRUE(Contains(c.text, "通风最重要")) << c.text;
  EXPECT_FALSE(Contains(c.text, "原来要断水")) << c.text;
  EXPECT_FALSE(Contains(c.text, "点击查看")) << c.text;
  EXPECT_FALSE(Contains(c.text, "回复贴")) << c.text;
  // A post that answers another by name is a post, not a nested reply.
  EXPECT_FALSE(IsForumPostHeader(DecodeUtf32("回复 老园丁：我也是这么浇的，确实好多了。")));
}

// A thread's reply count and page count written with a comma between them
// (Traditional, another forum): the pager's line goes like the others.
TEST(ForumRules, AReplyCountAndPagesWithACommaGo) {
  const char kPage[] =
      "機車冬天發不動怎麼辦？\n"
      "58回覆帖，共3頁\n"
      "阿凱\n"
      "這幾天早上特別冷，我的機車要發好幾次才發得動，電瓶才換一年，是哪裡的問題？\n"
      "1樓 2026-12-01 07:40\n"
      "老師傅\n"
      "冷車時先轉一下油門再按啟動，發不動就檢查火星塞有沒有積碳。\n"
      "2樓 2026-12-01 08:05\n";
  CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "檢查火星塞有沒有積碳")) << c.text;
  EXPECT_FALSE(Contains(c.text, "回覆帖")) << c.text;
}

// A news page with the rules of its comment area under the article, up to
// the comment form; a heading that names other rules stays.
TEST(ForumRules, CommentAreaGuidelinesGo) {
  const std::string page =
      "   首頁 新聞 評論 登入\n\n"
      "北辰市公布新版交通規範\n\n"
      "   北辰市政府今天公布新版交通規範，機車在市區主要道路一律不得超過每小時四十公里，違者最高罰款三千元。\n\n"
      "交通規範\n\n"
      "   新規範下月一日起實施，市府將在學校與醫院周邊增設測速照相，並在實施前一個月加強宣導。\n\n"
      "北辰論壇留言守則\n\n"
      "   北辰論壇是讀者針對文章表達觀點的留言區，我們希望大家理性發言，尊重不同意見。\n"
      "     * 您同意為自身言論負完全法律責任，不發表惡意攻擊或歧視言論。\n"
      "     * 本站有權刪除違反規範的留言。\n"
      "     __________________________________________________________________\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_EQ(c.text.find("留言守則"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("理性發言"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("本站有權刪除"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("交通規範\n新規範下月一日起實施"), std::string::npos) << c.text;
}

// A board thread whose template prints, for every floor, the poster's name,
// avatar, card (post count, join date), time and floor number; a counter
// row, pagers, a sponsored advert between floors, a quoted excerpt of an
// earlier post and an edit note. Every poster's furniture goes, not only
// the first's.
TEST(ForumRules, EveryPostersFurnitureGoes) {
  const std::string page =
      "   北辰論壇 > 生活 > 單車\n\n"
      "   通勤單車該選碟煞還是V夾？每天騎十五公里的心得\n\n"
      "   8,012 瀏覽  33 回覆  追蹤\n\n"
      "   1 2 下一頁 最末頁\n\n"
      "   騎車上班的阿凱\n"
      "   [avatar]\n"
      "   文章數 95 | 註冊時間 2018-05-11\n"
      "   2024-05-02 08:15\n"
      "   #1\n\n"
      "   "
      "每天從家裡騎到公司單程十五公里，中間有兩段下坡，雨天的時候V夾煞車明顯變弱，想換一台碟煞的通勤車，不知道保養會不"
      "會比較麻煩？\n\n"
      "   分享 | 檢舉 | 引言回覆 | 回覆\n\n"
      "   贊助廣告\n"
      "   [INS: :INS]\n"
      "   夏季單車節全館八折 >> 立即選購\n\n"
      "   老車友小林\n"
      "   [avatar]\n"
      "   文章數 2,718 | 註冊時間 2009-10-30\n"
      "   2024-05-02 09:40\n"
      "   #2\n\n"
      "   雨天通勤一定選碟煞，油壓碟煞只要每年換一次油，來令片磨完再換就好，其實比調V夾還省事。\n\n"
      "   分享 | 檢舉 | 引言回覆 | 回覆\n\n"
      "   山路派\n"
      "   [avatar]\n"
      "   文章數 410 | 註冊時間 2015-02-14\n"
      "   2024-05-02 12:03\n"
      "   #3\n\n"
      "   老車友小林 wrote:\n"
      "   雨天通勤一定選碟煞，油壓碟煞只要每年換一次油。(恕刪)\n\n"
      "   補充一點，碟煞的車架和輪組比較貴，預算有限的話，機械碟煞也是不錯的選擇，保養方式跟V夾差不多。\n\n"
      "   本文於 2024-05-02 12:30 最後編輯\n\n"
      "   分享 | 檢舉 | 引言回覆 | 回覆\n\n"
      "   1 2 下一頁 最末頁\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "每天從家裡騎到公司單程十五公里")) << c.text;
  EXPECT_TRUE(Contains(c.text, "雨天通勤一定選碟煞，油壓碟煞只要每年換一次油，來令片磨完再換就好")) << c.text;
  EXPECT_TRUE(Contains(c.text, "補充一點，碟煞的車架和輪組比較貴")) << c.text;
  for (std::string_view furniture :
       {"瀏覽", "最末頁", "騎車上班的阿凱", "老車友小林", "山路派", "文章數", "2024-05-02 09:40", "#2", "贊助廣告",
        "單車節", "wrote", "恕刪", "最後編輯", "檢舉"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A Q&A page: topic tags over the question, its action row with zero-width
// spaces, follower and view counters, "see all answers", and for each
// answer the author and headline, the upvote count, the edit time with the
// IP region and an action row.
TEST(ForumRules, QuestionAndAnswerFurnitureGoes) {
  const std::string page =
      "   首页 发现 等你来答\n\n"
      "   烘焙 面包 新手 厨房电器\n\n"
      "   家用烤箱做欧包总是不够脆，问题出在哪里？\n\n"
      "   "
      "买了一台四十升的家用烤箱，按照配方两百二十度烤二十五分钟，面包出炉时挺脆，放半小时就变软了，是烤箱温度不够还是配"
      "方的问题？\n\n"
      "   关注问题 \u200b 写回答 \u200b 邀请回答 \u200b 好问题 57 \u200b 添加评论 \u200b 分享 \u200b\n"
      "   关注者 1,208\n"
      "   被浏览 356,710\n\n"
      "   查看全部 45 个回答\n\n"
      "   [avatar] 麦田里的面包师\n"
      "   烘焙工作室主理人\n"
      "   1,362 人赞同了该回答\n\n"
      "   "
      "家用烤箱的问题主要是蒸汽不够，欧包的脆皮要靠入炉前几分钟的大量蒸汽，可以在烤箱底层放一个预热好的铁盘，面团入炉时"
      "倒进一杯开水。\n\n"
      "   另外出炉后不要马上装袋，放在网架上完全放凉，表皮的水分才散得出去。\n\n"
      "   编辑于 2024-01-12 21:40・IP 属地上海\n"
      "   赞同 1362 \u200b 88 条评论 \u200b 分享 \u200b 收藏 \u200b 喜欢 \u200b 收起 \u200b\n\n"
      "   [avatar] 周末烤箱\n"
      "   204 人赞同了该回答\n\n"
      "   我也遇到过，后来把烘烤时间延长五分钟，最后五分钟把烤箱门开一条缝让水汽散出去，面包放到第二天都还是脆的。\n\n"
      "   发布于 2024-02-03 10:05・IP 属地广东\n"
      "   赞同 204 \u200b 12 条评论 \u200b 分享 \u200b 收藏 \u200b 喜欢\n\n"
      "   查看全部 45 个回答\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "家用烤箱做欧包总是不够脆，问题出在哪里？")) << c.text;
  EXPECT_TRUE(Contains(c.text, "买了一台四十升的家用烤箱")) << c.text;
  EXPECT_TRUE(Contains(c.text, "家用烤箱的问题主要是蒸汽不够")) << c.text;
  EXPECT_TRUE(Contains(c.text, "另外出炉后不要马上装袋")) << c.text;
  EXPECT_TRUE(Contains(c.text, "我也遇到过，后来把烘烤时间延长五分钟")) << c.text;
  for (std::string_view furniture : {"烘焙 面包", "关注问题", "关注者", "被浏览", "查看全部", "麦田里的面包师",
                                     "工作室主理人", "人赞同", "编辑于", "发布于", "IP 属地", "条评论", "周末烤箱"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  EXPECT_TRUE(IsForumPostHeader(DecodeUtf32("编辑于 2024-01-12 21:40・IP 属地上海")));
  EXPECT_TRUE(IsForumPostHeader(DecodeUtf32("1,362 人赞同了该回答")));
  EXPECT_TRUE(IsForumPostHeader(DecodeUtf32("8 人贊同了該回答")));
  EXPECT_FALSE(IsForumPostHeader(DecodeUtf32("有三百人赞同这个方案，但是也有人反对。")));
}

// Reply headers that end with the region a reply came from, written for
// this test; and a post's SQL samples that repeat a line, which is code.
TEST(ForumRules, RegionHeadersAndRepeatedCodeLines) {
  EXPECT_TRUE(IsForumPostHeader(DecodeUtf32("稳健派老周 2026-01-09 08:15:44 来自 湖南")));
  EXPECT_TRUE(IsForumPostHeader(DecodeUtf32("阿哲 [樓主] 2026/01/09 21:03 來自 新竹")));
  EXPECT_TRUE(IsForumPostHeader(DecodeUtf32("来自 上海")));
  EXPECT_FALSE(IsForumPostHeader(DecodeUtf32("这批货来自上海")));
  EXPECT_FALSE(IsForumPostHeader(DecodeUtf32("本次调研的样本来自全国二十个省份的中小企业")));
  const char kThread[] =
      "   [logo] 码农论坛\n"
      "   首页 | 问答 | 专栏 | 活动\n"
      "   PostgreSQL 分区表查询变慢怎么排查\n"
      "   1楼 发表于 2026-02-01 10:02 作者：小林\n"
      "   分区表按月建的，查询只带了用户条件，两条语句都很慢：\n"
      "   SELECT * FROM logs\n"
      "   WHERE user_id = 42;\n"
      "   DELETE FROM logs\n"
      "   WHERE user_id = 42;\n"
      "   请问是不是没有走分区裁剪？\n"
      "   回复 | 点赞 3\n"
      "   2楼 发表于 2026-02-01 11:20 作者：老王\n"
      "   条件里要带分区键 created_at，不然每个分区都会扫一遍，加上时间范围就好了。\n"
      "   回复 | 点赞 8\n"
      "   3楼 发表于 2026-02-01 12:41 作者：阿明\n"
      "   同意楼上，另外看一下 enable_partition_pruning 有没有被关掉。\n"
      "   回复 | 点赞 2\n";
  const CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  size_t where = 0;
  for (size_t at = c.text.find("WHERE user_id = 42;"); at != std::string::npos;
       at = c.text.find("WHERE user_id = 42;", at + 1)) {
    ++where;
  }
  EXPECT_EQ(where, 2u) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

// A group thread and a Q&A page written for this test: posts headed by the
// poster, the time to the second and the place; answers under their labels
// and counters, with vote rows; the board's other threads, a back link.
TEST(ForumRules, GroupThreadAndAnswerPageFurnitureGoes) {
  const char kGroupThread[] =
      "楼下装修太吵，物业不管怎么办？\n"
      "来自: 蓝色星期五  2025-06-02 19:40:11  IP属地: 浙江\n"
      "楼下从早上七点就开始砸墙，周末也不停。找了物业两次，说会转告，但是没有任何变化。\n"
      "想问问大家有没有类似经历，该怎么处理，谢谢各位😭\n"
      "赞 (12)  收藏  转发\n"
      "小橙子酱  2025-06-02 20:03:27  浙江\n"
      "可以查一下你们小区的装修管理规定，一般都写了施工时间，超时可以直接打12345。\n"
      "回应  赞(4)\n"
      "蓝色星期五 (楼主)  2025-06-03 08:15:40  浙江\n"
      "查到了，规定写的是工作日八点到十二点、两点到六点，周末不许施工。已经拍照发给物业了。\n"
      "回应  赞(2)\n"
      "1  2  后页>\n"
      "你的回应\n"
      "回应请先 登录 , 或 注册\n"
      "< 返回 杭州租房互助小组\n"
      "最新讨论 ( 更多 )\n"
      "滨江两室一厅求合租   (来自: 晴天)\n"
      "西湖区有没有靠谱的搬家公司   (来自: 路过的猫)\n";
  CleanedDocument c = CleanDocument(kGroupThread, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "楼下从早上七点就开始砸墙")) << c.text;
  EXPECT_TRUE(Contains(c.text, "谢谢各位😭")) << c.text;
  EXPECT_TRUE(Contains(c.text, "可以查一下你们小区的装修管理规定")) << c.text;
  EXPECT_TRUE(Contains(c.text, "查到了，规定写的是")) << c.text;
  for (std::string_view furniture :
       {"蓝色星期五", "小橙子酱", "后页", "你的回应", "请先", "返回", "最新讨论", "滨江两室一厅", "路过的猫"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }

  const char kAnswers[] =
      "猫咪不爱喝水怎么办？\n"
      "maomao_2020 2025-05-30 · 来自手机客户端\n"
      "家里的猫两岁了，一天喝不了几口水，担心会得肾病。\n"
      "2个回答\n"
      "#热议# 夏天怎么给宠物降温？\n"
      "最佳答案\n"
      "宠物医生小林\n"
      "知道合伙人宠物行家\n"
      "采纳数：512 获赞数：3208\n"
      "2025-05-30 21:02\n"
      "可以试试流动饮水机，很多猫更喜欢喝流动的水；另外湿粮本身含水量高，每天加一顿湿粮效果明显。\n"
      "18 已赞过 已踩过 <\n"
      "你对这个回答的评价是？\n"
      "其他回答\n"
      "匿名用户\n"
      "2025-05-31 08:20\n"
      "我家是在家里多放几个水碗，不同材质的都放，猫会自己挑喜欢的。\n"
      "3 已赞过 已踩过 <\n"
      "橘子汽水\n"
      "2025-05-31 10:02 · TA获得超过900个赞\n"
      "夏天可以在水里放一两块冰，我家猫会一边玩冰一边喝水。\n"
      "1 已赞过 已踩过 <\n";
  c = CleanDocument(kAnswers, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "一天喝不了几口水")) << c.text;
  EXPECT_TRUE(Contains(c.text, "可以试试流动饮水机")) << c.text;
  EXPECT_TRUE(Contains(c.text, "多放几个水碗")) << c.text;
  EXPECT_TRUE(Contains(c.text, "一边玩冰一边喝水")) << c.text;
  for (std::string_view furniture :
       {"maomao_2020", "2个回答", "热议", "最佳答案", "宠物医生小林", "行家", "采纳数", "21:02", "已赞过", "评价是",
        "其他回答", "匿名用户", "08:20", "橘子汽水", "TA获得"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A thread (Traditional script) whose title stands under an advert's slot
// and over its counter row, with headings over groups of replies, and a
// reply whose text wraps onto a short last line right above its action
// row: the title and the wrapped tail stay, the group headings go.
TEST(ForumRules, TitleUnderAnAdvertWrappedTailsAndReplyGroupHeadings) {
  const char page[] =
      "   [logo.png] 山友論壇\n"
      "\n"
      "   首頁  登山  溯溪  裝備  二手\n"
      "\n"
      "   山友論壇 > 登山 > 百岳討論\n"
      "\n"
      "   [INS: :INS]\n"
      "\n"
      "   第一次走雪山主東峰，想問大家兩天一夜的行程怎麼排比較輕鬆\n"
      "\n"
      "   只看樓主  瀏覽 1.1萬  回覆 64  (BUTTON) 收藏\n"
      "\n"
      "   [avatar] 走路去看山\n"
      "   樓主  2026-10-03 21:14  來自台中\n"
      "\n"
      "   預計十一月初出發，第一天從登山口走到三六九山莊，第二天凌晨攻頂再下山。\n"
      "\n"
      "   推薦(12)  (BUTTON) 回覆  (BUTTON) 檢舉\n"
      "\n"
      "   精華回覆\n"
      "\n"
      "   [avatar] 七星潭的風\n"
      "   2026-10-03 21:40  來自花蓮\n"
      "\n"
      "   三六九山莊的床位很難抽，建議同時申請七卡山莊當備案，第一天也會比較從容，不過記\n"
      "   得帶頭燈\n"
      "\n"
      "   亮了(30)  (BUTTON) 回覆  (BUTTON) 檢舉\n"
      "\n"
      "   所有跟帖\n"
      "\n"
      "   [avatar] 背包裡的貓\n"
      "   2026-10-04 08:02  來自台北\n"
      "\n"
      "   十一月山上清晨會結霜，手套和保暖帽一定要帶，黑森林那段路也要小心濕滑。\n"
      "\n"
      "   亮了(8)  (BUTTON) 回覆  (BUTTON) 檢舉\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"第一次走雪山主東峰", "三六九山莊的床位很難抽", "得帶頭燈", "手套和保暖帽一定要帶"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"精華回覆", "所有跟帖", "亮了(30)"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A thread whose posts open with labelled fields ("作者：… 时间：…") and
// close with a report/reply row, one reply quoting an earlier post on a
// line of its own; and an article whose one labelled byline stays.
TEST(ForumRules, LabelledPostHeadersAndOneLineQuotations) {
  const char kThread[] =
      "钓鱼论坛 > 水库钓 > 帖子\n"
      "周末去水库夜钓，分享一下我的装备清单和几点经验\n"
      "作者：江边钓鱼人  时间：2025-03-14 21:30:45\n"
      "上周末第一次去水库夜钓，装备带多了，这里列一下真正用得上的东西。\n"
      "头灯一定要带两个，电池也要多备。\n"
      "[举报] [回复]  1楼\n"
      "作者：老周  时间：2025-03-14 22:05:10\n"
      "引用 江边钓鱼人：“头灯一定要带两个”\n"
      "深有同感，我上次就是头灯没电，摸黑收的竿。\n"
      "[举报] [回复]  2楼\n"
      "作者：水边的猫  时间：2025-03-15 07:12:33\n"
      "防蚊的东西也别忘了，夏天水库边蚊子特别多。\n"
      "[举报] [回复]  3楼\n";
  const CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  for (const char* text : {"分享一下我的装备清单和几点经验\n", "上周末第一次去水库夜钓",
                           "头灯一定要带两个，电池也要多备。", "深有同感", "防蚊的东西也别忘了"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* furniture : {"作者：", "时间：", "引用", "举报", "2楼"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }

  const char kArticle[] =
      "社區圖書館延長開放時間\n"
      "作者：林小文  時間：2025-03-14 09:30\n"
      "市立圖書館宣布，自下個月起，週末的開放時間延長到晚上九點。\n"
      "館方表示，延長時間是回應讀者的意見，晚間也會加開自習座位。\n";
  const CleanedDocument a = CleanDocument(kArticle, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(a.text, "作者：林小文")) << a.text;
}

// A signature under "--" and lines quoted mail-style (": …") in a thread.
TEST(ForumRules, SignaturesUnderADashSeparatorAndMailStyleQuotes) {
  std::vector<PageLine> lines;
  for (const char* raw : {"1楼 2024-04-02 19:10", "全麥粉吸水多，水量要多加一成。", "", "--", "麵包是發出來的", "",
                          "2楼 2024-04-02 19:30", ": 全麥粉吸水多，水量要多加一成。", "", "謝謝，明天再試一次。"}) {
    lines.push_back(MakePageLine(raw));
  }
  MarkForumFurniture(lines);
  EXPECT_TRUE(lines[1].reason.empty());
  EXPECT_EQ(lines[4].reason, kForumFurniture);
  EXPECT_EQ(lines[7].reason, kForumFurniture);
  EXPECT_TRUE(lines[9].reason.empty());
}

// A column article (Traditional) written for this test: its approval count
// and its publication date with the region make no thread, so its section
// headings stay; the count goes, the date line stays.
TEST(ForumRules, AColumnArticlesApprovalCountMakesNoThread) {
  const char kPage[] =
      "   [logo.png] 專欄 | 首頁 | 發現\n\n"
      "租屋族申報房租減除的三個步驟\n\n"
      "   326 人贊同了該文章\n\n"
      "   "
      "今年起房屋租金支出改為特別扣除額，每一申報戶最高可以減除十八萬元，不少租屋族第一次申報，常常搞不清楚要準備什麼。"
      "\n\n"
      "   一、先確認租約與付款紀錄\n\n"
      "   租賃契約要有出租人、承租人和租賃期間，付款最好透過轉帳，留下可以查證的紀錄。\n\n"
      "   二、確認戶籍或居住事實\n\n"
      "   承租人本人、配偶或受扶養親屬要在租屋處辦竣戶籍登記，或者能提出實際居住的證明。\n\n"
      "   三、上傳憑證完成申報\n\n"
      "   在報稅系統選擇特別扣除額，填入出租人資料並上傳租約及付款證明即可。\n\n"
      "   發佈於 2026-11-30 18:20・IP 屬地臺灣\n\n"
      "   (BUTTON) 贊同 326 (BUTTON) 分享 (BUTTON) 收藏\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "一、先確認租約與付款紀錄")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "三、上傳憑證完成申報")) << c.text;
  EXPECT_TRUE(Contains(c.text, "發佈於 2026-11-30 18:20")) << c.text;
  EXPECT_FALSE(Contains(c.text, "人贊同了該文章")) << c.text;
}

// A thread on an engine no rule names (Simplified): floors headed by the
// poster's card and time, one-line comments under a floor ending in the
// floor and time, and a post's spaced table with its lead-in line.
TEST(ForumRules, CardHeadersFloorCommentsAndAPostsTable) {
  const char kThread[] =
      "   社区 > 家居装修 > 帖子\n\n"
      "   旧房翻新三个月的账本，给准备装修的朋友参考\n\n"
      "   #1 楼主 青瓦白墙 (uid_20391) Lv.9 2026-11-30 20:11:05\n"
      "   房子是九十年代的老房，六十平，这次水电全换、厨卫重做，前后三个月。\n"
      "   回复  举报\n\n"
      "   #2 2楼 晚风吹过 (uid_55120) Lv.3 2026-11-30 20:40:12\n"
      "   请问水电改造花了多少？我家也是老房，电线都老化了。\n"
      "   回复  举报\n"
      "     青瓦白墙：水电一共一万二左右 #2 11-30 21:02\n"
      "     小木屋：老房水电一定要换 #2 11-30 21:15\n\n"
      "   #3 楼主 青瓦白墙 (uid_20391) Lv.9 2026-11-30 21:30:44\n"
      "   各项开支大概如下：\n"
      "   项目      金额      占比\n"
      "   水电      1.2万     20%\n"
      "   厨卫      2.1万     35%\n"
      "   回复  举报\n";
  const CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  for (const char* text : {"这次水电全换", "请问水电改造花了多少", "各项开支大概如下：", "项目", "水电      1.2万"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* furniture : {"uid_", "Lv.9", "一万二左右", "老房水电一定要换"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
