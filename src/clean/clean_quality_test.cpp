// Cleaning quality against hand-labelled pages (tests/fixtures/clean/): the
// line-level precision and recall of the content that ingest keeps from the
// real crawl file ../shared/corpus/web-pages-zh.txt. A kept line counts as
// right when it is part of the labelled text (white space ignored); a
// labelled line counts as recalled when it is part of the kept text.
// The target (issue 4) is 0.95 for both, and the test holds the cleaner
// to it. Lines are compared
// with white space removed and against the other side's lines run together,
// so a paragraph joined or split at another place is not counted as lost.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>

#include "ingest/document_preparer.h"
#include "test_support.h"
#include "util/file_io.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ContentLines(std::string_view text) {
  std::vector<std::string> out;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    std::string key = NormaliseLineKey(line);
    if (!key.empty()) out.push_back(std::move(key));
  }
  return out;
}

// The lines run together: a line is judged by whether its content appears
// in the other side, so where a paragraph was split or joined differently
// from the label (the layout step's business) does not count here.
std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l;
  return out;
}

struct Counts {
  size_t kept = 0, kept_right = 0, expected = 0, expected_found = 0;
};

TEST(CleanQuality, HandLabelledCrawlPages) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const fs::path fixtures = wenyuan::testing::SourceDir() / "tests" / "fixtures" / "clean";
  std::map<std::string, std::string> expected;  // page id -> labelled text
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fixtures, ec)) {
    std::string name = e.path().filename().string();
    const std::string suffix = ".expected.txt";
    if (!name.ends_with(suffix)) continue;
    expected[name.substr(0, name.size() - suffix.size())] = wenyuan::testing::ReadFile(e.path());
  }
  ASSERT_GE(expected.size(), 10u) << "need at least 10 labelled pages in " << fixtures;

  const fs::path crawl = wenyuan::testing::SharedDir() / "corpus" / "web-pages-zh.txt";
  auto bytes = ReadFileToString(crawl, 64 << 20);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  ingest::ReaderRegistry readers;
  const ingest::DocumentReader* reader = readers.ForFile(crawl, *bytes);
  ASSERT_NE(reader, nullptr);
  auto prepared = ingest::PrepareDocuments(*reader, crawl, *bytes);
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();

  Counts total;
  size_t pages = 0;
  for (const auto& doc : *prepared) {
    auto it = expected.find(doc.extracted.part);
    if (it == expected.end()) continue;
    ++pages;
    const auto kept = ContentLines(doc.cleaned.text);
    const auto want = ContentLines(it->second);
    const std::string kept_all = Joined(kept), want_all = Joined(want);
    Counts c;
    c.kept = kept.size();
    c.expected = want.size();
    for (const auto& l : kept) c.kept_right += want_all.find(l) != std::string::npos;
    for (const auto& l : want) c.expected_found += kept_all.find(l) != std::string::npos;
    std::cout << "  " << it->first << ": kept " << c.kept_right << "/" << c.kept << " right, found " << c.expected_found
              << "/" << c.expected << " labelled lines\n";
    for (const auto& l : kept) {
      if (want_all.find(l) == std::string::npos) std::cout << "    extra: " << utf8::SliceCodePoints(l, 0, 60) << "\n";
    }
    for (const auto& l : want) {
      if (kept_all.find(l) == std::string::npos) std::cout << "    missed: " << utf8::SliceCodePoints(l, 0, 60) << "\n";
    }
    total.kept += c.kept;
    total.kept_right += c.kept_right;
    total.expected += c.expected;
    total.expected_found += c.expected_found;
  }
  ASSERT_EQ(pages, expected.size()) << "a labelled page id is not in the crawl file";
  const double precision = total.kept ? static_cast<double>(total.kept_right) / total.kept : 1.0;
  const double recall = total.expected ? static_cast<double>(total.expected_found) / total.expected : 1.0;
  std::cout << "cleaning on " << pages << " labelled pages: line precision " << precision << ", recall " << recall
            << "\n";
  RecordProperty("precision", std::to_string(precision));
  RecordProperty("recall", std::to_string(recall));
  constexpr double kFloor = 0.95;  // the target (issue 4); measured 0.998 and 0.995 on 15 pages
  const double kFloorPrecision = kFloor, kFloorRecall = kFloor;
  EXPECT_GE(precision, kFloorPrecision);
  EXPECT_GE(recall, kFloorRecall);
}

}  // namespace
}  // namespace wenyuan::clean
