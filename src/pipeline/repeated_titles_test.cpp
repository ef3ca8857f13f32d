#include "pipeline/repeated_titles.h"

#include <gtest/gtest.h>

namespace wenyuan::pipeline {
namespace {

TEST(RepeatedTitles, TitleComesFromTheSubjectFieldFirst) {
  const std::string text =
      "北辰市政府資訊服務處　人民陳情案件回覆\n受文者：王○○君\n主旨：有關台端反映路燈故障一案，復請查照。\n說明：...\n";
  EXPECT_EQ(TitleAvoiding(text, "reply.txt", {"北辰市政府資訊服務處　人民陳情案件回覆"}), "有關台端反映路燈故障一案");
}

TEST(RepeatedTitles, TitleSkipsRejectedAndShortLines) {
  const std::string text = "每週資訊快報\n公告\n機房冷氣改善工程完成\n工程已於上週完工。\n";
  EXPECT_EQ(TitleAvoiding(text, "week.txt", {"每週資訊快報"}), "機房冷氣改善工程完成");
}

TEST(RepeatedTitles, FileNameIsTheLastResort) {
  const std::string text = "每週資訊快報\n這是一段很長的內文，說明本週的各項工作進度。\n";
  EXPECT_EQ(TitleAvoiding(text, "/srv/docs/week-07.txt", {"每週資訊快報"}), "week-07");
}

}  // namespace
}  // namespace wenyuan::pipeline
