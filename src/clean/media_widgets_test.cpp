// The media and portal widget rules on lines and on pages written for this
// test (not copied from any fixture): a provincial TV station's story with
// its video player, a finance portal's results story with its quote
// widget, an online encyclopedia's entry and a personal blog post.
#include "clean/media_widgets.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace media_widgets_test {

std::string Reason(std::string_view line) { return MediaWidgetReason(DecodeUtf32(line)); }

TEST(MediaWidgets, VideoPlayerFurniture) {
  EXPECT_EQ(Reason("视频加载中，请稍候……"), "video player furniture");
  EXPECT_EQ(Reason("您的瀏覽器不支援 video 標籤，請改用其他瀏覽器"), "video player furniture");
  EXPECT_EQ(Reason("若影片無法播放，請點此觀看"), "video player furniture");
  EXPECT_EQ(Reason("01:12 / 03:05"), "video player furniture");
  EXPECT_EQ(Reason("00:00/12:47"), "video player furniture");
  EXPECT_EQ(Reason("▶ 播放  靜音  字幕  畫質 720p  全螢幕"), "video player furniture");
  EXPECT_EQ(Reason("暂停 1.5x 全屏"), "video player furniture");
  EXPECT_EQ(Reason("播放清單"), "");
  // A web player's English labels.
  EXPECT_EQ(Reason("Video Player is loading."), "video player furniture");
  EXPECT_EQ(Reason("Current Time 0:00"), "video player furniture");
  EXPECT_EQ(Reason("Play Video"), "video player furniture");
  EXPECT_EQ(Reason("Playing the piano"), "");
  EXPECT_EQ(Reason("字幕"), "");  // a heading of its own, maybe
  // A sentence about loading or a time range is no player.
  EXPECT_EQ(Reason("工人正在把貨物載入中型貨車，預計下午出發。"), "");
  EXPECT_EQ(Reason("10:00 / 12:00 / 14:00 三個場次"), "");
}

TEST(MediaWidgets, FollowPrompts) {
  EXPECT_EQ(Reason("訂閱東岸電視 YouTube 頻道"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("记得开启小铃铛"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("关注我们的微信公众号"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("加入東岸電視 LINE好友"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("這個 YouTube 頻道的訂閱人數去年突破百萬。"), "");
  EXPECT_EQ(Reason("关注微博热搜背后的网络暴力"), "");
}

TEST(MediaWidgets, TagRows) {
  EXPECT_EQ(Reason("文章標籤  租屋  押金  房東"), "tag list");
  EXPECT_EQ(Reason("关键词： 新能源 储能 电池回收"), "tag list");
  EXPECT_EQ(Reason("全站熱搜 ［旅遊］花蓮民宿 ［美食］台南小吃"), "tag list");
  EXPECT_EQ(Reason("Tags: 露營 親子"), "tag list");
  // A label and a sentence is no tag row.
  EXPECT_EQ(Reason("關鍵字 的選擇，決定了搜尋結果是否準確。"), "");
  EXPECT_EQ(Reason("标签"), "");
  // A bare label with its colon (its tags on the next line).
  EXPECT_EQ(Reason("本文標籤："), "tag list");
  EXPECT_EQ(Reason("标签:"), "tag list");
  EXPECT_TRUE(IsTagItemRow(U"花蓮 民宿 親子旅遊 海景"));
  EXPECT_FALSE(IsTagItemRow(U"我們在花蓮住了兩晚，很推薦。"));
}

TEST(MediaWidgets, LikeCounters) {
  EXPECT_EQ(Reason("本文目前禮讚：35 人"), "like counter");
  EXPECT_EQ(Reason("已有 128 人点赞"), "like counter");
  EXPECT_EQ(Reason("8人按讚"), "like counter");
  EXPECT_EQ(Reason("有 30 人按讚支持這項提案。"), "");
  EXPECT_EQ(Reason("Tagging helps readers find posts"), "");
}

TEST(MediaWidgets, DisclosuresAuthorBoxesAndSlogans) {
  EXPECT_EQ(Reason("本文含有聯盟行銷連結"), "advertising disclosure");
  EXPECT_EQ(Reason("創作者介紹 阿哲"), "author box");
  EXPECT_EQ(Reason("关于作者"), "author box");
  EXPECT_EQ(Reason("实时行情、深度研报，尽在东方财讯APP"), "app promotion");
  EXPECT_EQ(Reason("下载财讯客户端"), "app promotion");
  EXPECT_EQ(Reason("打开东岸新闻 查看精彩图片"), "app promotion");
  EXPECT_EQ(Reason("下載東岸新聞App 看更多留言"), "app promotion");
  EXPECT_EQ(Reason("2,318人评价"), "rating widget");
  EXPECT_EQ(Reason("5星 51.0%  4星 33.2%  3星 12.1%  2星 2.5%  1星 1.2%"), "rating widget");
  EXPECT_EQ(Reason("评价: ☆☆☆☆☆"), "rating widget");
  EXPECT_EQ(Reason("好于 73% 纪录片"), "rating widget");
  EXPECT_EQ(Reason("好於 91% 動畫片"), "rating widget");
  EXPECT_EQ(Reason("好于预期，85%的观众给了好评。"), "");
  EXPECT_EQ(Reason("我的評分：☆☆☆☆☆"), "rating widget");
  EXPECT_EQ(Reason("☆☆☆ 三顆星是我的標準"), "");
  EXPECT_EQ(Reason("想读 在读 读过"), "button or form label");
  EXPECT_EQ(Reason("想看 看過"), "button or form label");
  EXPECT_EQ(Reason("这本书有2,318人评价过。"), "");
  EXPECT_EQ(Reason("打开窗户查看天气"), "");
  // A sentence that names an app is the article's.
  EXPECT_EQ(Reason("也可透過市府App回報，立即通報處理。"), "");
}

TEST(MediaWidgets, QuotesAndBracketedLabels) {
  EXPECT_EQ(Reason("海川电气 603218 12.05 -0.31 -2.51%  [行情] [公告]"), "stock quote widget");
  EXPECT_EQ(Reason("恒生指数 17825.6 -1.2%  国企指数 6190.3 -0.8%"), "stock quote widget");
  // A Taiwan or Hong Kong code, or a US ticker, beside the widget's arrow.
  EXPECT_EQ(Reason("2454 聯發科 1,320 ▼25 (-1.86%)"), "stock quote widget");
  EXPECT_EQ(Reason("00700 騰訊控股 388.2 ▲4.6 (+1.20%)"), "stock quote widget");
  EXPECT_EQ(Reason("TSM 台積電ADR 201.35 ▲3.10 (+1.56%)"), "stock quote widget");
  EXPECT_EQ(Reason("[微信好友] [新浪微博] [豆瓣]"), "bracketed link labels");
  EXPECT_EQ(Reason("【财讯通】开户就送三个月研报，点击领取！"), "advert");
  // A sentence with a percentage, reference marks, a bracketed word in a
  // sentence: none of these.
  EXPECT_EQ(Reason("公司营收同比增长+12.5%，主要来自海外市场。"), "");
  EXPECT_EQ(Reason("储能系统 13.95 +48.7% 39.1%"), "");          // a table's row
  EXPECT_EQ(Reason("2026/05   1,742.36   ▲8.6%   +38.2%"), "");  // a revenue table's row, no code
  EXPECT_EQ(Reason("[1] [2]"), "");
  EXPECT_EQ(Reason("【社论】城市更新不能只靠拆，老街区的记忆也是资产。"), "");
  EXPECT_EQ(Reason("【快訊】海上颱風警報立即生效"), "");
}

TEST(MediaWidgets, EntryActionsGalleriesAndUpdateStamps) {
  EXPECT_EQ(Reason("编辑 讨论"), "button or form label");
  EXPECT_EQ(Reason("播報 編輯 討論 上傳影片"), "button or form label");
  EXPECT_EQ(Reason("查看圖集"), "picture gallery link");
  EXPECT_EQ(Reason("词条图册 更多图册"), "picture gallery link");
  EXPECT_EQ(Reason("图集｜城市夜景"), "");
  EXPECT_EQ(Reason("最後更新：2024/05/01 瀏覽次數：812"), "page update stamp");
  EXPECT_EQ(Reason("更新時間 2023-11-30 09:12 點擊數 77"), "page update stamp");
  EXPECT_EQ(Reason("更新時間 2023-11-30 09:12"), "");  // maybe the article's only date
  // The article's own date line, and a sentence about an update.
  EXPECT_EQ(Reason("發布日期：2024/05/01 更新日期：2024/05/02"), "");
  EXPECT_EQ(Reason("更新日期將於下月公布。"), "");
}

TEST(MediaWidgets, WikiChrome) {
  EXPECT_EQ(Reason("檢視歷史"), "page tab");
  EXPECT_EQ(Reason("不转换"), "page tab");
  // Every variant of the switcher, the Malaysian one under its short name too.
  EXPECT_EQ(Reason("大马简体"), "page tab");
  // A hatnote to other entries of the same name, in both scripts; an
  // entry's own sentence that names another stays.
  EXPECT_EQ(Reason("本條目介紹的是花蓮縣的山峰。關於臺東縣同名的山峰，請見「青雲山 (臺東縣)」。"),
            "disambiguation hatnote");
  EXPECT_EQ(Reason("本条目介绍的是湖南省的村庄。关于同名的镇，请参见「石门镇」。"), "disambiguation hatnote");
  EXPECT_EQ(Reason("青雲山位於花蓮縣，與臺東縣同名的山峰相距約八十公里，請見下節。"), "");
  EXPECT_EQ(Reason("新加坡簡體"), "page tab");
  EXPECT_EQ(Reason("维基百科，自由的百科全书"), "site tagline");
  EXPECT_EQ(Reason("23 种语言"), "language switcher");
  EXPECT_EQ(Reason("5 languages"), "language switcher");
  EXPECT_EQ(Reason("23 种语言在本校开设"), "");
  EXPECT_EQ(Reason("简体字与繁體字"), "");
  EXPECT_EQ(Reason("本頁面最後修訂於2024年2月1日 (星期四) 08:10。"), "page update stamp");
  EXPECT_EQ(Reason("分類：東岸縣河川 台灣地理"), "tag list");
}

TEST(MediaWidgets, CreditsBlocksWithAnEditor) {
  EXPECT_TRUE(IsCreditsBlockWithEditor(DecodeUtf32("记者：周海 摄像：林涛 编辑：许文")));
  EXPECT_TRUE(IsCreditsBlockWithEditor(DecodeUtf32("採訪：黃小芸  剪輯：吳家豪")));
  // A byline alone, or reporter and photographer: the article's.
  EXPECT_FALSE(IsCreditsBlockWithEditor(DecodeUtf32("記者：黃小芸")));
  EXPECT_FALSE(IsCreditsBlockWithEditor(DecodeUtf32("記者：黃小芸 攝影：吳家豪")));
  // Roles and names parted by spaces alone, an editor among them.
  EXPECT_TRUE(IsCreditsBlockWithEditor(DecodeUtf32("晨报记者 赵一鸣 编辑 孙悦 责编 钱海")));
  EXPECT_TRUE(IsCreditsBlockWithEditor(DecodeUtf32("本報記者 林佳穎 責編 陳志明")));
  EXPECT_FALSE(IsCreditsBlockWithEditor(DecodeUtf32("晨报记者 赵一鸣 南京报道")));  // the opening byline
  EXPECT_FALSE(IsCreditsBlockWithEditor(DecodeUtf32("记者 赵一鸣 摄影 孙悦")));
}

// A TV station's story: player furniture between the byline and the
// body, a credits block and a tag row under it, a follow prompt.
const char kTvStory[] =
    "東岸電視新聞\n首頁\n政治\n生活\n國際\n地方\n\n"
    "東部海岸線今夏首度出現大規模藍眼淚　觀光客湧入漁港\n\n"
    "2024-05-12 20:15  記者 黃小芸 / 花蓮 報導\n"
    "[poster-tears.jpg]\n"
    "(BUTTON) 播放\n"
    "01:12 / 03:05\n"
    "視頻載入中，若無法播放請重新整理頁面\n"
    "訂閱東岸電視 YouTube 頻道 開啟小鈴鐺\n\n"
    "花蓮縣沿海連續三晚出現藍眼淚，漁港周邊湧入大批遊客，縣府估計單晚人數超過兩千人，警方在港區入口實施交通管制。\n"
    "海洋大學研究團隊表示，藍眼淚是夜光藻受到擾動時發出的光，今年水溫偏高、風浪平穩，是出現規模較大的主因。\n"
    "縣府提醒遊客不要踩入潮間帶，夜間觀賞時也要注意漲潮時間，避免受困礁岩。\n\n"
    "採訪：黃小芸  攝影：吳家豪  剪輯：林佩君\n"
    "文章標籤  藍眼淚  花蓮  夜光藻  漁港\n\n"
    "東岸電視 版權所有\n";

TEST(MediaWidgets, PlayerCreditsAndTagsLeaveATvStory) {
  CleanedDocument c = CleanDocument(kTvStory, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "2024-05-12 20:15")) << c.text;
  EXPECT_TRUE(Contains(c.text, "花蓮縣沿海連續三晚出現藍眼淚"));
  EXPECT_TRUE(Contains(c.text, "縣府提醒遊客不要踩入潮間帶"));
  for (std::string_view furniture : {"01:12", "載入中", "小鈴鐺", "剪輯", "文章標籤", "版權所有"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A finance portal's results story: share labels, a promotion and a quote
// widget between the date line and the body, the app's slogan below it.
const char kFinanceStory[] =
    "财讯首页 股票 基金 债券 外汇\n登录 | 注册\n\n"
    "海川电气一季度净利润下滑18% 海外订单仍在增长\n\n"
    "2025年04月22日 19:06 东方财讯\n"
    "[微信好友] [新浪微博] [豆瓣]\n"
    "【财讯通】开户就送三个月研报，点击领取！\n"
    "海川电气 603218 12.05 -0.31 -2.51%  [行情] [公告]\n\n"
    "　　4月22日晚间，海川电气发布一季度报告，实现营业收入21.4亿元，同比增长6.2%；净利润1.36亿元，同比下降18.1%。\n"
    "　　公司表示，利润下滑主要因为铜价上涨推高原材料成本，同时国内电网招标节奏放缓。\n"
    "　　不过海外业务继续增长，一季度海外订单同比增长31%，主要来自中东和东南亚的变电站项目。\n"
    "实时行情、深度研报，尽在东方财讯APP\n"
    "责任编辑：陈默\n\n"
    "相关阅读\n* 电网设备板块午后走弱\n* 铜价创年内新高\n";

TEST(MediaWidgets, QuoteWidgetAndPromotionsLeaveAFinanceStory) {
  CleanedDocument c = CleanDocument(kFinanceStory, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "2025年04月22日 19:06")) << c.text;
  EXPECT_TRUE(Contains(c.text, "4月22日晚间，海川电气发布一季度报告"));
  EXPECT_TRUE(Contains(c.text, "不过海外业务继续增长"));
  for (std::string_view furniture : {"微信好友", "财讯通", "603218", "尽在", "责任编辑"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// An encyclopedia entry: action rows under its headings, a picture named
// in Han characters, a gallery link and sources with the dates they were
// read (one item cut short by the crawl).
const char kEntry[] =
    "知识百科\n登录\n注册\n\n"
    "东滨湿地公园\n\n"
    "编辑 讨论 上传视频\n"
    "东滨湿地公园位于东滨市北部，是在原盐田基础上改造的城市湿地公园，总面积约6.8平方公里，2016年对外开放。 [1]\n\n"
    "历史\n\n"
    "编辑 讨论\n"
    "公园所在地原为东滨盐场，2009年盐场停产后，市政府决定将其改造为湿地，分三期完成生态修复和步道建设。 [2]\n"
    "2021年，公园被列入省级重要湿地名录，每年冬季有超过四十种候鸟在此停歇。\n\n"
    "[东滨湿地公园观鸟台.jpg]\n"
    "东滨湿地公园观鸟台，2022年冬季摄\n"
    "词条图册 更多图册\n"
    "参考资料\n"
    " 1. 1 东滨湿地公园简介 . 东滨市园林局 [引用日期2023-10-08]\n"
    " 2. 2 东滨盐场改造工程回顾 . 东滨晚报 . 2016-05-20\n"
    " 3. 3 省级重要湿地名录 . 省林业厅 [引用日期2023-10-08]\n"
    "词条统计\n";

TEST(MediaWidgets, ActionRowsGalleryAndReferencesLeaveAnEntry) {
  CleanedDocument c = CleanDocument(kEntry, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "东滨湿地公园位于东滨市北部")) << c.text;
  EXPECT_TRUE(Contains(c.text, "每年冬季有超过四十种候鸟在此停歇"));
  EXPECT_TRUE(Contains(c.text, "东滨湿地公园观鸟台，2022年冬季摄"));
  for (std::string_view furniture : {"讨论", "观鸟台.jpg", "图册", "参考资料", "引用日期", "东滨盐场改造工程回顾"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A personal blog post: an English-month date above its title, an
// advertising disclosure under it, a tag row, hot searches and an author
// box below.
const char kBlogPost[] =
    "[blog-logo.png] 好日子部落\n搜尋 ____ (BUTTON)\n登入  註冊\n\n"
    "阿哲的租屋筆記\n* 首頁\n* 關於我\n* 留言板\n* 相簿\n\n"
    "Jun 02 Sun 2024 21:40\n\n"
    "【租屋】退租押金被扣一半？我跟房東來回溝通的全紀錄\n\n"
    "本文含有聯盟行銷連結\n\n"
    "上個月租約到期，搬走前我把房間打掃得很乾淨，沒想到房東說牆面有污漬，要從押金扣掉一半。\n"
    "我先把入住時拍的照片找出來，對照之後發現那些污漬本來就有，於是整理成文件傳給房東。\n"
    "房東看了照片後同意只扣清潔費，押金最後退回了九成，過程大約花了兩個禮拜。\n"
    "建議大家入住第一天就把每面牆、每個家具都拍下來，退租時會省很多麻煩。\n\n"
    "文章標籤  租屋  押金  房東  退租\n"
    "全站熱搜  ［旅遊］花蓮民宿  ［美食］台南小吃\n"
    "創作者介紹 [avatar.jpg] 阿哲\n";

TEST(MediaWidgets, DateTagsAndAuthorBoxOfABlogPost) {
  CleanedDocument c = CleanDocument(kBlogPost, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "Jun 02 Sun 2024 21:40")) << c.text;
  EXPECT_TRUE(Contains(c.text, "退租押金被扣一半"));
  EXPECT_TRUE(Contains(c.text, "上個月租約到期"));
  EXPECT_TRUE(Contains(c.text, "退租時會省很多麻煩"));
  for (std::string_view furniture : {"聯盟行銷", "文章標籤", "全站熱搜", "創作者介紹"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A wiki article: page tabs, tagline and language switcher between its
// short title and its lede, `[编辑]` after each section heading, a table of
// contents, a picture with its caption below the last section.
const char kWikiArticle[] =
    "跳到导航\n[wiki-logo.png]\n搜索 ________ (BUTTON) 搜索\n创建账号 登录\n"
    "* 首页\n* 分类索引\n* 特色内容\n* 新闻动态\n* 最近更改\n\n"
    "南湾灯塔\n\n"
    "维基百科，自由的百科全书\n"
    "[ ] 4 种语言\n* 条目\n* 讨论\n* 不转换\n* 简体\n* 繁體\n* 阅读\n* 编辑\n* 查看历史\n工具\n"
    "南湾灯塔是位于东滨市南湾半岛南端的一座灯塔，建于1912年，塔高21米，是该海域船只进出南湾港的主要航标。[1]\n\n"
    "目录\n* 1 历史\n* 2 建筑\n* 3 参考文献\n\n"
    "历史[编辑]\n"
    "灯塔由当时的海关出资兴建，最初使用煤油灯，1950年代改为电力照明，1998年起实现无人值守。[2]\n\n"
    "建筑[编辑]\n"
    "塔身为白色圆柱形砖石结构，顶部灯室为铸铁制造，塔旁保留有原守塔人宿舍，现辟为海事展览室。\n"
    "[Nanwan_lighthouse_2020.jpg]\n"
    "南湾灯塔与守塔人宿舍，2020年摄\n\n"
    "参考文献[编辑]\n"
    " 1. ^ 南湾灯塔简介. 东滨港务局. [2022-04-01].\n"
    "分类：东滨市建筑 灯塔\n"
    "* 本页面最后修订于2023年8月9日 (星期三) 11:05。\n";

TEST(MediaWidgets, WikiArticleKeepsItsTitleSectionsAndCaption) {
  CleanedDocument c = CleanDocument(kWikiArticle, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.text.starts_with("南湾灯塔\n")) << c.text;
  EXPECT_TRUE(Contains(c.text, "南湾灯塔是位于东滨市南湾半岛南端的一座灯塔"));
  EXPECT_TRUE(Contains(c.text, "历史\n")) << c.text;
  EXPECT_TRUE(Contains(c.text, "塔身为白色圆柱形砖石结构"));
  EXPECT_TRUE(Contains(c.text, "南湾灯塔与守塔人宿舍，2020年摄")) << c.text;
  for (std::string_view furniture : {"[编辑]", "自由的百科全书", "种语言", "查看历史", "工具", "目录", "Nanwan",
                                     "参考文献", "南湾灯塔简介", "分类：", "最后修订"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A follow prompt behind a star, and a news reader's follow button.
TEST(MediaWidgets, FollowPromptsBehindAMark) {
  EXPECT_EQ(Reason("★ 加入東岸新聞 LINE好友，掌握第一手新聞"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("★ 追蹤東岸新聞網Google News，熱門話題不漏接"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("👉 关注东岸新闻Google 新闻，热点不漏接"), "follow or subscribe prompt");
  EXPECT_EQ(Reason("★ 加入會員可享九折優惠"), "");
  EXPECT_EQ(Reason("追蹤 Google News 的演算法改版，是今年媒體圈的大事。"), "");
}

// A paper's keyword field parts its terms with semicolons; a tag row
// parts its links with spaces only.
TEST(MediaWidgets, SemicolonKeywordFieldsAreNoTagRows) {
  for (std::string_view field :
       {"关键词： 土壤侵蚀; 坡耕地; 水土保持", "關鍵詞：長期照護; 社區據點; 高齡化",
        "关键词 数字经济; 产业结构; 空间计量", "關鍵字： 海岸侵蝕; 養灘; 離岸堤", "关键字：深度学习; 图像分割; 遥感",
        "關鍵詞： 客家聚落; 族群; 地方認同", "关键词：  碳排放;  县域;  脱钩", "關鍵字 職業災害; 勞動檢查; 營造業"}) {
    EXPECT_EQ(Reason(field), "") << field;
  }
  for (std::string_view row :
       {"關鍵字：台南 小吃 牛肉湯", "关键词 旅游 三亚 攻略", "標籤： 露營 親子 新竹", "Tags: 咖啡 手沖"}) {
    EXPECT_EQ(Reason(row), "tag list") << row;
  }
}

}  // namespace media_widgets_test
}  // namespace wenyuan::clean
