#include "text/script_detector.h"

#include <gtest/gtest.h>

namespace wenyuan::text {
namespace {

class ScriptTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto folder = ScriptFolder::Create();
    ASSERT_TRUE(folder.ok()) << folder.status().ToString();
    folder_ = *folder;
  }
  std::shared_ptr<const ScriptFolder> folder_;
};

TEST_F(ScriptTest, FolderMapsTraditionalToSimplifiedOneToOne) {
  EXPECT_EQ(folder_->Fold(U'發'), U'发');
  EXPECT_EQ(folder_->Fold(U'臺'), U'台');
  EXPECT_EQ(folder_->Fold(U'資'), U'资');
  EXPECT_EQ(folder_->Fold(U'发'), U'发');  // already Simplified
  EXPECT_EQ(folder_->Fold(U'人'), U'人');  // shared
  EXPECT_EQ(folder_->Fold(U'A'), U'A');
  EXPECT_EQ(folder_->Fold(U'😀'), U'😀');
}

TEST_F(ScriptTest, DetectsTheScriptOfRealSentences) {
  ScriptDetector detector(folder_);
  EXPECT_EQ(detector.Detect("資訊服務處將於明年完成資料中心節能改善工程。"), Script::kTraditional);
  EXPECT_EQ(detector.Detect("资讯服务处将于明年完成资料中心节能改善工程。"), Script::kSimplified);
  EXPECT_EQ(detector.Detect("資訊服務處與资讯服务处共同辦理这项計畫，两岸發展。"), Script::kMixed);
  EXPECT_EQ(detector.Detect("Hello 123 人口"), Script::kNone);
  EXPECT_EQ(ScriptName(Script::kTraditional), "traditional");
}

}  // namespace
}  // namespace wenyuan::text
