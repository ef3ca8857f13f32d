#include "clean/near_duplicate.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "util/splitmix.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace near_duplicate_test {

const std::string kArticle =
    "北辰市政府資訊服務處今日宣布，全市一百七十三個機關網站已全面支援IPv6，成為全國第一個完成此項目標的直轄市。"
    "資訊服務處處長表示，未來將持續推動5G與物聯網應用，並於明年完成市府資料中心的節能改善工程，"
    "預計每年可節省電費新臺幣三百萬元。";

TEST(NearDuplicate, RepostWithDifferentChromeIsNear) {
  std::string repost = "【轉載】北辰日報\n" + kArticle;
  uint64_t a = ContentFingerprint(kArticle);
  uint64_t b = ContentFingerprint(repost);
  EXPECT_NE(a, 0u);
  EXPECT_LE(HammingDistance(a, b), kNearDuplicateBits);
  // White space and punctuation do not matter at all.
  std::string spaced;
  for (char c : kArticle) {
    spaced += c;
    if (c == ' ') spaced += "\n";
  }
  for (size_t at = spaced.find("，"); at != std::string::npos; at = spaced.find("，", at + 5)) {
    spaced.insert(at, "  \n ");
  }
  EXPECT_LE(HammingDistance(a, ContentFingerprint(spaced)), kNearDuplicateBits);
}

TEST(NearDuplicate, DifferentArticlesAreFar) {
  const std::string other =
      "北辰市公共自行車系統明年將擴增兩百個租賃站，交通局指出，新站點將優先設置於捷運站與學校周邊，"
      "並導入電動輔助自行車，前三十分鐘維持免費，預計可服務每日五萬人次的通勤需求。";
  EXPECT_GT(HammingDistance(ContentFingerprint(kArticle), ContentFingerprint(other)), kNearDuplicateBits);
  EXPECT_EQ(ContentFingerprint("太短了"), 0u);
}

// The fingerprint is the majority vote, bit by bit, of the hashes of the
// text's 4-character shingles (Han and ASCII letters and digits, lower
// case): counted here one shingle and one bit at a time, on texts around
// the 255 shingles the fast count adds up at once.
uint64_t VotedFingerprint(const std::u32string& content) {
  if (content.size() < 20) return 0;
  const size_t shingles = content.size() - 3;
  std::vector<uint64_t> ones(64);
  for (size_t i = 0; i < shingles; ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < 4; ++k) h = Splitmix64(h ^ content[i + k]);
    for (int bit = 0; bit < 64; ++bit) ones[bit] += (h >> bit) & 1;
  }
  uint64_t fingerprint = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (2 * ones[bit] > shingles) fingerprint |= 1ull << bit;
  }
  return fingerprint == 0 ? 1 : fingerprint;
}

TEST(NearDuplicate, FingerprintIsTheShinglesMajorityVote) {
  std::string text;
  std::u32string content;
  for (int copy = 0; copy < 12; ++copy) {  // 12 variants of the article: over 1,000 shingles
    const std::string part = kArticle + "IPv" + std::to_string(copy * 7919) + "。";
    for (size_t pos = 0; pos < part.size();) {
      const size_t from = pos;
      const char32_t c = utf8::DecodeNext(part, pos);
      text.append(part, from, pos - from);
      if (utf8::IsHan(c) || utf8::IsAsciiAlnum(c)) content += (c >= 'A' && c <= 'Z') ? c + 32 : c;
      if (content.size() >= 20 && content.size() <= 1100 &&
          (content.size() % 97 == 0 || (content.size() >= 255 && content.size() <= 262) ||
           (content.size() >= 508 && content.size() <= 516))) {
        if (utf8::IsHan(c) || utf8::IsAsciiAlnum(c)) {
          EXPECT_EQ(ContentFingerprint(text), VotedFingerprint(content)) << content.size() << " characters";
        }
      }
    }
  }
  EXPECT_GT(content.size(), 1100u);
}

// The banded index finds exactly what comparing with every fingerprint
// finds, on random fingerprints and on ones planted a few bits away.
TEST(NearDuplicateIndex, FindsWhatAScanFinds) {
  std::mt19937_64 random(42);
  NearDuplicateIndex index;
  std::vector<std::pair<int64_t, uint64_t>> all;
  for (int64_t id = 1; id <= 3000; ++id) {
    uint64_t fp = random() | 1;
    if (id % 3 == 0) {  // near an earlier one
      fp = all[static_cast<size_t>(random() % all.size())].second;
      for (int k = static_cast<int>(random() % 9); k > 0; --k) fp ^= 1ull << (random() % 64);
      if (fp == 0) fp = 1;
    }
    index.Add(id, fp);
    all.emplace_back(id, fp);
  }
  for (int64_t removed = 5; removed <= 3000; removed += 7) {
    index.Remove(removed);
    std::erase_if(all, [removed](const auto& e) { return e.first == removed; });
  }
  EXPECT_EQ(index.size(), all.size());
  size_t found = 0;
  for (int i = 0; i < 3000; ++i) {
    uint64_t probe = all[static_cast<size_t>(random() % all.size())].second;
    for (int k = static_cast<int>(random() % 9); k > 0; --k) probe ^= 1ull << (random() % 64);
    int64_t expected = 0;
    int best = kNearDuplicateBits + 1;
    for (const auto& [id, fp] : all) {
      int d = HammingDistance(probe, fp);
      if (d < best || (d == best && id < expected)) best = d, expected = id;
    }
    ASSERT_EQ(index.FindNear(probe), expected) << "probe " << probe;
    found += expected != 0;
  }
  EXPECT_GT(found, 1000u);  // the test does exercise matches
  EXPECT_EQ(index.FindNear(0), 0);
}

TEST(NearDuplicateIndex, RemovedAndReplacedFingerprintsAreNotFound) {
  NearDuplicateIndex index;
  const uint64_t article = ContentFingerprint(kArticle);
  index.Add(7, article);
  EXPECT_EQ(index.FindNear(article ^ 0b101), 7);
  index.Add(7, ~article);  // document 7 now holds other text
  EXPECT_EQ(index.FindNear(article), 0);
  index.Remove(7);
  EXPECT_EQ(index.FindNear(~article), 0);
  EXPECT_EQ(index.size(), 0u);
}

}  // namespace near_duplicate_test
}  // namespace wenyuan::clean
