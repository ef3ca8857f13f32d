// The one-line furniture rules on lines written for this test, in both
// scripts: each widget, label and notice gets its reason; headings and
// sentences that share a word with them stay.
#include "clean/line_furniture.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace line_furniture_test {

std::string Reason(std::string_view raw) {
  const PageLine l = MakePageLine(raw);
  return LineFurnitureReason(l.raw, l.core, l.placeholder);
}

TEST(LineFurniture, ButtonsWidgetsAndCounters) {
  EXPECT_EQ(Reason("(BUTTON) 登入"), "button or form field");
  // A select box, its value padded with underscores in brackets.
  EXPECT_EQ(Reason("請選擇地區： [台北市___]"), "button or form field");
  EXPECT_EQ(Reason("出发城市 [上海__]"), "");
  // The page's own address under a label that says so.
  EXPECT_EQ(Reason("本文链接：https://example.cn/a/20261205/123.html"), "the page's own address");
  EXPECT_EQ(Reason("本書永久網址: https://hdl.handle.net/11296/abc123"), "the page's own address");
  EXPECT_EQ(Reason("官方網站：https://www.example.com.tw"), "");  // the record's field
  EXPECT_EQ(Reason("[查看地图]"), "button or form label");
  EXPECT_EQ(Reason("查看地圖"), "button or form label");
  EXPECT_EQ(Reason("登录"), "button or form label");
  EXPECT_EQ(Reason("收藏文章 订阅作者"), "button or form label");
  EXPECT_EQ(Reason("[icon-heart.png] 加入最愛   [icon-map.png] 加入行程   列印"), "button or form label");
  EXPECT_EQ(Reason("加入收藏  加入书签  打印"), "button or form label");
  EXPECT_EQ(Reason("加入我们"), "");
  EXPECT_EQ(Reason("【中 大 小】"), "button or form label");
  // A category path given as a field, and a picture named in Han characters.
  EXPECT_EQ(Reason("法規類別： 行政 > 交通部 > 路政目"), "category path");
  EXPECT_EQ(Reason("所属栏目：首页 > 政务公开 > 通知公告"), "category path");
  EXPECT_EQ(Reason("主旨：請於 3 > 2 之情形辦理，並回報。"), "");
  EXPECT_EQ(Reason("[北辰市立圖書館外觀.jpg]"), "image placeholder");
  EXPECT_EQ(Reason("【字体：大 中 小】"), "button or form label");
  EXPECT_EQ(Reason("0条 Plus"), "button or form label");
  EXPECT_EQ(Reason("分享到 Facebook"), "share widget");
  EXPECT_EQ(Reason("友善列印"), "share widget");
  EXPECT_EQ(Reason("【字体：大中小】 【打印本页】 【关闭窗口】"), "share widget");
  EXPECT_EQ(Reason("打开北辰日报APP，阅读全文"), "app promotion");
  // An event's calendar link and a place's map link, in both scripts.
  EXPECT_EQ(Reason("加入行事曆"), "button or form label");
  EXPECT_EQ(Reason("添加到日历"), "button or form label");
  EXPECT_EQ(Reason("查看地图"), "button or form label");
  EXPECT_EQ(Reason("查看地圖上標示的三個集合點。"), "");
  // An app named in words, in both scripts; a sentence about one stays.
  EXPECT_EQ(Reason("下載「北辰醫健」流動應用程式，預約門診更方便"), "app promotion");
  EXPECT_EQ(Reason("下载“北辰医健”手机应用程序，挂号更省心"), "app promotion");
  EXPECT_EQ(Reason("下載應用程式後，須以身分證號碼登記。"), "");
  EXPECT_EQ(Reason("上一篇：北辰市公布新預算"), "previous/next links");
  EXPECT_EQ(Reason("下篇 »"), "previous/next links");
  // A heading about printing, a heading about collecting: not widgets.
  EXPECT_EQ(Reason("列印服務供應商如何協助機關減碳"), "");
  EXPECT_EQ(Reason("收藏家的十個習慣"), "");
}

TEST(LineFurniture, PicturesLabelsAndEndMarks) {
  EXPECT_EQ(Reason("[img-1678694693.jpg?w=600]"), "image placeholder");
  EXPECT_EQ(Reason("IMG_2023_0815"), "image name");
  EXPECT_EQ(Reason("Tags："), "section label");
  EXPECT_EQ(Reason("参考资料^ [4]"), "reference note");
  EXPECT_EQ(Reason("- 完 -"), "end mark");
  EXPECT_EQ(Reason("－完－"), "end mark");
  // In brackets, the writer's own last words: kept as the body's end.
  EXPECT_EQ(Reason("（完）"), "");
  EXPECT_EQ(Reason("(全文完)"), "");
  EXPECT_EQ(Reason("閱讀原文"), "link to the original");
  EXPECT_EQ(Reason("完"), "");  // the word alone, without a mark's dashes or brackets
}

TEST(LineFurniture, NoticesBreadcrumbsAndLinkRows) {
  EXPECT_EQ(Reason("北辰日報版權所有 © 2024"), "copyright notice");
  EXPECT_EQ(Reason("本報所刊載內容之著作權為北辰日報所有，未經許可禁止轉載。"), "copyright notice");
  // A contract's or a regulation's article about rights is a rule.
  EXPECT_EQ(
      Reason("第  十五  條    本計畫所獲得之著作權等智慧財產權利，概歸甲方所有，未經甲方同意，乙方不得對外發表。"), "");
  EXPECT_EQ(Reason("（三）成果報告之著作權歸屬本局，未經同意不得重製。"), "");
  EXPECT_EQ(Reason("七、本契約之著作權所有，依著作權法辦理。"), "");
  EXPECT_EQ(Reason("本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意。"), "cookie notice");
  // What a form's button agrees to, in both scripts; a law's words on consent stay.
  EXPECT_EQ(Reason("点击“提交留言”，即表示您同意本站的用户协议与隐私政策。"), "consent notice");
  EXPECT_EQ(Reason("按下「送出」即代表您已閱讀並同意本網站服務條款。"), "consent notice");
  EXPECT_EQ(Reason("當事人簽署同意書，即表示同意依本辦法第五條之規定辦理。"), "");
  EXPECT_EQ(Reason("增值电信业务经营许可证：京B2-20090123"), "site licence or contact footer");
  EXPECT_EQ(Reason("網路出版服務許可證（2019）第0123號"), "site licence or contact footer");
  // A regulation's words about permits.
  EXPECT_EQ(Reason("二、危險性機械及設備製造許可證之核發及查核"), "");
  EXPECT_EQ(Reason("准許（免除簽發許可證）。"), "");
  EXPECT_EQ(Reason("地址：100216臺北市中正區忠孝東路一段1號　總機：(02)2358-5858"), "site licence or contact footer");
  EXPECT_EQ(Reason("地址及電話"), "");  // a table's column header
  EXPECT_EQ(Reason("首頁 > 新聞 > 科技"), "breadcrumb");
  EXPECT_EQ(Reason("首頁 › 論壇 › 存儲 › 求助：硬盤怎麼選？"), "breadcrumb");
  // A category and its section behind a guillemet; a bare ">" may compare.
  EXPECT_EQ(Reason("美食 » 甜點"), "breadcrumb");
  EXPECT_EQ(Reason("科技 › 手机"), "breadcrumb");
  EXPECT_EQ(Reason("收入 > 支出"), "");
  EXPECT_EQ(Reason("第一季度营收 » 同比增长三成的原因"), "");
  EXPECT_EQ(Reason("關於我們 | 聯絡我們 | 隱私權政策 | 網站地圖"), "menu or link list");
  EXPECT_EQ(Reason("港聞娛樂特價酒店區議會選舉生活國際即時最Hit體育科技中國經濟觀點"), "link text run together");
  EXPECT_EQ(Reason("【市政快訊】路燈故障報修流程【預算】市府公布新預算"), "link text run together");
  // A sentence, and a headline led by its unit's tag, are no such thing.
  EXPECT_EQ(Reason("北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置。"), "");
  EXPECT_EQ(Reason("【課務組】一一三學年度第二學期期末考試時間與試場座位公告"), "");
}

TEST(LineFurniture, WidgetCellReasons) {
  EXPECT_TRUE(IsWidgetCellReason("share widget"));
  EXPECT_TRUE(IsWidgetCellReason("image placeholder"));
  EXPECT_FALSE(IsWidgetCellReason("copyright notice"));
  EXPECT_FALSE(IsWidgetCellReason("menu or link list"));
}

// A record's number field whose label ends in 字號 (發文字號, 來文字號) is
// no font-size widget; the widget's 字號 still is one.
TEST(LineFurniture, ADocumentNumberFieldIsNoFontSizeWidget) {
  EXPECT_EQ(Reason("   發文字號   府授教字第1120098765號"), "");
  EXPECT_EQ(Reason("来文字号：北政办函〔2024〕12号"), "");
  EXPECT_EQ(Reason("裁判字號 112年度訴字第305號"), "");
  // A bill's field row whose label is 字號 alone.
  EXPECT_EQ(Reason("字號  院總第2031號 政府提案第18877號"), "");
  EXPECT_EQ(Reason("字号：国函〔2025〕第36号"), "");
  // The number apart from 號, or in Han numerals.
  for (const char* field :
       {"裁判字號：臺灣臺北地方法院 113 年度訴字第 2045 號民事判決", "發文字號：府授社字第 1130045678 號",
        "来文字号：京政办发〔2025〕 18 号", "案件字號　最高法院 112 年度台上字第 88 號",
        "公文字號: 衛部醫字第 1131660123號", "質詢字號：第 1187/VIII/2026 號",
        "裁判字號：臺灣高等法院一一三年度上字第五六號", "处罚字号：沪市监处〔2026〕 320 号"}) {
    EXPECT_EQ(Reason(field), "") << field;
  }
  EXPECT_EQ(Reason("字號 小 中 大 列印"), "share widget");
  EXPECT_EQ(Reason("字号 + -"), "share widget");
  EXPECT_EQ(Reason("字號：大 中 小"), "share widget");
  // The font-size control's 字號, and the 字號 of a shop's or a case's name.
  for (const char* widget : {"【字號 大 中 小】", "选择字号：小 中 大", "列印 | 字號 | 分享", "字號 A A A",
                             "設定字號 小 中 大", "调整字号 A+ A-", "[ icon ] 小字号", "大字號"}) {
    EXPECT_EQ(Reason(widget), "share widget") << widget;
  }
  for (const char* line : {"深水埗老字號冰室 第二代接手 新增自家製飲品", "百年老字号 传承手艺",
                           "中華老字號評選 結果出爐", "商號字號登記 常見問題"}) {
    EXPECT_EQ(Reason(line), "") << line;
  }
  EXPECT_EQ(Reason("調整字號 A+ A-"), "share widget");
}

// A font-size control whose choices are letters of growing size, under any
// of its labels; a line that only names letters, or a heading about type,
// is no control.
TEST(LineFurniture, AFontSizeRowWithLetterChoices) {
  for (const char* widget : {"字體： A A A", "字体：A- A A+", "【字型 A A】", "文字大小: A+ A-"}) {
    EXPECT_EQ(Reason(widget), "button or form label") << widget;
  }
  EXPECT_EQ(Reason("A A A"), "");
  EXPECT_EQ(Reason("字體設計 A 到 Z"), "");
  EXPECT_EQ(Reason("字型：思源黑體"), "");
}

// Where a picture came from, printed under it: a credit, not a caption.
TEST(LineFurniture, PictureCredits) {
  EXPECT_EQ(Reason("图片来源：东方IC"), "picture credit");
  EXPECT_EQ(Reason("圖片提供：北辰市文化局"), "picture credit");
  EXPECT_EQ(Reason("图源：网络"), "picture credit");
  // A sentence about a picture's source is the text's.
  EXPECT_EQ(Reason("图片来源不明的照片在网上流传了三天，警方已介入调查。"), "");
}

TEST(LineFurniture, CategoryFields) {
  EXPECT_TRUE(IsCategoryField(DecodeUtf32("類別     財政及經濟")));
  EXPECT_TRUE(IsCategoryField(DecodeUtf32("分类：社会新闻")));
  EXPECT_TRUE(IsCategoryField(DecodeUtf32("栏目: 通知公告")));
  EXPECT_FALSE(IsCategoryField(DecodeUtf32("類別為本法所稱之特定事業者，應依第五條辦理。")));
  EXPECT_FALSE(IsCategoryField(DecodeUtf32("分類")));
  EXPECT_FALSE(IsCategoryField(DecodeUtf32("服務分類 交通及通訊")));  // a dataset's own field
}

// A record's section named after an act that also labels a button
// ("追蹤事項", "訂閱方式"): a heading; the buttons still go.
TEST(LineFurniture, SectionsNamedAfterAButtonsVerbAreHeadings) {
  for (std::string_view heading :
       {"追蹤事項", "追踪事项", "訂閱方式", "订阅须知", "收藏說明", "追蹤辦理情形", "追踪进度", "追蹤結果"}) {
    EXPECT_EQ(Reason(heading), "") << heading;
  }
  for (std::string_view button : {"追蹤", "收藏本文", "訂閱作者", "追踪我们", "收藏 訂閱", "加入收藏 打印"}) {
    EXPECT_EQ(Reason(button), "button or form label") << button;
  }
}

TEST(LineFurniture, LinksBackToTheTopGo) {
  EXPECT_EQ(Reason("[top.gif] 回最上方"), "button or form label");
  EXPECT_EQ(Reason("返回页首"), "button or form label");
  // A sentence that mentions the page's top is text.
  EXPECT_EQ(Reason("請點選網頁最上方的回頁首按鈕。"), "");
}

TEST(LineFurniture, RowsOfLinksBackGo) {
  EXPECT_EQ(Reason("回上一頁   回頁首"), "button or form label");
  EXPECT_EQ(Reason("返回上页 | 返回首页 | 回到顶部"), "button or form label");
  // One link back alone is the other rules' business; a sentence is text.
  EXPECT_EQ(Reason("返回上页 查看全文"), "");
  EXPECT_EQ(Reason("如需返回上页，请点击浏览器的后退按钮。"), "");
}

TEST(LineFurniture, AGazettesIssueFields) {
  EXPECT_TRUE(IsIssueField(DecodeUtf32("期別：2026年第22期")));
  EXPECT_TRUE(IsIssueField(DecodeUtf32("公报日期：2026年11月16日")));
  EXPECT_TRUE(IsIssueField(DecodeUtf32("卷期：第114卷 第9期 法規篇")));
  EXPECT_TRUE(IsCategoryField(DecodeUtf32("篇别：规章")));
  EXPECT_FALSE(IsIssueField(DecodeUtf32("卷期")));
  EXPECT_FALSE(IsIssueField(DecodeUtf32("公报日期：本期公报于2026年11月16日出版，请各单位及时查阅。")));
  EXPECT_FALSE(IsIssueField(DecodeUtf32("期别：春季班")));
}

TEST(LineFurniture, APromptToCommentAloneGoes) {
  EXPECT_EQ(Reason("   【我要評論】"), "button or form label");
  EXPECT_EQ(Reason("   我来说两句"), "button or form label");
  EXPECT_EQ(Reason("   参与互动"), "button or form label");
  // A sentence that invites the reader to take part is the article's.
  EXPECT_EQ(Reason("   歡迎市民參與討論社區的未來規劃。"), "");
}

}  // namespace line_furniture_test
}  // namespace wenyuan::clean
