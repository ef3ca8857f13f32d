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

TEST(QuestionType, FineTypesFromQuestionWordsInBothScripts) {
  EXPECT_EQ(ClassifyQuestion("資安事件應於多久內通報？", true), QuestionType::kDuration);
  EXPECT_EQ(ClassifyQuestion("资安事件要在几天内通报？", true), QuestionType::kDuration);
  EXPECT_EQ(ClassifyQuestion("申請補正的期限為何", true), QuestionType::kDuration);
  EXPECT_EQ(ClassifyQuestion("晶片卡遺失補發要多少錢？", true), QuestionType::kAmount);
  EXPECT_EQ(ClassifyQuestion("閱覽個資的收費標準", true), QuestionType::kAmount);
  EXPECT_EQ(ClassifyQuestion("资安事件由哪个单位负责应变？", true), QuestionType::kOrganisation);
  EXPECT_EQ(ClassifyQuestion("公務信箱是否可以轉寄到私人信箱？", true), QuestionType::kRule);
  EXPECT_EQ(ClassifyQuestion("可否以電話通報", true), QuestionType::kRule);
  // A time and a place are asked as before; the rest is a plain number.
  EXPECT_EQ(ClassifyQuestion("東京證券交易所創立於何時?", true), QuestionType::kTime);
  EXPECT_EQ(ClassifyQuestion("大興區位於哪裡？", true), QuestionType::kPlace);
  EXPECT_EQ(ClassifyQuestion("全校共有多少學生？", true), QuestionType::kNumber);
  // Without the fine types, the old answers.
  EXPECT_EQ(ClassifyQuestion("資安事件應於多久內通報？"), QuestionType::kNumber);
  EXPECT_EQ(ClassifyQuestion("公務信箱是否可以轉寄到私人信箱？"), QuestionType::kOther);
}

TEST(QuestionType, DurationsNeedANumberAndAUnitOfTime) {
  const std::u32string rule = U"應於1小時內完成通報";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kDuration, rule, None(rule)));
  const std::u32string months = U"於三個月內補正";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kDuration, months, None(months)));
  // A numbered level or article is a number, not a length of time.
  const std::u32string level = U"第八條　第三級以上資安事件";
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kDuration, level, None(level)));
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kNumber, level, None(level)));
}

TEST(QuestionType, AmountsNeedMoney) {
  const std::u32string fee = U"每張收取工本費250元";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kAmount, fee, None(fee)));
  const std::u32string currency = U"收取新臺幣五十";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kAmount, currency, None(currency)));
  const std::u32string share = U"超過30%者";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kAmount, share, None(share)));
  const std::u32string count = U"共250張";
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kAmount, count, None(count)));
}

TEST(QuestionType, OrganisationsEndInAnOrganisationsWord) {
  const std::u32string office = U"由資訊服務處處長召集";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kOrganisation, office, None(office)));
  const std::u32string committee = U"送資料開放諮詢委員會審議";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kOrganisation, committee, None(committee)));
  // 處理 and 部分 are not organisations.
  const std::u32string verb = U"事件處理完畢後部分系統";
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kOrganisation, verb, None(verb)));
  // Only outside the question's own words.
  std::vector<bool> shared(office.size(), false);
  for (size_t i = 1; i <= 5; ++i) shared[i] = true;  // 資訊服務處 is the question's
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kOrganisation, office, shared));
}

TEST(QuestionType, RulesAreModalWordsOutsideBrackets) {
  EXPECT_TRUE(StatesRule(U"應於1小時內完成通報"));
  EXPECT_TRUE(StatesRule(U"公務帳號不得轉借他人使用"));
  EXPECT_TRUE(StatesRule(U"必要時得請求外部廠商支援"));
  EXPECT_TRUE(StatesRule(U"申請人须检附身分证明"));
  EXPECT_TRUE(StatesRule(U"禁止使用私人信箱"));
  // 應 and 得 inside other words state nothing.
  EXPECT_FALSE(StatesRule(U"由處長召集資安事件應變小組"));
  EXPECT_FALSE(StatesRule(U"因應疫情取得證照"));
  EXPECT_FALSE(StatesRule(U"詳見申請須知"));
  // A bracketed aside is not what the line states.
  EXPECT_FALSE(StatesRule(U"（一）資安事件通報程序（資安事件應於知悉後1小時內通報）。"));
  const std::u32string rule = U"可否轉寄";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kRule, U"不得自動轉寄", None(rule)));
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kRule, U"轉寄功能已關閉", None(rule)));
}

TEST(QuestionType, PlacesAndOther) {
  const std::u32string place = U"位於雲南省西北部";
  EXPECT_TRUE(HoldsAnswerType(QuestionType::kPlace, place, None(place)));
  EXPECT_FALSE(HoldsAnswerType(QuestionType::kOther, place, None(place)));
}

}  // namespace
}  // namespace wenyuan::answer
