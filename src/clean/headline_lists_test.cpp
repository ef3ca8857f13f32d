// The headline-list rules beside an aggregator's article (a portal that
// reprints a provider's story, written for this test in Simplified
// script): the provider's logo in brackets over the byline, the date and a
// reading time is the article's head, not a section over three headlines;
// the provider's "more from" list under the article still goes.
#include "clean/headline_lists.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kPortal[] =
    "   [综合资讯门户]\n"
    "   ____________________ (BUTTON) 搜索\n"
    "     * 首页\n"
    "     * 新闻\n"
    "     * 财经\n"
    "     * 体育\n"
    "   广告\n"
    "   [image] 春季家电焕新节 满三千减三百 ›\n"
    "\n"
    "   杭州地铁三期工程年底前全部开通 新增线路里程约一百六十公里\n"
    "   [钱江晚报]\n"
    "   钱江晚报 记者 周凯文\n"
    "   2026年3月9日 周一 上午10:12\n"
    "   阅读约 4 分钟\n"
    "   (BUTTON) 分享\n"
    "   [image]\n"
    "   杭州地铁集团9日表示，三期建设规划中的剩余线路将于年底前全部开通运营，届时全市地铁运营\n"
    "   里程将新增约一百六十公里，总里程突破六百公里，覆盖所有城区。\n"
    "   据介绍，今年计划开通的线路包括三条新线和两条延伸线，目前土建工程已基本完成，正在进行\n"
    "   设备安装和联调联试。地铁集团表示，开通前还将组织不少于三个月的空载试运行。\n"
    "   [钱江晚报]\n"
    "   更多钱江晚报报道\n"
    "     * 杭州公交线网优化方案公布 涉及四十多条线路\n"
    "     * 西湖景区周末交通管制时间调整\n"
    "     * 杭州东站枢纽改造工程启动\n";

TEST(HeadlineLists, ProviderLogoOverTheBylineIsTheArticlesHead) {
  const CleanedDocument c = CleanDocument(kPortal, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"杭州地铁三期工程年底前全部开通", "钱江晚报 记者 周凯文", "2026年3月9日 周一 上午10:12",
                           "杭州地铁集团9日表示", "组织不少于三个月的空载试运行"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"阅读约", "更多钱江晚报报道", "杭州公交线网优化方案公布", "春季家电焕新节"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A run of entries, each ending with how long ago in months ("3个月前"),
// written for this test in Simplified, between an article's paragraphs.
const char kMonthsAgo[] =
    "   城市更新条例草案公开征求意见 涉及老旧小区加装电梯\n"
    "   2026-03-09 10:12\n"
    "   市司法局9日公布城市更新条例草案，向社会公开征求意见，征求意见期为三十天。草案\n"
    "   明确，老旧小区加装电梯等改造项目可以按规定使用住宅专项维修资金。\n"
    "   老城区停车改造方案公布 新增泊位约两千个    3个月前\n"
    "   滨江公园二期开放 沿江步道贯通    4个月前\n"
    "   地铁站周边慢行系统改造完成验收    5个月前\n"
    "   草案还提出，改造方案应当经业主表决通过，并在小区内公示不少于十五日。业主委员会应当\n"
    "   将表决结果书面告知街道办事处，街道办事处收到后十个工作日内予以答复。\n";

TEST(HeadlineLists, EntriesDatedMonthsAgoAreAList) {
  const CleanedDocument c = CleanDocument(kMonthsAgo, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "在小区内公示不少于十五日")) << c.text;
  for (const char* dropped : {"新增泊位约两千个", "沿江步道贯通", "慢行系统改造", "个月前"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// An event page written for this test, in each script: its sessions, each
// a date with its weekday and time, stay under their heading; a list of
// news dated the same way but with no weekday and time still goes.
TEST(HeadlineLists, AnEventsSessionsAreNoHeadlineList) {
  for (bool traditional : {false, true}) {
    std::string page =
        traditional
            ? "冬日小夜曲弦樂四重奏巡迴音樂會\n\n"
              "   "
              "成軍十年的北辰弦樂四重奏今年冬天再度巡迴全台，本次音樂會以夜為題，帶領聽眾走過一天之中光影的變化。\n\n"
              "場次\n\n"
              "   2026/12/20(日) 14:30 臺中國家歌劇院 小劇場（已售完）\n"
              "   2026/12/27(日) 19:30 臺北市中山堂 光復廳\n"
              "   2027/01/03(日) 14:30 高雄衛武營 表演廳（另開售）\n\n"
              "   演出結束後將於前廳舉辦簽名會，凡購買當日節目冊即可參加，名額有限，請提早排隊。\n\n"
            : "冬日小夜曲弦乐四重奏巡演音乐会\n\n"
              "   成军十年的北辰弦乐四重奏今年冬天再度巡演，本次音乐会以夜为题，带领听众走过一天之中光影的变化。\n\n"
              "场次\n\n"
              "   2026/12/20(日) 14:30 北辰大剧院 小剧场（已售完）\n"
              "   2026/12/27(六) 19:30 北辰音乐厅 演奏厅\n"
              "   2027/01/03(日) 14:30 南港文化中心 剧场（另开售）\n\n"
              "   演出结束后将在前厅举办签名会，凡购买当日节目册即可参加，名额有限，请提早排队。\n\n";
    page +=
        "   2026-11-28 北辰樂團公布明年樂季節目\n   2026-11-20 北辰音樂廳整修完成重新開放\n"
        "   2026-11-12 市立圖書館新增樂譜借閱服務\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, "2026/12/27(")) << c.text;
    EXPECT_TRUE(Contains(c.text, "2027/01/03(日) 14:30")) << c.text;
    EXPECT_FALSE(Contains(c.text, "樂譜借閱")) << c.text;
  }
}

// A law's record of how it was passed, amended and put in force, one dated
// step a line, written for this test in each script (mainland local
// regulation, ROC regulation): the steps stay. Dated news headlines, some
// ending with "通過", around an article still go as a list.
TEST(HeadlineLists, ALawsDatedHistoryIsNoHeadlineList) {
  const char* simplified =
      "# 北辰市公园绿地管理条例\n\n"
      "2004年12月24日 北辰市第十三届人民代表大会常务委员会第十七次会议通过\n\n"
      "2005年1月15日 东海省第十届人民代表大会常务委员会第十二次会议批准\n\n"
      "2015年8月26日 "
      "北辰市第十五届人民代表大会常务委员会第二十九次会议通过的关于修改《北辰市公园绿地管理条例》的决定修正\n\n"
      "2015年9月24日 东海省第十二届人民代表大会常务委员会第十六次会议批准\n\n"
      "2015年9月24日 北辰市人民代表大会常务委员会公告公布\n\n"
      "2015年11月1日 施行\n\n"
      "第一条 为了加强公园绿地管理，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。\n\n"
      "第二条 本条例适用于本市行政区域内公园绿地的规划、建设、保护和管理。\n";
  const char* traditional =
      "北辰市政府令\t中華民國105年3月10日\n"
      "北市商字第10530244761號\n"
      "修正「北辰市市場攤販管理要點」，並自即日起生效。\n"
      "市長\u3000王大明\n"
      "北辰市市場攤販管理要點修正規定\n"
      "中華民國97年11月6日北市商字第0973134870號令訂頒\n"
      "中華民國98年12月24日北市商字第09834235111號令修正\n"
      "中華民國105年3月10日北市商字第10530244761號令修正\n"
      "一、 北辰市政府為管理本市市場攤販，維護市容觀瞻及公共安全，特訂定本要點。\n"
      "二、 本要點之主管機關為本府市場處。\n";
  for (const char* law : {simplified, traditional}) {
    const CleanedDocument c = CleanDocument(law, SourceLayout::kPlainText, nullptr);
    EXPECT_TRUE(c.dropped.empty()) << c.dropped.front().text;
    EXPECT_TRUE(Contains(c.text, "日 施行") || Contains(c.text, "號令訂頒")) << c.text;
  }

  const char* news =
      "   北辰市公園綠地管理條例修正草案 今起公開徵求意見\n"
      "   2026-03-10 09:30\n"
      "   北辰市法制局今日公布公園綠地管理條例修正草案，向社會公開徵求意見，期間為三十日。草案\n"
      "   明確，公園內得劃設寵物活動區，並由管理機關公告開放時間。\n"
      "   北辰市議會三讀通過    2026-03-09\n"
      "   北辰市社會住宅新制上路 首批申請開跑    2026-03-02\n"
      "   北辰捷運環狀線南段今起試營運    2026-02-23\n"
      "   草案還提出，公園內之攤販應經管理機關許可，並於指定地點營業，違者依規定處以罰鍰。管理\n"
      "   機關應於每年年底前公告次年度之公園維護計畫，並接受市民查詢。\n";
  const CleanedDocument n = CleanDocument(news, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(n.text, "接受市民查詢")) << n.text;
  for (const char* dropped : {"三讀通過", "首批申請開跑", "環狀線南段"}) {
    EXPECT_FALSE(Contains(n.text, dropped)) << dropped << "\n" << n.text;
  }
}

// A printed form attached to a regulation, written for this test: its
// bracketed fields (a label alone, a label with blanks to fill in, boxes to
// tick or a second label) are the form, not a section name over headlines,
// and the next regulation's heading under it stays. A portal's bracketed
// section over headlines that open with a tag ("【影音】") still goes.
TEST(HeadlineLists, APrintedFormsBracketedFieldsAreNoHeadlineList) {
  const char* regulation =
      "北辰市招牌設置申請要點修正規定\n"
      "二、申請設置招牌者，應備具申請書（附表一）及設計圖說，向本府工務局申請。\n"
      "附表一\n"
      "【１、申請人】\n"
      "【姓名】\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000【電話】\n"
      "【２、招牌概要】\n"
      "【設置地點】\n"
      "【招牌種類】□正面式\u3000□側懸式\u3000□屋頂式\n"
      "【招牌尺寸】\u3000\u3000\u3000\u3000公尺\u3000\u3000\u3000\u3000【面積】\n"
      "【使用期間】\u3000\u3000年\u3000\u3000月\u3000\u3000日至\u3000\u3000年\u3000\u3000月\u3000\u3000日\n"
      "【設計人】\n"
      "□設計圖說\u3000共\u3000頁\n"
      "北辰市廣告物管理辦法第三條修正規定\n"
      "第三條 廣告物之設置，應符合本辦法之規定，並不得妨礙公共安全及交通。\n";
  const CleanedDocument c = CleanDocument(regulation, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(c.dropped.empty()) << c.dropped.front().text;
  EXPECT_TRUE(HasLine(c.text, "北辰市廣告物管理辦法第三條修正規定")) << c.text;

  const char* portal =
      "北辰市圖書館週末延長開放\n"
      "北辰市立圖書館自下月起週末延長開放至晚間九點，並增加自習座位，方便考生與上班族使用。\n"
      "【熱門新聞】\n"
      "【影音】北辰捷運環狀線南段今起試營運\n"
      "【圖輯】北辰燈會點燈 吸引上萬人潮\n"
      "【專題】北辰老街再生計畫啟動\n"
      "圖書館表示，延長開放期間將加派人力，維持館內秩序與安全。\n";
  const CleanedDocument p = CleanDocument(portal, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(p.text, "加派人力")) << p.text;
  for (const char* dropped : {"環狀線南段", "點燈", "老街再生"}) {
    EXPECT_FALSE(Contains(p.text, dropped)) << dropped << "\n" << p.text;
  }
}

// A gazette order written for this test: the minister's name, then the
// title of a model table repeated for each of its three parts, each
// opening with a blank for the year ("○○年度"). They are the order's
// attachments, not a section name over a list of headlines.
TEST(HeadlineLists, AModelTablesTitlesWithABlankYearAreNoHeadlineList) {
  const char* order =
      "財政部令\t中華民國99年8月20日\n\n"
      "台財稅字第09904521230號\n\n"
      "訂定「北辰地區專業人士租稅優惠之費用明細表格式」。\n\n"
      "部\u3000\u3000長\u3000王大明\n\n"
      "○○年度給付北辰地區專業人士之費用明細表（甲表）\n\n"
      "○○年度給付北辰地區專業人士之費用明細表（甲表）\n\n"
      "○○年度給付北辰地區專業人士之費用明細表（甲表）\n\n"
      "一、本表由扣繳義務人於每年一月底前填報，並檢附相關證明文件。\n";
  const CleanedDocument c = CleanDocument(order, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(c.dropped.empty()) << c.dropped.front().text;
  EXPECT_TRUE(Contains(c.text, "○○年度給付")) << c.text;
}

// A plan converted to plain text, written for this test: each agency's
// tasks under its name as bullet points (some repeated for several
// agencies) and its meetings, each a dated line. In a document that is no
// web page these are its text. Headlines right under a reprint notice
// still go, wherever the notice stands.
TEST(HeadlineLists, OutsideAWebPageOnlyAListUnderANoticeIsOne) {
  const char* plan =
      "北辰市土石流防災應變計畫\n\n"
      "一、本計畫依災害防救法訂定，規範各機關於土石流警戒發布後之分工與應變作業程序。\n\n"
      "水土保持局\n"
      "●發布土石流警戒區\n"
      "●預報及警報之解除\n"
      "●防救災資源建檔\n"
      "●居民疏散避難與收容\n\n"
      "區公所\n"
      "●劃定管制區\n"
      "●居民疏散避難與收容\n"
      "●預報及警報之解除\n"
      "●避難處所整備\n\n"
      "二、各機關應於每年汛期前辦理演練，演練日期如下：\n\n"
      "2026年4月8日 北區土石流疏散避難演練\n"
      "2026年4月15日 南區土石流疏散避難演練\n"
      "2026年4月22日 山區部落疏散避難演練\n\n"
      "三、演練結果應於十日內函報本府消防局備查。\n";
  const CleanedDocument c = CleanDocument(plan, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(c.dropped.empty()) << c.dropped.front().text;
  EXPECT_TRUE(Contains(c.text, "北區土石流疏散避難演練")) << c.text;

  const char* copied =
      "北辰市圖書館週末延長開放至晚間九點\n\n"
      "北辰市立圖書館自下月起週末延長開放至晚間九點，並增加自習座位，方便考生與上班族使用。館方表示，"
      "延長開放期間將加派人力，維持館內秩序與安全。\n\n"
      "版權聲明：凡註明「來源：北辰日報」之作品，版權均屬北辰日報所有，未經授權不得轉載。\n"
      "北辰捷運環狀線南段今起試營運\n"
      "北辰燈會點燈 吸引上萬人潮\n"
      "北辰老街再生計畫啟動\n";
  const CleanedDocument n = CleanDocument(copied, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(Contains(n.text, "加派人力")) << n.text;
  for (const char* dropped : {"版權聲明", "環狀線南段", "點燈", "老街再生"}) {
    EXPECT_FALSE(Contains(n.text, dropped)) << dropped << "\n" << n.text;
  }
}

// A ministry's letter converted to plain text, written for this test: a
// court judgment under "【裁判全文】" and a table's versions under "【修正前】"
// and "【修正後】" are the letter's own parts, and a standard's dated
// revisions ("…（99年5月18日修訂公布）") its history. Under "【延伸閱讀】" the
// same shapes are other articles, in plain text too.
TEST(HeadlineLists, ADocumentsOwnBracketedPartsAreNoHeadlineList) {
  const char* letter =
      "北辰市政府法務局書函\n\n"
      "主旨：檢送本案判決全文一份，請查照。\n\n"
      "說明：依本局案件管理要點辦理。\n\n"
      "【裁判全文】\n"
      "北辰地方法院刑事判決\n"
      "115年度交訴字第278號\n"
      "公訴人　北辰地方法院檢察署檢察官\n"
      "被　告　王小明\n\n"
      "【修正前】\n"
      "附表一（證券商申請資格條件）\n"
      "信用評等機構名稱\n"
      "信用評等等級\n\n"
      "本案適用之國家標準如下：\n"
      "CNS 3220-3（115年5月18日修訂公布）\n"
      "CNS 3221（115年5月18日修訂公布）\n"
      "CNS 3220-3（106年1月18日修訂公布）\n\n"
      "正本：北辰市政府各局處\n";
  const CleanedDocument c = CleanDocument(letter, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(c.dropped.empty()) << c.dropped.front().text;

  const char* copied =
      "市府今年起在十個社區開設木工教室，由退休師傅授課，報名踴躍，第一期名額已全數額滿。\n"
      "【延伸閱讀】\n"
      "老街木雕工坊轉型記\n"
      "社區大學開設竹編課程\n"
      "青年返鄉經營傳統工藝\n"
      "課程全程免費，材料費由市府補助，結業學員可獲頒研習證書。\n";
  const CleanedDocument d = CleanDocument(copied, SourceLayout::kPlainText, nullptr);
  EXPECT_FALSE(Contains(d.text, "竹編課程")) << d.text;
  EXPECT_TRUE(Contains(d.text, "結業學員")) << d.text;
}

}  // namespace
}  // namespace wenyuan::clean
