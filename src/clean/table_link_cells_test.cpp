// Link labels printed after each row of a table, on tables written for
// these tests: a bond fund's holdings (Simplified), a library's loan list
// (Traditional); and last cells that are data and stay.
#include "clean/table_link_cells.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace {

TEST(TableLinkCells, RepeatedLinkCellIsCutOffRowsAndHeader) {
  auto lines = PageLinesOf({"   债券名称      占净值比    相关操作", "   26国债05      12.40%      详情 公告 讨论",
                            "   26农发03      8.15%       详情 公告 讨论",
                            "   25进出12      6.02%       详情 公告 讨论", "   合计：26.57%"});
  CutRepeatedLinkCells(lines);
  EXPECT_EQ(lines[0].raw, "   债券名称      占净值比");
  EXPECT_EQ(lines[1].raw, "   26国债05      12.40%");
  EXPECT_EQ(lines[3].CoreUtf8(), "25进出12      6.02%");
  EXPECT_EQ(lines[4].raw, "   合计：26.57%");
}

TEST(TableLinkCells, TraditionalLoanList) {
  auto lines = PageLinesOf({"   書名            到期日        操作", "   台灣鳥類圖鑑    2026/12/20    續借 預約 評論",
                            "   海港小城散記    2026/12/22    續借 預約 評論",
                            "   植物的祕密      2026/12/30    續借 預約 評論"});
  CutRepeatedLinkCells(lines);
  EXPECT_EQ(lines[2].raw, "   海港小城散記    2026/12/22");
  EXPECT_EQ(lines[0].raw, "   書名            到期日");
}

TEST(TableLinkCells, DataInTheLastCellStays) {
  // One word repeated ("正常"), a number, or cells that differ: data.
  auto status = PageLinesOf(
      {"   站點    水位    狀態", "   東湖    2.31    正常", "   北港    1.87    正常", "   南溪    2.05    正常"});
  CutRepeatedLinkCells(status);
  EXPECT_EQ(status[1].raw, "   東湖    2.31    正常");
  auto differing = PageLinesOf({"   城市    气温    天气", "   杭州    13      多云 转 小雨",
                                "   宁波    12      阴 转 小雨", "   温州    15      多云 转 晴"});
  CutRepeatedLinkCells(differing);
  EXPECT_EQ(differing[2].raw, "   宁波    12      阴 转 小雨");
  // Rows another rule dropped are not the page's table.
  auto dropped = PageLinesOf({"   甲    1%    详情 股吧", "   乙    2%    详情 股吧", "   丙    3%    详情 股吧"});
  for (auto& l : dropped) l.reason = "menu or link list";
  CutRepeatedLinkCells(dropped);
  EXPECT_EQ(dropped[0].raw, "   甲    1%    详情 股吧");
}

}  // namespace
}  // namespace wenyuan::clean
