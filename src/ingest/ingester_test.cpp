#include "ingest/ingester.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "catalog/document_queries.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

namespace fs = std::filesystem;
using wenyuan::testing::ReadFile;
using wenyuan::testing::SamplesDir;
using wenyuan::testing::SharedDir;
using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

class IngesterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = catalog::Catalog::Open(tmp_ / "data");
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    catalog_ = std::move(c).value();
    auto kb = catalog_->CreateKb("kb");
    ASSERT_TRUE(kb.ok());
    docs_ = tmp_ / "docs";
    fs::create_directories(docs_);
    for (const auto& entry : fs::directory_iterator(SamplesDir())) {
      if (entry.is_regular_file()) {
        fs::copy_file(entry.path(), docs_ / entry.path().filename());
        ++sample_count_;
      }
    }
    ingester_ = std::make_unique<Ingester>(*catalog_, readers_, log_);
  }

  IngestReport IngestOk(const std::vector<fs::path>& paths) {
    auto r = ingester_->Ingest("kb", paths);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : IngestReport{};
  }

  static std::string Describe(const IngestReport& report) {
    std::string out;
    for (const auto& f : report.files) {
      out += f.path + " -> " + std::to_string(static_cast<int>(f.outcome)) + " " + f.error.ToString() + "\n";
    }
    return out;
  }

  static const FileResult* Find(const IngestReport& report, const std::string& filename) {
    for (const auto& f : report.files) {
      if (fs::path(f.path).filename() == filename) return &f;
    }
    return nullptr;
  }

  std::vector<catalog::PassageRecord> PassagesOf(int64_t document_id) {
    auto kb = catalog_->GetKb("kb");
    EXPECT_TRUE(kb.ok());
    auto all = catalog_->ListPassages(kb->id);
    EXPECT_TRUE(all.ok());
    std::vector<catalog::PassageRecord> out;
    for (auto& p : *all) {
      if (p.document_id == document_id) out.push_back(p);
    }
    return out;
  }

  // The document's text as the catalog gives it (kept once, in its
  // passages, when they rebuild it: catalog/document_text.h).
  std::string StoredText(int64_t document_id) {
    auto text = catalog::GetDocumentText(*catalog_, document_id);
    EXPECT_TRUE(text.ok());
    return text.ok() ? *text : std::string();
  }

  // Passages of a document slice its stored text exactly, in order.
  void CheckPassagesSliceDocument(int64_t document_id) {
    const std::string text = StoredText(document_id);
    ASSERT_FALSE(text.empty());
    auto passages = PassagesOf(document_id);
    ASSERT_FALSE(passages.empty());
    int64_t prev_end = 0;
    for (size_t i = 0; i < passages.size(); ++i) {
      const auto& p = passages[i];
      EXPECT_EQ(p.number, static_cast<int64_t>(i));
      EXPECT_GE(p.start, prev_end);
      EXPECT_EQ(p.text, utf8::SliceCodePoints(text, static_cast<size_t>(p.start), static_cast<size_t>(p.end)));
      prev_end = p.end;
    }
  }

  TempDir tmp_;
  fs::path docs_;
  size_t sample_count_ = 0;
  std::unique_ptr<catalog::Catalog> catalog_;
  ReaderRegistry readers_;
  Logger log_{LogLevel::kOff};
  std::unique_ptr<Ingester> ingester_;
};

TEST_F(IngesterTest, IngestsTheSamplesFolderThenFindsThemUnchanged) {
  ASSERT_GT(sample_count_, 10u);
  IngestReport first = IngestOk({docs_});
  ASSERT_EQ(first.files.size(), sample_count_) << Describe(first);
  EXPECT_EQ(first.Count(IngestOutcome::kAdded), sample_count_) << Describe(first);
  EXPECT_EQ(first.Count(IngestOutcome::kFailed), 0u) << Describe(first);
  std::map<std::string, int64_t> ids;
  for (size_t i = 0; i < first.files.size(); ++i) {
    const auto& f = first.files[i];
    EXPECT_GT(f.document_id, 0);
    EXPECT_GT(f.passages, 0u) << f.path;
    EXPECT_TRUE(fs::path(f.path).is_absolute());
    if (i) {
      EXPECT_LT(first.files[i - 1].path, f.path) << "files are in name order";
    }
    ids[f.path] = f.document_id;
  }
  EXPECT_EQ(ids.size(), sample_count_);  // distinct paths
  auto kb = catalog_->GetKb("kb");
  ASSERT_TRUE(kb.ok());
  EXPECT_EQ(catalog::GetKbStats(*catalog_, kb->id)->documents, static_cast<int64_t>(sample_count_));

  // Formats and titles came through.
  const FileResult* pdf = Find(first, "report-2024-annual.pdf");
  ASSERT_NE(pdf, nullptr);
  auto pdf_doc = catalog_->GetDocument(pdf->document_id);
  ASSERT_TRUE(pdf_doc.ok());
  EXPECT_EQ(pdf_doc->format, "pdf");
  EXPECT_NE(pdf_doc->title.find("工作成果報告"), std::string::npos);
  CheckPassagesSliceDocument(pdf->document_id);
  const FileResult* docx = Find(first, "meeting-2024-03-quarterly.docx");
  ASSERT_NE(docx, nullptr);
  CheckPassagesSliceDocument(docx->document_id);
  auto docx_doc = catalog_->GetDocument(docx->document_id);
  ASSERT_TRUE(docx_doc.ok());
  EXPECT_EQ(docx_doc->date, "2024-03-27");

  IngestReport second = IngestOk({docs_});
  ASSERT_EQ(second.files.size(), sample_count_);
  EXPECT_EQ(second.Count(IngestOutcome::kUnchanged), sample_count_) << Describe(second);
  for (const auto& f : second.files) {
    EXPECT_EQ(ids[f.path], f.document_id) << f.path;
    EXPECT_GT(f.passages, 0u);
  }
}

TEST_F(IngesterTest, ModifiedFileIsUpdatedInPlace) {
  IngestReport first = IngestOk({docs_});
  const FileResult* before = Find(first, "petition-reply-ifree-signal.txt");
  ASSERT_NE(before, nullptr);
  const int64_t id = before->document_id;
  bool old_seen = false;
  for (const auto& p : PassagesOf(id)) old_seen |= p.text.find("受文者：張○○君") != std::string::npos;
  ASSERT_TRUE(old_seen);

  WriteFile(docs_ / "petition-reply-ifree-signal.txt",
            "更新後的陳情回覆\n\n發文日期：中華民國113年7月1日\n\n本案已改由網路通訊科辦理，獨特測試字串甲乙丙。\n");
  IngestReport second = IngestOk({docs_});
  const FileResult* after = Find(second, "petition-reply-ifree-signal.txt");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->outcome, IngestOutcome::kUpdated);
  EXPECT_EQ(after->document_id, id);
  EXPECT_EQ(second.Count(IngestOutcome::kUpdated), 1u) << Describe(second);
  EXPECT_EQ(second.Count(IngestOutcome::kUnchanged), sample_count_ - 1) << Describe(second);

  auto passages = PassagesOf(id);
  ASSERT_EQ(passages.size(), after->passages);
  bool new_seen = false;
  for (const auto& p : passages) {
    new_seen |= p.text.find("獨特測試字串甲乙丙") != std::string::npos;
    EXPECT_EQ(p.text.find("受文者"), std::string::npos) << "old passage survived: " << p.text;
    EXPECT_EQ(p.title, "更新後的陳情回覆");
    EXPECT_EQ(p.date, "2024-07-01");
  }
  EXPECT_TRUE(new_seen);
  CheckPassagesSliceDocument(id);
  auto kb = catalog_->GetKb("kb");
  ASSERT_TRUE(kb.ok());
  EXPECT_EQ(catalog::GetKbStats(*catalog_, kb->id)->documents, static_cast<int64_t>(sample_count_));
}

TEST_F(IngesterTest, BadFilesFailAndTheOthersStillGoIn) {
  std::string binary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  for (int i = 0; i < 300; ++i) binary += static_cast<char>((i * 131) & 0xFF);
  WriteFile(docs_ / "aaa-binary.txt", binary);
  const std::string docx = ReadFile(SamplesDir() / "meeting-2024-03-quarterly.docx");
  WriteFile(docs_ / "aaa-corrupt.docx", docx.substr(0, 500));
  WriteFile(docs_ / "empty.txt", "  \n\n");
  // Stray bytes in a text file do not stop it: it goes in, with a warning.
  WriteFile(docs_ / "aaa-stray-bytes.txt", "第一行是標題\n第二行\xFF\xFE有兩個壞掉的位元組，其餘都正常。\n");
  IngestReport report = IngestOk({docs_});
  ASSERT_EQ(report.files.size(), sample_count_ + 4);
  EXPECT_EQ(report.Count(IngestOutcome::kAdded), sample_count_ + 1) << Describe(report);
  EXPECT_EQ(report.Count(IngestOutcome::kFailed), 3u) << Describe(report);
  for (const char* name : {"aaa-binary.txt", "aaa-corrupt.docx", "empty.txt"}) {
    const FileResult* f = Find(report, name);
    ASSERT_NE(f, nullptr) << name;
    EXPECT_EQ(f->outcome, IngestOutcome::kFailed) << name;
    EXPECT_FALSE(f->error.ok());
    EXPECT_NE(f->error.message().find(name), std::string::npos) << f->error.ToString();
    EXPECT_EQ(f->document_id, 0);
  }
  EXPECT_NE(Find(report, "aaa-binary.txt")->error.message().find("does not look like text (binary data at byte 8)"),
            std::string::npos)
      << Find(report, "aaa-binary.txt")->error.ToString();
  const FileResult* stray = Find(report, "aaa-stray-bytes.txt");
  ASSERT_NE(stray, nullptr);
  EXPECT_EQ(stray->outcome, IngestOutcome::kAdded) << stray->error.ToString();
  ASSERT_EQ(stray->warnings.size(), 1u);
  EXPECT_NE(stray->warnings[0].find("aaa-stray-bytes.txt"), std::string::npos) << stray->warnings[0];
  EXPECT_NE(stray->warnings[0].find("line 2: 2 invalid bytes replaced with U+FFFD"), std::string::npos)
      << stray->warnings[0];
  EXPECT_NE(StoredText(stray->document_id).find("其餘都正常"), std::string::npos);
  auto kb = catalog_->GetKb("kb");
  ASSERT_TRUE(kb.ok());
  EXPECT_EQ(catalog::GetKbStats(*catalog_, kb->id)->documents, static_cast<int64_t>(sample_count_ + 1));

  // A failed file is tried again next time (it was not recorded as done).
  IngestReport again = IngestOk({docs_ / "aaa-binary.txt"});
  ASSERT_EQ(again.files.size(), 1u);
  EXPECT_EQ(again.files[0].outcome, IngestOutcome::kFailed);
}

TEST_F(IngesterTest, ExplicitUnsupportedFileIsReported) {
  WriteFile(tmp_ / "notes.xyz", "some text");
  WriteFile(docs_ / "ignored.xyz", "some text");  // inside a folder: skipped silently
  IngestReport report = IngestOk({tmp_ / "notes.xyz"});
  ASSERT_EQ(report.files.size(), 1u);
  EXPECT_EQ(report.files[0].outcome, IngestOutcome::kFailed);
  EXPECT_EQ(report.files[0].error.code(), StatusCode::kUnsupported);
  EXPECT_NE(report.files[0].error.message().find("notes.xyz"), std::string::npos);

  IngestReport folder = IngestOk({docs_});
  EXPECT_EQ(Find(folder, "ignored.xyz"), nullptr);
  EXPECT_EQ(folder.files.size(), sample_count_);
}

TEST_F(IngesterTest, MissingPathOrKbIsNotFound) {
  auto missing = ingester_->Ingest("kb", {docs_, tmp_ / "no-such-file.txt"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("no-such-file.txt"), std::string::npos);
  // Nothing was ingested: paths are checked before any work.
  auto kb = catalog_->GetKb("kb");
  ASSERT_TRUE(kb.ok());
  EXPECT_EQ(catalog::GetKbStats(*catalog_, kb->id)->documents, 0);

  auto no_kb = ingester_->Ingest("nope", {docs_});
  ASSERT_FALSE(no_kb.ok());
  EXPECT_EQ(no_kb.status().code(), StatusCode::kNotFound);
}

TEST_F(IngesterTest, HiddenEntriesAreSkippedAndSubfoldersWalked) {
  WriteFile(docs_ / ".git" / "secret.txt", "不應收錄的內容。");
  WriteFile(docs_ / ".hidden.md", "# 隱藏\n不應收錄。");
  WriteFile(docs_ / "sub" / "deeper" / "nested.txt", "子資料夾文件\n內容在此。");
  IngestReport report = IngestOk({docs_});
  EXPECT_EQ(report.files.size(), sample_count_ + 1) << Describe(report);
  EXPECT_EQ(Find(report, "secret.txt"), nullptr);
  EXPECT_EQ(Find(report, ".hidden.md"), nullptr);
  const FileResult* nested = Find(report, "nested.txt");
  ASSERT_NE(nested, nullptr);
  EXPECT_EQ(nested->outcome, IngestOutcome::kAdded);
  for (const auto& f : report.files) EXPECT_EQ(f.path.find("/.git/"), std::string::npos);
}

TEST_F(IngesterTest, SameFileNamedTwiceOrByRelativePathIsOneDocument) {
  const fs::path file = docs_ / "press-2024-01-09-ipv6.txt";
  IngestReport report = IngestOk({file, docs_ / "." / "press-2024-01-09-ipv6.txt"});
  ASSERT_EQ(report.files.size(), 2u);
  EXPECT_EQ(report.files[0].outcome, IngestOutcome::kAdded);
  EXPECT_EQ(report.files[1].outcome, IngestOutcome::kUnchanged);
  EXPECT_EQ(report.files[0].document_id, report.files[1].document_id);
  EXPECT_EQ(report.files[0].path, report.files[1].path);
}

TEST_F(IngesterTest, IngestsRealCorpusFile) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const fs::path corpus = SharedDir() / "corpus" / "people-daily-segmented.txt";
  IngestReport report = IngestOk({corpus});
  ASSERT_EQ(report.files.size(), 1u);
  const FileResult& f = report.files[0];
  EXPECT_EQ(f.outcome, IngestOutcome::kAdded) << f.error.ToString();
  EXPECT_GE(f.passages, 3u);
  CheckPassagesSliceDocument(f.document_id);
  // The article is kept with its word-segmentation spaces removed; the
  // site's menus are not.
  const std::string text = StoredText(f.document_id);
  EXPECT_NE(text.find("以大模型为代表的生成式人工智能"), std::string::npos);
  EXPECT_EQ(text.find("□ 党史"), std::string::npos);
  EXPECT_EQ(text.find("人民 网"), std::string::npos);
  EXPECT_LT(f.bytes_out, f.bytes_in);
  auto doc = catalog_->GetDocument(f.document_id);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->format, "txt");
  EXPECT_FALSE(doc->title.empty());
  EXPECT_EQ(doc->content_hash.size(), 64u);
  EXPECT_EQ(static_cast<size_t>(doc->passage_count), f.passages);
}

TEST_F(IngesterTest, OversizedFileFails) {
  IngestOptions options;
  options.max_file_bytes = 100;
  Ingester small(*catalog_, readers_, log_, options);
  auto r = small.Ingest("kb", {docs_ / "press-2024-01-09-ipv6.txt"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->files.size(), 1u);
  EXPECT_EQ(r->files[0].outcome, IngestOutcome::kFailed);
  EXPECT_NE(r->files[0].error.message().find("press-2024-01-09-ipv6.txt"), std::string::npos)
      << r->files[0].error.ToString();
}

}  // namespace
}  // namespace wenyuan::ingest
