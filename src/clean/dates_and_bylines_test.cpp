#include "clean/dates_and_bylines.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(DatesAndBylines, DateLines) {
  EXPECT_TRUE(IsDateLine(DecodeUtf32("2018-07-05")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("2023 / 08 / 24")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("2023年11月22日 10:36")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("出版：2018-05-08 22:00更新：2018-05-08 22:00")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("日期：107-10-16資料來源：新聞傳播處")));
  // Day first, the year last (a Hong Kong wire's stamp).
  EXPECT_TRUE(IsDateLine(DecodeUtf32("18/11/2025 09:30")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("發布時間：03.07.2026")));
  // A blog's English-month dates.
  EXPECT_TRUE(IsDateLine(DecodeUtf32("Mar 15 Fri 2024 14:22")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("September 3, 2023")));
  EXPECT_TRUE(IsDateLine(DecodeUtf32("3 Dec 2022")));
  EXPECT_FALSE(IsDateLine(DecodeUtf32("March 2024")));
  EXPECT_FALSE(IsDateLine(DecodeUtf32("Windows 11 May Update")));
  EXPECT_FALSE(IsDateLine(DecodeUtf32("2023")));
  EXPECT_FALSE(IsDateLine(DecodeUtf32("第32屆全國青少年科技創新大賽")));
  EXPECT_FALSE(IsDateLine(
      DecodeUtf32("教育暨青年局於2017年組織了23名師生，組成「澳門學界代表隊」參加在浙江杭州市舉行的大賽。")));
}

TEST(DatesAndBylines, BylineLines) {
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("撰文：梁啟敏")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("作者： TWNIC")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("文 新生代編輯組")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("译者：刘进龙")));
  // The date with the word that says it was published, in both scripts.
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("2026/11/30 發佈")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("2024-03-02 发布")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("新版規範將於2026年發佈")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("文化")));
  EXPECT_FALSE(IsBylineLine(
      DecodeUtf32("作者認為，人工智慧將改變未來的工作方式，也會帶來新的職業與更多的機會，值得各界關注。")));
}

TEST(DatesAndBylines, DocumentNumberLines) {
  EXPECT_TRUE(IsDocumentNumberLine(DecodeUtf32("新聞稿編號：第115-187號")));
  EXPECT_TRUE(IsDocumentNumberLine(DecodeUtf32("发文字号：教基厅函〔2026〕52号")));
  EXPECT_FALSE(IsDocumentNumberLine(DecodeUtf32("編號：請填寫申請書上的號")));
  EXPECT_FALSE(IsDocumentNumberLine(DecodeUtf32("本案編號為第115-187號，請於期限內回覆。")));
  // A table's row: the label's cell and the value's apart by a gap.
  EXPECT_TRUE(IsDocumentNumberLine(DecodeUtf32("發文字號 北府交字第1150012345號")));
  EXPECT_TRUE(IsDocumentNumberLine(DecodeUtf32("发文字号　北交发〔2026〕18号")));
  EXPECT_FALSE(IsDocumentNumberLine(DecodeUtf32("本案 編號第115-187號")));
}

TEST(DatesAndBylines, FieldRowsAndBracketedBylines) {
  // An article's information row: labelled fields, one of them a date.
  EXPECT_TRUE(IsDateLine(DecodeUtf32("发布时间：2023-09-18 09:30 信息来源：区教育局 浏览次数：2471 字号：大中小")));
  // A long sentence with a date is no such row.
  EXPECT_FALSE(
      IsDateLine(DecodeUtf32("2023年9月18日，区教育局召开秋季开学工作会议，部署校园安全、课后服务和食堂管理等工作")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("（記者 何文傑）")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("【记者 王小明】")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("（责任编辑：李红）")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("（完）")));
  // The paper's name before its reporter.
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("（本報記者 何文傑）")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("（晚报记者 王小明）")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("（據本報記者了解，會議延期。）")));  // a sentence
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("（參加記者會的市民代表）")));        // no reporter's name after 記者
}

// "明報記者", "新华社记者": the paper's reporters, unnamed, at an article's end.
TEST(DatesAndBylines, UnnamedReportersAreABylineASentenceIsNot) {
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("明報記者")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("新华社记者")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("他是新華社的記者")));
}

// A paper's reporters named after their title, with interns and
// correspondents; a sentence about a reporter is none.
TEST(DatesAndBylines, ReporterRosters) {
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("南方日报记者 黄晓明 实习生 陈思")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("本報記者 林佳穎、吳志豪")));
  EXPECT_TRUE(IsBylineLine(DecodeUtf32("经济观察报记者 刘洋 通讯员 赵丽")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("本報記者 昨日前往現場採訪了多位居民")));
  EXPECT_FALSE(IsBylineLine(DecodeUtf32("一位资深记者 回忆 当年的 采访经过")));
}

TEST(DatesAndBylines, HowLongAgo) {
  for (const char* ago : {"3小時前", "45分钟前", "5年前", "2個月前", "剛剛", "昨天"}) {
    EXPECT_TRUE(IsTimeAgo(DecodeUtf32(ago))) << ago;
  }
  for (const char* other : {"3小時", "前天下午", "2024年前", "很久以前", "1234天前"}) {
    EXPECT_FALSE(IsTimeAgo(DecodeUtf32(other))) << other;
  }
}

}  // namespace
}  // namespace wenyuan::clean
