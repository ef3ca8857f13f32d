// The record-tail rule (clean/record_tails.h) on record pages written for
// this test, of kinds no fold has (a Taiwan library's holdings, a product,
// a bus route, a medicine, a data set, a museum object), in both scripts,
// and on pages where the lines under the text stay out: an article with a
// table far below, a "related" table, a table too far down, a page of too
// few fields.
#include "clean/record_tails.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace record_tails_test {

// The page's lines, those from `left_out` on left outside the main text
// ("(BUTTON) …" and "[…]" rows dropped for what they are), the rule run.
std::vector<PageLine> RunRule(const char* text, size_t left_out) {
  std::vector<PageLine> lines = MakePageLines(text);
  for (size_t i = left_out; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    const std::string s = lines[i].CoreUtf8();
    lines[i].reason =
        s.starts_with("(BUTTON)") || s.starts_with("[") ? "button or form field" : "outside the main text";
  }
  KeepRecordTails(lines);
  return lines;
}

const char kHoldings[] =
    "   題名：臺灣老街的百年風景\n"
    "   作者：林文雄\n"
    "   出版者：遠景文化\n"
    "   出版年：2024\n"
    "   附註：本書收錄三十條老街的歷史照片與田野訪談，依縣市排列，書末附地名索引與參考書目。\n"
    "   適用對象：一般讀者\n"
    "\n"
    "   館藏資訊\n"
    "   [館藏] [書評] [借閱統計]\n"
    "   條碼號      索書號          館藏地          狀態\n"
    "   C0123456    733.9/4402     總館三樓        在架\n"
    "   C0123457    733.9/4402     西屯分館        借出中\n"
    "   C0123458    733.9/4402     總館參考區      限館內閱覽\n"
    "\n"
    "   相關書籍\n"
    "     * 臺灣古城散步\n";

TEST(RecordTails, ALibrarysHoldingsAndItsLastFieldComeBack) {
  const auto kept = KeptCores(RunRule(kHoldings, 5));
  const std::vector<std::string> want = {
      "題名：臺灣老街的百年風景",
      "作者：林文雄",
      "出版者：遠景文化",
      "出版年：2024",
      "附註：本書收錄三十條老街的歷史照片與田野訪談，依縣市排列，書末附地名索引與參考書目。",
      "適用對象：一般讀者",
      "館藏資訊",
      "條碼號      索書號          館藏地          狀態",
      "C0123456    733.9/4402     總館三樓        在架",
      "C0123457    733.9/4402     西屯分館        借出中",
      "C0123458    733.9/4402     總館參考區      限館內閱覽"};
  EXPECT_EQ(kept, want);
}

TEST(RecordTails, TablesUnderRecordsInBothScripts) {
  struct Page {
    const char* text;
    size_t left_out;
    size_t tail;  // lines that come back
  };
  const Page pages[] = {
      // A product, Traditional: its price table under a heading.
      {"   品名：不鏽鋼保溫瓶\n   容量：500ml\n   材質：316不鏽鋼\n   產地：臺灣\n\n   價格明細\n"
       "   規格      顏色    售價\n   500ml     白      NT$690\n   750ml     黑      NT$790\n",
       4, 4},
      // A bus route, Simplified: its timetable, two left-out lines between.
      {"   线路：快线12路\n   起点：火车站\n   终点：高新区\n   票价：2元\n\n   暂无公告\n   \n   发车时刻\n"
       "   班次    火车站    高新区\n   1       06:30     07:20\n   2       07:00     07:50\n   3       07:30     "
       "08:20\n",
       4, 5},
      // A medicine, Traditional: packages and prices, a button row between.
      {"   藥品名稱：某某錠\n   成分：對乙醯胺基酚\n   劑型：錠劑\n   許可證字號：衛部藥製字第000123號\n\n"
       "   包裝與價格\n   (BUTTON) 比價\n   包裝      數量    健保價\n   鋁箔盒    100粒   2.00\n   瓶裝      500粒   "
       "1.80\n",
       4, 4},
      // A data set, Simplified: its files, no heading.
      {"   数据集名称：城市空气质量日报\n   提供单位：市生态环境局\n   更新频率：每日\n   开放条件：无条件开放\n\n"
       "   文件名            格式    大小\n   aqi_2025.csv      CSV     1.2MB\n   aqi_2024.csv      CSV     1.1MB\n",
       4, 3},
      // A museum object, Simplified: one more field right under the text.
      {"   名称：青花缠枝莲纹梅瓶\n   年代：明永乐\n   尺寸：高36厘米\n   来源：1958年征集\n   "
       "备注：现陈列于二号展厅\n",
       4, 1},
  };
  for (const Page& p : pages) {
    const auto lines = RunRule(p.text, p.left_out);
    size_t back = 0;
    for (size_t i = p.left_out; i < lines.size(); ++i) back += lines[i].kept();
    EXPECT_EQ(back, p.tail) << p.text;
  }
}

TEST(RecordTails, LinesUnderOtherTextStayOut) {
  const char* pages[] = {
      // An article: one field only.
      "   記者：王小明\n   市府今天宣布，明年起調整公車票價，並增設三條幹線，以紓解尖峰時段的擁擠情形。\n\n"
      "   路線      起點      終點\n   1         市府      車站\n   2         車站      機場\n",
      // A record whose table is a related one.
      "   题名：城市记忆\n   作者：张三\n   出版社：某出版社\n   出版年：2023\n\n   相关借阅\n"
      "   题名      作者    次数\n   城市之光  李四    12\n   老城旧事  王五    9\n",
      // A table too far below.
      "   品名：茶壺\n   材質：紫砂\n   容量：300ml\n   產地：宜興\n\n   a\n\n   b\n\n   c\n\n   d\n\n   e\n\n"
      "   規格      顏色    售價\n   300ml     紅      NT$1200\n   400ml     黑      NT$1500\n",
  };
  const size_t left_out[] = {2, 4, 4};
  for (size_t k = 0; k < 3; ++k) {
    const auto lines = RunRule(pages[k], left_out[k]);
    for (size_t i = left_out[k]; i < lines.size(); ++i) EXPECT_FALSE(lines[i].kept()) << pages[k] << i;
  }
}

// An article's facts box right under its body: kept, in both scripts.
// Its body's last paragraph is line 0; the rest was left out.
TEST(RecordTails, AnArticlesFactsBoxComesBack) {
  const char* boxes[] = {
      "   老闆說這碗麵會一直賣下去。\n\n   阿明麵家\n   地址：油麻地廟街12號\n   電話：2385 1234\n"
      "   營業時間：11:00–22:00\n   人均消費：約$60\n\n   相片集\n",
      "   这家店已经开了二十年。\n\n   老街馄饨铺\n   地址：成都市青羊区宽巷子8号\n   营业时间：07:00–14:00\n"
      "   人均：25元\n   推荐菜：红油抄手\n",
      "   展覽將巡迴全台。\n\n   島嶼的光：台灣攝影百年展\n   展期：2026/12/01–2027/03/01\n   地點：國立美術館\n"
      "   票價：全票150元\n   開放時間：週二至週日 9:00–17:00\n",
      "   这本书值得一读再读。\n\n   《山河故人》\n   作者：李远\n   出版社：人民文学出版社\n   出版时间：2025年6月\n"
      "   定价：68元\n",
      "   歡迎親子一同參加。\n\n   日期：2026年12月20日\n   地點：市立圖書館三樓\n   主辦：文化局\n   報名費：免費\n",
      "   沿途可以看見整片芒草。\n\n   擎天崗步道\n   全長：2.4公里\n   海拔：770公尺\n   難度：低\n"
      "   所需時間：約1.5小時\n",
      "   这款手机的续航令人满意。\n\n   型号：X20 Pro\n   价格：3999元起\n   上市时间：2026年10月\n"
      "   配置：12GB+256GB\n",
      "   活動名額有限，請提早報名。\n\n\n   冬季市集\n   時間：12月每週六 10:00–18:00\n   地點：華山文創園區\n"
      "   攤位：120攤\n",
  };
  for (const char* page : boxes) {
    const auto lines = RunRule(page, 1);
    size_t back = 0;
    for (size_t i = 1; i < lines.size(); ++i) back += lines[i].kept() && !lines[i].core.starts_with(U"相片");
    EXPECT_GE(back, 4u) << page;
  }
  const char* stay[] = {
      // A contact footer.
      ("   本會將持續關注此案。\n\n   某某協會\n   地址：台北市中正區某路1號\n   電話：02-2345-6789\n"
       "   傳真：02-2345-6790\n   電郵：info@example.org\n"),
      // Two fields only.
      "   歡迎參加。\n\n   日期：12月20日\n   地點：圖書館\n",
      // Fields running straight into a menu.
      "   歡迎參加。\n\n   日期：12月20日\n   地點：圖書館\n   主辦：文化局\n   * 首頁\n",
      // Fields far below the body.
      "   歡迎參加。\n\n   熱門文章\n   網友推薦\n\n   日期：12月20日\n   地點：圖書館\n   主辦：文化局\n",
  };
  for (const char* page : stay) {
    const auto lines = RunRule(page, 1);
    for (size_t i = 1; i < lines.size(); ++i) EXPECT_FALSE(lines[i].kept()) << page << i;
  }
}

// A sub-heading left out alone between two kept rows of spaced cells.
TEST(RecordTails, ASubHeadingInsideKeptRowsComesBack) {
  struct Case {
    const char* above;
    const char* heading;
    const char* below;
    bool back;
  };
  const Case cases[] = {
      {"八角        1个", "调料", "盐          适量", true},
      {"蒜頭        3瓣", "醬汁", "醬油        2大匙", true},
      {"螢幕        6.7吋", "電池", "容量        5000mAh", true},
      {"美式咖啡    80元", "飲品", "紅茶拿鐵    90元", true},
      {"08:00       09:30", "假日班次", "09:00       10:30", true},
      {"主機板      1片", "配件", "電源線      1條", true},
      {"王小明      12分", "下半場", "李大華      8分", true},
      {"Flour       200g", "Sauce", "Butter      30g", true},
      // A button between fields, a sentence, a link row, a two-cell line.
      {"地址：某路1號", "附近公司", "简介：一家公司", false},
      {"八角        1个", "注意。", "盐          适量", false},
      {"八角        1个", "[更多]", "盐          适量", false},
      {"八角        1个", "调料    适量", "盐          适量", false},
  };
  for (const Case& c : cases) {
    const std::string page = std::string("   ") + c.above + "\n   " + c.heading + "\n   " + c.below + "\n";
    std::vector<PageLine> lines = MakePageLines(page);  // views into `page`
    lines[1].reason = "outside the main text";
    KeepRecordTails(lines);
    EXPECT_EQ(lines[1].kept(), c.back) << c.heading;
  }
  // Its row above dropped: it stays out.
  std::vector<PageLine> lines = MakePageLines("   八角        1个\n   调料\n   盐          适量\n");
  lines[0].reason = "menu or link list";
  lines[1].reason = "outside the main text";
  KeepRecordTails(lines);
  EXPECT_FALSE(lines[1].kept());
}

// A listing's party block a little below its kept text: a heading that
// names an information block, a name maybe, two fields or more, one
// more than a contact's. In both scripts; a site's contact footer, a
// block under "關於我們" and one with contact fields only stay out.
TEST(RecordTails, AListingsPartyBlockComesBack) {
  const char* blocks[] = {
      "車商資訊\n[logo.jpg] 北辰汽車 中山店\n營業時間：09:00-21:00\n地址：北辰市中山路1號\n",
      "仲介資訊\n北辰房屋 中正加盟店\n經紀人：王大明\n電話：02-2345-6789\n",
      "公司简介\n北辰科技有限公司\n行业：软件开发\n规模：100-499人\n",
      "店家信息\n营业时间：10:00-22:00\n人均：85元\n",
      "房東資料\n陳小姐\n可看屋時間：平日晚上\n聯絡電話：0912-345-678\n",
      "商家資訊\n北辰咖啡\n營業時間：08:00-18:00\n公休：週一\n",
      "主办方信息\n北辰文化传媒\n活动时间：2026年3月1日\n地点：北辰剧场\n",
      "賣家資料\n林先生（個人）\n看車地點：北辰市\n所在地：北辰市中山區\n",
  };
  for (const char* block : blocks) {
    const std::string text = std::string("   里程  5.2萬公里\n   (BUTTON) 查看報告\n\n") + block + "   (BUTTON) 聯絡\n";
    const auto lines = RunRule(text.c_str(), 1);
    EXPECT_EQ(KeptCores(lines).size(), 1 + static_cast<size_t>(std::count(block, block + std::strlen(block), '\n')))
        << block;
  }
  const char* footers[] = {
      "關於我們\n地址：北辰市中山路1號\n營業時間：09:00-18:00\n",
      "網站資訊\n地址：北辰市中山路1號\n電話：02-2345-6789\n",
      "相關車款\n營業時間：09:00-21:00\n地址：北辰市中山路1號\n",
      "車商資訊\n本店成立於1998年，專營進口車，歡迎來店賞車。\n",
  };
  for (const char* block : footers) {
    const std::string text = std::string("   里程  5.2萬公里\n\n") + block;
    EXPECT_EQ(KeptCores(RunRule(text.c_str(), 1)).size(), 1U) << block;
  }
}

// A record's section heading left out over a run of its kept fields, a
// blank line above it; in both scripts. A link label right under a
// picture, a heading over two fields, a line with a bar and a sentence
// stay out.
TEST(RecordTails, ASectionHeadingOverKeptFieldsComesBack) {
  const char* headings[] = {"基本資料", "基本信息", "學校資料", "课程信息",
                            "藥品資訊", "车辆档案", "場地資料", "基金概况"};
  for (const char* h : headings) {
    const std::string text = std::string("   北辰書院\n\n   ") + h + "\n   類別：資助\n   性別：男女\n   創校：1998\n";
    std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    lines[2].reason = "outside the main text";
    std::vector<size_t> kept = KeepRecordTails(lines);
    EXPECT_TRUE(lines[2].reason.empty()) << h;
  }
  const char* stays[][2] = {
      {"   [poster.jpg]\n", "   更新描述或海报\n"},
      {"\n", "   基本資料 | 課程\n"},
      {"\n", "   請填寫以下資料。\n"},
  };
  for (const auto& s : stays) {
    const std::string text =
        std::string("   北辰書院\n") + s[0] + s[1] + "   類別：資助\n   性別：男女\n   創校：1998\n";
    std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    lines[2].reason = "outside the main text";
    if (lines[1].placeholder) lines[1].reason = "image placeholder";
    KeepRecordTails(lines);
    EXPECT_EQ(lines[2].reason, "outside the main text") << s[1];
  }
  std::vector<PageLine> two = MakePageLines("   北辰書院\n\n   基本資料\n   類別：資助\n   性別：男女\n\n");
  two[2].reason = "outside the main text";
  KeepRecordTails(two);
  EXPECT_EQ(two[2].reason, "outside the main text");
}

// A sports centre's record in Simplified (written for this test): under its
// kept table of hours (rows of two cells), another table of the same
// layout with its heading, then sections (a list of facilities, a notice
// sentence, transport fields) come back; a bulleted list of other venues
// ends them. On an article (too few fields) the same sections stay out.
const char kSportsCentre[] =
    "   地址：杭州市拱墅区运河路18号\n"
    "   电话：0571-8800 1234\n"
    "   开放对象：全体市民\n"
    "   收费标准：按场次收费\n"
    "   开放时间\n"
    "   星期一至星期五        06:30 – 21:30\n"
    "   星期六、星期日        08:00 – 21:00\n"
    "   法定节假日            08:00 – 18:00\n"
    "\n"
    "   2027年春节期间开放安排\n"
    "   除夕                  休馆\n"
    "   正月初一至初三        10:00 – 16:00\n"
    "   正月初四起            恢复正常开放\n"
    "\n"
    "   场馆设施\n"
    "   标准游泳池\n"
    "   羽毛球馆（12片场地）\n"
    "   乒乓球室\n"
    "   健身房\n"
    "\n"
    "   温馨提示\n"
    "   进入泳池须穿着泳衣泳帽，并出示有效的健康证明或签署安全承诺书。\n"
    "\n"
    "   交通指引\n"
    "   地铁：5号线运河站B出口步行约5分钟\n"
    "   公交：58路、121路运河路站\n"
    "\n"
    "   周边场馆\n"
    "     * 拱墅区全民健身中心\n"
    "     * 运河体育公园\n"
    "     * 杭州市游泳健身中心\n";

TEST(RecordTails, SectionsUnderARecordsTableComeBackUpToABulletedList) {
  const auto kept = KeptCores(RunRule(kSportsCentre, 8));
  EXPECT_EQ(kept.size(), 22u);
  for (const char* line : {"2027年春节期间开放安排", "正月初四起            恢复正常开放", "场馆设施",
                           "羽毛球馆（12片场地）", "健身房", "温馨提示", "交通指引", "公交：58路、121路运河路站"}) {
    EXPECT_NE(std::find(kept.begin(), kept.end(), line), kept.end()) << line;
  }
  for (const char* line : {"周边场馆", "运河体育公园"}) {
    EXPECT_EQ(std::find(kept.begin(), kept.end(), line), kept.end()) << line;
  }
}

TEST(RecordTails, SectionsUnderAnArticleStayOut) {
  const char article[] =
      "   运河体育中心今天起试行夜间延时开放，市民反映热烈，首晚入场人数超过八百人次。\n"
      "   中心负责人表示，试行期间将根据人流情况调整开放时段，并增加救生员配置。\n"
      "\n"
      "   场馆设施\n"
      "   标准游泳池\n"
      "   羽毛球馆\n"
      "   乒乓球室\n"
      "\n"
      "   温馨提示\n"
      "   进入泳池须穿着泳衣泳帽，并出示有效的健康证明或签署安全承诺书。\n";
  const auto kept = KeptCores(RunRule(article, 2));
  EXPECT_EQ(kept.size(), 2u);
}

// A restaurant's record written for this test (Traditional, Taipei): the
// location box under the text, a heading naming the place over the
// address with a link to the map under it, comes back; the nearby list
// stays out.
TEST(RecordTails, ALocationBoxWithItsMapLinkComesBack) {
  const char* page =
      "     * 首頁\n     * 美食\n   首頁 > 台北 > 大安區 > 餐廳\n\n阿霞米糕\n\n   [photo1.jpg]\n\n"
      "   創立於1968年的老字號米糕店，米糕以長糯米蒸製，淋上自熬肉燥，搭配魚鬆與小黃瓜，是大安區上班族的早午餐首選。"
      "店內另有四神湯與豬血湯，份量十足。\n\n"
      "   每逢週末店外常大排長龍，建議避開中午尖峰時段前往。\n\n"
      "   地點\n   台北市大安區復興南路一段390號\n   在 Google 地圖上查看\n\n"
      "   附近餐廳\n     * 永康牛肉麵\n     * 鼎泰豐\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "地點")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "台北市大安區復興南路一段390號")) << c.text;
  EXPECT_FALSE(Contains(c.text, "Google")) << c.text;
  EXPECT_FALSE(Contains(c.text, "永康牛肉麵")) << c.text;
}

// A city bureau's release (Simplified) written for this test: its contact
// block under the body (联系人, 联系电话, 电子邮件) is the release's contact
// footer and stays out.
TEST(RecordTails, APressReleasesContactBlockStaysOut) {
  const char kPage[] =
      "   [logo.png] 东江市民政局\n\n"
      "东江市新增五家社区养老服务中心\n\n"
      "   发布时间：2026-11-18\n\n"
      "   记者从市民政局获悉，11月18日，东江市新增的五家社区养老服务中心同时投入运营，"
      "为周边老年人提供日间照料、助餐和康复服务。\n"
      "   五家中心均由社会组织运营，床位合计一百二十张，六十岁以上老人可凭社保卡预约。\n"
      "   市民政局表示，明年将再建成十家社区养老服务中心，实现街道全覆盖。\n\n"
      "   联系人：市民政局养老服务处 周女士\n"
      "   联系电话：0760-88812345\n"
      "   电子邮件：ylfw@mzj.dongjiang.example.cn\n\n"
      "   相关链接\n"
      "     * 东江市养老服务地图\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "实现街道全覆盖")) << c.text;
  EXPECT_FALSE(Contains(c.text, "联系人：")) << c.text;
  EXPECT_FALSE(Contains(c.text, "电子邮件：")) << c.text;
}

// An exam notice (Simplified) written for this test: under its body, a
// heading whose last word every field under it ends with comes back with
// the fields, the notice's own text.
TEST(RecordTails, ABlockNamedByItsHeadingComesBack) {
  const char kPage[] =
      "   [logo.png] 南湖县人力资源和社会保障局\n\n"
      "关于2026年度专业技术人员继续教育集中培训的通知\n\n"
      "   各有关单位：根据省人社厅年度工作安排，我县将于12月中旬组织专业技术人员继续教育集中培训，"
      "请各单位按要求组织人员报名。\n"
      "   培训分公需科目和专业科目两部分，学员须全部完成方可取得本年度继续教育学时。\n\n"
      "   咨询、投诉及举报受理电话\n"
      "   政策咨询、报名受理电话：0760-88810001\n"
      "   投诉、举报受理电话：0760-88810002\n\n"
      "   [top.png] 回到顶部\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "咨询、投诉及举报受理电话")) << c.text;
  EXPECT_TRUE(Contains(c.text, "政策咨询、报名受理电话：0760-88810001")) << c.text;
  EXPECT_TRUE(Contains(c.text, "投诉、举报受理电话：0760-88810002")) << c.text;
}

}  // namespace record_tails_test
}  // namespace wenyuan::clean
