// The main-text finder's head on news pages written for this test, in both
// scripts: the headline and its date stand above a photo, a caption and a
// body whose first paragraph fills the dump's full line and wraps; that
// line, with its commas, is no headline, and the real headline and date
// are kept. And a README under a code-hosting page's file list: its Latin
// title heads it, the list (each entry "…3個月前") goes. And a service
// page's numbered breadcrumb, and its update stamp as its date; a notice
// whose wrapped first line is no headline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/headline_search.h"
#include "clean/main_text_finder.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace main_text_head_test {

const char kTraditional[] =
    "   晨光日報\n"
    "     * 要聞\n"
    "     * 港聞\n"
    "     * 財經\n"
    "   晨光日報 > 要聞港聞\n"
    "   沙田單車徑明年擴建 連接馬鞍山海濱長廊\n"
    "   2025年03月14日(星期五)\n"
    "   字體大小： 細 中 大\n"
    "   分享： Facebook WhatsApp Telegram\n"
    "   [photo_1.jpg]\n"
    "   ■擴建後的單車徑沿城門河伸延。(李明攝)\n"
    "   土木工程拓展署昨日公布，沙田單車徑擴建工程將於明年動工，預計兩年內完成，屆\n"
    "   時單車徑可由沙田市中心一直伸延至馬鞍山海濱長廊，全長增加約四公里，方便市民\n"
    "   假日踏單車遊覽城門河一帶。\n"
    "\n"
    "   署方表示，新路段會加設休息站及單車停泊處，並在主要路口設置過路設施，以減少\n"
    "   單車與行人爭路的情況。區議員歡迎有關安排，但希望署方在施工期間做好交通安排。\n"
    "\n"
    "   土木工程拓展署指出，單車徑擴建工程分兩期進行，第一期明年動工，完成後沙田市中\n"
    "   心至馬鞍山的單車徑可以全線貫通，第二期再預計兩年內完成城門河兩岸的連接。\n"
    "\n"
    "   相關新聞\n"
    "     * 大圍新商場下月開幕\n"
    "     * 城門河水質持續改善\n";

const char kSimplified[] =
    "   晨光日报\n"
    "     * 要闻\n"
    "     * 本地\n"
    "     * 财经\n"
    "   晨光日报 > 要闻本地\n"
    "   滨江绿道明年延伸 连接城东湿地公园\n"
    "   2025年03月14日(星期五)\n"
    "   字体大小： 小 中 大\n"
    "   分享： 微信 微博 QQ空间\n"
    "   [photo_1.jpg]\n"
    "   ■延伸后的绿道沿滨江大堤铺设。(李明摄)\n"
    "   市园林局昨日公布，滨江绿道延伸工程将于明年开工，预计两年内完成，届时绿道可由\n"
    "   市中心一直延伸至城东湿地公园，全长增加约四公里，方便市民周末骑行游览滨江一\n"
    "   带的风景。\n"
    "\n"
    "   园林局表示，新路段会加设休息站和自行车停放处，并在主要路口设置过街设施，以减\n"
    "   少自行车与行人争路的情况。市民普遍欢迎有关安排，希望施工期间做好交通疏导。\n"
    "\n"
    "   市园林局指出，绿道延伸工程分两期进行，第一期明年开工，完成后市中心至城东湿地\n"
    "   公园的绿道可以全线贯通，第二期再预计两年内完成滨江两岸的连接。\n"
    "\n"
    "   相关新闻\n"
    "     * 城西新商场下月开业\n"
    "     * 滨江水质持续改善\n";

TEST(MainTextHead, AFullWrappedFirstLineIsNoHeadline) {
  for (const char* page : {kTraditional, kSimplified}) {
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    const std::string text = c.text;
    EXPECT_TRUE(HasLine(
        text, page == kTraditional ? "沙田單車徑明年擴建 連接馬鞍山海濱長廊" : "滨江绿道明年延伸 连接城东湿地公园"))
        << text;
    EXPECT_TRUE(HasLine(text, "2025年03月14日(星期五)")) << text;
    EXPECT_TRUE(Contains(text, page == kTraditional ? "土木工程拓展署昨日公布" : "市园林局昨日公布")) << text;
    EXPECT_FALSE(Contains(text, page == kTraditional ? "大圍新商場" : "城西新商场")) << text;
  }
}

// A code-hosting page written for this test, in Traditional: the file list
// with each entry's last commit message and how long ago ("3個月前"), then
// the README, whose title is the project's Latin name and whose first
// paragraph begins with it, under a first section heading.
const char kRepository[] =
    "   程式碼 Issues 3 Pull Requests 1\n"
    "   分支 2 標籤 5\n"
    "   docs                     補充部署說明    3個月前\n"
    "   src                      修正時區換算在跨年時少一天的問題    5天前\n"
    "   tests                    加入農曆換算的回歸測試    2週前\n"
    "   .gitignore               初始化專案    1年前\n"
    "   LICENSE                  初始化專案    1年前\n"
    "\n"
    "lunar-calendar-tw\n"
    "\n"
    "簡介\n"
    "\n"
    "   lunar-calendar-tw 是一個以 Go 撰寫的農曆與節氣換算套件，收錄 1900 年到 2100 年的曆表，\n"
    "   可以把國曆日期換成農曆、干支與節氣，也能算出下一個節氣的確切時刻。\n"
    "\n"
    "   換算只依賴內建的曆表，不需要連線，也不依賴作業系統的時區資料庫。\n";

TEST(MainTextHead, AProjectsLatinNameHeadsItsReadme) {
  const CleanedDocument c = CleanDocument(kRepository, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"lunar-calendar-tw", "簡介", "以 Go 撰寫的農曆與節氣換算套件", "不依賴作業系統的時區資料庫"}) {
    EXPECT_TRUE(HasLine(c.text, kept) || Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_TRUE(HasLine(c.text, "lunar-calendar-tw")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "簡介")) << c.text;
  for (const char* dropped : {"補充部署說明", "3個月前", "初始化專案", "回歸測試"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A government service page written for this test, in Traditional: the
// breadcrumb printed as a numbered list (its last item repeats the title),
// the title, the page's update stamp with its view count under it, then
// the text.
const char kServicePage[] =
    "   衛生局 服務專區\n"
    "     * 認識服務\n"
    "     * 申請方式\n"
    "     * 最新消息\n"
    "    1. 首頁\n"
    "    2. 社區服務\n"
    "    3. 到宅送餐服務\n"
    "   (BUTTON) 分享 (BUTTON) 列印\n"
    "\n"
    "到宅送餐服務\n"
    "\n"
    "   更新日期：2025-09-12　瀏覽人次：3,208\n"
    "\n"
    "   由社區據點的志工每日中午將餐點送到長者家中，並順道關心長者的身體狀況，如發現異常，會通知\n"
    "   家屬及個案管理員。每餐收費依家庭經濟狀況分為免費、半價及全額三級。\n"
    "\n"
    "   申請人可向戶籍所在地的區公所社會課提出申請，經評估符合資格後，約兩週內開始送餐。\n";

TEST(MainTextHead, NumberedBreadcrumbGoesTheUpdateStampIsTheDate) {
  const CleanedDocument c = CleanDocument(kServicePage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "到宅送餐服務")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "更新日期：2025-09-12　瀏覽人次：3,208")) << c.text;
  EXPECT_TRUE(Contains(c.text, "約兩週內開始送餐")) << c.text;
  for (const char* dropped : {"首頁", "社區服務", "3. 到宅送餐服務"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// Notices written for this test, one in each script: the title over a tool
// row, the addressee, then a first paragraph whose line, with its commas,
// wraps onto a short last line; that line is no headline, and the title
// and the addressee stay.
const char kWrappedNoticeSimplified[] =
    "   当前位置： 首页 > 政务公开 > 通知公告\n"
    "\n"
    "市人民政府关于印发《本市公共自行车服务管理规定》的通知\n"
    "\n"
    "   字号：[大] [中] [小]    【打印本页】   【关闭窗口】\n"
    "\n"
    "   各区人民政府，市政府各委、办、局，各有关单位：\n"
    "   《本市公共自行车服务管理规定》已经市人民政府同意，现印发给你们，请结\n"
    "   合实际认真执行。\n"
    "\n"
    "   第一条 为规范公共自行车服务，方便市民绿色出行，根据有关法律法规，结合本市实际，制定本规定。\n"
    "   第二条 本市行政区域内公共自行车的投放、运营、使用和管理，适用本规定。\n";
const char kWrappedNoticeTraditional[] =
    "   首頁 > 公告訊息 > 最新公告\n"
    "\n"
    "市政府關於修正《公共自行車服務管理要點》的函\n"
    "\n"
    "   字級：[大] [中] [小]    【列印本頁】   【關閉視窗】\n"
    "\n"
    "   本府各局處、各區公所，各相關業者、團體：\n"
    "   《本市公共自行車服務管理要點》業經本府修正，檢送修正條文一份，請各單\n"
    "   位查照辦理。\n"
    "\n"
    "   第一點 為規範公共自行車服務，便利市民綠色通勤，依相關法規，並考量本市實際情形，訂定本要點。\n"
    "   第二點 本市轄區內公共自行車之設置、營運、使用及管理，依本要點辦理。\n";

TEST(MainTextHead, AWrappedFirstLineWithCommasIsNoHeadline) {
  for (const char* page : {kWrappedNoticeSimplified, kWrappedNoticeTraditional}) {
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    const bool simplified = page == kWrappedNoticeSimplified;
    EXPECT_TRUE(HasLine(c.text, simplified ? "市人民政府关于印发《本市公共自行车服务管理规定》的通知"
                                           : "市政府關於修正《公共自行車服務管理要點》的函"))
        << c.text;
    EXPECT_TRUE(HasLine(c.text, simplified ? "各区人民政府，市政府各委、办、局，各有关单位："
                                           : "本府各局處、各區公所，各相關業者、團體："))
        << c.text;
  }
}

// A product alert written for this test, in Simplified: between the
// headline and the body, the date, then a label over the product's fields
// printed as a list, then a picture; the fields and their label are the
// alert's head, and the list does not end the search for the headline.
const char kProductAlert[] =
    "   市场监管 > 风险提示 > 消费提示\n"
    "\n"
    "一批次进口冷冻虾仁检出副溶血性弧菌\n"
    "\n"
    "   日期：2025年3月6日\n"
    "\n"
    "   产品资料：\n"
    "     * 产品名称：冷冻熟虾仁\n"
    "     * 品牌：蓝湾\n"
    "     * 原产地：泰国\n"
    "     * 净含量：400克\n"
    "     * 批号：TH250112A\n"
    "\n"
    "   [shrimp.jpg]\n"
    "\n"
    "   原因：\n"
    "   市场监管局在日常抽检中从南山区一家超市购买的冷冻熟虾仁样品经检验弧菌超\n"
    "   标，不符合食品安全国家标准，市场监管局已对涉事超市立案调查，并将依法处理。\n"
    "\n"
    "   市场监管局已责令涉事超市下架并封存同批次产品，并通报进口商追查产品去向。消费者如已购买，应停止食用。\n"
    "\n"
    "   副溶血性弧菌常见于海产品，食用未彻底煮熟的海产品可能引起急性肠胃炎，出现腹痛、腹泻和呕吐等症状。\n";

TEST(MainTextHead, AProductsFieldsListedUnderTheHeadlineAreItsHead) {
  const CleanedDocument c = CleanDocument(kProductAlert, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"一批次进口冷冻虾仁检出副溶血性弧菌", "日期：2025年3月6日", "产品资料：",
                           "产品名称：冷冻熟虾仁", "品牌：蓝湾", "批号：TH250112A", "原因："}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "从南山区一家超市购买的冷冻熟虾仁样品经检验弧菌超")) << c.text;
}

// A blog post written for this test, in Traditional: the post's date and
// headline, an advert's empty slot, the tags under their bare label and the
// like counter above the text. The slot does not end the head; the tags
// and the counter go.
const char kBlogPost[] =
    "   小林的山海筆記\n"
    "     * 首頁\n"
    "     * 文章列表\n"
    "     * 相簿\n"
    "     * 關於我\n"
    "\n"
    "   Mar 08 Sat 2025 09:30\n"
    "\n"
    "【花蓮】七星潭清晨散步｜礫石海灘、日出與早餐店\n"
    "\n"
    "   [INS: :INS]\n"
    "   本文標籤：\n"
    "   花蓮 七星潭 日出 早餐店 花蓮景點\n"
    "   本文目前禮讚：35 人\n"
    "   (BUTTON) 讚 (BUTTON) 分享\n"
    "\n"
    "   這次到花蓮住了兩晚，第二天特地五點起床，騎著民宿的腳踏車去七星潭等日出。清晨的海\n"
    "   風有點冷，礫石海灘上已經有不少人帶著相機在等，太陽從海平面探出頭的那一刻真的很美。\n"
    "\n"
    "   看完日出肚子也餓了，回程在市區找了一間老字號的早餐店，蛋餅皮是自己桿的，配上一杯\n"
    "   古早味紅茶，兩個人吃不到一百五十元，很推薦早起的人去七星潭走走。\n";

TEST(MainTextHead, AnAdvertsSlotDoesNotEndTheHeadTagsAndLikesGo) {
  const CleanedDocument c = CleanDocument(kBlogPost, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "【花蓮】七星潭清晨散步｜礫石海灘、日出與早餐店")) << c.text;
  EXPECT_TRUE(Contains(c.text, "很推薦早起的人去七星潭走走")) << c.text;
  for (const char* dropped : {"本文標籤", "花蓮景點", "禮讚"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A clinic's page written for this test, in each script: a banner for the
// site's app over the page's heading is no headline; the heading is.
TEST(MainTextHead, AnAppBannerOverTheHeadingIsNoHeadline) {
  for (bool traditional : {false, true}) {
    std::string page = "   主頁 > 服務指南 > 門診 > 診所資料\n\n";
    page += traditional
                ? "   [app.png] 下載「北辰醫健」流動應用程式，預約門診更方便\n\n"
                  "北辰東普通科門診診所\n\n"
                  "   地址：北辰市東區海濱道18號地下\n   電話：2345 6789\n\n"
                  "   診所逢星期一至星期五上午九時至下午五時開放，星期六只設上午診症，星期日及公眾假期休息。\n\n"
                  "   病人可使用流動應用程式預約，亦可致電診所預約未來二十四小時內的診症時段。\n"
                : "   [app.png] 下载“北辰医健”手机应用程序，预约门诊更方便\n\n"
                  "北辰东社区卫生服务中心\n\n"
                  "   地址：北辰市东区海滨道18号一楼\n   电话：0571-2345678\n\n"
                  "   中心周一至周五上午八时至下午五时开诊，周六只设上午门诊，周日及法定节假日休息。\n\n"
                  "   居民可使用手机应用程序预约，也可致电中心预约未来二十四小时内的就诊时段。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(HasLine(c.text, traditional ? "北辰東普通科門診診所" : "北辰东社区卫生服务中心")) << c.text;
    EXPECT_FALSE(Contains(c.text, traditional ? "預約門診更方便" : "预约门诊更方便")) << c.text;
  }
}

// A bank's press release written for this test, in each script: its date
// line and its release number stand above the headline, under the
// section's label; both stay as the release's own lines.
TEST(MainTextHead, AReleasesDateAndNumberAboveItsHeadlineStay) {
  for (bool traditional : {false, true}) {
    std::string page = "   首頁 > 新聞與公告 > 新聞稿\n\n   (BUTTON) 列印\n\n";
    page +=
        traditional
            ? "新聞稿\n\n   發布日期：115-12-18　發布單位：秘書處\n   新聞稿編號：第115-187號\n\n"
              "北辰銀行理事會決議維持政策利率不變\n"
              "   北辰銀行理事會今日召開第四季例會，考量國內通膨率續緩降、經濟成長溫和，決議維持政策利率不變。\n"
              "   理事會並決議延續選擇性信用管制措施，持續檢視不動產貸款集中度，適時調整相關措施。\n"
            : "新闻稿\n\n   发布日期：2026-12-18　发布单位：办公室\n   新闻稿编号：第2026-187号\n\n"
              "北辰银行理事会决议维持政策利率不变\n"
              "   北辰银行理事会今日召开第四季度例会，考虑到国内通胀率继续回落、经济温和增长，决议维持政策利率不变。\n"
              "   理事会并决议延续差别化信贷政策，持续监测房地产贷款集中度，适时调整相关措施。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, traditional ? "發布日期：115-12-18" : "发布日期：2026-12-18")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "新聞稿編號：第115-187號" : "新闻稿编号：第2026-187号")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "決議維持政策利率不變\n" : "决议维持政策利率不变\n")) << c.text;
  }
}

// A paper's headline printed as a block of three heading lines (kicker,
// headline, subtitle) right under the page's previous/next links, which a
// menu run takes the kicker with: the whole block stays. In both scripts.
TEST(MainTextHead, AKickerAndSubtitleSetWithTheHeadlineStay) {
  for (bool traditional : {false, true}) {
    std::string page = "   * 首页\n   * 版面导航\n   * 往期回顾\n\n   上一篇 下一篇 返回目录\n\n";
    page +=
        traditional
            ? "水務局公布北區水管更換安排\n"
              "北區水管明年二月起分段更換\n"
              "施工期間夜間停水 設臨時供水點\n\n"
              "   【本報消息】水務局昨日公布北區水管更換安排，北區水管將於明年二月起分段更換，工期約一年，"
              "施工期間部分街道夜間停水。\n"
              "   水務局表示，停水期間會在北區設臨時供水點，並提前三日通知受影響住戶，工程完成後北區水壓將更穩定。\n"
            : "水务局公布北区水管更换安排\n"
              "北区水管明年二月起分段更换\n"
              "施工期间夜间停水 设临时供水点\n\n"
              "   【本报消息】水务局昨日公布北区水管更换安排，北区水管将于明年二月起分段更换，工期约一年，"
              "施工期间部分街道夜间停水。\n"
              "   水务局表示，停水期间会在北区设临时供水点，并提前三日通知受影响住户，工程完成后北区水压将更稳定。\n";
    page += "\n   上一篇 下一篇 返回目录\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    for (const char* line : traditional
                                ? std::vector<const char*>{"水務局公布北區水管更換安排", "北區水管明年二月起分段更換",
                                                           "施工期間夜間停水 設臨時供水點"}
                                : std::vector<const char*>{"水务局公布北区水管更换安排", "北区水管明年二月起分段更换",
                                                           "施工期间夜间停水 设临时供水点"}) {
      EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
    }
    EXPECT_FALSE(Contains(c.text, "返回")) << c.text;
  }
}

// A decision's summary table under its headline, its rows printed as label
// and value apart by a gap: the document number's row stays with the date's.
TEST(MainTextHead, ADocumentNumbersRowInTheSummaryTableStays) {
  for (bool traditional : {false, true}) {
    std::string page = "   首頁 > 公告 > 處分案件\n\n   (BUTTON) 列印\n\n";
    page += traditional
                ? "北辰客運公司違反公路法處分案\n\n   發布日期：2026-11-27\n\n"
                  "   發文日期 2026-11-26\n   發文字號 北交運字第1150012345號\n"
                  "   受處分人 北辰客運股份有限公司\n   處分內容 罰鍰新臺幣九萬元，並限期改善\n\n"
                  "   北辰客運公司於本年十月間多次未依核定班次行駛，經民眾檢舉並查證屬實，違反公路法相關規定。\n"
                  "   本局依法處以罰鍰，並要求該公司於三十日內提出改善計畫，逾期未改善者將按次處罰。\n"
                : "北辰客运公司违反道路运输条例处罚案\n\n   发布日期：2026-11-27\n\n"
                  "   发文日期 2026-11-26\n   发文字号 北交运罚〔2026〕18号\n"
                  "   被处罚人 北辰客运股份有限公司\n   处罚内容 罚款九万元，并责令限期整改\n\n"
                  "   北辰客运公司于今年十月多次未按核定班次运行，经群众举报并查证属实，违反道路运输相关规定。\n"
                  "   本局依法处以罚款，并要求该公司于三十日内提交整改方案，逾期未整改的将按次处罚。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(HasLine(c.text, traditional ? "發文字號 北交運字第1150012345號" : "发文字号 北交运罚〔2026〕18号"))
        << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "本局依法處以罰鍰" : "本局依法处以罚款")) << c.text;
  }
}

// A record's fields between its title and its body: a row of fields on
// one line, or a field with a measured value beside the record's date
// line. Eight records of kinds in no fold, both scripts.
struct HeadCase {
  const char* title;
  std::vector<const char*> head;  // lines between the title and the body, no blank line between
  const char* body;
};

std::string HeadPage(const HeadCase& c) {
  std::string page = "   北辰資料中心\n";
  for (const char* item : {"首頁", "最新消息", "統計資料", "開放資料", "服務指南", "關於本站", "聯絡我們"}) {
    page += std::string("     * ") + item + "\n";
  }
  page += "\n   首頁 > 資料查詢 > 紀錄\n\n   (BUTTON) 列印   (BUTTON) 下載 PDF\n\n   ";
  page += c.title;
  page += "\n\n";
  for (const char* h : c.head) page += std::string("   ") + h + "\n";
  // The body names the record, as its title does.
  page += "\n   ";
  page += c.title;
  page += "，";
  page += c.body;
  page += "\n\n   相關連結\n     * 常見問題\n     * 聯絡我們\n\n   版權所有 © 2026 北辰資料中心\n";
  return page;
}

const std::vector<HeadCase> kHeadCases = {
    {"東湖氣象站逐時觀測資料",
     {"站號：C0A9　　位置：北辰區東湖里　　海拔：12 米"},
     "本日上午受東北季風影響，東湖站氣溫由清晨的十八度降至中午的十六度，風速逐漸增強，傍晚起轉為陰有短暫雨，夜間最低"
     "氣溫約十四度，請民眾注意保暖。"},
    {"BX-200 变频空调技术参数",
     {"产品型号：BX-200   生产厂家：北辰电器有限公司"},
     "本机采用全直流变频压缩机，制冷量为三千五百瓦，能效等级为一级，适用于十五至二十三平方米的房间，室内机噪音最低"
     "可达十八分贝，支持手机远程控制。"},
    {"給付貨款事件開庭通知",
     {"案號：115年度訴字第88號　　承辦股：忠股"},
     "本件定於民國一百一十五年十二月十日上午十時在本院第五法庭行言詞辯論，兩造應準時到庭，逾時未到者，本院得依一造"
     "辯論而為判決。"},
    {"北辰电子（600123）",
     {"收盘价：12.35元  +0.21（+1.73%）", "2026-12-08 15:00 更新"},
     "北辰电子主要从事电源管理芯片的研发与销售，产品应用于消费电子、工业控制及汽车电子领域，公司在深圳、苏州设有研发"
     "中心，近三年研发投入占营收比重均超过百分之十二。"},
    {"小白鷺",
     {"學名：Egretta garzetta　　科名：鷺科"},
     "小白鷺全身白色，繁殖期頭後有兩根細長的飾羽，常在水田、河口及魚塭覓食，以小魚、蝦類及水生昆蟲為主食，是本地最"
     "常見的鷺科鳥類之一。"},
    {"数据结构与算法",
     {"课程编号：CS101　学分：3　授课教师：王明"},
     "本课程介绍线性表、树、图等基本数据结构及其上的排序与查找算法，要求学生完成四次上机实验和一个综合项目，期末考试"
     "占总评成绩的百分之五十。"},
    {"北辰區東湖段農地變更使用申請案",
     {"民國115年3月2日收件", "申請面積：1,250 平方公尺"},
     "申請人擬將本筆農地變更為農業設施用地，興建資材室及集貨場，經本府會同相關單位現場會勘，認定申請內容與農業經營"
     "確有必要，准予變更使用。"},
    {"2019款北辰X5 1.5T 自动豪华型",
     {"2026年12月1日发布 · 2021年3月上牌", "参考价格：8.6万元（新车含税价14.2万）"},
     "本车为一手私家车，全程在四儿店保养，行驶里程四万二千公里，无重大事故、无泡水、无火烧，内饰干净，轮胎为去年新"
     "换，支持第三方检测。"},
};

}  // namespace main_text_head_test

TEST(MainTextHead, RecordFieldsBetweenTitleAndBodyAreKept) {
  for (const auto& c : main_text_head_test::kHeadCases) {
    const CleanedDocument d = CleanDocument(main_text_head_test::HeadPage(c), SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(d.text, c.title)) << d.text;
    for (const char* h : c.head) EXPECT_TRUE(HasLine(d.text, h)) << h << "\n" << d.text;
    EXPECT_FALSE(Contains(d.text, "版權所有")) << d.text;
  }
}

TEST(MainTextHead, KeywordsSectionAndCountersBesideTheDateStayDropped) {
  // Labelled lines that are no field of the record: keywords (no value to
  // measure), the page's section, a counter, share and font widgets.
  for (const char* line :
       {"关键词：城市 交通 北辰", "栏目：地方新闻", "阅读：1,234", "分享到：微信 微博 QQ空间", "字号：大 中 小"}) {
    const main_text_head_test::HeadCase c = {
        "北辰市东湖路改造工程下月完工",
        {"2026-12-08 09:30 来源：北辰日报", line},
        "北辰市住建局昨日表示，东湖路改造工程已完成路面铺设和管线迁改，正在进行人行道和绿化施工，预计下月中旬全线"
        "完工通车，届时沿线居民出行将更加便利。"};
    const CleanedDocument d = CleanDocument(main_text_head_test::HeadPage(c), SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(d.text, "东湖路改造工程已完成")) << d.text;
    EXPECT_TRUE(Contains(d.text, "2026-12-08 09:30")) << d.text;
    EXPECT_FALSE(Contains(d.text, line)) << line << "\n" << d.text;
  }
}

// A county audit office's report shown as its PDF's text (Simplified): the
// page's title over its download list, the cover's bare kind line and a
// running header ending in the same words. Taken for the headline, the
// kind line or the header gives way to the title.
TEST(MainTextHead, APageTitleOverAPdfCoversBareKindIsTheHeadline) {
  const std::vector<PageLine> lines = MakePageLines(
      "北岭县2025年度县本级预算执行和其他财政收支情况审计结果公告\n"
      "   附件：\n"
      "     * 审计结果公告.pdf（386KB）\n"
      "   北岭县审计局\n"
      "   审计结果公告\n"
      "   县审计局结果公告\n"
      "   - 1 -\n"
      "   财政局\n"
      "   局长报告\n");
  EXPECT_EQ(FullerTitleAbove(lines, 4), 0u);
  EXPECT_EQ(FullerTitleAbove(lines, 5), 0u);
  // A kind line with no title above ending in it, and a line too long to
  // be a bare kind, stay as found.
  EXPECT_EQ(FullerTitleAbove(lines, 8), 8u);
  EXPECT_EQ(FullerTitleAbove(lines, 0), 0u);
  EXPECT_EQ(FullerTitleAbove(lines, 3), 3u);
}

}  // namespace wenyuan::clean
