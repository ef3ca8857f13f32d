#include "clean/near_duplicate.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::clean {
namespace {

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

}  // namespace
}  // namespace wenyuan::clean
