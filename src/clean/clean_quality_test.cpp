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

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <vector>

#include "clean/clean_quality_test_support.h"
#include "ingest/document_preparer.h"
#include "test_support.h"
#include "util/file_io.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

namespace fs = std::filesystem;

TEST(CleanQuality, HandLabelledCrawlPages) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const fs::path fixtures = wenyuan::testing::SourceDir() / "tests" / "fixtures" / "clean";
  const fs::path crawl = wenyuan::testing::SharedDir() / "corpus" / "web-pages-zh.txt";
  auto bytes = ReadFileToString(crawl, 64 << 20);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  ingest::ReaderRegistry readers;
  const ingest::DocumentReader* reader = readers.ForFile(crawl, *bytes);
  ASSERT_NE(reader, nullptr);
  auto prepared = ingest::PrepareDocuments(*reader, crawl, *bytes);
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();

  // The pages the rules were written on; two pages labelled later and
  // measured once (0.740 / 0.927) before the third round of issue 18's
  // rules was written for them (formerly-untouched-pages/, tuned now);
  // five pages of other kinds labelled before that round, measured at
  // 0.947 / 0.774 (cn-19's tables and infobox lost) and tuned on in the
  // fourth round (formerly-untouched-pages-2/, 0.990 / 0.989 now); six
  // pages labelled before the fourth round, measured once with its rules
  // at 0.774 / 0.977 (lists of the series' other articles printed three
  // times, call-to-action links and a "learning library" kept) and tuned
  // on in the fifth (formerly-untouched-pages-3/, 0.995 / 0.995 now). The
  // last six pages, labelled before the fifth round's rules were written,
  // measured once with them at 0.771 / 0.988 (MathML markup, a sponsored
  // article appended below the page's own, a series' list of articles
  // kept), then tuned on in a sixth round (formerly-untouched-pages-4/,
  // 0.985 / 0.988 now). The target (issue 4) is 0.95, issue 18's 0.97; the
  // 15 labelled pages measure 0.998 and 0.995.
  struct Fold {
    const char* folder;
    size_t min_pages;
    double floor_precision, floor_recall;
  };
  for (const Fold& fold :
       {Fold{"", 10, 0.95, 0.95}, Fold{"formerly-untouched-pages", 2, 0.97, 0.97},
        Fold{"formerly-untouched-pages-2", 5, 0.97, 0.97}, Fold{"formerly-untouched-pages-3", 6, 0.97, 0.97},
        Fold{"formerly-untouched-pages-4", 6, 0.97, 0.97}}) {
    const char* set = fold.folder;
    size_t pages = 0;
    const Counts total = MeasureCrawlPages(fixtures / set, *prepared, &pages);
    const std::string name = *set ? set : "labelled";
    std::cout << "cleaning on " << pages << " " << name << " pages: line precision " << total.Precision() << ", recall "
              << total.Recall() << "\n";
    RecordProperty(name + "_precision", std::to_string(total.Precision()));
    RecordProperty(name + "_recall", std::to_string(total.Recall()));
    EXPECT_GE(pages, fold.min_pages) << name;
    const double floor_precision = fold.floor_precision, floor_recall = fold.floor_recall;
    EXPECT_GE(total.Precision(), floor_precision) << name;
    EXPECT_GE(total.Recall(), floor_recall) << name;
  }
}

// True when `program` is an executable in one of $PATH's folders.
bool OnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "";
  while (!rest.empty()) {
    const size_t colon = rest.find(':');
    const fs::path candidate = fs::path(std::string(rest.substr(0, colon))) / program;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return true;
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
  return false;
}

// Documents of other kinds (tests/fixtures/clean/docs/: gazette entries,
// Taiwan and PRC laws, constitutional interpretations, product
// documentation), each beside its labelled text. Those under tuned/ were
// looked at while the rules were written; those under held-out/ were
// labelled first and only measured. Needs nothing from ../shared.
Counts MeasureFolder(const fs::path& folder, size_t* documents) {
  Counts total;
  ingest::ReaderRegistry readers;
  std::vector<fs::path> labels;
  for (const auto& e : fs::directory_iterator(folder)) {
    if (e.path().filename().string().ends_with(".expected.txt")) labels.push_back(e.path());
  }
  std::sort(labels.begin(), labels.end());
  for (const auto& label : labels) {
    std::string stem = label.filename().string();
    stem.resize(stem.size() - std::string(".expected.txt").size());
    fs::path input;
    for (const char* ext : {".txt", ".md", ".html", ".pdf"}) {
      if (fs::exists(folder / (stem + ext))) input = folder / (stem + ext);
    }
    EXPECT_FALSE(input.empty()) << "no input beside " << label;
    if (input.empty()) continue;
    if (input.extension() == ".pdf" && !OnPath("pdftotext")) {
      std::cout << "  " << stem << ": skipped, pdftotext not installed (scripts/setup)\n";
      continue;
    }
    const std::string bytes = wenyuan::testing::ReadFile(input);
    const ingest::DocumentReader* reader = readers.ForFile(input, bytes);
    EXPECT_NE(reader, nullptr) << input;
    if (!reader) continue;
    auto prepared = ingest::PrepareDocuments(*reader, input, bytes);
    EXPECT_TRUE(prepared.ok()) << prepared.status().ToString();
    if (!prepared.ok() || prepared->size() != 1) continue;
    total.Add(Compare(stem, prepared->front().cleaned.text, wenyuan::testing::ReadFile(label)));
    ++*documents;
  }
  return total;
}

TEST(CleanQuality, HandLabelledDocumentsOfOtherKinds) {
  const fs::path docs = wenyuan::testing::SourceDir() / "tests" / "fixtures" / "clean" / "docs";
  // Scale-corpus documents, then PDF reports, news pages and forum pages
  // written for issue 18: tuned on; formerly held out (labelled and
  // measured before tuning, then looked at and tuned on in a second
  // round); untouched (labelled after tuning, measured once); and
  // classical texts from the scale corpus (poems, a Lunyu chapter),
  // labelled before the second round's rules were run on them and
  // measured once with them.
  for (const char* set : {"tuned", "held-out", "reports-news-forums/tuned", "reports-news-forums/formerly-held-out",
                          "reports-news-forums/untouched", "classics/untouched"}) {
    size_t documents = 0;
    Counts c = MeasureFolder(docs / set, &documents);
    std::cout << "cleaning on " << documents << " " << set << " documents: line precision " << c.Precision()
              << ", recall " << c.Recall() << "\n";
    RecordProperty(std::string(set) + "_precision", std::to_string(c.Precision()));
    RecordProperty(std::string(set) + "_recall", std::to_string(c.Recall()));
    EXPECT_GE(documents, 3u) << set;  // fewer where pdftotext is missing
    // Issue 18's target, 0.97, holds on every set: the reports, news and
    // forum pages measure 1.0 / 1.0 (tuned and formerly held out) and
    // 1.0 / 0.976 (untouched).
    const double floor = 0.97;
    EXPECT_GE(c.Precision(), floor) << set;
    EXPECT_GE(c.Recall(), floor) << set;
  }
}

}  // namespace
}  // namespace wenyuan::clean
