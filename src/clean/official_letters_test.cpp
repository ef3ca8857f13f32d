// The official-letter rules on a letter written for this test (a city
// bureau's 書函 in Simplified script, another layout than any fixture's):
// its file fields and title kept above the fields, its distribution fields
// and signer kept below the items, the download list and e-document notice
// under it dropped.
#include "clean/official_letters.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(OfficialLetters, Shapes) {
  EXPECT_TRUE(IsLetterTitle(U"教育部　函"));
  EXPECT_TRUE(IsLetterTitle(U"江城市文化和旅游局书函"));
  EXPECT_TRUE(IsLetterTitle(U"臺南市政府 開會通知單"));
  EXPECT_FALSE(IsLetterTitle(U"函"));
  EXPECT_FALSE(IsLetterTitle(U"关于开展图书馆夜间开放试点的函"));
  EXPECT_TRUE(IsLetterFileField(U"档　　号：2025/WL-07"));
  EXPECT_TRUE(IsLetterFileField(U"保存年限：永久"));
  EXPECT_TRUE(IsAttachmentFileLine(U"夜间开放试点方案.docx (56 KB)"));
  EXPECT_TRUE(IsAttachmentFileLine(U"ATT_2025_0412.pdf（1.4MB）"));
  EXPECT_FALSE(IsAttachmentFileLine(U"附件：如说明二（试点方案.docx）"));
  EXPECT_FALSE(IsAttachmentFileLine(U"notes/config.txt"));  // a path in a tech article, no size
  EXPECT_FALSE(IsAttachmentFileLine(U"请各馆于月底前将报名表.xlsx填妥后回传。"));
}

TEST(OfficialLetters, ContactLinesAndDisclosureNotes) {
  EXPECT_TRUE(IsNoticeContactField(U"联系电话：020-83120456"));
  EXPECT_TRUE(IsNoticeContactField(U"電子郵件：service@example.gov.tw"));
  EXPECT_TRUE(IsNoticeContactField(U"聯絡人：社會課 林佳穎"));
  EXPECT_TRUE(IsNoticeContactField(U"傳真： (02) 2345-6789"));
  EXPECT_FALSE(IsNoticeContactField(U"联系电话变更后，请及时告知我们。"));
  EXPECT_FALSE(IsNoticeContactField(U"电子邮箱"));
  EXPECT_TRUE(IsDisclosureNote(U"（此件主动公开）"));
  EXPECT_TRUE(IsDisclosureNote(U"（此件公开发布）"));
  EXPECT_TRUE(IsDisclosureNote(U"(本件主動公開)"));
  EXPECT_FALSE(IsDisclosureNote(U"（此件已于3月6日印发）"));
  EXPECT_FALSE(IsDisclosureNote(U"此件主动公开"));
}

const char kLetter[] =
    "   [logo.png] 江城市文化和旅游局\n"
    "   首页 | 政务公开 | 公文公告 | 办事服务\n"
    "   档　　号：2025/WL-07\n"
    "   保存年限：5年\n"
    "   江城市文化和旅游局书函\n"
    "   地址：江城市滨江路18号\n"
    "   联系人：王敏\n"
    "   电话：0571-8800-1234\n"
    "   受文者：各区文化馆、图书馆\n"
    "   发文日期：2025年4月12日\n"
    "   发文字号：江文旅函〔2025〕56号\n"
    "   附件：如说明二\n"
    "   主旨：关于开展图书馆夜间开放试点工作，请查照办理。\n"
    "   说明：\n"
    "   一、为满足市民晚间阅读需求，本局决定自2025年5月起在三个城区开展图书馆夜间开放试点，\n"
    "   开放时间延长至晚上九点。\n"
    "   二、各馆应于本月底前报送试点方案，方案模板详见附件；试点期间每月报送一次读者人数。\n"
    "   正本：各区文化馆、图书馆\n"
    "   副本：市财政局、本局公共服务处（均含附件）\n"
    "   局长　陈立新\n"
    "   附件下载\n"
    "     * [doc.gif] 夜间开放试点方案模板.docx （56 KB）\n"
    "     * [xls.gif] 读者人数月报表.xlsx （22 KB）\n"
    "   本公文电子档之效力同纸本公文。\n"
    "   相关公文\n"
    "     * 江城市公共图书馆服务规范（2024-11-02）\n";

TEST(OfficialLetters, HeadAndClosingKeptDownloadsDropped) {
  const CleanedDocument c = CleanDocument(kLetter, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"档　　号：2025/WL-07", "保存年限：5年", "江城市文化和旅游局书函", "受文者：各区文化馆",
                           "主旨：关于开展图书馆夜间开放试点", "二、各馆应于本月底前", "正本：各区文化馆",
                           "副本：市财政局", "局长　陈立新"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"附件下载", "方案模板.docx", "月报表.xlsx", "效力同纸本", "服务规范"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// Download links and a download table named by format and size (written
// for this test): a link with "（PDF，1.2MB）", a table's header and rows.
TEST(OfficialLetters, FilesNamedByFormatAndSize) {
  EXPECT_TRUE(IsAttachmentFileLine(U"申請須知（PDF，820KB）"));
  EXPECT_TRUE(IsAttachmentFileLine(U"[xls.png] 統計表   XLSX   35KB   212"));
  EXPECT_FALSE(IsAttachmentFileLine(U"本報告共分五章，全文PDF約8MB，可至本會網站下載。"));
  std::vector<PageLine> lines = MakePageLines(
      "相關檔案下載\n"
      "檔案名稱        格式    檔案大小   下載次數\n"
      "[pdf.png] 全文  PDF     3.1MB      455\n"
      "[odt.png] 摘要  ODT     88KB       31\n");
  MarkAttachmentDownloads(lines);
  for (const PageLine& l : lines) {
    if (!l.blank()) {
      EXPECT_EQ(l.reason, kAttachmentDownloads) << l.CoreUtf8();
    }
  }
}

// A city's open-data page (Simplified) written for this test: between the
// title and the text, the format links beside their icons, a table of
// files each with its download link under a heading naming the download,
// and the pictures' files with their sizes under a heading naming them.
TEST(OfficialLetters, DownloadTablesFormatLinksAndPictureFilesGo) {
  const char kPage[] =
      "   [logo.png] 东江市公共数据开放网\n"
      "   首页 | 数据目录 | 数据接口 | 应用成果\n\n"
      "东江市2026年第三季度公交客流统计\n\n"
      "   发布日期：2026-10-12\n"
      "   [xls.gif] 统计表下载 (XLSX) [csv.gif] (CSV)\n\n"
      "   附件资源下载\n"
      "   格式    说明                       下载\n"
      "   XLSX    第三季度公交客流统计表     [4]下载\n"
      "   CSV     第三季度公交客流统计表     [5]下载\n\n"
      "   线路示意图档\n"
      "     * [jpg.gif] 快速公交线路示意图 (JPG, 312KB)\n"
      "     * [png.gif] 站点分布图 (PNG, 1.1MB)\n\n"
      "   本数据集记录东江市2026年第三季度各公交线路的日均客流量、高峰小时断面客流和线路长度，"
      "由市交通运输局按月汇总后发布。\n"
      "   数据按线路编号排列，客流单位为人次，统计口径与上一季度一致，可用于线网优化和学术研究。\n"
      "   与上季度相比，全市日均客流增长百分之四点二，其中快速公交线路增长最多。\n\n"
      "   版权所有 © 2026 东江市大数据局\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "东江市2026年第三季度公交客流统计")) << c.text;
  EXPECT_TRUE(Contains(c.text, "与上季度相比，全市日均客流增长百分之四点二")) << c.text;
  EXPECT_FALSE(Contains(c.text, "统计表下载")) << c.text;
  EXPECT_FALSE(Contains(c.text, "附件资源下载")) << c.text;
  EXPECT_FALSE(Contains(c.text, "[4]下载")) << c.text;
  EXPECT_FALSE(Contains(c.text, "线路示意图档")) << c.text;
  EXPECT_FALSE(Contains(c.text, "站点分布图")) << c.text;
}

// A ministry's letter (Simplified) on a bulletin page: the contact block
// between its title and its addressee goes, its empty classification field
// between two kept fields stays.
TEST(OfficialLetters, ALettersContactBlockGoesItsEmptyFieldStays) {
  const char kPage[] =
      "   首页 > 通知公告\n\n"
      "某省自然资源厅　函\n\n"
      "   地址：某市建设路88号\n"
      "   联系人：李明\n"
      "   电话：0731-8888 1234\n"
      "   传真：0731-8888 1235\n\n"
      "   受文者：各市州自然资源和规划局\n"
      "   发文日期：2026年11月30日\n"
      "   发文字号：某自然资函〔2026〕112号\n"
      "   密等及解密条件或保密期限：\n"
      "   附件：无\n\n"
      "   主旨：请于2026年12月20日前报送本年度耕地保护目标责任履行情况自查报告，请查照。\n\n"
      "   说明：\n"
      "   一、依据耕地保护目标责任考核办法第八条办理。\n"
      "   二、自查报告应包括耕地和永久基本农田保有量、补充耕地项目验收等内容。\n\n"
      "   厅长　王某某\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  for (const char* text :
       {"受文者：各市州", "密等及解密条件或保密期限：\n", "附件：无", "主旨：请于", "二、自查报告"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* contact : {"建设路88号", "联系人：", "0731-8888"}) {
    EXPECT_FALSE(Contains(c.text, contact)) << contact << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
