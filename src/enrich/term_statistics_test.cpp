#include "enrich/term_statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>

using namespace std::string_literals;

namespace wenyuan::enrich {
namespace {

TEST(TermStatistics, CountsDocumentsPerTermThroughGrowth) {
  // Short and long terms, some differing only in a byte past the eighth or
  // in length; many documents, so the table grows several times.
  std::mt19937 rng(11);
  TermStatistics stats;
  std::map<std::string, size_t> expected;
  for (int d = 0; d < 3000; ++d) {
    std::set<std::string> terms;
    for (int k = 0; k < 20; ++k) {
      const uint32_t kind = rng() % 4;
      std::string t = kind == 0   ? "路燈" + std::to_string(rng() % 50)
                      : kind == 1 ? "市政府資訊服務處" + std::to_string(rng() % 3000)
                      : kind == 2 ? std::string(1 + rng() % 9, 'a')
                                  : "w" + std::to_string(rng() % 20000);
      terms.insert(t);
    }
    for (const auto& t : terms) ++expected[t];
    if (d % 2) {
      stats.AddDocument(std::vector<std::string>(terms.begin(), terms.end()));
    } else {
      stats.AddDocumentViews(std::vector<std::string_view>(terms.begin(), terms.end()));
    }
  }
  EXPECT_EQ(stats.documents(), 3000u);
  for (const auto& [t, n] : expected) ASSERT_EQ(stats.DocumentFrequency(t), n) << t;
  EXPECT_EQ(stats.DocumentFrequency("aaaaaaaaaa"), 0u);  // one 'a' longer than any counted
  EXPECT_EQ(stats.DocumentFrequency("a\0"s), 0u);
  EXPECT_EQ(stats.DocumentFrequency(""), 0u);
}

TEST(TermStatistics, IdfFallsWithDocumentFrequency) {
  TermStatistics empty;
  EXPECT_EQ(empty.DocumentFrequency("市政府"), 0u);
  EXPECT_GT(empty.Idf("市政府"), 0.0);
  TermStatistics stats;
  stats.AddDocument({"市政府", "路燈"});
  stats.AddDocument({"市政府"});
  stats.AddDocument({"捷運"});
  EXPECT_EQ(stats.Idf("市政府"), std::log(1.0 + (3 - 2 + 0.5) / (2 + 0.5)));
  EXPECT_GT(stats.Idf("路燈"), stats.Idf("市政府"));
  EXPECT_GT(stats.Idf("未見"), stats.Idf("路燈"));
}

}  // namespace
}  // namespace wenyuan::enrich
