// The summary-box rule (clean/summary_boxes.h) on boxes written for this
// test, of notices in both scripts (a tender's award, a job opening, a
// court's auction, a land sale, a works permit, an exam, a grant, a
// building licence), each over a text that states the same fields again;
// and on look-alikes that stay: a car's spec rows the text does not
// repeat, colon fields, a table of figures, a box of three rows.
#include "clean/summary_boxes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace summary_boxes_test {

// The reasons MarkSummaryBoxes gives the non-blank lines of `text`.
std::vector<std::string> Reasons(std::string_view text) {
  std::vector<PageLine> lines = MakePageLines(text);
  MarkSummaryBoxes(lines);
  std::vector<std::string> out;
  for (const PageLine& l : lines) {
    if (!l.blank()) out.push_back(l.reason);
  }
  return out;
}

// The box's lines (the first `box` non-blank ones) go; the text stays.
void ExpectBox(std::string_view text, size_t box) {
  const auto reasons = Reasons(text);
  for (size_t k = 0; k < reasons.size(); ++k) {
    EXPECT_EQ(reasons[k], k < box ? kSummaryBox : "") << text << " line " << k;
  }
}

TEST(SummaryBoxes, BoxesThatRepeatTheTextGo) {
  ExpectBox(
      "公告概要：\n项目名称 北辰路灯改造工程\n采购人 北辰市城管局\n中标人 北辰照明有限公司\n联系人 王宁\n\n"
      "一、项目名称：北辰路灯改造工程\n二、采购人：北辰市城管局\n三、中标人：北辰照明有限公司\n四、联系人：王宁\n",
      5);
  ExpectBox(
      "職缺摘要：\n機關名稱  北辰市政府人事處\n職稱  約聘研究員\n名額  2名\n工作地點  北辰市政大樓\n\n"
      "一、機關名稱：北辰市政府人事處。\n二、職稱及名額：約聘研究員2名。\n三、工作地點：北辰市政大樓3樓。\n",
      5);
  ExpectBox(
      "拍卖信息：\n标的物 南湖路18号房产\n起拍价 320万元\n保证金 30万元\n拍卖时间 2026年3月1日\n\n"
      "本院定于2026年3月1日对南湖路18号房产进行公开拍卖，起拍价320万元，保证金30万元。\n",
      5);
  ExpectBox(
      "出讓概要：\n宗地編號 北辰2026-07\n土地用途 住宅用地\n出讓面積 12000平方米\n競買保證金 8000萬元\n\n"
      "宗地編號北辰2026-07，土地用途為住宅用地，出讓面積12000平方米，競買保證金8000萬元。\n",
      5);
  ExpectBox(
      "许可摘要：\n许可证号 建字第2026018号\n建设单位 北辰城投公司\n工程名称 滨河绿道二期\n发证机关 北辰市住建局\n\n"
      "经审查，北辰城投公司申报的滨河绿道二期符合规定，核发建字第2026018号许可证，发证机关北辰市住建局。\n",
      5);
  ExpectBox(
      "考試資訊：\n考試名稱 北辰市約僱人員甄試\n報名期間 3月1日至3月10日\n考試日期 3月22日\n試場 北辰高中\n\n"
      "北辰市約僱人員甄試報名期間自3月1日至3月10日，考試日期為3月22日，試場設於北辰高中。\n",
      5);
  ExpectBox(
      "资助概要：\n项目类别 青年基金\n资助金额 30万元\n执行期限 2027年至2029年\n依托单位 北辰大学\n\n"
      "本批青年基金资助金额30万元，执行期限2027年至2029年，依托单位为北辰大学。\n",
      5);
  ExpectBox(
      "公告信息：\n工程名称 北辰一中体育馆\n建设单位 北辰市教育局\n施工单位 北辰建工集团\n监理单位 北辰监理公司\n"
      "联系方式：\n联系人 李明\n\n"
      "北辰一中体育馆由北辰市教育局建设，施工单位北辰建工集团，监理单位北辰监理公司，联系人李明。\n",
      7);
}

TEST(SummaryBoxes, LookAlikesStay) {
  // A car's spec rows: the seller's text repeats none of them.
  ExpectBox(
      "出廠年月  2019/05\n里程  6.1萬公里\n排氣量  1496cc\n燃料  汽油\n\n"
      "一手車，定期保養，車況良好，歡迎預約賞車。\n",
      0);
  // A law's colon fields, repeated by its adoption note.
  ExpectBox(
      "制定机关：北辰市人大常委会\n公布日期：2026-09-28\n施行日期：2027-01-01\n批准机关：某省人大常委会\n\n"
      "（2026-09-28北辰市人大常委会通过，某省人大常委会批准，2027-01-01施行）\n",
      0);
  // A table of figures the report quotes in part.
  ExpectBox(
      "年度  收入  支出\n2024  120億  118億\n2025  131億  125億\n2026  140億  139億\n\n"
      "2026年收入140億元，較前一年增加。\n",
      0);
  // Three rows: too few to tell a box from a record's fields.
  ExpectBox(
      "项目名称 北辰路灯改造工程\n采购人 北辰市城管局\n中标人 北辰照明有限公司\n\n"
      "一、项目名称：北辰路灯改造工程\n二、采购人：北辰市城管局\n三、中标人：北辰照明有限公司\n",
      0);
}

}  // namespace summary_boxes_test
}  // namespace wenyuan::clean
