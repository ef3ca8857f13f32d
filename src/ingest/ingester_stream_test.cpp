// Record files too large to read whole: a JSON Lines file over the per-file
// limit is read as a stream of records and gives the same documents as the
// same file read whole; the limit then applies per record.
#include <gtest/gtest.h>

#include <algorithm>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "ingest/ingester.h"
#include "ingest/line_chunk_reader.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

// Distinct records of a few hundred bytes each, with ids and some without.
std::string Records(int n) {
  const char* words[] = {"資訊服務處", "公共自行車", "市立圖書館", "捷運站周邊", "節能改善工程", "親子共讀課程"};
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (int k = 0; k < 12; ++k)
      text += std::string(words[(i * 5 + k * (i % 4 + 1)) % 6]) + std::to_string(i * 13 + k) + "。";
    out += (i % 7 == 3 ? std::string("{") : "{\"id\": \"r" + std::to_string(i % 50) + "\", ") + "\"title\": \"第" +
           std::to_string(i) + "則\", \"text\": \"" + text + "\"}\n";
    if (i == 20) out += "not json\n";
  }
  return out;
}

// (source, title, text) of every document, in id order.
std::vector<std::string> Documents(catalog::Catalog& catalog, const std::string& kb) {
  auto info = catalog.GetKb(kb);
  catalog::DocumentFilter all;
  all.limit = 100000;
  auto page = catalog::ListDocuments(catalog, info->id, all);
  std::vector<std::string> out;
  for (const auto& d : page->documents) {
    auto text = catalog::GetDocumentText(catalog, d.id);
    const size_t part = d.source.find('#');  // the record's part, or the file's name
    std::string source = d.source.substr(part != std::string::npos ? part : d.source.rfind('/'));
    out.push_back(source + "|" + d.title + "|" + *text + "|" + std::to_string(d.duplicate_of != 0));
  }
  return out;
}

TEST(IngesterStreamTest, ALargeJsonLinesFileIsReadAsAStreamOfRecords) {
  TempDir dir;
  const std::string records = Records(400);
  WriteFile(dir / "export.jsonl", records);
  auto catalog = catalog::Catalog::Open(dir / "data");
  ASSERT_TRUE(catalog.ok());
  ASSERT_TRUE((*catalog)->CreateKb("whole").ok());
  ASSERT_TRUE((*catalog)->CreateKb("stream").ok());
  ReaderRegistry readers;
  Logger log(LogLevel::kOff);

  Ingester whole(**catalog, readers, log);
  auto a = whole.Ingest("whole", {dir / "export.jsonl"});
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->files[0].outcome, IngestOutcome::kAdded) << a->files[0].error.ToString();

  IngestOptions small;
  small.max_file_bytes = records.size() / 10;  // far smaller than the file: streamed
  std::vector<IngestProgress> progress;
  small.on_progress = [&](const IngestProgress& p) { progress.push_back(p); };
  Ingester streaming(**catalog, readers, log, small);
  auto b = streaming.Ingest("stream", {dir / "export.jsonl"});
  ASSERT_TRUE(b.ok());
  const FileResult& f = b->files[0];
  ASSERT_EQ(f.outcome, IngestOutcome::kAdded) << f.error.ToString();
  EXPECT_EQ(f.documents, 400u);
  EXPECT_EQ(f.documents, a->files[0].documents);
  EXPECT_EQ(f.passages, a->files[0].passages);
  ASSERT_FALSE(f.warnings.empty());
  EXPECT_NE(f.warnings[0].find("line 22: not valid JSON"), std::string::npos) << f.warnings[0];
  EXPECT_EQ(Documents(**catalog, "whole"), Documents(**catalog, "stream"));
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.back().bytes_done, records.size());

  // Unchanged: recognised by the hash of the stream.
  auto again = streaming.Ingest("stream", {dir / "export.jsonl"});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->files[0].outcome, IngestOutcome::kUnchanged);
}

TEST(IngesterStreamTest, TheLimitAppliesPerRecordAndOtherFormatsAreRefused) {
  TempDir dir;
  std::string records = Records(30);
  records.insert(records.find('\n') + 1, "{\"text\": \"" + std::string(5000, 'x') + "\"}\n");
  WriteFile(dir / "export.jsonl", records);
  WriteFile(dir / "big.txt", std::string(3000, 'y'));
  auto catalog = catalog::Catalog::Open(dir / "data");
  ASSERT_TRUE(catalog.ok());
  ASSERT_TRUE((*catalog)->CreateKb("kb").ok());
  ReaderRegistry readers;
  Logger log(LogLevel::kOff);
  IngestOptions small;
  small.max_file_bytes = 2000;
  small.max_record_bytes = 4000;
  Ingester ingester(**catalog, readers, log, small);
  auto r = ingester.Ingest("kb", {dir / "export.jsonl", dir / "big.txt"});
  ASSERT_TRUE(r.ok());
  const FileResult& jsonl = r->files[0];
  ASSERT_EQ(jsonl.outcome, IngestOutcome::kAdded) << jsonl.error.ToString();
  EXPECT_EQ(jsonl.documents, 30u);
  ASSERT_FALSE(jsonl.warnings.empty());
  EXPECT_NE(jsonl.warnings[0].find("line 2: 5012 bytes, over the limit"), std::string::npos) << jsonl.warnings[0];
  const FileResult& txt = r->files[1];
  EXPECT_EQ(txt.outcome, IngestOutcome::kFailed);
  EXPECT_NE(txt.error.message().find("big.txt"), std::string::npos) << txt.error.message();
}

// Under the per-file limit but over stream_record_files_over, a record file
// is streamed all the same (memory does not grow with it: its problems are
// the file's warnings, not the first document's), with the documents a
// whole read gives; a file of another format that size is still read whole.
TEST(IngesterStreamTest, RecordFilesOverTheStreamingSizeAreStreamedOthersReadWhole) {
  TempDir dir;
  const std::string records = Records(300);
  WriteFile(dir / "export.jsonl", records);
  std::string prose;
  for (int i = 0; i < 40; ++i) prose += "第" + std::to_string(i) + "段：市立圖書館自下月起延長開放時間至晚間十點。\n\n";
  WriteFile(dir / "notes.txt", prose);
  auto catalog = catalog::Catalog::Open(dir / "data");
  ASSERT_TRUE(catalog.ok());
  ASSERT_TRUE((*catalog)->CreateKb("whole").ok());
  ASSERT_TRUE((*catalog)->CreateKb("stream").ok());
  ReaderRegistry readers;
  Logger log(LogLevel::kOff);
  Ingester whole(**catalog, readers, log);
  auto a = whole.Ingest("whole", {dir / "export.jsonl", dir / "notes.txt"});
  ASSERT_TRUE(a.ok());
  IngestOptions options;
  options.stream_record_files_over = 100;  // both files are larger
  Ingester streaming(**catalog, readers, log, options);
  auto b = streaming.Ingest("stream", {dir / "export.jsonl", dir / "notes.txt"});
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->files.size(), 2u);
  for (const auto& f : b->files) ASSERT_EQ(f.outcome, IngestOutcome::kAdded) << f.error.ToString();
  const std::string path = b->files[0].path;
  ASSERT_FALSE(a->files[0].warnings.empty());
  ASSERT_FALSE(b->files[0].warnings.empty());
  EXPECT_TRUE(a->files[0].warnings[0].starts_with(path + "#")) << a->files[0].warnings[0];  // a document's
  EXPECT_EQ(b->files[0].warnings[0], path + ": line 22: not valid JSON; skipped");          // the stream's
  EXPECT_EQ(b->files[0].documents, 300u);
  EXPECT_EQ(b->files[1].documents, a->files[1].documents);
  EXPECT_EQ(Documents(**catalog, "whole"), Documents(**catalog, "stream"));
}

// `key: value` and crawl files over the streaming size go through the
// ingester as a stream of records, in chunks far smaller than a record: the
// same documents as a whole read; a record over the per-record limit is one
// warning naming the file and line, and the rest of the file goes in.
TEST(IngesterStreamTest, KeyValueAndCrawlFilesAreStreamedWithTheDocumentsOfAWholeRead) {
  TempDir dir;
  std::string records = "說明文字\n";
  std::string crawl = "<lang=\"cn\">\n";
  for (int i = 0; i < 60; ++i) {
    const std::string n = std::to_string(i);
    records += (i % 4 == 1 ? "" : "\n") + std::string("標題：第") + n + "則\n連結：https://example.cn/" + n +
               "\n內容：市立圖書館第" + n + "分館延長開放時間。\n自下月起實施，第" + n + "梯次。\n欄目：公告\n";
    if (i == 30) crawl += "<lang=\"tw\">\n";
    crawl += "<page=\"p-" + n + "\">\n<text>\n市立圖書館第" + n +
             "分館自下月起延長開放時間至晚間十點，並增設親子共讀區與自習座位，歡迎市民多加利用。\n捷運站周邊第" + n +
             "期節能改善工程將於年底完工，施工期間請用路人注意安全並配合交通管制。\n</text>\n</page> §\n";
  }
  WriteFile(dir / "records.txt", records);
  WriteFile(dir / "crawl.txt", crawl);
  auto catalog = catalog::Catalog::Open(dir / "data");
  ASSERT_TRUE(catalog.ok());
  ASSERT_TRUE((*catalog)->CreateKb("whole").ok());
  ASSERT_TRUE((*catalog)->CreateKb("stream").ok());
  ReaderRegistry readers;
  Logger log(LogLevel::kOff);
  Ingester whole(**catalog, readers, log);
  auto a = whole.Ingest("whole", {dir / "records.txt", dir / "crawl.txt"});
  ASSERT_TRUE(a.ok());
  IngestOptions options;
  options.stream_record_files_over = 100;
  options.stream_chunk_bytes = 40;
  Ingester streaming(**catalog, readers, log, options);
  auto b = streaming.Ingest("stream", {dir / "records.txt", dir / "crawl.txt"});
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->files.size(), 2u);
  for (const auto& f : b->files) ASSERT_EQ(f.outcome, IngestOutcome::kAdded) << f.error.ToString();
  EXPECT_EQ(b->files[0].documents, 60u);
  EXPECT_EQ(b->files[1].documents, 60u);
  EXPECT_EQ(b->files[0].passages, a->files[0].passages);
  ASSERT_FALSE(b->files[0].warnings.empty());
  EXPECT_EQ(b->files[0].warnings[0], b->files[0].path + ": line 1: text before the first `key:` line skipped");
  EXPECT_EQ(Documents(**catalog, "whole"), Documents(**catalog, "stream"));
  // The lang of the pages after <lang="tw">, as a whole read gives it.
  auto kb = (*catalog)->GetKb("stream");
  catalog::DocumentFilter all;
  all.limit = 1000;
  auto page = catalog::ListDocuments(**catalog, kb->id, all);
  ASSERT_TRUE(page.ok());
  size_t tw = 0;
  for (const auto& d : page->documents) tw += d.metadata_json.find("\"lang\":\"tw\"") != std::string::npos;
  EXPECT_EQ(tw, 30u);

  // A record far over the per-record limit, in a file far over the per-file one.
  std::string big = records;
  const size_t at = big.find("標題：第7則");
  std::string long_text = "內容：";
  for (int i = 0; i < 100; ++i) long_text += "很長的內文第" + std::to_string(i) + "行。\n";
  big.insert(big.find("欄目", at), long_text);
  const size_t line = static_cast<size_t>(std::count(big.begin(), big.begin() + static_cast<long>(at), '\n')) + 1;
  WriteFile(dir / "big.txt", big);
  ASSERT_TRUE((*catalog)->CreateKb("limits").ok());
  IngestOptions small;
  small.max_file_bytes = 1000;
  small.max_record_bytes = 1000;
  small.stream_chunk_bytes = 100;
  Ingester limited(**catalog, readers, log, small);
  auto c = limited.Ingest("limits", {dir / "big.txt"});
  ASSERT_TRUE(c.ok());
  const FileResult& f = c->files[0];
  ASSERT_EQ(f.outcome, IngestOutcome::kAdded) << f.error.ToString();
  EXPECT_EQ(f.documents, 59u);
  const std::string expected = f.path + ": line " + std::to_string(line) +
                               ": a record of more than 1000 bytes, over the limit for one record; skipped";
  EXPECT_NE(std::find(f.warnings.begin(), f.warnings.end(), expected), f.warnings.end())
      << expected << "\n"
      << (f.warnings.empty() ? "" : f.warnings[0]);
}

// UTF-16 cannot be cut into lines at '\n' bytes: a UTF-16 record file over
// the streaming size is read whole, with all its records.
TEST(IngesterStreamTest, AUtf16RecordFileIsReadWhole) {
  std::string records;
  for (int i = 0; i < 20; ++i) {
    records += "\n標題：第" + std::to_string(i) + "則公告\n內容：市立圖書館第" + std::to_string(i) +
               "分館自下月起延長開放時間至晚間十點，歡迎市民多加利用。\n";
  }
  std::string utf16 = "\xFF\xFE";  // UTF-16LE with its mark; the text is all in the BMP
  for (size_t pos = 0; pos < records.size();) {
    const char32_t cp = utf8::DecodeNext(records, pos);
    utf16 += static_cast<char>(cp & 0xFF);
    utf16 += static_cast<char>((cp >> 8) & 0xFF);
  }
  TempDir dir;
  WriteFile(dir / "records.txt", utf16);
  auto catalog = catalog::Catalog::Open(dir / "data");
  ASSERT_TRUE(catalog.ok());
  ASSERT_TRUE((*catalog)->CreateKb("kb").ok());
  ReaderRegistry readers;
  Logger log(LogLevel::kOff);
  IngestOptions options;
  options.stream_record_files_over = 100;
  options.stream_chunk_bytes = 40;
  Ingester ingester(**catalog, readers, log, options);
  auto r = ingester.Ingest("kb", {dir / "records.txt"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->files[0].outcome, IngestOutcome::kAdded) << r->files[0].error.ToString();
  EXPECT_EQ(r->files[0].documents, 20u);
}

TEST(LineChunkReaderTest, ChunksAreWholeLinesAndOverLongLinesComeBackEmpty) {
  TempDir dir;
  std::string text;
  for (int i = 1; i <= 50; ++i) text += i == 17 ? std::string(300, 'z') + "\n" : "line " + std::to_string(i) + "\n";
  text += "last line without a newline";
  WriteFile(dir / "f.jsonl", text);
  auto reader = LineChunkReader::Open(dir / "f.jsonl", 64, 100);
  ASSERT_TRUE(reader.ok());
  std::string all, chunk;
  size_t first = 0, expected_first = 1;
  int chunks = 0;
  while (true) {
    auto more = reader->Next(chunk, first);
    ASSERT_TRUE(more.ok());
    if (!*more) break;
    ++chunks;
    EXPECT_EQ(first, expected_first);
    if (chunk.back() == '\n') expected_first += static_cast<size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    all += chunk;
  }
  EXPECT_GT(chunks, 5);
  std::string expected = text;
  expected.replace(expected.find(std::string(300, 'z')), 300, "");
  EXPECT_EQ(all, expected);
  auto warnings = reader->TakeWarnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("line 17: 300 bytes", 0), 0u) << warnings[0];
  EXPECT_EQ(reader->bytes_read(), text.size());
}

// Read ahead on another thread (jobs > 1), a stream of many batches gives
// what one thread gives: the same documents, warnings in the same order,
// the same duplicates. Each batch is handed on (after_batch_stored) with
// its documents' ids in order; a hook's error fails the file, rolls it
// back, calls after_file_failed and stops the ingest.
TEST(IngesterStreamTest, BatchesReadAheadGiveWhatOneThreadGivesAndAFailureRollsBack) {
  TempDir dir;
  std::string records = Records(400);
  records.insert(records.find('\n') + 1, "{\"text\": \"" + std::string(5000, 'x') + "\"}\n");  // over the limit
  WriteFile(dir / "export.jsonl", records);
  auto catalog = catalog::Catalog::Open(dir / "data");
  ASSERT_TRUE(catalog.ok());
  for (const char* kb : {"one", "two", "failing"}) ASSERT_TRUE((*catalog)->CreateKb(kb).ok());
  ReaderRegistry readers;
  Logger log(LogLevel::kOff);
  std::vector<FileResult> results;
  for (size_t jobs : {1, 2}) {
    IngestOptions options;
    options.jobs = jobs;
    options.stream_record_files_over = 1;
    options.stream_chunk_bytes = 8 << 10;  // a batch per 8 KiB of records
    options.max_record_bytes = 4000;
    std::vector<int64_t> handed_on;
    options.after_batch_stored = [&](const std::string& path, const std::vector<int64_t>& ids) {
      EXPECT_NE(path.find("export.jsonl"), std::string::npos);
      handed_on.insert(handed_on.end(), ids.begin(), ids.end());
      return Status::Ok();
    };
    Ingester ingester(**catalog, readers, log, options);
    auto r = ingester.Ingest(jobs == 1 ? "one" : "two", {dir / "export.jsonl"});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_EQ(r->files[0].outcome, IngestOutcome::kAdded) << r->files[0].error.ToString();
    EXPECT_GT(r->files[0].batches_handed_on, 5u);
    EXPECT_EQ(handed_on, r->files[0].document_ids);
    results.push_back(r->files[0]);
  }
  EXPECT_EQ(results[0].documents, 400u);
  EXPECT_EQ(results[0].documents, results[1].documents);
  EXPECT_EQ(results[0].passages, results[1].passages);
  ASSERT_GE(results[0].warnings.size(), 2u);
  EXPECT_NE(results[0].warnings[0].find("line 2: 5012 bytes, over the limit"), std::string::npos)
      << results[0].warnings[0];
  EXPECT_EQ(results[0].warnings, results[1].warnings);
  ASSERT_EQ(results[0].duplicates.size(), results[1].duplicates.size());
  for (size_t i = 0; i < results[0].duplicates.size(); ++i) {
    EXPECT_EQ(results[0].duplicates[i].first, results[1].duplicates[i].first);
  }
  EXPECT_EQ(Documents(**catalog, "one"), Documents(**catalog, "two"));

  IngestOptions failing;
  failing.jobs = 2;
  failing.stream_record_files_over = 1;
  failing.stream_chunk_bytes = 8 << 10;
  size_t batches = 0;
  std::vector<std::string> failed;
  failing.after_batch_stored = [&](const std::string&, const std::vector<int64_t>&) {
    return ++batches == 3 ? Status::IOError("index: no space left") : Status::Ok();
  };
  failing.after_file_failed = [&](const std::string& path) {
    failed.push_back(path);
    return Status::Ok();
  };
  Ingester ingester(**catalog, readers, log, failing);
  auto r = ingester.Ingest("failing", {dir / "export.jsonl"});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no space left"), std::string::npos) << r.status().ToString();
  EXPECT_EQ(batches, 3u);
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_NE(failed[0].find("export.jsonl"), std::string::npos);
  EXPECT_TRUE(Documents(**catalog, "failing").empty());  // rolled back
  auto info = (*catalog)->GetKb("failing");
  ASSERT_TRUE(info.ok());
  auto file = (*catalog)->FindSourceFile(info->id, failed[0]);
  ASSERT_TRUE(file.ok());
  EXPECT_FALSE(file->has_value());
}

}  // namespace
}  // namespace wenyuan::ingest
