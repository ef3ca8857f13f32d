// KbIngest end to end on real files, a real catalog and a real index:
// enrichment that a crash cut off is done by the next run (issue 15.3).
#include "pipeline/kb_ingest.h"

#include <gtest/gtest.h>

#include <map>

#include "catalog/enrichment_store.h"
#include "enrich/kb_enricher.h"
#include "index/index_snapshot.h"
#include "search/analysis.h"
#include "search/kb_search.h"
#include "search/kb_session.h"
#include "test_support.h"
#include "util/data_layout.h"
#include "util/file_io.h"

namespace wenyuan::pipeline {
namespace {

using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

const std::string kArticle =
    "北辰市政府資訊服務處今日宣布，全市一百七十三個機關網站已全面支援IPv6，成為全國第一個完成此項目標的直轄市。\n"
    "資訊服務處處長表示，未來將持續推動5G與物聯網應用，並於明年完成市府資料中心的節能改善工程。\n";
const std::string kOtherArticle =
    "北辰市公共自行車系統明年將擴增兩百個租賃站，交通局指出，新站點將優先設置於捷運站與學校周邊，\n"
    "並導入電動輔助自行車，前三十分鐘維持免費，預計可服務每日五萬人次的通勤需求。\n";

class KbIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = catalog::Catalog::Open(dir_ / "data");
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    catalog_ = std::move(c).value();
    ASSERT_TRUE(catalog_->CreateKb("kb").ok());
    auto a = search::MakeDefaultAnalysis();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analysis_ = std::move(a).value();
    WriteFile(dir_ / "docs" / "a.txt", "資訊服務\n" + kArticle);
    WriteFile(dir_ / "docs" / "b.txt", "自行車\n" + kOtherArticle);
  }
  // Opens, adds the docs folder and, with `finish`, finishes.
  ingest::IngestReport Run(bool finish) {
    search::KbSessions sessions(DataLayout(dir_ / "data"), analysis_);
    auto kb = sessions.Open(*catalog_, "kb");
    EXPECT_TRUE(kb.ok()) << kb.status().ToString();
    if (!kb.ok()) return {};
    auto in = KbIngest::Open(*kb, log_);
    EXPECT_TRUE(in.ok()) << in.status().ToString();
    if (!in.ok()) return {};
    auto report = (*in)->Add({dir_ / "docs"});
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    if (finish) {
      auto done = (*in)->Finish();
      EXPECT_TRUE(done.ok()) << done.status().ToString();
    }
    return report.ok() ? std::move(report).value() : ingest::IngestReport{};
  }
  bool Enriched(int64_t document_id) {
    catalog::EnrichmentStore store(catalog_->db());
    auto e = store.Load(document_id);
    EXPECT_TRUE(e.ok());
    return e.ok() && e->has_value() && (*e)->keywords_json != "[]";
  }

  TempDir dir_;
  Logger log_{LogLevel::kOff};
  std::unique_ptr<catalog::Catalog> catalog_;
  search::Analysis analysis_;
};

TEST_F(KbIngestTest, EnrichmentACrashCutOffIsDoneByTheNextRun) {
  // The process dies after the catalog committed, before enrichment.
  ingest::IngestReport first = Run(/*finish=*/false);
  ASSERT_EQ(first.files.size(), 2u);
  const int64_t a = first.files[0].document_id;
  const int64_t b = first.files[1].document_id;
  EXPECT_FALSE(Enriched(a));

  // The next run finds both files unchanged, and still enriches them.
  ingest::IngestReport second = Run(/*finish=*/true);
  EXPECT_EQ(second.Count(ingest::IngestOutcome::kUnchanged), 2u);
  EXPECT_TRUE(Enriched(a));
  EXPECT_TRUE(Enriched(b));
}

TEST_F(KbIngestTest, ChangingADocumentDropsWhatWasSaidOfItsOldTextAtOnce) {
  ingest::IngestReport first = Run(/*finish=*/true);
  const int64_t a = first.files[0].document_id;
  ASSERT_TRUE(Enriched(a));
  WriteFile(dir_ / "docs" / "a.txt", "自行車\n" + kOtherArticle + "另有新聞。\n");
  Run(/*finish=*/false);      // dies before enrichment
  EXPECT_FALSE(Enriched(a));  // not the old text's keywords
  Run(/*finish=*/true);
  EXPECT_TRUE(Enriched(a));
}

// Enrichment during an ingest reads the words the index analysis found
// (analysed_words.h): what it stores is what enriching the stored texts
// afresh (`wenyuan enrich`) gives.
TEST_F(KbIngestTest, EnrichmentFromTheIndexWordsEqualsEnrichmentFromTheTexts) {
  std::string many;
  for (int i = 0; i < 40; ++i) many += (i % 2 ? kArticle : kOtherArticle) + "第" + std::to_string(i) + "段。\n";
  WriteFile(dir_ / "docs" / "long.txt", "長文\n" + many);  // many passages
  Run(/*finish=*/true);
  auto rows = [&] {
    std::string out;
    auto stmt = catalog::SqliteStatement::Prepare(
        catalog_->db(), "SELECT document_id, keywords, summary FROM document_enrichment ORDER BY document_id");
    EXPECT_TRUE(stmt.ok());
    EXPECT_TRUE(stmt->ForEachRow([&](const catalog::SqliteStatement& r) {
                      out += r.ColumnText(0) + "\t" + r.ColumnText(1) + "\t" + r.ColumnText(2) + "\n";
                    })
                    .ok());
    return out;
  };
  const std::string at_ingest = rows();
  EXPECT_NE(at_ingest.find("自行車"), std::string::npos) << at_ingest;
  auto enricher = enrich::KbEnricher::Create(*catalog_, "kb", analysis_.words);
  ASSERT_TRUE(enricher.ok()) << enricher.status().ToString();
  auto again = (*enricher)->EnrichDocuments({});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->documents, 3u);
  EXPECT_EQ(rows(), at_ingest);
  // The scratch file of words is gone.
  EXPECT_FALSE(std::filesystem::exists(DataLayout(dir_ / "data").KbDir("kb") / "enrichment-words.tmp"));
}

// Every catalog row an ingest writes, as text, without the clock's columns.
std::string CatalogRows(catalog::Catalog& catalog) {
  std::string out;
  const std::pair<const char*, int> queries[] = {
      {"SELECT id, source, title, date, format, content_hash, text, url, author, script, metadata, fingerprint,"
       " COALESCE(duplicate_of, 0), COALESCE(file_id, 0) FROM document ORDER BY id",
       14},
      {"SELECT id, document_id, number, text, start_offset, end_offset FROM passage ORDER BY id", 6},
      {"SELECT document_id, keywords, summary FROM document_enrichment ORDER BY document_id", 3},
      {"SELECT document_id, taxonomy, category, count FROM document_category ORDER BY 1, 2, 3", 4},
      {"SELECT id, path, content_hash FROM source_file ORDER BY id", 3}};
  for (const auto& [sql, columns] : queries) {
    auto stmt = catalog::SqliteStatement::Prepare(catalog.db(), sql);
    EXPECT_TRUE(stmt.ok());
    if (!stmt.ok()) continue;
    EXPECT_TRUE(stmt->ForEachRow([&, columns = columns](const catalog::SqliteStatement& row) {
                      for (int c = 0; c < columns; ++c) out += row.ColumnText(c) + "\t";
                      out += "\n";
                    })
                    .ok());
    out += "--\n";
  }
  return out;
}

// Everything the KB's index holds of its live passages, keyed by catalog
// passage id (so segment boundaries do not matter): each passage's stored
// values and title, and each term's postings with frequencies and positions.
std::string IndexContent(const std::filesystem::path& data, const std::string& kb) {
  auto snapshot = index::IndexSnapshot::Open(DataLayout(data).KbIndexDir(kb));
  EXPECT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  if (!snapshot.ok()) return {};
  std::map<int64_t, std::string> passages;
  std::map<std::string, std::map<int64_t, std::string>> postings;  // term → passage → "tf:positions"
  for (const auto& seg : (*snapshot)->segments()) {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (!seg.IsLive(d)) continue;
      const index::DocValues v = *seg.reader->Doc(d);
      std::string line = std::to_string(v.document_id) + " " + std::to_string(v.signature) + " " +
                         std::to_string(v.date) + " " + std::to_string(v.length[0]) + "/" +
                         std::to_string(v.length[1]) + "/" + std::to_string(v.length[2]);
      auto title = seg.reader->Title(d);
      EXPECT_TRUE(title.ok());
      if (title.ok()) line += " " + std::string(*title);
      passages[v.passage_id] = line;
    }
    auto it = seg.reader->Seek("");
    while (it.Next()) {
      index::PostingsCursor cursor = seg.reader->Cursor(it.info());
      for (uint32_t d = cursor.doc(); d != index::kNoMoreDocs; d = cursor.Next()) {
        if (!seg.IsLive(d)) continue;
        std::string p = std::to_string(cursor.tf()) + ":";
        for (uint32_t at : cursor.Positions()) p += std::to_string(at) + ",";
        postings[it.key()][seg.reader->Doc(d)->passage_id] = p;
      }
    }
  }
  std::string out = std::to_string((*snapshot)->live_docs()) + " live\n";
  for (const auto& [id, line] : passages) out += std::to_string(id) + " " + line + "\n";
  for (const auto& [term, by_passage] : postings) {
    out += term;
    for (const auto& [id, p] : by_passage) out += " " + std::to_string(id) + "=" + p;
    out += "\n";
  }
  return out;
}

// Each query's hit count and hits (passage id and score), as text, from a
// fresh session of the KB.
std::string SearchResults(search::KbSessions& sessions, catalog::Catalog& catalog,
                          std::initializer_list<const char*> queries) {
  auto searched = sessions.Open(catalog, "kb");
  EXPECT_TRUE(searched.ok()) << searched.status().ToString();
  if (!searched.ok()) return {};
  std::string found;
  for (const char* q : queries) {
    search::SearchRequest request;
    request.query = q;
    auto r = search::SearchKb(*searched, request);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (!r.ok()) continue;
    found += std::string(q) + ": " + std::to_string(r->hits.size()) + "\n";
    for (const auto& h : r->hits) found += h.passage_id + " " + std::to_string(h.score) + "\n";
  }
  return found;
}

// The same files ingested with 1 and with 4 threads give the same catalog
// rows, the same index and the same search results.
TEST(KbIngestJobsTest, ManyThreadsGiveWhatOneGives) {
  TempDir dir;
  // Many documents in one record file (some repeated), and the samples.
  std::string jsonl;
  const std::vector<std::string> sentences = {"北辰市政府資訊服務處今日宣布全市機關網站已全面支援IPv6。",
                                              "交通局指出新站點將優先設置於捷運站與學校周邊。",
                                              "市立圖書館自下月起延長開放時間至晚間十點。",
                                              "處長表示未來將持續推動5G與物聯網應用。",
                                              "預計每年可節省電費新臺幣三百萬元。",
                                              "週末另有親子共讀與銀髮族數位課程。"};
  for (int i = 0; i < 700; ++i) {  // more passages than the index analyses at once
    std::string text;
    for (int k = 0; k < 8; ++k) text += sentences[static_cast<size_t>((i * 7 + k * (i % 5 + 1)) % 6)];
    if (i % 10 == 3) text = "第" + std::to_string(i - 1) + "號";  // too short to fingerprint
    jsonl += "{\"id\": \"r" + std::to_string(i) + "\", \"title\": \"公告" + std::to_string(i % 37) +
             "\", \"text\": \"" + text + "\"}\n";
  }
  WriteFile(dir / "docs" / "records.jsonl", jsonl);
  std::filesystem::copy(wenyuan::testing::SamplesDir(), dir / "docs" / "samples",
                        std::filesystem::copy_options::recursive);
  auto analysis = search::MakeDefaultAnalysis();
  ASSERT_TRUE(analysis.ok());
  Logger log(LogLevel::kOff);
  std::vector<std::string> rows, indexes, hits;
  for (size_t jobs : {1, 4}) {
    const auto data = dir / ("data-" + std::to_string(jobs));
    auto catalog = catalog::Catalog::Open(data);
    ASSERT_TRUE(catalog.ok());
    ASSERT_TRUE((*catalog)->CreateKb("kb").ok());
    KbIngestOptions options;
    options.jobs = jobs;
    search::KbSessions sessions(DataLayout(data), *analysis);
    auto kb = sessions.Open(**catalog, "kb");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    auto in = KbIngest::Open(*kb, log, options);
    ASSERT_TRUE(in.ok()) << in.status().ToString();
    auto report = (*in)->Add({dir / "docs"});
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    EXPECT_GT(report->Duplicates(), 0u);
    ASSERT_TRUE((*in)->Finish().ok());
    in->reset();
    rows.push_back(CatalogRows(**catalog));
    indexes.push_back(IndexContent(data, "kb"));
    hits.push_back(SearchResults(sessions, **catalog, {"捷運站", "開放資料", "親子共讀 課程", "IPv6"}));
  }
  EXPECT_GT(rows[0].size(), 10000u);
  EXPECT_TRUE(rows[0] == rows[1]) << "catalog rows differ";
  EXPECT_GT(indexes[0].size(), 1000u);
  EXPECT_TRUE(indexes[0] == indexes[1]) << "index content differs";
  EXPECT_FALSE(hits[0].empty());
  EXPECT_EQ(hits[0], hits[1]);
}

// A record file streamed in many small batches: the index takes each batch
// as the catalog writes it, so it must end as the catalog is (and as a
// file read whole leaves it), with any number of threads, and when the
// file changes (records gone, changed, added) and is taken again.
TEST(KbIngestJobsTest, AFileStoredInBatchesIsIndexedAsItIsStored) {
  TempDir dir;
  const std::vector<std::string> sentences = {"北辰市政府資訊服務處今日宣布全市機關網站已全面支援IPv6。",
                                              "交通局指出新站點將優先設置於捷運站與學校周邊。",
                                              "市立圖書館自下月起延長開放時間至晚間十點。",
                                              "處長表示未來將持續推動5G與物聯網應用。",
                                              "預計每年可節省電費新臺幣三百萬元。",
                                              "週末另有親子共讀與銀髮族數位課程。"};
  // Version 1: records 0..599; version 2 drops every 5th, changes every
  // 7th (a word of its own) and adds 600..699.
  auto records = [&](int version) {
    std::string jsonl;
    for (int i = 0; i < (version == 1 ? 600 : 700); ++i) {
      if (version == 2 && i % 5 == 0 && i < 600) continue;
      std::string text;
      for (int k = 0; k < 8; ++k) text += sentences[static_cast<size_t>((i * 7 + k * (i % 5 + 1)) % 6)];
      text += "第" + std::to_string(i) + "號公告。";
      if (version == 2 && i % 7 == 0) text += "改版後新增的纜車路線說明。";
      jsonl += "{\"id\": \"r" + std::to_string(i) + "\", \"title\": \"公告" + std::to_string(i) + "\", \"text\": \"" +
               text + "\"}\n";
    }
    return jsonl;
  };
  auto analysis = search::MakeDefaultAnalysis();
  ASSERT_TRUE(analysis.ok());
  Logger log(LogLevel::kOff);
  struct Run {
    const char* name;
    size_t jobs;
    bool streamed;
    size_t passages_per_commit = 0;  // 0: the default (no commit within this file)
  };
  std::vector<std::string> rows, indexes, hits, layouts;
  // The last two commit the index every 10 passages within the file, so
  // their segments merge during it: the same layout with 1 and 3 threads.
  for (const Run& run : {Run{"whole", 1, false}, Run{"stream1", 1, true}, Run{"stream3", 3, true},
                         Run{"commits1", 1, true, 10}, Run{"commits3", 3, true, 10}}) {
    const auto data = dir / run.name;
    const auto file = dir / "docs" / "records.jsonl";  // one path: the catalog rows name it
    auto catalog = catalog::Catalog::Open(data);
    ASSERT_TRUE(catalog.ok());
    ASSERT_TRUE((*catalog)->CreateKb("kb").ok());
    KbIngestOptions options;
    options.jobs = run.jobs;
    options.index_passages_per_commit = run.passages_per_commit;
    if (run.streamed) {
      options.stream_record_files_over = 1;
      options.stream_chunk_bytes = 16 << 10;  // some 40 batches
    }
    search::KbSessions sessions(DataLayout(data), *analysis);
    for (int version : {1, 2}) {
      WriteFile(file, records(version));
      auto kb = sessions.Open(**catalog, "kb");
      ASSERT_TRUE(kb.ok()) << kb.status().ToString();
      auto in = KbIngest::Open(*kb, log, options);
      ASSERT_TRUE(in.ok()) << in.status().ToString();
      auto report = (*in)->Add({file});
      ASSERT_TRUE(report.ok()) << report.status().ToString();
      ASSERT_EQ(report->files.size(), 1u);
      EXPECT_EQ(report->files[0].outcome,
                version == 1 ? ingest::IngestOutcome::kAdded : ingest::IngestOutcome::kUpdated)
          << report->files[0].error.ToString();
      if (run.streamed) {
        EXPECT_GT(report->files[0].batches_handed_on, 10u);
      }
      ASSERT_TRUE((*in)->Finish().ok());
    }
    auto checked = search::CheckKbIndex(**catalog, *analysis, "kb");
    ASSERT_TRUE(checked.ok()) << checked.status().ToString();
    EXPECT_EQ(checked->find("repaired"), std::string::npos) << *checked;  // it matched without a repair
    rows.push_back(CatalogRows(**catalog));
    indexes.push_back(IndexContent(data, "kb"));
    auto snapshot = index::IndexSnapshot::Open(DataLayout(data).KbIndexDir("kb"));
    ASSERT_TRUE(snapshot.ok());
    std::string layout;
    for (const auto& seg : (*snapshot)->manifest().segments) {
      layout += seg.name + " " + std::to_string(seg.docs) + " " + std::to_string(seg.deleted) + "\n";
    }
    layouts.push_back(layout);
    hits.push_back(SearchResults(sessions, **catalog, {"纜車路線", "第595號公告", "第695號公告", "捷運站"}));
  }
  // The changed records are found by their new words.
  EXPECT_EQ(hits[0].find("纜車路線: 0"), std::string::npos) << hits[0];
  for (size_t i = 1; i < rows.size(); ++i) {
    EXPECT_TRUE(rows[i] == rows[0]) << "catalog rows differ in run " << i;
    EXPECT_TRUE(indexes[i] == indexes[0]) << "index content differs in run " << i;
    EXPECT_EQ(hits[i], hits[0]) << "run " << i;
  }
  EXPECT_NE(layouts[3], layouts[1]);  // it did commit within the file
  EXPECT_EQ(layouts[4], layouts[3]);
}

// Finish commits the index on a thread of its own while enrichment runs
// (the retitling's commit included): the same commits as without
// enrichment, where they run in line, so the same index files, and an
// index whose stamp is the catalog's (no repair at the next open).
TEST(KbIngestJobsTest, TheIndexFinishesBesideEnrichmentAsItWouldAlone) {
  TempDir dir;
  std::string jsonl;
  const std::vector<std::string> sentences = {
      "北辰市政府資訊服務處今日宣布全市機關網站已全面支援IPv6。", "交通局指出新站點將優先設置於捷運站與學校周邊。",
      "市立圖書館自下月起延長開放時間至晚間十點。", "處長表示未來將持續推動5G與物聯網應用。"};
  for (int i = 0; i < 300; ++i) {
    std::string text;
    for (int k = 0; k < 6; ++k) text += sentences[static_cast<size_t>((i * 3 + k * (i % 3 + 1)) % 4)];
    text += "第" + std::to_string(i) + "號公告。";
    // Short titles each held by some 20 documents: chrome, retitled by Finish.
    jsonl += "{\"id\": \"r" + std::to_string(i) + "\", \"title\": \"公告" + std::to_string(i % 15) +
             "\", \"text\": \"" + text + "\"}\n";
  }
  WriteFile(dir / "docs" / "records.jsonl", jsonl);
  auto analysis = search::MakeDefaultAnalysis();
  ASSERT_TRUE(analysis.ok());
  Logger log(LogLevel::kOff);
  std::vector<std::map<std::string, std::string>> files;  // index file → bytes (MANIFEST: its segments)
  for (bool enrich : {true, false}) {
    const auto data = dir / (enrich ? "enriched" : "plain");
    auto catalog = catalog::Catalog::Open(data);
    ASSERT_TRUE(catalog.ok());
    ASSERT_TRUE((*catalog)->CreateKb("kb").ok());
    KbIngestOptions options;
    options.jobs = 2;
    options.enrich = enrich;
    options.index_passages_per_commit = 20;  // rounds of merges up to the end
    options.index_buffer_bytes = 64 << 10;   // and many segments to merge
    search::KbSessions sessions(DataLayout(data), *analysis);
    auto kb = sessions.Open(**catalog, "kb");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    auto in = KbIngest::Open(*kb, log, options);
    ASSERT_TRUE(in.ok()) << in.status().ToString();
    ASSERT_TRUE((*in)->Add({dir / "docs"}).ok());
    auto summary = (*in)->Finish();
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    EXPECT_EQ(summary->enriched, enrich ? 300u : 0u);
    in->reset();
    auto kept =
        catalog::SqliteStatement::Prepare((*catalog)->db(), "SELECT count(*) FROM document WHERE title LIKE '公告%'");
    ASSERT_TRUE(kept.ok());
    int64_t kept_titles = -1;
    ASSERT_TRUE(kept->ForEachRow([&](const catalog::SqliteStatement& row) { kept_titles = row.ColumnInt(0); }).ok());
    EXPECT_EQ(kept_titles, 0);  // every one retitled
    auto current = search::OpenKbSnapshotIfCurrent(**catalog, *analysis, "kb");
    ASSERT_TRUE(current.ok()) << current.status().ToString();
    EXPECT_NE(*current, nullptr) << "the index's stamp is not the catalog's";
    std::map<std::string, std::string> bytes;
    for (const auto& entry : std::filesystem::directory_iterator(DataLayout(data).KbIndexDir("kb"))) {
      const std::string name = entry.path().filename().string();
      if (name == "LOCK") continue;
      if (name == index::kManifestName) {
        for (const auto& seg : (*current)->manifest().segments) {
          bytes[name] += seg.name + " " + std::to_string(seg.docs) + " " + std::to_string(seg.deleted) + "\n";
        }
        bytes[name] += "generation " + std::to_string((*current)->manifest().generation);
        continue;
      }
      auto read = ReadFileToString(entry.path(), 64 << 20);
      ASSERT_TRUE(read.ok());
      bytes[name] = std::move(read).value();
    }
    files.push_back(std::move(bytes));
  }
  EXPECT_GT(files[0].size(), 5u);
  EXPECT_TRUE(files[0] == files[1]) << "index files differ";
  EXPECT_EQ(files[0][index::kManifestName], files[1][index::kManifestName]);
}

}  // namespace
}  // namespace wenyuan::pipeline
