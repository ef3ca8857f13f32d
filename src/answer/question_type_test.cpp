#include "answer/question_type.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::answer {
namespace {

TEST(QuestionType, FromQuestionWordsInBothScripts) {
  EXPECT_EQ(ClassifyQuestion("東京證券交易所創立於何時?"), QuestionType::kTime);
  EXPECT_EQ(ClassifyQuestion("冰雪皇后什么时候退出了台湾市场？"), QuestionType::kTime);
  EXPECT_EQ(ClassifyQuestion("從哪一年開始刊登新聞？"), QuestionType::kTime);
  EXPECT_EQ(ClassifyQuestion("鶴慶縣的面積有多大?"), QuestionType::kNumber);
  EXPECT_EQ(ClassifyQuestion("若游戏中离，则多少分钟内不得配对？"), QuestionType::kNumber);
  EXPECT_EQ(ClassifyQuestion("大興區位於哪裡？"), QuestionType::kPlace);
  EXPECT_EQ(ClassifyQuestion("东盟校区位于何处？"), QuestionType::kPlace);
  EXPECT_EQ(ClassifyQuestion("猴面包树的别名是什么？"), QuestionType::kOther);
  EXPECT_EQ(ClassifyQuestion(""), QuestionType::kOther);
}

std::vector<bool> None(std::u32string_view s) { return std::vector<bool>(s.size(), false); }

TEST(QuestionType, AnswerTypeOnlyCountsOutsideTheQuestionsOwnWords) {
  const std::u32string s = U"收費每小時30元";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kNumber, s, None(s)));
  std::vector<bool> shared(s.size(), false);
  shared[5] = shared[6] = true;  // "30" is part of the question
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kNumber, s, shared));
  const std::u32string chinese = U"共有四十二所";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kNumber, chinese, None(chinese)));
  const std::u32string none = U"收費另行公告";
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kNumber, none, None(none)));
}

TEST(QuestionType, TimesNeedANumberBeforeTheUnit) {
  const std::u32string year = U"創立於1878年5月";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kTime, year, None(year)));
  const std::u32string chinese = U"於一九八六年落成";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kTime, chinese, None(chinese)));
  const std::u32string no_number = U"每年舉辦";
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kTime, no_number, None(no_number)));
}

TEST(QuestionType, PlacesAndOther) {
  const std::u32string place = U"位於雲南省西北部";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kPlace, place, None(place)));
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kOther, place, None(place)));
}

}  // namespace
}  // namespace wenyuan::answer
