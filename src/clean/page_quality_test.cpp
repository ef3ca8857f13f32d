#include "clean/page_quality.h"

#include <gtest/gtest.h>

namespace wenyuan::clean {
namespace {

TEST(PageQuality, NamesWhyAPageIsNotWorthIndexing) {
  EXPECT_NE(FailedPageReason("", true).find("nothing left"), std::string::npos);
  EXPECT_NE(FailedPageReason("載入中，請稍候…", true).find("loading"), std::string::npos);
  EXPECT_NE(FailedPageReason("404 Not Found 找不到您要的頁面", true).find("error"), std::string::npos);
  EXPECT_NE(FailedPageReason("Please enable JavaScript to view this page.", true).find("error"), std::string::npos);
  EXPECT_NE(FailedPageReason("關於本站", true).find("too little"), std::string::npos);
  EXPECT_NE(FailedPageReason("[1] https://a.example/x\n[2] https://b.example/y\n[3] https://c.example/z", true)
                .find("references"),
            std::string::npos);
  // Lynx's References heading over one link: a page that failed to load.
  EXPECT_NE(FailedPageReason("References\n1.https://m.example.com/p/2513871442612487", true).find("references"),
            std::string::npos);
}

TEST(PageQuality, RealContentPasses) {
  const char* article =
      "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。"
      "市民可透過市府網站查詢建置進度。";
  EXPECT_EQ(FailedPageReason(article, true), "");
  // An authored file is a document however short.
  EXPECT_EQ(FailedPageReason("短箋。", false), "");
  EXPECT_NE(FailedPageReason("  \n ", false), "");
  // A route's stops numbered as lynx numbers its link list are the page's
  // own text, not references.
  EXPECT_EQ(FailedPageReason("67路公交车路线 上行（共4站）\n1. 洛阳火车站\n2. 道北路口\n3. 唐宫路王城大道口\n"
                             "4. 王城公园\n",
                             true),
            "");
  EXPECT_NE(FailedPageReason("References\n1. https://a.example/x\n2. javascript:void(0)\n3. www.example.com\n", true)
                .find("references"),
            std::string::npos);
}

}  // namespace
}  // namespace wenyuan::clean
