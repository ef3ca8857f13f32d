#include "enrich/kb_enricher.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

namespace wenyuan::enrich {
namespace {

// What the catalog held before the JSON was written by hand: nlohmann's dump.
std::string NlohmannKeywords(const std::vector<Keyword>& keywords) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : keywords) {
    out.push_back({{"text", k.text}, {"term", k.term}, {"weight", k.weight}, {"count", k.count}});
  }
  return out.dump();
}

std::string NlohmannSummary(const std::vector<SummarySentence>& summary) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : summary) out.push_back({{"text", s.text}, {"start", s.begin}, {"end", s.end}});
  return out.dump();
}

TEST(KbEnricherJson, KeywordsAreWrittenAsNlohmannWritesThem) {
  const std::vector<Keyword> keywords = {
      {"智慧路燈", "智慧路灯", 12.345678901234567, 3},
      {"GPT-4o", "gpt-4o", 1.0, 1},
      {"say \"hi\"\\ now", "tab\there/\x01\x1f\x7f", 0.1 + 0.2, 2},
      {"line\nbreak\r\b\f", "é😀", 1e-7, 0},
      {"big", "big", 1.5e300, 99},
      {"nan", "inf", std::numeric_limits<double>::quiet_NaN(), 4},
      {"neg", "neg", -0.0, 5},
  };
  EXPECT_EQ(KeywordsToJson(keywords), NlohmannKeywords(keywords));
  EXPECT_EQ(KeywordsToJson({}), NlohmannKeywords({}));
  EXPECT_EQ(KeywordsToJson({}), "[]");
  const std::vector<Keyword> one = {{"路燈", "路灯", 2.5, 2}};
  EXPECT_EQ(KeywordsToJson(one), R"([{"count":2,"term":"路灯","text":"路燈","weight":2.5}])");
}

TEST(KbEnricherJson, SummaryIsWrittenAsNlohmannWritesIt) {
  const std::vector<SummarySentence> summary = {
      {"北辰市政府今日宣布，智慧路燈計畫將於年底前完成。", 0, 25},
      {"他說：「好」\t\"quoted\"\\ \x02 end", 26, 4000000000ull},
  };
  EXPECT_EQ(SummaryToJson(summary), NlohmannSummary(summary));
  EXPECT_EQ(SummaryToJson({}), NlohmannSummary({}));
}

TEST(KbEnricherJson, InvalidUtf8IsRefusedAsNlohmannRefusesIt) {
  // nlohmann's dump throws on bytes that are not UTF-8; the hand-written
  // path must not quietly write what nlohmann would not.
  const std::vector<Keyword> bad = {{"\xff\xfe", "ok", 1.0, 1}};
  EXPECT_THROW(NlohmannKeywords(bad), nlohmann::json::type_error);
  EXPECT_THROW(KeywordsToJson(bad), nlohmann::json::type_error);
}

}  // namespace
}  // namespace wenyuan::enrich
