// The `key: value` records reader through ReaderRegistry: Simplified,
// Traditional and English keys with ASCII or full-width colons, continuation
// lines, record boundaries, sniffing, hostile input.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::AllWarnings;
using fixtures::ExpectFailsNaming;

class RecordReaderTest : public fixtures::SniffedReaderTest {
 protected:
  RecordReaderTest() : SniffedReaderTest("record") {}

  std::unique_ptr<DocumentReader> records_ = MakeRecordReader();
};

TEST_F(RecordReaderTest, SimplifiedKeysWithRepeatedTitlesAsBoundaries) {
  auto docs = ReadAs("links.txt",
                     "标题：国务院关于印发《2024年政务公开工作要点》的通知\n"
                     "链接：https://www.gov.cn/zhengce/content/2024-04/01/content_1.htm\n"
                     "总结：要点提出，围绕推动高质量发展，\n"
                     "加强政策发布解读。\n"
                     "关键词：政务公开、政策解读\n"
                     "标题: Second record\n"
                     "链接: https://example.cn/2\n"
                     "摘要: An English summary\n"
                     "that continues here.\n"
                     "日期: 2024/5/21\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u) << AllWarnings(*docs);
  const auto& a = (*docs)[0];
  EXPECT_EQ(a.format, "record");
  EXPECT_EQ(a.part, "record-1");
  EXPECT_EQ(a.title, "国务院关于印发《2024年政务公开工作要点》的通知");
  EXPECT_EQ(a.url, "https://www.gov.cn/zhengce/content/2024-04/01/content_1.htm");
  // No text field: the summary is the text, its continuation line kept.
  EXPECT_EQ(a.text, "要点提出，围绕推动高质量发展，\n加强政策发布解读。");
  EXPECT_EQ(a.metadata.at("关键词"), "政务公开、政策解读");
  EXPECT_TRUE(a.date.empty());
  const auto& b = (*docs)[1];
  EXPECT_EQ(b.part, "record-2");
  EXPECT_EQ(b.title, "Second record");
  EXPECT_EQ(b.url, "https://example.cn/2");
  EXPECT_EQ(b.text, "An English summary\nthat continues here.");
  EXPECT_EQ(b.date, "2024-05-21");
  EXPECT_EQ(AllWarnings(*docs), "");
}

TEST_F(RecordReaderTest, TraditionalKeysBlankLineBoundariesAndContinuations) {
  auto docs = ReadAs("records.dat",
                     "標題：臺北市資訊局公告\n"
                     "連結：https://www.gov.taipei/News.aspx?n=1\n"
                     "日期：中華民國113年5月21日\n"
                     "來源：臺北市政府資訊局\n"
                     "內容：本局訂於五月底辦理\n"
                     "系統維護，屆時暫停服務。\n"
                     "\n"
                     "注意：維護期間請改用臨櫃辦理。\n"
                     "欄目：公告\n"
                     "承辦人：王小明\n"
                     "\n"
                     "標題：第二則\n"
                     "作者：李大華\n"
                     "來源：新聞處\n"
                     "關鍵詞：新聞稿\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u) << AllWarnings(*docs);
  const auto& a = (*docs)[0];
  EXPECT_EQ(a.title, "臺北市資訊局公告");
  EXPECT_EQ(a.url, "https://www.gov.taipei/News.aspx?n=1");
  EXPECT_EQ(a.date, "2024-05-21");
  EXPECT_EQ(a.author, "臺北市政府資訊局");  // the source stands in for a missing author
  EXPECT_EQ(a.metadata.count("來源"), 0u);
  // The text runs over its continuation lines and a paragraph break; an
  // unknown key inside prose ("注意：") stays prose; a known key ends it.
  EXPECT_EQ(a.text, "本局訂於五月底辦理\n系統維護，屆時暫停服務。\n注意：維護期間請改用臨櫃辦理。");
  EXPECT_EQ(a.metadata.at("欄目"), "公告");
  EXPECT_EQ(a.metadata.at("承辦人"), "王小明");  // a free key, as written
  const auto& b = (*docs)[1];
  EXPECT_EQ(b.part, "record-2");
  EXPECT_EQ(b.title, "第二則");
  EXPECT_EQ(b.text, "第二則");  // neither text nor summary: the title
  EXPECT_EQ(b.author, "李大華");
  EXPECT_EQ(b.metadata.at("來源"), "新聞處");
  EXPECT_EQ(b.metadata.at("關鍵詞"), "新聞稿");
  EXPECT_EQ(AllWarnings(*docs), "");
}

TEST_F(RecordReaderTest, EnglishKeysAnyCaseAndUnkeyedBodyAfterATitle) {
  auto docs = ReadAs("notes.txt",
                     "Title: Quarterly report\n"
                     "URL: https://example.org/q3\n"
                     "Date: 2024-10-03\n"
                     "The body starts here\n"
                     "and goes on.\n"
                     "\n"
                     "title: Next\n"
                     "text: 正文\n"
                     "Summary: 摘要在此\n"
                     "Text: 第二段正文\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u) << AllWarnings(*docs);
  EXPECT_EQ((*docs)[0].title, "Quarterly report");
  EXPECT_EQ((*docs)[0].url, "https://example.org/q3");
  EXPECT_EQ((*docs)[0].date, "2024-10-03");
  EXPECT_EQ((*docs)[0].text, "The body starts here\nand goes on.");
  EXPECT_EQ((*docs)[1].text, "正文\n第二段正文");
  EXPECT_EQ((*docs)[1].metadata.at("Summary"), "摘要在此");  // kept beside the text
}

TEST_F(RecordReaderTest, SniffingTakesRecordsAndLeavesProseAlone) {
  EXPECT_TRUE(records_->RecognisesContent("标题：甲\n链接：https://a.cn/\n"));
  EXPECT_TRUE(records_->RecognisesContent("\xEF\xBB\xBF\n\n標題: 甲\r\n內容: 乙\r\n"));
  EXPECT_TRUE(records_->RecognisesContent("說明文字一行\n標題：甲\n作者：乙\n摘要：丙\n"));
  // One known key, or keys that are no title, url, text or summary: a memo.
  EXPECT_FALSE(records_->RecognisesContent("會議紀錄\n時間：113年5月1日\n地點：301室\n主席：王市長\n"));
  EXPECT_FALSE(records_->RecognisesContent("日期：2024-05-01\n作者：甲\n今天天氣很好。\n"));
  EXPECT_FALSE(records_->RecognisesContent("标题：只有一个键\n正文第一段。\n正文第二段。\n"));
  // Keys on the same line, markdown front matter, HTML, JSON.
  EXPECT_FALSE(records_->RecognisesContent("标题：甲 链接：乙\n"));
  EXPECT_FALSE(records_->RecognisesContent("---\ntitle: A\ndate: 2024-01-01\n---\n# A\n"));
  EXPECT_FALSE(records_->RecognisesContent("<html>\ntitle: a\nurl: b\n"));
  EXPECT_FALSE(records_->RecognisesContent("{\"title\": 1}\ntitle: a\nurl: b\n"));
  // A URL or a time is not a key.
  EXPECT_FALSE(records_->RecognisesContent("https://a.cn/\nhttp://b.cn/\n10:30 開會\n"));
  // The registry: a .txt of records is read as records, prose as text.
  auto docs = ReadAs("list.txt", "标题：甲\n链接：https://a.cn/\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  const std::string prose = "會議紀錄\n時間：113年5月1日\n";
  const DocumentReader* reader = registry_.ForFile(tmp_ / "memo.txt", prose);
  ASSERT_NE(reader, nullptr);
  auto memo = reader->Read(tmp_ / "memo.txt", prose);
  ASSERT_TRUE(memo.ok());
  EXPECT_EQ(memo->front().format, "txt");
}

TEST_F(RecordReaderTest, Big5AndGb18030RecordsAreRecognisedAndDecoded) {
  // "標題：停機公告 / 連結：… / 內容：…" in Big5.
  const std::string big5 =
      "\xbc\xd0\xc3"
      "D\xa1G\xb0\xb1\xbe\xf7\xa4\xbd\xa7i\n\xb3s\xb5\xb2\xa1Ghttps://www.gov.taipei/n/1\n"
      "\xa4\xba\xae"
      "e\xa1G\xa5\xbb\xa7\xbd\xadq\xa9\xf3\xa4\xad\xa4\xeb\xa9\xb3\xbf\xec\xb2z\xa8t\xb2"
      "\xce\xba\xfb\xc5@\xa1"
      "A\xa9\xa1\xae\xc9\xbc\xc8\xb0\xb1\xbdu\xa4W\xa5\xd3\xbf\xec\xaa"
      "A\xb0\xc8\xa1"
      "C\n";
  auto docs = ReadAs("big5.txt", big5);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].title, "停機公告");
  EXPECT_EQ((*docs)[0].url, "https://www.gov.taipei/n/1");
  EXPECT_EQ((*docs)[0].text, "本局訂於五月底辦理系統維護，屆時暫停線上申辦服務。");
  // "标题：政务公开通知 / 链接：… / 总结：…" in GB18030.
  const std::string gb =
      "\xb1\xea\xcc\xe2\xa3\xba\xd5\xfe\xce\xf1\xb9\xab\xbf\xaa\xcd\xa8\xd6\xaa\n\xc1\xb4\xbd\xd3\xa3\xba"
      "https://www.gov.cn/a.htm\n\xd7\xdc\xbd\xe1\xa3\xba\xd2\xaa\xc7\xf3\xb8\xf7\xb5\xd8\xc7\xf8\xb8\xf7"
      "\xb2\xbf\xc3\xc5\xc8\xcf\xd5\xe6\xb9\xe1\xb3\xb9\xc2\xe4\xca\xb5\xa1\xa3\n";
  docs = ReadAs("gb.dat", gb);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].title, "政务公开通知");
  EXPECT_EQ((*docs)[0].text, "要求各地区各部门认真贯彻落实。");
}

TEST_F(RecordReaderTest, PreambleAndEmptyRecordsWarnNamingTheLine) {
  auto docs = ReadAs("export.txt",
                     "匯出於 2024 年\n"
                     "標題：甲\n"
                     "內容：甲的內容\n"
                     "\n"
                     "日期：2024-01-01\n"
                     "分類：空的\n"
                     "\n"
                     "標題：乙\n"
                     "內容：乙的內容\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u) << AllWarnings(*docs);
  EXPECT_EQ((*docs)[1].title, "乙");
  EXPECT_EQ((*docs)[1].part, "record-2");
  const std::string w = AllWarnings(*docs);
  EXPECT_NE(w.find("line 1: text before the first"), std::string::npos) << w;
  EXPECT_NE(w.find("line 5: a record with neither title nor text"), std::string::npos) << w;
}

TEST_F(RecordReaderTest, NoRecordFailsNamingTheFile) {
  last_path_ = tmp_ / "none.txt";
  for (const std::string bytes : {"", "\n\n", "只有散文\n沒有鍵\n", "日期：2024-01-01\n"}) {
    SCOPED_TRACE(bytes);
    ExpectFailsNaming(records_->Read(last_path_, bytes), last_path_);
  }
}

TEST_F(RecordReaderTest, AHugeValueIsCappedWithAWarning) {
  std::string bytes = "标题：大\n内容：";
  bytes += std::string(10 << 20, 'x');  // a 10 MB line
  bytes += "\n标题：小\n内容：短\n";
  auto docs = ReadAs("huge.txt", bytes);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_LE((*docs)[0].text.size(), size_t{4} << 20);
  EXPECT_NE(AllWarnings(*docs).find("line 2: the value of \"内容\" is cut"), std::string::npos) << AllWarnings(*docs);
  EXPECT_EQ((*docs)[1].text, "短");
  // A 10 MB line with no colon near its start is prose, not a key, and fast.
  std::string prose = "标题：甲\n内容：乙\n" + std::string(10 << 20, ':') + "\n";
  auto p = records_->Read("colons.txt", prose);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
}

TEST_F(RecordReaderTest, ARecordOfManyKeysIsReadInLinearTimeWithItsMetadataCapped) {
  std::string bytes = "標題：很多鍵\n";
  for (int i = 0; i < 200000; ++i) bytes += "鍵" + std::to_string(i) + "a：值\n";
  auto docs = records_->Read("many.txt", bytes);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_LE((*docs)[0].metadata.size(), 100u);
  EXPECT_NE(AllWarnings(*docs).find("line 1: a record with more than 100 keys"), std::string::npos)
      << AllWarnings(*docs);
}

TEST_F(RecordReaderTest, NoiseNeverCrashes) {
  const std::string base = "標題：甲\n連結：https://a/\n內容：乙\n丙\n\n標題：丁\n";
  for (size_t cut = 0; cut <= base.size(); ++cut) {
    auto docs = records_->Read("n.txt", base.substr(0, cut) + std::string("\0\xff", 2));
    if (docs.ok()) {
      for (const auto& d : *docs) EXPECT_FALSE(d.part.empty());
    }
  }
}

TEST_F(RecordReaderTest, ABackslashKeepsAKeyShapedLineInTheText) {
  auto docs = records_->Read("e.txt",
                             "标题: 公告\n"
                             "内容: 北辰市政府公告\n"
                             "\\發布日期：2024-11-18\n"
                             "\\\\server\\share 不是鍵\n"
                             "主旨：系統維護。\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  // 主旨 is no known key, so inside a text it stays text, as before.
  EXPECT_EQ((*docs)[0].text, "北辰市政府公告\n發布日期：2024-11-18\n\\server\\share 不是鍵\n主旨：系統維護。");
}

}  // namespace
}  // namespace wenyuan::ingest
