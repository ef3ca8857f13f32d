// Record files read as a stream (DocumentReader::OpenRecordStream over the
// chunks of a LineChunkReader): `key: value` records and <page> crawl files
// whose records cross chunk boundaries give the documents a whole read gives
// (parts, fields, metadata such as a crawl file's lang, warnings with their
// line numbers), for chunk sizes from one line up; a record over the
// per-record limit is skipped with a warning naming its first line.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/line_chunk_reader.h"
#include "test_support.h"

namespace wenyuan::ingest {
namespace {

using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

// `key: value` records of several lines each: multi-line texts, a blank line
// inside a text, an escaped key inside a text, records without a blank line
// between them (a repeated title ends one), a record with neither title nor
// text, and a preamble line.
std::string KeyValueRecords(int n) {
  std::string out = "以下為匯出資料\n\n";
  for (int i = 0; i < n; ++i) {
    if (i % 5 != 2) out += "\n";
    out += "標題：第" + std::to_string(i) + "則公告\n";
    out += "連結：https://www.gov.taipei/News.aspx?n=" + std::to_string(i) + "\n";
    if (i % 3 == 0) out += "日期：2024年5月" + std::to_string(i % 28 + 1) + "日\n";
    out += "內容：市立圖書館第" + std::to_string(i) + "分館自下月起延長開放時間。\n";
    for (int k = 0; k < i % 4; ++k) out += "親子共讀課程第" + std::to_string(k) + "梯次開放報名。\n";
    if (i % 6 == 1) out += "\n注意：本段仍屬內文。\n";
    if (i % 7 == 4) out += "\\發布日期：這行是內文\n";
    out += "欄目：公告" + std::to_string(i % 3) + "\n";
    if (i == 9) out += "\n作者：只有作者的紀錄\n";
  }
  return out;
}

// Crawl pages: <lang> switching part way, tags sharing a line, attributes,
// a page without an id, a repeated id, a missing </text>, stray text.
std::string CrawlPages(int n) {
  std::string out = "<lang=\"cn\">\n";
  for (int i = 0; i < n; ++i) {
    if (i == n / 2) out += "</lang>\n<lang=\"tw\">\n";
    const std::string id = i == 5 ? "" : i == 8 ? "p-3" : "p-" + std::to_string(i);
    out += "<page" + (id.empty() ? std::string() : "=\"" + id + "\"") +
           (i % 4 == 1 ? " url=\"https://example.cn/" + std::to_string(i) + "\"" : "") + ">\n";
    if (i % 5 == 3) {
      out += "<text>第" + std::to_string(i) + "頁的短文。</text></page> §\n";
      continue;
    }
    out += "<text>\n";
    for (int k = 0; k < 1 + i % 5; ++k) {
      out += "捷運站周邊第" + std::to_string(i) + "頁第" + std::to_string(k) + "行，2024年3月" + std::to_string(k + 1) +
             "日公告。\n";
    }
    if (i == 11) {
      out += "<page=\"after-missing-text\">\n<text>\n接著的頁面。\n</text>\n</page>\n";
      continue;
    }
    out += "</text>\n";
    if (i == 6) out += "頁尾的雜訊\n";
    out += "</page> §\n";
  }
  return out;
}

// The documents of a whole read, or of a stream with its problems put ahead
// of the first document's warnings (where a whole read puts them).
std::string Describe(const ExtractedDocuments& docs) {
  std::string out;
  for (const auto& d : docs) {
    out += "[" + d.part + "|" + d.format + "|" + d.title + "|" + d.date + "|" + d.url + "|" + d.author + "|";
    for (const auto& [k, v] : d.metadata) out += k + "=" + v + ";";
    out += "|" + d.text + "|";
    for (const auto& w : d.warnings) out += "{" + w + "}";
    out += "]\n";
  }
  return out;
}

Result<ExtractedDocuments> ReadStreamed(const DocumentReader& reader, const std::filesystem::path& path,
                                        size_t chunk_bytes, size_t max_record_bytes, size_t& chunks) {
  WY_ASSIGN_OR_RETURN(LineChunkReader lines, LineChunkReader::Open(path, chunk_bytes, max_record_bytes));
  auto stream = reader.OpenRecordStream(path, max_record_bytes);
  ExtractedDocuments docs;
  std::vector<std::string> problems;
  std::vector<size_t> skipped;
  auto take = [&](RecordBatch batch) {
    for (auto& d : batch.documents) docs.push_back(std::move(d));
    for (auto& p : batch.problems) problems.push_back(std::move(p));
  };
  std::string chunk;
  size_t first_line = 0;
  chunks = 0;
  while (true) {
    WY_ASSIGN_OR_RETURN(bool more, lines.Next(chunk, first_line));
    if (!more) break;
    ++chunks;
    for (auto& w : lines.TakeWarnings()) problems.push_back(std::move(w));
    for (size_t line : lines.TakeSkippedLines()) skipped.push_back(line);
    WY_ASSIGN_OR_RETURN(RecordBatch batch, stream->Next(chunk, first_line, skipped));
    take(std::move(batch));
  }
  take(stream->Finish());
  if (!docs.empty()) docs.front().warnings.insert(docs.front().warnings.begin(), problems.begin(), problems.end());
  return docs;
}

void ExpectStreamReadsAsWhole(const std::string& name, const std::string& text, const std::string& format) {
  TempDir dir;
  WriteFile(dir / name, text);
  ReaderRegistry readers;
  const DocumentReader* reader = readers.ForFile(dir / name, text);
  ASSERT_NE(reader, nullptr);
  ASSERT_TRUE(reader->ReadsLineRecords());
  auto whole = reader->Read(dir / name, text);
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  ASSERT_GT(whole->size(), 20u);
  EXPECT_EQ(whole->front().format, format);
  const std::string expected = Describe(*whole);
  for (size_t chunk_bytes : {size_t{1}, size_t{7}, size_t{64}, size_t{300}, size_t{1} << 20}) {
    size_t chunks = 0;
    auto streamed = ReadStreamed(*reader, dir / name, chunk_bytes, size_t{16} << 20, chunks);
    ASSERT_TRUE(streamed.ok()) << streamed.status().ToString();
    if (chunk_bytes <= 300) {
      EXPECT_GT(chunks, 10u) << chunk_bytes;
    }
    EXPECT_EQ(Describe(*streamed), expected) << "chunks of " << chunk_bytes << " bytes";
  }
}

TEST(RecordStreamTest, KeyValueRecordsAcrossChunksReadAsTheWholeFile) {
  const std::string text = KeyValueRecords(40);
  ExpectStreamReadsAsWhole("export.txt", text, "record");
  // The fixture holds what the comparison is meant to cover.
  TempDir dir;
  ReaderRegistry readers;
  auto docs = readers.ForFile(dir / "x.txt", text)->Read(dir / "x.txt", text);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 40u);
  EXPECT_EQ(docs->back().part, "record-40");
  EXPECT_NE(Describe(*docs).find("line 1: text before the first"), std::string::npos);
  EXPECT_NE(Describe(*docs).find("neither title nor text"), std::string::npos);
  EXPECT_NE(Describe(*docs).find("注意：本段仍屬內文。"), std::string::npos);
}

TEST(RecordStreamTest, CrawlPagesAcrossChunksReadAsTheWholeFileLangIncluded) {
  const std::string text = CrawlPages(30);
  ExpectStreamReadsAsWhole("crawl.txt", text, "crawl");
  TempDir dir;
  ReaderRegistry readers;
  auto docs = readers.ForFile(dir / "x.txt", text)->Read(dir / "x.txt", text);
  ASSERT_TRUE(docs.ok());
  const std::string all = Describe(*docs);
  EXPECT_EQ(docs->front().part, "p-0");
  EXPECT_EQ(docs->front().metadata.at("lang"), "cn");
  EXPECT_EQ(docs->back().part, "p-29");
  EXPECT_EQ(docs->back().metadata.at("lang"), "tw");
  EXPECT_EQ(docs->back().url, "https://example.cn/29");
  EXPECT_NE(all.find("[page-6|"), std::string::npos) << all;
  EXPECT_NE(all.find("[p-3~9|"), std::string::npos) << all;
  EXPECT_NE(all.find("has no </text>"), std::string::npos) << all;
}

// A record over the limit (by its many lines, or by one line too long for
// the line reader) is skipped with one warning naming its first line; the
// records after it keep their part names.
TEST(RecordStreamTest, ARecordOverTheLimitIsSkippedNamingItsLine) {
  std::string text = "標題：第一則\n內容：短文。\n\n標題：過長的紀錄\n內容：開頭\n";
  for (int i = 0; i < 40; ++i) text += "很長的內文第" + std::to_string(i) + "行。\n";  // lines 6-45
  text += "\n標題：第三則\n內容：" + std::string(500, 'x') + "\n\n標題：第四則\n內容：後面的紀錄照常讀入。\n";
  TempDir dir;
  WriteFile(dir / "export.txt", text);
  ReaderRegistry readers;
  const DocumentReader* reader = readers.ForFile(dir / "export.txt", text);
  ASSERT_NE(reader, nullptr);
  size_t chunks = 0;
  auto docs = ReadStreamed(*reader, dir / "export.txt", 64, 400, chunks);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u) << Describe(*docs);
  EXPECT_EQ((*docs)[0].part, "record-1");
  EXPECT_EQ((*docs)[1].part, "record-4");
  EXPECT_EQ((*docs)[1].text, "後面的紀錄照常讀入。");
  // The line reader's warning comes when it reads the line, maybe ahead.
  std::vector<std::string> w = (*docs)[0].warnings;
  std::sort(w.begin(), w.end());
  std::vector<std::string> expected = {
      "line 4: a record of more than 400 bytes, over the limit for one record; skipped",
      "line 47: a record of more than 400 bytes, over the limit for one record; skipped",
      "line 48: 509 bytes, over the limit for one record (400 bytes); skipped"};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(w, expected);

  std::string crawl = "<page=\"a\">\n<text>\n第一頁。\n</text>\n</page>\n<page=\"big\">\n<text>\n";
  for (int i = 0; i < 40; ++i) crawl += "很長的頁面第" + std::to_string(i) + "行。\n";
  crawl += "</text>\n</page>\n<page=\"c\">\n<text>\n第三頁。\n</text>\n</page>\n";
  WriteFile(dir / "crawl.txt", crawl);
  reader = readers.ForFile(dir / "crawl.txt", crawl);
  ASSERT_NE(reader, nullptr);
  auto pages = ReadStreamed(*reader, dir / "crawl.txt", 64, 400, chunks);
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->size(), 2u) << Describe(*pages);
  EXPECT_EQ((*pages)[1].part, "c");
  ASSERT_FALSE((*pages)[0].warnings.empty());
  EXPECT_EQ((*pages)[0].warnings[0],
            "line 6: page \"big\" is more than 400 bytes, over the limit for one record; skipped");
}

}  // namespace
}  // namespace wenyuan::ingest
