// The field-block rules on pages written for this test: a township notice
// (Simplified script) whose last numbered item introduces its contact
// items with a colon, and a travel diary (Traditional script) whose head
// carries a facts box of "label：value" lines. Both blocks stay; the site's
// own contact footer under the notice goes.
#include "clean/field_blocks.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kNotice[] =
    "   [logo.png] 青石镇人民政府\n"
    "   首页 | 政务公开 | 办事服务 | 互动交流\n"
    "   当前位置：首页 > 政务公开 > 通知公告\n"
    "   关于征集青石镇老街改造方案意见的通告\n"
    "   发布日期：2026-10-12\n"
    "   一、老街改造工程拟于明年三月开工，改造范围为青石桥至南门牌坊一段，全长约八百米。\n"
    "   二、改造期间老街实行分段封闭施工，沿街商户可继续营业，居民出入不受影响。\n"
    "   三、方案全文已在镇政府一楼大厅公示，欢迎居民和商户在十月三十一日前提出意见。\n"
    "   四、对方案有意见或建议的，请于十月三十一日前以书面形式提出，也可通过以下方式联系：\n"
    "\n"
    "     （一）联系科室：青石镇规划建设办公室\n"
    "\n"
    "     （二）联系电话：0571-8888 1234\n"
    "\n"
    "     （三）电子信箱：laojie@qingshi.example.cn\n"
    "\n"
    "   (BUTTON) 打印本页  (BUTTON) 关闭窗口\n"
    "   主办：青石镇人民政府  地址：青石镇府前路1号  电话：0571-8888 0000\n"
    "   版权所有 © 2026 青石镇人民政府\n";

TEST(FieldBlocks, ContactItemsIntroducedByANoticeItemStay) {
  const CleanedDocument c = CleanDocument(kNotice, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"也可通过以下方式联系：", "（一）联系科室：青石镇规划建设办公室",
                           "（二）联系电话：0571-8888 1234", "（三）电子信箱：laojie@qingshi.example.cn"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"青石镇府前路1号", "版权所有", "打印本页"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

const char kDiary[] =
    "   [logo.png] 旅人手帳\n"
    "   首頁  國內  海外  美食  住宿  社群\n"
    "   登入 | 註冊\n"
    "   首頁 > 遊記 > 日本 > 北海道\n"
    "   冬天的函館三日：朝市、元町坡道與百萬夜景\n"
    "   阿哲 發表於 2026-02-14  瀏覽 8,802\n"
    "   (BUTTON) 按讚 120  (BUTTON) 收藏  (BUTTON) 分享\n"
    "   [cover.jpg]\n"
    "   旅遊月份：2026年1月\n"
    "   行程天數：3天\n"
    "   每人預算：新台幣三萬元\n"
    "   同行：家人\n"
    "   目錄\n"
    "     * 第一天 朝市\n"
    "     * 第二天 元町\n"
    "     * 旅費整理\n"
    "   第一天 朝市\n"
    "   清晨六點就出門去函館朝市，海膽丼和烤帆立貝都很新鮮，一碗大約兩千五百日圓，排隊的人不少。\n"
    "   第二天 元町\n"
    "   白天沿著八幡坂走到元町的教會群，雪地很滑，建議穿有防滑底的靴子，傍晚再搭纜車上函館山。\n"
    "   山頂的夜景果然名不虛傳，只是風非常大，手機拍照時手指幾乎凍僵，記得帶手套。\n"
    "   相關遊記\n"
    "     * 札幌雪祭兩日遊\n"
    "     * 小樽運河散步地圖\n"
    "   © 2026 旅人手帳\n";

TEST(FieldBlocks, FactsBoxInATravelDiaryHeadStays) {
  const CleanedDocument c = CleanDocument(kDiary, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"旅遊月份：2026年1月", "行程天數：3天", "每人預算：新台幣三萬元", "同行：家人",
                           "清晨六點就出門去函館朝市", "記得帶手套"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"札幌雪祭兩日遊", "登入 | 註冊", "按讚 120"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// An event notice (Simplified script): the organisers line under its
// last item, wrapped onto a second line, stays; the attachment list and
// the footer under it go.
TEST(FieldBlocks, OrganisersLineUnderAnEventNoticeStays) {
  const char page[] =
      "   [logo.png] 西湾街道办事处\n"
      "   首页 | 街道概况 | 通知公告 | 办事指南\n"
      "   当前位置：首页 > 通知公告\n"
      "   西湾街道第三届邻里运动会报名通知\n"
      "   发布日期：2026-09-01\n"
      "   为丰富辖区居民的业余生活，街道定于九月二十日在西湾体育公园举办第三届邻里运动会，欢迎居民踊跃报名。\n"
      "   一、比赛项目：拔河、跳绳、托球跑和家庭接力，每户最多报名两个项目。\n"
      "   二、报名方式：九月十五日前到各社区居委会登记，或拨打社区服务电话报名。\n"
      "   三、注意事项：参赛者请穿运动鞋，年满六十岁的居民请先量力评估身体状况。\n"
      "   主办单位：西湾街道办事处　承办单位：西湾体育公园管理处、西湾街道各社区居委会、西湾\n"
      "   文体协会\n"
      "   附件：\n"
      "     * 报名表.docx (22KB)\n"
      "   版权所有 © 2026 西湾街道办事处  地址：西湾路8号\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"主办单位：西湾街道办事处", "文体协会", "年满六十岁的居民"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"报名表.docx", "版权所有", "西湾路8号"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A commentary in each script: the author's note in brackets under the
// last paragraph stays; the editor's credit and the share row under it go.
TEST(FieldBlocks, AuthorsNoteUnderACommentaryStays) {
  const char* pages[] = {
      "   [logo.png] 北辰理论网\n"
      "   首页 | 理论 | 评论 | 文化\n"
      "   当前位置：首页 > 理论 > 文化\n"
      "   让公共图书馆走进社区\n"
      "   2026-11-02 08:30  来源：北辰日报\n"
      "   近年来，不少城市把公共图书馆的分馆开进社区，居民下楼就能借书还书，图书馆的利用率明显提高。\n"
      "   社区分馆的难点在于人手和经费。只有建立稳定的投入机制，分馆才能长期开下去，真正成为居民身边的书房。\n"
      "\n"
      "   （作者系北辰大学图书馆学系教授）\n"
      "\n"
      "   [责任编辑:李明]\n"
      "   扫一扫 分享到微信\n",
      "   [logo.png] 北辰評論網\n"
      "   首頁 | 評論 | 文化 | 社會\n"
      "   目前位置：首頁 > 評論 > 文化\n"
      "   讓公共圖書館走進社區\n"
      "   2026-11-02 08:30  來源：北辰日報\n"
      "   近年來，不少城市把公共圖書館的分館開進社區，居民下樓就能借書還書，圖書館的使用率明顯提高。\n"
      "   社區分館的難處在於人手和經費。只有建立穩定的投入機制，分館才能長期開下去，真正成為居民身邊的書房。\n"
      "\n"
      "   (作者為北辰大學圖書資訊學系教授)\n"
      "\n"
      "   [責任編輯:李明]\n"
      "   分享到 Facebook\n"};
  for (const char* page : pages) {
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, "作者系北辰大学图书馆学系教授") || Contains(c.text, "作者為北辰大學圖書資訊學系教授"))
        << c.text;
    for (const char* dropped : {"李明", "分享到"}) EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A recipe written for this test, in each script: its servings and time,
// each a label over its value, between the description and the
// ingredients.
TEST(FieldBlocks, LabelsOverTheirValuesInARecipeStay) {
  for (bool traditional : {false, true}) {
    std::string page = "   [logo.svg]\n     * 分類\n     * 影音\n     * 市集\n     * 活動\n\n";
    page += traditional ? "蔥爆牛肉｜十分鐘上桌的下飯菜\n\n"
                          "   "
                          "這道蔥爆牛肉是我們家最常出現的快手菜，牛肉先用醬油和太白粉抓醃，大火快炒才會嫩，蔥段最後放，"
                          "香氣才不會跑掉。\n\n"
                          "   份量\n   2 人份\n   時間\n   15 分鐘\n\n"
                          "食材\n   牛肉片                2 百克\n   青蔥                  4 根\n"
                          "   醬油                  1 大匙\n\n"
                          "步驟\n    1. 牛肉片加醬油與太白粉抓勻，醃十分鐘。\n    2. "
                          "熱鍋下油，大火炒牛肉至七分熟，放入蔥段拌炒即可。\n"
                        : "葱爆牛肉｜十分钟上桌的下饭菜\n\n"
                          "   "
                          "这道葱爆牛肉是我们家最常出现的快手菜，牛肉先用酱油和淀粉抓腌，大火快炒才会嫩，葱段最后放，香"
                          "气才不会跑掉。\n\n"
                          "   份量\n   2 人份\n   时间\n   15 分钟\n\n"
                          "食材\n   牛肉片                200 克\n   大葱                  1 根\n"
                          "   酱油                  1 大勺\n\n"
                          "步骤\n    1. 牛肉片加酱油和淀粉抓匀，腌十分钟。\n    2. "
                          "热锅下油，大火炒牛肉至七分熟，放入葱段翻炒即可。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(HasLine(c.text, "份量")) << c.text;
    EXPECT_TRUE(HasLine(c.text, "2 人份")) << c.text;
    EXPECT_TRUE(HasLine(c.text, traditional ? "15 分鐘" : "15 分钟")) << c.text;
    EXPECT_FALSE(Contains(c.text, "影音")) << c.text;
  }
}

// A how-to written for this test, in each script: a list of what is needed
// under a heading between the introduction and the steps stays; the site's
// menu above the page goes.
TEST(FieldBlocks, AListBetweenTheIntroductionAndTheStepsStays) {
  for (bool traditional : {false, true}) {
    std::string page = "   [logo.png]\n     * 首页\n     * 分类\n     * 问答\n     * 专栏\n\n";
    page += traditional ? "如何更換水龍頭的濾網\n\n"
                          "   水龍頭出水變小、水花亂噴，多半是濾網被水垢堵住了，自己動手更換只要五分鐘。\n\n"
                          "需要的工具\n\n     * 新濾網一個\n     * 活動扳手\n     * 舊毛巾\n\n"
                          "操作步驟\n\n"
                          "    1. 用毛巾包住水龍頭出水口，再用扳手逆時針轉下出水嘴。\n"
                          "    2. 取出舊濾網，換上新濾網後順時針鎖回出水嘴，開水檢查是否漏水。\n"
                        : "如何更换水龙头的滤网\n\n"
                          "   水龙头出水变小、水花乱溅，多半是滤网被水垢堵住了，自己动手更换只要五分钟。\n\n"
                          "工具/原料\n\n     * 新滤网一个\n     * 活动扳手\n     * 旧毛巾\n\n"
                          "方法/步骤\n\n"
                          "    1. 用毛巾包住水龙头出水口，再用扳手逆时针拧下出水嘴。\n"
                          "    2. 取出旧滤网，换上新滤网后顺时针拧回出水嘴，开水检查是否漏水。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(HasLine(c.text, "活动扳手") || HasLine(c.text, "活動扳手")) << c.text;
    EXPECT_TRUE(HasLine(c.text, traditional ? "舊毛巾" : "旧毛巾")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "取出舊濾網" : "取出旧滤网")) << c.text;
    EXPECT_FALSE(Contains(c.text, "问答")) << c.text;
  }
}

// A ticketing page written for this test, in each script: the event's
// date, place and organiser as a bulleted list under its title (with the
// calendar and map links beside them) are its byline and stay.
TEST(FieldBlocks, AnEventsWhenWhereAndWhoUnderItsTitleStay) {
  for (bool traditional : {false, true}) {
    std::string page = "   [logo.svg]\n     * 探索活動\n     * 主辦專區\n     * 登入\n\n";
    page +=
        traditional
            ? "冬日小夜曲——北辰弦樂四重奏巡迴音樂會｜臺北場\n\n"
              "     * 2026/12/27(日) 19:30 ~ 21:30\n       加入行事曆\n"
              "     * 北辰音樂廳 演奏廳 / 北辰市中正區延平路98號\n       查看地圖\n"
              "     * 主辦單位：北辰室內樂協會\n\n"
              "   (BUTTON) 下一步：選擇票券\n\n活動介紹\n\n"
              "   成軍十年的北辰弦樂四重奏今年冬天再度回到臺北，本次音樂會以夜為題，帶領聽眾走過一天之中光影的變化。\n"
            : "冬日小夜曲——北辰弦乐四重奏巡演音乐会｜北京场\n\n"
              "     * 2026/12/27(日) 19:30 ~ 21:30\n       添加到日历\n"
              "     * 北辰音乐厅 演奏厅 / 北辰市东城区长安路98号\n       查看地图\n"
              "     * 主办单位：北辰室内乐协会\n\n"
              "   (BUTTON) 下一步：选择票档\n\n活动介绍\n\n"
              "   成军十年的北辰弦乐四重奏今年冬天再度来到北京，本次音乐会以夜为题，带领听众走过一天之中光影的变化。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(HasLine(c.text, "2026/12/27(日) 19:30 ~ 21:30")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "北辰音樂廳 演奏廳" : "北辰音乐厅 演奏厅")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "主辦單位：北辰室內樂協會" : "主办单位：北辰室内乐协会")) << c.text;
    EXPECT_FALSE(Contains(c.text, traditional ? "查看地圖" : "查看地图")) << c.text;
  }
}

// A clinic's fees written for this test, in each script: the list's last
// item is long and has no punctuation, but it is the list's.
TEST(FieldBlocks, ALongItemOfAKeptListStays) {
  for (bool traditional : {false, true}) {
    const std::string page =
        traditional ? "北辰東普通科門診診所\n\n"
                      "   診所逢星期一至星期五開放，病人須於登記時出示有效身份證明文件，並繳付以下費用。\n\n"
                      "收費\n\n"
                      "     * 符合資格人士：每次診症 $150（包括藥物）\n"
                      "     * 非符合資格人士：每次診症 $1,110\n"
                      "     * 領取綜合社會保障援助的人士及獲醫療費用減免的病人可獲豁免收費\n\n"
                      "   符合資格人士包括持有香港身份證的人士，以及身為香港居民的十一歲以下兒童。\n"
                    : "北辰东社区卫生服务中心\n\n"
                      "   中心周一至周五开诊，居民就诊时须出示有效身份证件，并缴纳以下费用。\n\n"
                      "收费\n\n"
                      "     * 本区参保居民：每次诊疗 15 元（含药费）\n"
                      "     * 非参保居民：每次诊疗 110 元\n"
                      "     * 享受最低生活保障待遇的居民及经审核确认的困难群众可免收诊疗费用\n\n"
                      "   参保居民包括本区户籍居民，以及持有本区居住证的外来务工人员及其子女。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, traditional ? "可獲豁免收費" : "可免收诊疗费用")) << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
