#include "clean/main_text_finder.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "clean/boilerplate_filter.h"
#include "clean/document_cleaner.h"
#include "clean/record_closings.h"

namespace wenyuan::clean {
namespace main_text_finder_test {

std::map<std::string, std::string> ReasonsByLine(const FilterResult& r) {
  std::map<std::string, std::string> out;
  for (const auto& d : r.dropped) out[d.text] = d.reason;
  return out;
}

// A news page: menus, then the headline, date and byline separated from the
// body by widgets and category tags, the body, an in-article list of
// related links with more of the article below it, and the footer.
const char* kNewsPage =
    "首頁\n新聞\n體育\n財經\n娛樂\n\n"
    "北辰市智慧路燈年底完工\n\n"
    "  * 2024 / 05 / 21\n"
    "  * 作者： 林小明\n"
    "  * 分類： 市政, 科技\n"
    "回到上一頁\n"
    "(BUTTON)\n\n"
    "北辰市政府今日宣布，全市智慧路燈將於年底前完工，提供5G微型基地台與環境感測服務。\n"
    "資訊服務處表示，智慧路燈優先設置於學校與捷運站周邊，感測資料也將開放民眾下載。\n\n"
    "相關閱讀\n"
    "  * 路燈故障報修流程\n"
    "  * 市府公布新預算\n\n"
    "市府也提醒，智慧路燈施工期間，部分路段將實施交通管制，請用路人留意。\n"
    "施工時間為平日晚間十點至清晨五點。\n\n"
    "譯者：王大同\n"
    "北辰日報版權所有 © 2024\n";

TEST(MainTextFinder, KeepsHeadlineDateBylineAndBodyAcrossAnInArticleList) {
  FilterResult r = FilterBoilerplate(kNewsPage, /*web_page=*/true, nullptr);
  for (const char* kept : {"北辰市智慧路燈年底完工", "2024 / 05 / 21", "作者： 林小明", "全市智慧路燈將於年底前完工",
                           "部分路段將實施交通管制", "施工時間為平日晚間十點至清晨五點。", "譯者：王大同"}) {
    EXPECT_NE(r.text.find(kept), std::string::npos) << kept << " missing from:\n" << r.text;
  }
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(r.text.find("分類"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("回到上一頁"), std::string::npos) << r.text;
  EXPECT_FALSE(reasons["相關閱讀"].empty());
  EXPECT_FALSE(reasons["* 路燈故障報修流程"].empty());
  EXPECT_EQ(reasons["新聞"], "menu or link list");
}

TEST(MainTextFinder, AHeadlineMustShareTheBodysWords) {
  // "最新消息" reads like a title but the body never says it: not a headline.
  const char* page =
      "首頁\n新聞\n體育\n財經\n\n"
      "最新消息一覽表\n\n"
      "北辰市政府今日宣布，全市智慧路燈將於年底前完工，提供5G微型基地台與環境感測服務。\n"
      "資訊服務處表示，智慧路燈優先設置於學校與捷運站周邊，感測資料也將開放民眾下載。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("全市智慧路燈"), std::string::npos);
  // Without a headline the short lines just above the body are kept, as before.
  EXPECT_NE(r.text.find("最新消息一覽表"), std::string::npos) << r.text;
}

TEST(MainTextFinder, ATableOfContentsIsNotTheHead) {
  const char* page =
      "  * 什麼是智慧路燈\n"
      "  * 智慧路燈的好處\n"
      "  * 智慧路燈的建置\n"
      "  * 智慧路燈的維護\n"
      "  * 智慧路燈的未來\n\n"
      "智慧路燈是什麼？\n\n"
      "智慧路燈結合照明、5G微型基地台與環境感測，是智慧城市的基礎設施，北辰市將於年底前完工。\n"
      "智慧路燈的好處包括節能、即時監測與故障自動回報，維護成本也比傳統路燈低。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("智慧路燈是什麼？"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("智慧路燈的維護"), std::string::npos) << r.text;
}

TEST(MainTextFinder, WrappedParagraphsStayWhole) {
  // A hard-wrapped first line without punctuation and a short sentence end
  // belong to the body.
  const char* page =
      "首頁\n新聞\n體育\n財經\n\n"
      "ChatGPT開發商OpenAI行政總裁奧爾特曼（Sam\n"
      "Altman）上周末遭無預警開除後，共同創辦人兼主席布羅克曼也跟着走人，事件至今持續發酵。\n\n"
      "分析認為，若危機進一步蔓延至整個行業，相關科技的發展步伐將難免整體放緩，延遲當前的\n"
      "發展進程。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("行政總裁奧爾特曼（Sam"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("發展進程。"), std::string::npos) << r.text;
}

// A forum board's header (its name, counters, a slogan that has a comma
// and so reads as prose, its tabs) above the thread's title: the title
// the reader found marks where the thread starts.
TEST(MainTextFinder, BoardHeaderAboveTheThreadTitle) {
  const char kPage[] =
      "摄影吧\n"
      "关注：8.1万　贴子：92.4万\n"
      "用镜头记录生活，分享你的每一张好照片\n"
      "看贴 图片 精品 吧规\n"
      "新手求助：夜景照片总是糊怎么办\n"
      "回复贴：9　1 2 下一页\n"
      "晚上在江边拍夜景，手持拍出来的照片总是糊的，快门速度已经调到了三十分之一秒，还是不行。\n"
      "是不是一定要买三脚架？还是相机设置有问题？\n";
  auto r = FilterBoilerplate(kPage, true, nullptr, false, false, "新手求助：夜景照片总是糊怎么办");
  EXPECT_NE(r.text.find("新手求助：夜景照片总是糊怎么办"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("晚上在江边拍夜景"), std::string::npos) << r.text;
  for (const char* chrome : {"摄影吧", "关注：", "用镜头记录生活", "看贴"}) {
    EXPECT_EQ(r.text.find(chrome), std::string::npos) << chrome << "\n" << r.text;
  }
}

// A university's press release written for this test: a "导读" label and a like
// button in the head, the release's source line and a columnist's long
// credit below the text, a media-contact block, then the release's photos,
// each printed as its label twice and then its caption.
const char kPressRelease[] =
    "   * 首页\n   * 新闻\n   * 招生\n   * 校友\n\n"
    "   北辰大学研发湿地水质监测机器人\n"
    "   时间: 2024-03-12 09:30:15\n"
    "   点赞\n"
    "   导读\n\n"
    "   "
    "北辰大学环境工程系团队近日研发出一款湿地水质监测机器人，能够在湖面自主巡航，实时采集水样并分析溶解氧和浊度等指标。"
    "\n\n"
    "   团队负责人表示，机器人搭载了太阳能电池板，可以连续工作七十二小时，监测数据会同步上传到学校的环境数据平台，"
    "供管理部门参考。\n\n"
    "   目前，监测机器人已经在北辰湖完成了为期三个月的试运行，下一步将在更多湿地推广使用。\n\n"
    "   新聞來源：新闻中心\n\n"
    "   撰文 : 陈明 北辰大学环境工程系教授、北辰市环境科学学会副理事长兼秘书长、湿地保护联盟理事\n\n"
    "   媒体联系：\n   北辰大学新闻中心\n   电话：(0123) 8888 0000\n\n"
    "   湿地水质监测机器人在北辰湖巡航 湿地水质监测机器人在北辰湖巡航\n\n"
    "   湿地水质监测机器人在北辰湖巡航\n"
    "   校园秋季招生开放日 校园秋季招生开放日\n\n"
    "   校园秋季招生开放日\n\n"
    "   地址 北辰市大学路1号\n";

TEST(MainTextFinder, LabelsInTheHeadCreditsAndPhotosBelowTheRelease) {
  const FilterResult r = FilterBoilerplate(kPressRelease, true, nullptr);
  auto reasons = ReasonsByLine(r);
  // The headline and its date stay; the label and the button do not.
  EXPECT_NE(r.text.find("   北辰大学研发湿地水质监测机器人\n   时间: 2024-03-12 09:30:15\n"), std::string::npos)
      << r.text;
  EXPECT_EQ(reasons["导读"], "section label");
  EXPECT_EQ(reasons["点赞"], "button or form label");
  // The source line and the long labelled credit below the text stay; the
  // contact block does not.
  EXPECT_NE(r.text.find("新聞來源：新闻中心\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("撰文 : 陈明 北辰大学环境工程系教授"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("媒体联系"), std::string::npos) << r.text;
  // The photo of what the release is about keeps its caption, once; the
  // doubled label goes, and so does a photo of something else.
  EXPECT_NE(r.text.find("   湿地水质监测机器人在北辰湖巡航\n"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("巡航 湿地"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("招生开放日"), std::string::npos) << r.text;
}

// A city office's release (Simplified, another site's shape) with its lead
// picture and an unpunctuated caption between the date line and the body:
// the caption does not end the head, so headline and date stay, and the
// caption that speaks of the body stays with them.
TEST(MainTextFinder, ALeadPicturesCaptionBetweenHeadAndBody) {
  const FilterResult r = FilterBoilerplate(
      "   * 首页\n   * 新闻\n   * 公告\n   * 互动\n\n"
      "   东湖绿道南段12月起分段封闭维修　游客可改走湖心环线\n\n"
      "   信息来源：市园林局　　发布时间：2026-11-26 10:05\n"
      "   分享到：[weibo.png] [wechat.png]\n\n"
      "   [20261126_lake_01.jpg]\n"
      "   园林局工作人员向游客介绍东湖绿道南段维修期间的绕行路线\n"
      "   为保障游客安全，市园林局将于12月1日起对东湖绿道南段进行分段封闭维修，预计工期两个月。\n"
      "   维修期间，游客可改走湖心环线，南段入口将设置提示牌和引导人员，工作人员会在现场指引。\n"
      "   园林局提醒市民关注官方公众号发布的最新封闭路段信息，合理安排出行。\n",
      true, nullptr);
  for (const char* kept : {"东湖绿道南段12月起分段封闭维修", "发布时间：2026-11-26 10:05",
                           "园林局工作人员向游客介绍东湖绿道南段维修期间的绕行路线", "预计工期两个月"}) {
    EXPECT_NE(r.text.find(kept), std::string::npos) << kept << "\n" << r.text;
  }
  EXPECT_EQ(r.text.find("分享到"), std::string::npos) << r.text;
}

// A city congress's answer to a deputy's proposal (Simplified, another
// body's shape): the sitting named under the headline ("…第三次会议") is
// the record's head and stays; a sentence that names a meeting is body.
TEST(MainTextFinder, TheSittingUnderARecordsHeadlineStays) {
  const FilterResult r = FilterBoilerplate(
      "   * 首页\n   * 建议提案\n   * 办理结果\n   * 互动\n\n"
      "   关于加快老旧小区加装电梯审批的建议及答复\n\n"
      "   北辰市第十六届人民代表大会第三次会议\n"
      "   建议内容\n"
      "   "
      "市人大代表王红建议：我市老旧小区加装电梯申请多、审批环节多，群众反映办理周期过长，建议简化审批流程，推行联合审查"
      "。\n"
      "   "
      "答复：市住房和城乡建设局会同规划、市场监管等部门，已于今年推行加装电梯联合审查，审批时限压缩至二十个工作日。\n"
      "   下一步，我局将继续优化流程，并在街道设立咨询窗口，方便居民就近办理。\n",
      true, nullptr);
  EXPECT_NE(r.text.find("   关于加快老旧小区加装电梯审批的建议及答复\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("   北辰市第十六届人民代表大会第三次会议\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("方便居民就近办理"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("办理结果"), std::string::npos) << r.text;
}

// A tutorial whose last numbered section is a list of downloads below the
// prose, with a pointer to the original post under it; a photo's short
// title over its caption; and a list right below a full line of text.
const char kTutorial[] =
    "   首页 沸点 课程 登录\n\n"
    "用树莓派做一个温湿度记录器\n\n"
    "   原文链接阅读更舒服：树莓派温湿度记录器全过程\n\n"
    "一、准备材料\n\n"
    "   需要一块树莓派、一个温湿度传感器和几根杜邦线，材料总价不到三百元，网上都能买到。\n\n"
    "二、连接传感器\n\n"
    "   树莓派接线示意图\n"
    "   树莓派接线示意图，传感器的数据脚接到第七号引脚，电源脚接到三点三伏引脚。\n\n"
    "   接好以后通电，传感器上的指示灯会亮起，说明供电正常，可以开始写读取数据的程序了。\n\n"
    "三、编写记录程序\n\n"
    "   "
    "程序每分钟读取一次温度和湿度，把读数连同时间写进一个文本文件，方便以后画成曲线，也方便导入到表格软件里分析数据\n"
    "     * 读数失败时，等两秒再读一次\n"
    "     * 每天零点，换一个新文件\n\n"
    "四、资源下载汇总\n\n"
    "   接线图高清版：pan.example.com/s/3c8cc96f3…\n\n"
    "   记录程序源码：git.example.com/pi/th-logger\n\n"
    "   原文链接阅读更舒服：树莓派温湿度记录器全过程\n\n"
    "   相关推荐\n"
    "   用树莓派做家庭媒体中心\n"
    "   8.9k阅读\n";

TEST(MainTextFinder, LastNumberedSectionPhotoTitleAndListItems) {
  const FilterResult r = FilterBoilerplate(kTutorial, true, nullptr);
  auto reasons = ReasonsByLine(r);
  // The downloads are the article's fourth section.
  EXPECT_NE(r.text.find("四、资源下载汇总"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("记录程序源码：git.example.com/pi/th-logger"), std::string::npos) << r.text;
  EXPECT_EQ(reasons["原文链接阅读更舒服：树莓派温湿度记录器全过程"], "link to the original");
  EXPECT_EQ(r.text.find("家庭媒体中心"), std::string::npos) << r.text;
  // The photo's title goes; its caption stays.
  EXPECT_EQ(reasons["树莓派接线示意图"], "photo title over its caption");
  EXPECT_NE(r.text.find("树莓派接线示意图，传感器的数据脚"), std::string::npos) << r.text;
}

TEST(MainTextFinder, AListItemIsNotJoinedToTheFullLineAboveIt) {
  const CleanedDocument c = CleanDocument(kTutorial, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("导入到表格软件里分析数据\n读数失败时，等两秒再读一次\n每天零点，换一个新文件\n"),
            std::string::npos)
      << c.text;
}

// An endless page: the article, its tags, then the next (sponsored) story
// the page loaded below it, with its date, its headline printed twice and
// its own text.
TEST(MainTextFinder, AnArticleAppendedBelowThePagesOwnIsNotKept) {
  std::string page =
      "   首頁 科技 財經 登入\n\n"
      "北辰市智慧路燈調查：七成市民滿意\n\n"
      "   2024/05/21\n\n";
  for (int i = 0; i < 6; ++i) {
    page += "   市府委託的調查顯示，七成市民滿意新的智慧路燈，認為夜間照明更均勻，第" + std::to_string(i + 1) +
            "項指標也比去年進步，市府將持續改善。\n\n";
  }
  page +=
      "   Tags：\n     * 路燈\n\n"
      "   Sponsored 2024/05/20\n"
      "   教育\n\n"
      "   北辰科技大學與廠商合作，學生免費使用高效能筆電\n"
      "   北辰科技大學與廠商合作，學生免費使用高效能筆電\n\n"
      "   "
      "北辰科技大學與廠商合作，提供學生高效能筆電，幫助學生在課堂上完成影像與程式作業，也開放給其他科系預約使用。\n\n"
      "   廠商表示，未來也會在校內舉辦講座，教學生使用新的軟體工具，提升學習與創作的效率。\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("七成市民滿意新的智慧路燈"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("第6項指標"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("北辰科技大學"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("講座"), std::string::npos) << c.text;
}

// A blog page whose body starts with its headline (a comma made it prose):
// the site's menu lines above it are not taken for the article's head, and
// the author's card below the last numbered section is not part of it.
TEST(MainTextFinder, HeadlineAtTheTopOfTheBodyAndTheAuthorCardBelow) {
  const std::string page =
      "          + (BUTTON) 创作者中心\n"
      "               o 写文章\n"
      "               o 草稿箱\n"
      "            创作灵感 查看更多\n"
      "     * vip\n"
      "       会员\n\n"
      "   路灯数据分析入门：从收集数据到画出第一张图表\n\n"
      "一、收集数据\n\n"
      "   路灯数据分析的第一步是收集数据，包括每盏路灯的位置、型号、耗电量和故障记录。\n\n"
      "二、画出图表\n\n"
      "   把路灯数据按月份汇总，再画成折线图，就能看出耗电量和故障次数的变化趋势。\n\n"
      "三、参考\n\n"
      "   1、data.example.gov/streetlights\n\n"
      "   2、www.example.com/charts\n\n"
      "   avatar\n"
      "   路灯小王 创作等级LV.3\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.text.starts_with("路灯数据分析入门：从收集数据到画出第一张图表\n")) << c.text;
  EXPECT_NE(c.text.find("2、www.example.com/charts"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("avatar"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("创作等级"), std::string::npos) << c.text;
}

// A city portal's notice: the information box above the headline (index
// number, category, issuing body, date written, document number,
// validity), the notice, the attachments it names, its signature and date,
// and the site's download links and footer under it.
TEST(MainTextFinder, NoticeFieldsAndClosingKept) {
  const std::string page =
      "   首页 政务公开 政务服务 互动交流\n\n"
      "   您当前的位置：首页 > 政务公开 > 通知公告\n\n"
      "   索 引 号： 000014349/2024-00088\n"
      "   主题分类： 城乡建设\\住房\n"
      "   发布机构： 北辰市住房和城乡建设局\n"
      "   成文日期： 2024-05-20\n"
      "   文 号： 北建〔2024〕31号\n"
      "   是否有效： 有效\n\n"
      "   关于开展2024年度老旧小区加装电梯补贴申报的通知\n\n"
      "   各区住房和城乡建设局，各街道办事处：\n\n"
      "   "
      "为改善老旧小区居民出行条件，现就2024年度既有住宅加装电梯财政补贴申报有关事项通知如下，请各单位认真组织实施。\n\n"
      "   一、补贴标准\n\n"
      "   每台电梯补贴二十万元，由市、区两级财政各承担一半，补贴资金在电梯验收合格后一次性拨付。\n\n"
      "   二、申报时间\n\n"
      "   申报时间为2024年6月1日至9月30日，逾期不再受理，请各区按时汇总上报申报材料。\n\n"
      "   附件：1.加装电梯补贴申请表\n"
      "         2.业主意见汇总表\n\n"
      "   北辰市住房和城乡建设局\n"
      "   2024年5月20日\n\n"
      "   相关附件：\n"
      "     * 附件1：加装电梯补贴申请表.docx\n\n"
      "   主办：北辰市人民政府办公厅 网站标识码：1100000001\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"发布机构： 北辰市住房和城乡建设局", "成文日期： 2024-05-20", "文 号： 北建〔2024〕31号",
        "关于开展2024年度老旧小区加装电梯补贴申报的通知", "每台电梯补贴二十万元", "附件：1.加装电梯补贴申请表",
        "业主意见汇总表", "北辰市住房和城乡建设局\n2024年5月20日"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view dropped : {"索 引 号", "主题分类", "是否有效", "相关附件", ".docx", "网站标识码"}) {
    EXPECT_EQ(c.text.find(dropped), std::string::npos) << dropped << "\n" << c.text;
  }
  EXPECT_EQ(GuessTitle(c.text), "关于开展2024年度老旧小区加装电梯补贴申报的通知");
  EXPECT_TRUE(IsDocumentField(DecodeUtf32("發布機關： 北辰市政府")));
  EXPECT_TRUE(IsDocumentField(DecodeUtf32("文 号： 北建〔2024〕31号")));
  EXPECT_FALSE(IsDocumentField(DecodeUtf32("索 引 号： 000014349/2024-00088")));
  EXPECT_FALSE(IsDocumentField(DecodeUtf32("房委會：騰出單位可加快編配")));
}

// A newspaper article: the headline over its dek (no blank line between)
// and a share row, then the body, and the paper's unnamed byline at the end.
TEST(MainTextFinder, HeadlineOverDekAndClosingByline) {
  const std::string page =
      "   要聞 港聞 經濟 國際\n\n"
      "   上一篇 | 下一篇\n\n"
      "   東區海濱長廊下月全線通行　單車徑同步開放\n"
      "   康文署：夜間照明延至凌晨　居民盼增設洗手間\n\n"
      "   [分享到 Facebook] [WhatsApp] [列印]\n\n"
      "   "
      "【本報訊】東區海濱長廊最後一段工程完成，康文署表示長廊下月一日全線通行，單車徑同步開放，市民可由北角一直走到柴灣"
      "。\n\n"
      "   康文署發言人表示，長廊沿途設有二十組夜間照明，開放時間延長至凌晨一時，並會在三個休憩處設置飲水機。\n\n"
      "   有居民表示歡迎長廊通車，但希望當局在沿途增設洗手間，方便晨運長者和帶小朋友的家庭使用。\n\n"
      "   本報記者\n\n"
      "   相關字詞﹕東區 海濱長廊 康文署\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("東區海濱長廊下月全線通行　單車徑同步開放\n康文署：夜間照明延至凌晨"), std::string::npos)
      << c.text;
  EXPECT_NE(c.text.find("希望當局在沿途增設洗手間"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("本報記者"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("分享到"), std::string::npos) << c.text;
  EXPECT_EQ(GuessTitle(c.text), "東區海濱長廊下月全線通行　單車徑同步開放");
}

// A school office's announcement: its headline led by the office's tag,
// numbered items, and the office's sign-off below them.
TEST(MainTextFinder, UnitTaggedHeadlineAndSignOffKept) {
  const std::string page =
      "   [logo.png] 北辰科技大學 學務處\n\n"
      "     * 關於本處\n     * 生活輔導組\n     * 課外活動組\n     * 衛生保健組\n\n"
      "   首頁 / 最新消息 / 生活輔導組公告\n\n"
      "   【生輔組】113學年度第1學期校外賃居安全訪視說明\n\n"
      "   公告單位：生活輔導組　發布日期：2024-09-10　點閱數：864\n\n"
      "   一、為維護校外賃居同學之居住安全，本組將於十月起會同里長及房東進行賃居安全訪視。\n\n"
      "   二、訪視項目包括消防設備、逃生通道、熱水器安裝位置及門窗安全，訪視結果將登錄於賃居系統。\n\n"
      "   三、賃居同學請於九月三十日前至賃居系統登錄住址，未登錄者將由導師協助追蹤聯繫。\n\n"
      "   生活輔導組 敬啟\n\n"
      "   附件下載：\n     * 賃居安全自主檢核表.pdf（120 KB）\n\n"
      "   回列表 | 回上一頁 | TOP\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebPage, nullptr);
  for (std::string_view kept : {"【生輔組】113學年度第1學期校外賃居安全訪視說明\n", "公告單位：生活輔導組",
                                "一、為維護校外賃居同學", "三、賃居同學請於", "生活輔導組 敬啟"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view gone : {"附件下載", ".pdf", "回列表", "首頁 /"}) {
    EXPECT_EQ(c.text.find(gone), std::string::npos) << gone << "\n" << c.text;
  }
}

// A public account's article: its headline shares few words with the text
// but stands right over its byline and date; below the end mark, the
// source line is kept and the editor-and-reviewer credit is not.
TEST(MainTextFinder, HeadlineOverItsBylineAndSourceBelowTheEndMark) {
  const std::string page =
      "   微信公众平台\n\n"
      "   开学季到了，这份护眼小贴士请家长收藏\n\n"
      "   原创 小卫 北辰卫健 2024-08-28 19:05 发表于江苏\n\n"
      "   点击上方蓝字 关注我们\n"
      "   [640.gif]\n\n"
      "   近视防控要从小抓起。据市眼科医院统计，我市小学生近视率已超过三成，而且呈低龄化趋势，"
      "家长要帮助孩子养成良好的用眼习惯。\n\n"
      "   每天户外活动两小时，是预防近视最有效的办法之一。阳光能促进眼内多巴胺分泌，"
      "延缓眼轴增长，周末可以多带孩子去公园走走。\n\n"
      "   读写时保持一尺、一拳、一寸的正确姿势，连续用眼四十分钟要休息十分钟，远眺窗外放松眼睛。\n\n"
      "   — END —\n\n"
      "   来源：北辰市卫生健康委员会\n"
      "   编辑：小卫　审核：刘芳\n\n"
      "   往期推荐\n"
      "     * 秋季腹泻高发，这些预防要点请收好\n"
      "     * 接种流感疫苗，这些问题要知道\n\n"
      "   阅读 2,108\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebPage, nullptr);
  for (std::string_view kept :
       {"开学季到了，这份护眼小贴士请家长收藏\n", "原创 小卫 北辰卫健 2024-08-28 19:05 发表于江苏",
        "近视防控要从小抓起", "远眺窗外放松眼睛", "来源：北辰市卫生健康委员会"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view gone : {"审核", "END", "关注我们", "往期推荐", "阅读 2,108"}) {
    EXPECT_EQ(c.text.find(gone), std::string::npos) << gone << "\n" << c.text;
  }
}

// A portal article: the report button under its date line goes, the
// source line below the body stays, the editor's credit with a staff id
// and the platform's notice go.
TEST(MainTextFinder, PortalSourceLineKeptStaffCreditDropped) {
  const std::string page =
      "   [logo.png] 北辰新闻 > 新闻中心 > 社会新闻 > 正文\n\n"
      "   北辰地铁三号线年底通车 沿线新增六个换乘站\n\n"
      "   2024-07-02 08:15:20　来源: 北辰日报　江苏\n\n"
      "   举报\n\n"
      "   记者从市轨道交通集团获悉，地铁三号线目前已进入空载试运行阶段，预计年底开通运营，"
      "全线设站二十四座，其中六座为换乘站。\n\n"
      "   三号线贯通城市南北，开通后从北站到南部新城的通勤时间将由一个半小时缩短至四十分钟左右，"
      "沿线居民出行将更加便捷。\n\n"
      "   本文来源：北辰日报\n"
      "   责任编辑：赵敏_NB1187\n\n"
      "   特别声明：本文为北辰号自媒体平台作者上传并发布，仅代表该作者观点。北辰网仅提供信息发布平台。\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebPage, nullptr);
  for (std::string_view kept :
       {"北辰地铁三号线年底通车", "来源: 北辰日报", "地铁三号线目前已进入空载试运行阶段", "本文来源：北辰日报"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view gone : {"举报", "责任编辑", "特别声明"}) {
    EXPECT_EQ(c.text.find(gone), std::string::npos) << gone << "\n" << c.text;
  }
}

// A gazette order that is mostly a form (short field lines, check boxes)
// has no prose span for a main text; its lines are then not "outside" a
// main text that was never found.
TEST(MainTextFinder, AFormWithNoProseSpanKeepsItsText) {
  const std::string page =
      "農業部令\t中華民國114年3月2日\n"
      "農金字第1140001234號\n"
      "修正「青年農民創業貸款要點」第三點附表，自即日生效。\n"
      "部長　王大同\n"
      "\n"
      "青年農民創業貸款申請書\n"
      "一、申請人基本資料\n"
      "姓名\n"
      "身分證統一編號\n"
      "出生日期\n"
      "民國　　年　　月　　日\n"
      "住址\n"
      "電話：\n"
      "□ 個別經營  □ 合作經營\n"
      "□ 共同經營  □ 其他（    ）\n"
      "農場地址\n"
      "經營面積　　　公頃\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("修正「青年農民創業貸款要點」第三點附表，自即日生效。"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("青年農民創業貸款申請書"), std::string::npos) << r.text;
  for (const auto& d : r.dropped) EXPECT_NE(d.reason, "outside the main text") << d.text;
}

// A two-character menu word that the first sentence begins with is no
// entry title; a three-character one right above is.
TEST(MainTextFinder, EntryTitleAboveItsLede) {
  const std::string body =
      "為提升急診服務品質，自下月起增設夜間兒科門診，並延長藥局服務時間至晚上十點，方便民眾就醫。\n"
      "門診地點在急診大樓二樓，掛號可透過網路或現場辦理，健保卡請隨身攜帶。\n";
  CleanedDocument menu =
      CleanDocument("首頁\n本院\n門診\n交通\n回到首頁\n\n本院" + body, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(menu.text.starts_with("本院為提升")) << menu.text;
  CleanedDocument entry =
      CleanDocument("首頁\n門診\n交通\n聯絡\n\n東岸院\n\n東岸院" + body, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(entry.text.starts_with("東岸院\n")) << entry.text;
}

// A health agency's Q&A page written for this test: its headline shares
// one word with the body ("痛風") and stands over the tool row (font size,
// share, print) above the body, under a sidebar's topic list.
TEST(MainTextFinder, HeadlineOverTheToolRow) {
  const std::string page =
      "   首頁 > 健康主題 > 慢性病\n\n"
      "慢性病\n\n     * 糖尿病\n     * 高血壓\n     * 痛風\n     * 腎臟病\n\n"
      "痛風Q&A：吃海鮮一定會發作嗎\n\n"
      "   字級：(BUTTON) 小 (BUTTON) 中 (BUTTON) 大\n"
      "   分享：[facebook] [line] [print] 列印\n\n"
      "   痛風是尿酸結晶沉積在關節引起的發炎反應，常在半夜突然發作，腳的大拇趾最常受影響，疼痛劇烈。\n\n"
      "   高尿酸血症的人並非都會發作，但飲酒、暴飲暴食及脫水都會提高風險，平時應多喝水並控制體重。\n\n"
      "   急性發作時應盡快就醫，依醫囑使用消炎止痛藥物，不要自行熱敷或按摩患部，以免加重發炎。\n";
  CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.text.starts_with("痛風Q&A：吃海鮮一定會發作嗎\n")) << c.text;
  EXPECT_EQ(c.text.find("腎臟病"), std::string::npos) << c.text;
}

TEST(MainTextFinder, ABulletinsNextUpdateBelowItsPictures) {
  const std::string page =
      "濃霧特報\n"
      "   發布時間：114年02月03日 05:20\n"
      "   今晨西半部沿海及金門、馬祖易有局部濃霧，能見度可能低於200公尺，請注意行車安全。\n"
      "   海面航行船隻應減速慢行，並開啟霧燈及雷達，留意周圍船隻動態。\n\n"
      "   示意圖\n"
      "   [fog_0520.png]\n"
      "   (BUTTON) 放大\n\n"
      "   下次更新：02月03日 11:00 前後\n\n"
      "   相關連結\n     * 能見度觀測\n     * 海象資訊\n";
  CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.text.find("下次更新：02月03日 11:00 前後") != std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("能見度觀測"), std::string::npos) << c.text;
}

}  // namespace main_text_finder_test
}  // namespace wenyuan::clean
