// The merchant-record rules on restaurant pages written for this test, in
// both scripts (a site's chrome, the record, users' reviews under it), and
// the shapes of the lines they keep.
#include "clean/merchant_records.h"

#include <gtest/gtest.h>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

bool Rating(std::string_view line) { return IsRatingSummary(DecodeUtf32(line)); }
bool Counted(std::string_view line) { return IsCountedItem(DecodeUtf32(line)); }

TEST(MerchantRecords, ShapesOfRatingsAndCountedItems) {
  EXPECT_TRUE(Rating("4.6分  1,215条评价  人均：¥86"));
  EXPECT_TRUE(Rating("4.3分  382則評論  均消：NT$420"));
  EXPECT_FALSE(Rating("这家店我给4.6分，人均86元，值得再来。"));
  EXPECT_FALSE(Rating("人均：¥86"));
  EXPECT_TRUE(Counted("葱油拌面  1,024人推荐"));
  EXPECT_TRUE(Counted("牛肉麵  312人推薦"));
  EXPECT_FALSE(Counted("1,024人推荐"));
  EXPECT_FALSE(Counted("很多人推荐"));
}

const char kShopPage[] =
    "   [美食网]\n"
    "   杭州 [切换城市]\n"
    "   (BUTTON) 搜索 商户名、地址、菜名\n"
    "   登录 | 注册 | 手机版\n"
    "\n"
    "     * 首页\n"
    "     * 美食\n"
    "     * 休闲娱乐\n"
    "     * 亲子\n"
    "     * 周边游\n"
    "     * 酒店\n"
    "     * 更多\n"
    "\n"
    "   杭州美食 > 西湖区 > 面馆 > 老街面馆(文三路店)\n"
    "\n"
    "   老街面馆(文三路店)\n"
    "   [stars45.png]\n"
    "   4.6分  1,215条评价  人均：¥36\n"
    "   地址：西湖区文三路218号(近学院路)\n"
    "   电话：0571-8800 0000\n"
    "   营业时间：周一至周日 07:00-21:00\n"
    "\n"
    "   (BUTTON) 写点评  (BUTTON) 收藏  (BUTTON) 分享\n"
    "\n"
    "   [image 1] [image 2] 查看全部86张图片\n"
    "\n"
    "   商户介绍\n"
    "   老街面馆开了十五年，藏在文三路一排老居民楼的底层，店面不大，只有十二张桌子，\n"
    "   早上六点半就有附近的老住户来排队。\n"
    "\n"
    "   店里只做面，汤底每天凌晨用猪骨和鸡架熬四个小时，面条是店里手工压的碱水面。片儿\n"
    "   川用的是当天的雪菜和冬笋，虾爆鳝面的鳝丝现划现炒。店内不设外卖，周末建议错峰。\n"
    "\n"
    "   推荐菜\n"
    "     * 片儿川  862人推荐\n"
    "     * 葱油拌面  640人推荐\n"
    "     * 虾爆鳝面  515人推荐\n"
    "   查看全部推荐菜 >\n"
    "\n"
    "   商户设施：可刷卡  儿童座椅  无线网络\n"
    "\n"
    "   网友点评 (1,215)\n"
    "   全部 | 有图(402) | 好评(1,100) | 差评(35)\n"
    "\n"
    "   吃面的阿辉  [LV4]\n"
    "   4.0分  人均：¥40\n"
    "   片儿川的汤很鲜，笋片也多，就是中午人太多了，排了二十分钟。\n"
    "\n"
    "   2025-03-02  赞(12) 回应(1)\n"
    "\n"
    "   附近的餐厅\n"
    "     * 知味小笼(文三路店) 4.4分 ¥45\n"
    "\n"
    "   关于我们 | 商户入驻 | 帮助中心\n";

TEST(MerchantRecords, RecordKeptReviewsDropped) {
  const CleanedDocument c = CleanDocument(kShopPage, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"4.6分  1,215条评价  人均：¥36", "推荐菜", "片儿川  862人推荐", "虾爆鳝面  515人推荐",
                           "商户设施：可刷卡  儿童座椅  无线网络"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "地址：西湖区文三路218号")) << c.text;
  for (const char* dropped : {"查看全部推荐菜", "4.0分", "片儿川的汤很鲜", "知味小笼"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

const char kShopPageTraditional[] =
    "   [美食評論網]\n"
    "   台中 [切換城市]\n"
    "   (BUTTON) 搜尋 餐廳、地址、料理\n"
    "   登入 | 註冊 | 下載App\n"
    "\n"
    "     * 首頁\n"
    "     * 美食\n"
    "     * 咖啡廳\n"
    "     * 甜點\n"
    "     * 早午餐\n"
    "     * 住宿\n"
    "     * 更多\n"
    "\n"
    "   台中美食 > 西區 > 牛肉麵 > 阿德牛肉麵(美村店)\n"
    "\n"
    "   阿德牛肉麵(美村店)\n"
    "   [stars45.png]\n"
    "   4.5分  682則評論  均消：NT$220\n"
    "   地址：台中市西區美村路一段88號\n"
    "   電話：04-2300-0000\n"
    "   營業時間：週二至週日 11:00-20:30\n"
    "\n"
    "   (BUTTON) 寫評論  (BUTTON) 收藏  (BUTTON) 分享\n"
    "\n"
    "   店家介紹\n"
    "   阿德牛肉麵由退休廚師阿德在二〇一二年創立，店面在美村路的老公寓一樓，只有十張桌\n"
    "   子，中午常常坐滿附近的上班族。\n"
    "\n"
    "   湯頭以牛骨與中藥材熬煮八小時，麵條每天早上現做，紅燒牛肉選用牛腱心，燉到軟而不\n"
    "   散。店內不接受訂位，假日建議避開中午尖峰。\n"
    "\n"
    "   招牌菜\n"
    "     * 紅燒牛肉麵  418人推薦\n"
    "     * 清燉牛肉湯  265人推薦\n"
    "     * 滷味拼盤  130人推薦\n"
    "\n"
    "   設施：無障礙座位  可刷卡\n"
    "\n"
    "   網友評論 (682)\n"
    "\n"
    "   小美愛吃麵  [LV3]\n"
    "   4.0分  均消：NT$250\n"
    "   湯頭很濃，牛肉很軟，但假日要排隊半小時。\n"
    "\n"
    "   2025-03-01  讚(8) 回覆(0)\n"
    "\n"
    "   關於我們 | 店家合作 | 隱私權政策\n";

TEST(MerchantRecords, RecordKeptInTraditionalScript) {
  const CleanedDocument c = CleanDocument(kShopPageTraditional, SourceLayout::kWebDump, nullptr);
  for (const char* line :
       {"4.5分  682則評論  均消：NT$220", "招牌菜", "紅燒牛肉麵  418人推薦", "設施：無障礙座位  可刷卡"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  for (const char* dropped : {"4.0分", "湯頭很濃", "寫評論"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
