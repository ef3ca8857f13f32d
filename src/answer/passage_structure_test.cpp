#include "answer/passage_structure.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::answer {
namespace {

TEST(PassageStructure, ArticlesOpenWithTheirNumber) {
  EXPECT_TRUE(StartsArticle(U"第五條　各機關資安聯絡人於知悉資安事件後"));
  EXPECT_TRUE(StartsArticle(U"第 12 条 本办法自发布日施行。"));
  EXPECT_TRUE(StartsArticle(U"## 第三條 信箱容量及附件"));
  EXPECT_TRUE(StartsArticle(U"第十二點　資料集應每年檢視"));
  EXPECT_FALSE(StartsArticle(U"第三級以上資安事件"));
  EXPECT_FALSE(StartsArticle(U"第一次會議"));
  EXPECT_FALSE(StartsArticle(U"五、訓練課程內容"));
  EXPECT_FALSE(StartsArticle(U""));
}

TEST(PassageStructure, ListItemsAndLeads) {
  EXPECT_TRUE(IsListItem(U"（一）資安事件通報程序。"));
  EXPECT_TRUE(IsListItem(U"一、第一級資安事件：72小時內完成。"));
  EXPECT_TRUE(IsListItem(U"①填寫申請表"));
  EXPECT_FALSE(IsListItem(U"第五條　各機關應於1小時內通報。"));
  EXPECT_TRUE(IsListLead(U"五、訓練課程內容應涵蓋下列主題："));
  EXPECT_FALSE(IsListLead(U"應於1小時內通報。"));
}

TEST(PassageStructure, NamingItemsOnlyNameSomething) {
  EXPECT_TRUE(IsNamingItem(U"（一）資安事件通報程序（資安事件應於知悉後1小時內通報）。"));
  EXPECT_TRUE(IsNamingItem(U"（四）本府公務電子郵件之網頁郵件（Webmail）"));
  EXPECT_TRUE(IsNamingItem(U"2. 社交工程及釣魚郵件辨識"));
  // An item that states something, or gives a value after a colon.
  EXPECT_FALSE(IsNamingItem(U"一、本府資訊機房將進行不斷電系統電池組更換，停機時間共計10小時。"));
  EXPECT_FALSE(IsNamingItem(U"（二）資訊人員：3小時以上資通安全通識教育訓練。"));
  EXPECT_FALSE(IsNamingItem(U"（一）應於一小時內通報。"));
  EXPECT_FALSE(IsNamingItem(U"資安事件通報程序"));  // no list marker
}

TEST(PassageStructure, SentencesInsideAnArticle) {
  const std::u32string passage =
      U"北辰市資安事件通報要點\n"
      U"第五條　各機關應於1小時內完成通報；平台無法使用時，以電話通報。\n"
      U"第六條　各機關應於通報後依下列時限完成復原：\n"
      U"一、第三級資安事件：36小時內完成。\n"
      U"第八條　第三級以上資安事件，由處長召集應變小組。";
  auto place = [&](std::u32string_view sentence) {
    const size_t begin = passage.find(sentence);
    EXPECT_NE(begin, std::u32string::npos) << "fixture lacks the sentence";
    return PlaceOf(passage, begin, begin + sentence.size());
  };
  const SentencePlace title = place(U"北辰市資安事件通報要點");
  EXPECT_FALSE(title.in_article);
  const SentencePlace rule = place(U"第五條　各機關應於1小時內完成通報；");
  EXPECT_TRUE(rule.in_article);
  EXPECT_TRUE(rule.states_rule);
  // The second sentence of the article's line is the article's too.
  const SentencePlace second = place(U"平台無法使用時，以電話通報。");
  EXPECT_TRUE(second.in_article);
  EXPECT_FALSE(second.states_rule);
  // A 款 takes the rule its article's lead line states.
  const SentencePlace item = place(U"一、第三級資安事件：36小時內完成。");
  EXPECT_TRUE(item.in_article);
  EXPECT_TRUE(item.states_rule);
  // An article that states no rule.
  const SentencePlace convenes = place(U"第八條　第三級以上資安事件，由處長召集應變小組。");
  EXPECT_TRUE(convenes.in_article);
  EXPECT_FALSE(convenes.states_rule);
}

TEST(PassageStructure, ListsOutsideArticlesAreNotArticles) {
  const std::u32string passage =
      U"五、訓練課程內容應涵蓋下列主題：\n"
      U"（一）資安事件通報程序（資安事件應於知悉後1小時內通報）。\n"
      U"（二）社交工程及釣魚郵件辨識。";
  const std::u32string item = U"（一）資安事件通報程序（資安事件應於知悉後1小時內通報）。";
  const size_t begin = passage.find(item);
  const SentencePlace place = PlaceOf(passage, begin, begin + item.size());
  EXPECT_FALSE(place.in_article);
  EXPECT_FALSE(place.states_rule);
  // Out-of-range spans are nowhere.
  EXPECT_FALSE(PlaceOf(passage, passage.size(), passage.size() + 3).in_article);
}

}  // namespace
}  // namespace wenyuan::answer
