// Runs of a record's "label：value" fields of which the main text kept a
// part, on lines written for these tests: a hospital doctor's profile
// (Simplified), a library's rare-book record (Traditional), a parking lot's
// record under its name and buttons (Simplified), a recruitment notice's
// contact fields under its text (Traditional); and runs that stay as they
// are.
#include "clean/field_runs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace field_runs_test {

constexpr char kOutside[] = "outside the main text";

TEST(FieldRuns, TheRestOfAPartlyKeptRunComesBack) {
  auto lines = PageLinesOf({"   职称： 主任医师", "   学历： 北辰医科大学 医学博士（2009）",
                            "          东湖大学 临床医学 学士（2003）", "   擅长： 冠心病介入治疗、心力衰竭",
                            "   出诊： 周二上午、周四全天", "   E-mail： wangli＠bch.example.cn"});
  for (auto& l : lines) l.reason = kOutside;
  lines[3].reason.clear();  // the head kept two fields on consecutive lines
  lines[4].reason.clear();
  const std::vector<size_t> back = KeepWholeFieldRuns(lines);
  EXPECT_EQ(back, (std::vector<size_t>{0, 1, 2, 5}));
  for (const auto& l : lines) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

TEST(FieldRuns, TraditionalRecordWithLatinLabel) {
  auto lines = PageLinesOf(
      {"   題名： 北辰縣志", "   卷數： 十二卷", "   版本： 清光緒十年刻本", "   ISBN： 無", "   典藏： 善本書室"});
  lines[0].reason = kOutside;
  lines[3].reason = kOutside;
  EXPECT_EQ(KeepWholeFieldRuns(lines), (std::vector<size_t>{0, 3}));
}

TEST(FieldRuns, HeadingOverButtonsComesBackWithTheFields) {
  // A parking lot's record: its name over a row of buttons, then its fields.
  auto lines = PageLinesOf({"   东湖停车场 A3", "   (BUTTON) 收藏 (BUTTON) 导航", "   管理单位：北辰城投停车公司",
                            "   车位类型：地面", "   开放时间：全天", "   收费标准：首小时5元"});
  for (auto& l : lines) l.reason = kOutside;
  lines[1].reason = "button or form field";
  lines[4].reason.clear();
  lines[5].reason.clear();
  EXPECT_EQ(KeepWholeFieldRuns(lines), (std::vector<size_t>{0, 2, 3}));
  EXPECT_EQ(lines[1].reason, "button or form field");
  // A sentence over the buttons is no heading: the block stays as it is.
  auto prose = PageLinesOf({"   欢迎使用本站停车查询服务，请先登录。", "   (BUTTON) 登录",
                            "   管理单位：北辰城投停车公司", "   车位类型：地面", "   开放时间：全天"});
  for (auto& l : prose) l.reason = kOutside;
  prose[1].reason = "button or form field";
  prose[3].reason.clear();
  prose[4].reason.clear();
  EXPECT_TRUE(KeepWholeFieldRuns(prose).empty());
}

// A programme's facts under their section heading, one field a label
// with a year in brackets: the heading stays, the fields the main text
// left out come back; a time in brackets is no field's colon.
TEST(FieldRuns, FieldsUnderTheirHeadingWithABracketedQualifier) {
  auto lines = PageLinesOf({"   課程資料", "   所屬學院：社會科學學院", "   修業年期：四年", "   授課語言：中文",
                            "   學費（2027/2028學年）：每年澳門元32,000", "   課程編號：B4SW"});
  lines[1].reason = kOutside;
  lines[2].reason = kOutside;
  EXPECT_EQ(KeepWholeFieldRuns(lines), (std::vector<size_t>{1, 2}));
  auto notice = PageLinesOf(
      {"   交通：請多利用接駁車", "   駁車（轉運站07:00發車）", "   停車：請停於鄉公所", "   報名：請洽鄉公所民政課"});
  notice[0].reason = kOutside;
  EXPECT_TRUE(KeepWholeFieldRuns(notice).empty());
}

TEST(FieldRuns, ContactFieldsUnderTheBodysLastFieldGoOn) {
  // A recruitment notice (Traditional): its last paragraph a field, then
  // its other contact fields, then the signature.
  auto lines =
      PageLinesOf({"   　　報名期間自即日起至三月十日止，逾期不予受理。", "   　　諮詢電話：(02)2345-6789 分機 12",
                   "   　　電子郵件：hr＠bch.example.tw", "   　　報名地點：北辰市政大樓3樓人事室",
                   "                                                   北辰市政府人事處", "", "     * 回首頁"});
  for (size_t k = 2; k < lines.size(); ++k) lines[k].reason = kOutside;
  EXPECT_EQ(FieldTailEnd(lines, 2), 4u);
  // The body's last line a sentence: the text's own phone line right
  // under it opens the run ...
  EXPECT_EQ(FieldTailEnd(lines, 1), 4u);
  // ... another field does not.
  auto place = PageLinesOf({"   　　報名期間自即日起至三月十日止，逾期不予受理。",
                            "   　　報名地點：北辰市政大樓3樓人事室", "   　　諮詢電話：(02)2345-6789 分機 12"});
  for (size_t k = 1; k < place.size(); ++k) place[k].reason = kOutside;
  EXPECT_EQ(FieldTailEnd(place, 1), 1u);
  // A field a rule dropped for what it is (the site's footer) ends it, and
  // so does a blank line.
  auto footer = PageLinesOf(
      {"   　　咨询电话：0571-8888 1234", "   地址：东湖路1号 邮编：310000", "", "   传真：0571-8888 1235"});
  footer[1].reason = "site licence or contact footer";
  footer[3].reason = kOutside;
  EXPECT_EQ(FieldTailEnd(footer, 1), 1u);
  footer[1].reason = kOutside;
  EXPECT_EQ(FieldTailEnd(footer, 1), 2u);
}

TEST(FieldRuns, RunsOfOtherShapesOrDroppedForWhatTheyAreStay) {
  // Nothing kept: the finder read none of it as the page's.
  auto none =
      PageLinesOf({"   电话：0571-8888 1234", "   传真：0571-8888 1235", "   地址：东湖路1号", "   邮编：310000"});
  for (auto& l : none) l.reason = kOutside;
  EXPECT_TRUE(KeepWholeFieldRuns(none).empty());
  // A line of another shape in the run (a list item, a sentence).
  auto mixed = PageLinesOf({"   职称： 主任医师", "   擅长： 冠心病", "   出诊： 周二上午", "   * 预约挂号"});
  mixed[3].reason = kOutside;
  EXPECT_TRUE(KeepWholeFieldRuns(mixed).empty());
  // A line another rule dropped for what it is.
  auto counted = PageLinesOf({"   职称： 主任医师", "   擅长： 冠心病", "   出诊： 周二上午", "   浏览： 1523"});
  counted[3].reason = "view or follower counter";
  EXPECT_TRUE(KeepWholeFieldRuns(counted).empty());
  // A government site's disclosure box: its issuer and date kept alone.
  auto box = PageLinesOf({"   索 引 号： 11320100/2026-00157", "   主题分类： 科技", "   发布机构： 北辰市科技局",
                          "   成文日期： 2026-04-03", "   是否有效： 有效"});
  box[0].reason = box[1].reason = box[4].reason = kOutside;
  EXPECT_TRUE(KeepWholeFieldRuns(box).empty());
}

// The text's own phone line right under its last sentence, no blank line
// between, in both scripts and with one field or several; a blank line
// between, another kind of field, a label with no number and a line
// dropped for what it is (a footer) keep the body's end.
TEST(FieldRuns, ATextsPhoneLineUnderItsLastSentence) {
  const char* phones[] = {
      "   咨询电话：0373-5820123　投诉电话：0373-5820110",
      "   服務專線：(02)2345-6789",
      "   报名热线：400-800-1234",
      "   諮詢電話：04-2222-3333 分機 12",
      "   联系电话：13800001234（王老师）",
      "   預約電話：07-3456789　傳真：07-3456780",
      "   救援电话：120",
      "   客服熱線：0800-123-456",
  };
  for (const char* phone : phones) {
    auto lines = PageLinesOf({"   　　园区冬季开放时间调整，请游客合理安排行程。", phone, "", "   * 上一篇"});
    for (size_t k = 1; k < lines.size(); ++k) {
      if (!lines[k].blank()) lines[k].reason = kOutside;
    }
    EXPECT_EQ(FieldTailEnd(lines, 1), 2u) << phone;
  }
  std::vector<std::vector<PageLine>> stays;
  stays.push_back(PageLinesOf({"   　　园区冬季开放时间调整，请游客合理安排行程。", "", "   咨询电话：0373-5820123"}));
  stays.push_back(PageLinesOf({"   　　园区冬季开放时间调整，请游客合理安排行程。", "   地址：北辰路1号"}));
  stays.push_back(PageLinesOf({"   　　园区冬季开放时间调整，请游客合理安排行程。", "   服務專線：請洽各分館"}));
  for (auto& lines : stays) {
    for (size_t k = 1; k < lines.size(); ++k) {
      if (!lines[k].blank()) lines[k].reason = kOutside;
    }
    EXPECT_EQ(FieldTailEnd(lines, 1), 1u) << lines.back().raw;
  }
  auto footer = PageLinesOf({"   　　园区冬季开放时间调整，请游客合理安排行程。", "   客服热线：400-800-1234"});
  footer[1].reason = "site licence or contact footer";
  EXPECT_EQ(FieldTailEnd(footer, 1), 1u);
}

}  // namespace field_runs_test
}  // namespace wenyuan::clean
