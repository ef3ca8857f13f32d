#include "cli/progress_display.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace wenyuan::cli {
namespace {

constexpr uint64_t kMB = 1024 * 1024;

TEST(ProgressDisplay, LineShowsBytesRateShareAndTimeLeft) {
  const std::string line = ProgressDisplay::Line({1234, 0, 300 * kMB, 600 * kMB}, {}, 10.0, false);
  EXPECT_EQ(line, "1,234 documents  300.0/600.0 MB  30.0 MB/s  50%  ETA 0:10");
}

TEST(ProgressDisplay, LineWithABarAndADocumentTotal) {
  const std::string line = ProgressDisplay::Line({50, 200, 0, 0}, {}, 5.0, true);
  EXPECT_EQ(line, "[======>                 ] 50/200 documents  10/s  25%  ETA 0:15");
}

// A phase that begins with work already done (enrichment that ran beside
// ingest) measures its pace from its first update, not from zero.
TEST(ProgressDisplay, PaceLeavesOutWhatTheFirstUpdateHadDone) {
  const ProgressFigures first{100000, 200000, 0, 0};
  const std::string line = ProgressDisplay::Line({150000, 200000, 0, 0}, first, 50.0, false);
  EXPECT_EQ(line, "150,000/200,000 documents  1000/s  75%  ETA 0:50");
  // Bytes alike.
  const std::string bytes =
      ProgressDisplay::Line({0, 0, 500 * kMB, 600 * kMB}, {0, 0, 400 * kMB, 600 * kMB}, 10.0, false);
  EXPECT_EQ(bytes, "0 documents  500.0/600.0 MB  10.0 MB/s  83%  ETA 0:10");
}

TEST(ProgressDisplay, NoTimeLeftBeforeAnyWorkSinceTheFirstUpdate) {
  const ProgressFigures first{10, 100, 0, 0};
  EXPECT_EQ(ProgressDisplay::Line(first, first, 3.0, false), "10/100 documents  0/s  10%");
}

// In a log the first update only starts the clock; later ones print a
// line each, at most one per interval (here none: every update prints).
TEST(ProgressDisplay, LogLinesStartAtTheSecondUpdate) {
  char* text = nullptr;
  size_t size = 0;
  std::FILE* out = ::open_memstream(&text, &size);
  ASSERT_NE(out, nullptr);
  {
    ProgressDisplay display("enrich", out, /*terminal=*/false, std::chrono::seconds(0));
    display.Update({100, 1000, 0, 0});
    std::fflush(out);
    EXPECT_EQ(size, 0u);
    display.Update({200, 1000, 0, 0});
    display.Update({300, 1000, 0, 0});
    display.Finish();
  }
  std::fclose(out);
  const std::string log(text, size);
  std::free(text);
  EXPECT_EQ(log.rfind("enrich: 200/1,000 documents", 0), 0u) << log;
  EXPECT_NE(log.find("\nenrich: 300/1,000 documents"), std::string::npos) << log;
}

}  // namespace
}  // namespace wenyuan::cli
