// The section-label rule on pages written for this test: a city
// government's release (Simplified) that prints its section's name between
// the headline and the date line, as the breadcrumb's last item; a news
// page (Traditional) with a kind word over the headline; and an entry whose
// short title repeats the breadcrumb over its body, which stays.
#include "clean/section_labels.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(SectionLabels, BreadcrumbSectionBetweenHeadlineAndDateGoes) {
  const char kRelease[] =
      "   [市水务局]\n"
      "   首页 | 机构概况 | 政务公开 | 互动交流\n"
      "   首页 > 政务公开 > 工作动态\n"
      "   (BUTTON) 打印 (BUTTON) 关闭\n"
      "   市水务局部署汛前河道清淤工作 六月底前完成主城区重点河段疏浚\n"
      "   工作动态\n"
      "   发布时间：2026-04-02　来源：市水务局\n"
      "   4月1日，市水务局召开汛前河道清淤工作部署会，要求各区在六月底前完成主城区重点河段"
      "疏浚任务，确保汛期行洪通畅。\n"
      "   会议指出，今年全市计划清淤河道42条，总长度约180公里，其中主城区重点河段15条。"
      "各区要倒排工期，落实责任，汛前逐段验收。\n";
  const CleanedDocument c = CleanDocument(kRelease, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "市水务局部署汛前河道清淤工作")) << c.text;
  EXPECT_TRUE(Contains(c.text, "发布时间：2026-04-02")) << c.text;
  EXPECT_FALSE(HasLine(c.text, "工作动态")) << c.text;
}

// A message board's reply page (Simplified, another site's shape): the
// crumb's last item printed at the margin over a long unpunctuated
// headline, which the line rules read as link labels run together at
// first. The label goes; the headline stays.
TEST(SectionLabels, ACrumbLabelOverARunTogetherHeadlineGoes) {
  const char kReply[] =
      "   首页 > 互动交流 > 留言选登 > 留言详情\n"
      "   (BUTTON) 打印 (BUTTON) 关闭\n\n"
      "留言详情\n\n"
      "关于城南小学门口早晚高峰车辆乱停放影响学生通行的问题\n\n"
      "   留言时间：2026-11-20　　答复时间：2026-11-27\n\n"
      "   "
      "您好！城南小学门口道路较窄，每天上学和放学时段接送车辆随意停放，学生只能从车缝中穿行，存在安全隐患，希望有关部门"
      "加强管理。\n"
      "   答复：经区交警大队现场核查，已在学校门口增设临时停车区，并在早晚高峰安排警力疏导，感谢您对学生安全的关心。\n";
  const CleanedDocument c = CleanDocument(kReply, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "关于城南小学门口早晚高峰车辆乱停放影响学生通行的问题")) << c.text;
  EXPECT_TRUE(Contains(c.text, "留言时间：2026-11-20")) << c.text;
  EXPECT_FALSE(Contains(c.text, "留言详情")) << c.text;
}

TEST(SectionLabels, KindWordOverTheHeadlineGoes) {
  const char kNews[] =
      "   [地方新聞網]\n"
      "   首頁 | 政治 | 社會 | 地方 | 生活\n"
      "   即時新聞\n"
      "   花蓮縣府擴大補助偏鄉學童交通車 明年起再增六條路線\n"
      "   記者林書萍／花蓮報導  2026-05-06 14:20\n"
      "   花蓮縣政府今天宣布，明年起擴大補助偏鄉學童交通車，在秀林、萬榮與卓溪三鄉再增加"
      "六條路線，每天接送約三百名國中小學童上下學。\n"
      "   教育處表示，新路線將由縣府與客運業者簽約營運，學童免費搭乘，家長不必再每天開車"
      "往返山路接送。\n";
  const CleanedDocument c = CleanDocument(kNews, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "花蓮縣府擴大補助偏鄉學童交通車")) << c.text;
  EXPECT_FALSE(HasLine(c.text, "即時新聞")) << c.text;
}

TEST(SectionLabels, ShortTitleThatRepeatsTheBreadcrumbStays) {
  const char kEntry[] =
      "   百科 | 首頁 | 分類\n"
      "   首頁 > 河川 > 青石溪\n"
      "   青石溪\n"
      "   青石溪是東山縣北部的一條河川，發源於雲嶺山區，全長約三十二公里，流經三個鄉鎮後注入"
      "大安河，是沿岸農田灌溉的主要水源。\n"
      "   青石溪上游有天然闊葉林，中游建有攔河堰一座，下游河段設有自行車道與親水公園。\n";
  const CleanedDocument c = CleanDocument(kEntry, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "青石溪")) << c.text;
}

// An issuer's name with the kind of page under the breadcrumb, over the
// date line and the headline (Traditional), and a kind label over a
// wrapped headline past the buttons (Simplified): both go. A tender
// notice whose kind label is its only heading keeps it.
TEST(SectionLabels, KindLabelUnderTheBreadcrumbGoesWhenATitleFollows) {
  const char kRelease[] =
      "   [logo.png] 臺南地方檢察署\n"
      "   首頁 | 最新消息 | 為民服務 | 便民查詢\n"
      "   首頁 > 最新消息 > 新聞稿\n"
      "   (BUTTON) 列印 (BUTTON) 分享\n"
      "   臺南地方檢察署新聞稿\n"
      "   發布日期：115年3月4日\n"
      "   本署偵結跨境電信詐欺集團案件起訴嫌犯十二人\n"
      "   本署偵辦跨境電信詐欺集團一案，經三個月蒐證，已於本月偵查終結，依組織犯罪防制條例"
      "等罪嫌起訴十二名被告。\n"
      "   檢察官指出，該集團以投資群組誘騙民眾匯款，受害人逾八十人，金額達新臺幣九千萬元。\n";
  const CleanedDocument r = CleanDocument(kRelease, SourceLayout::kWebDump, nullptr);
  EXPECT_FALSE(HasLine(r.text, "臺南地方檢察署新聞稿")) << r.text;
  EXPECT_TRUE(Contains(r.text, "本署偵結跨境電信詐欺集團案件起訴嫌犯十二人")) << r.text;

  const char kNotice[] =
      "   [logo.png] 市交通运输局\n"
      "   首页 | 政务公开 | 办事服务 | 互动交流\n"
      "   首页 > 通知公告 > 施工占道公告\n"
      "   施工占道公告\n"
      "   (BUTTON) 打印 (BUTTON) 收藏\n"
      "   关于滨江大道（长兴路至南湖路段）夜间封闭施工期间实施交通\n"
      "   管制的通告\n"
      "   发布日期：2026-05-11\n"
      "   因滨江大道雨污分流改造工程施工需要，自2026年5月15日起至6月30日止，每日22时至次日"
      "5时对该路段实施全封闭管制，过往车辆请绕行长兴路、南湖路。\n"
      "   管制期间，公交线路临时调整，具体以站牌公告为准。\n";
  const CleanedDocument n = CleanDocument(kNotice, SourceLayout::kWebDump, nullptr);
  EXPECT_FALSE(HasLine(n.text, "施工占道公告")) << n.text;
  EXPECT_TRUE(Contains(n.text, "因滨江大道雨污分流改造工程施工需要")) << n.text;

  const char kTender[] =
      "   [logo.png] 縣政府採購網\n"
      "   首頁 | 標案查詢 | 決標公告 | 廠商專區\n"
      "   首頁 > 標案查詢 > 招標公告\n"
      "   招標公告\n"
      "   公告日：115/02/03\n"
      "   機關資料\n"
      "   機關名稱          某縣政府工務處\n"
      "   聯絡人            林先生\n"
      "   採購資料\n"
      "   標案名稱          115年度道路標線重劃工程\n"
      "   預算金額          3,200,000元\n";
  const CleanedDocument t = CleanDocument(kTender, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(t.text, "招標公告")) << t.text;
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

TEST(SectionLabels, AnIssuersKindLabelAtTheMarginIsTheHeadline) {
  // A water resources office's 通告 in Simplified: its issuer and kind
  // printed as the page's heading at the margin over the date; indented
  // under the breadcrumb, the same line is the site's label.
  const std::string body =
      "   发布日期：2026-12-04\n"
      "   发布单位：水政监察科\n"
      "\n"
      "   因城北泵站检修，2026年12月8日8时至18时城北片区停止供水，请居民提前做好储水准备。\n"
      "   检修如提前完成，将提前恢复供水，不再另行通知。\n";
  const std::string top =
      "   [logo] 市水利局\n"
      "   首页 > 通知公告 > 停水通知\n"
      "   (BUTTON) 打印 (BUTTON) 关闭\n"
      "\n";
  const CleanedDocument margin =
      CleanDocument(top + "市水利局城北片区停水通告\n\n" + body, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(margin.text, "市水利局城北片区停水通告")) << margin.text;
  EXPECT_TRUE(Contains(margin.text, "因城北泵站检修")) << margin.text;
}

}  // namespace
}  // namespace wenyuan::clean
