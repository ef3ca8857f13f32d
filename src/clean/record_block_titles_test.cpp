// The record-block rule (clean/record_blocks.h) on a record's title that
// the line rules took for link labels run together (long, no punctuation),
// on records written for this test in both scripts (a petition, a bill, a
// tender, a patent, a case, a museum object, a job, a permit), and on
// run-together lines that stay dropped.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/record_blocks.h"

namespace wenyuan::clean {
namespace {

constexpr char kRunTogether[] = "link text run together";

// The title line, then the fields (all kept), as one block.
// (`text` outlives the lines, which point into it: a literal.)
std::vector<PageLine> Record(const char* text) {
  std::vector<PageLine> lines = MakePageLines(text);
  lines[0].reason = kRunTogether;
  KeepRecordBlocks(lines);
  return lines;
}

TEST(RecordBlockTitles, ATitleOverFieldsComesBack) {
  const char* records[] = {
      "   關於改善偏鄉公車班次不足問題的陳情案\n   陳情人：林小姐\n   案號：1130045\n   受理日期：2024年5月2日\n",
      "   关于加强城市地下管网安全管理的建议\n   代表：张明\n   编号：第0231号\n   提交日期：2025年3月8日\n",
      "   市立體育館屋頂防水整修工程採購案\n   招標機關：市政府工務局\n   預算金額：850萬元\n   截止投標：2026/01/15\n",
      ("   一种可降解食品包装膜及其制备方法\n   申请号：CN2025100123\n   申请人：某某科技有限公司\n"
       "   公开日：2025年9月1日\n"),
      "   臺灣某地方法院民事庭損害賠償事件\n   案號：113年度訴字第88號\n   股別：仁股\n   承辦法官：王大明\n",
      "   明代青花缠枝莲纹梅瓶修复记录\n   藏品号：M-1958-012\n   年代：明永乐\n   修复日期：2024年6月\n",
      "   資深後端工程師台北市信義區遠端可\n   薪資：月薪8萬至12萬\n   經歷：五年以上\n   學歷：大學\n",
      "   餐饮服务食品安全经营许可证申请\n   申请人：某餐馆\n   许可证号：JY13301000123\n   有效期至：2029年12月31日\n",
  };
  for (const char* r : records) {
    const auto lines = Record(r);
    EXPECT_TRUE(lines[0].kept()) << r;
  }
}

TEST(RecordBlockTitles, OtherRunTogetherLinesStayDropped) {
  const char* pages[] = {
      // Over two fields only.
      "   關於改善偏鄉公車班次不足問題的陳情案\n   陳情人：林小姐\n   案號：1130045\n",
      // Over prose.
      "   最新消息活動報名常見問題聯絡我們\n   本館將於明日起休館三天進行設備維護，造成不便敬請見諒。\n"
      "   休館期間還書請利用還書箱，逾期費用將予以免除。\n   如有疑問請洽服務台，我們將竭誠為您服務。\n",
      // Link labels with 、 between them.
      "   以作者查詢、以書名查詢、以出版社查詢\n   題名：某書\n   作者：某人\n   出版者：某社\n",
      // Longer than a title.
      "   首頁最新消息活動報名常見問題聯絡我們網站導覽English關於本館館藏查詢讀者服務數位資源推廣活動志工招募交通資訊\n"
      "   題名：某書\n   作者：某人\n   出版者：某社\n",
  };
  for (const char* p : pages) {
    const auto lines = Record(p);
    EXPECT_EQ(lines[0].reason, kRunTogether) << p;
  }
  // Between the fields rather than over them.
  std::vector<PageLine> lines = MakePageLines(
      "   陳情人：林小姐\n   關於改善偏鄉公車班次不足問題的陳情案\n   案號：1130045\n   受理日期：2024年5月2日\n");
  lines[1].reason = kRunTogether;
  KeepRecordBlocks(lines);
  EXPECT_EQ(lines[1].reason, kRunTogether);
}

}  // namespace
}  // namespace wenyuan::clean
