// The headline-list rules beside an aggregator's article (a portal that
// reprints a provider's story, written for this test in Simplified
// script): the provider's logo in brackets over the byline, the date and a
// reading time is the article's head, not a section over three headlines;
// the provider's "more from" list under the article still goes.
#include "clean/headline_lists.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kPortal[] =
    "   [综合资讯门户]\n"
    "   ____________________ (BUTTON) 搜索\n"
    "     * 首页\n"
    "     * 新闻\n"
    "     * 财经\n"
    "     * 体育\n"
    "   广告\n"
    "   [image] 春季家电焕新节 满三千减三百 ›\n"
    "\n"
    "   杭州地铁三期工程年底前全部开通 新增线路里程约一百六十公里\n"
    "   [钱江晚报]\n"
    "   钱江晚报 记者 周凯文\n"
    "   2026年3月9日 周一 上午10:12\n"
    "   阅读约 4 分钟\n"
    "   (BUTTON) 分享\n"
    "   [image]\n"
    "   杭州地铁集团9日表示，三期建设规划中的剩余线路将于年底前全部开通运营，届时全市地铁运营\n"
    "   里程将新增约一百六十公里，总里程突破六百公里，覆盖所有城区。\n"
    "   据介绍，今年计划开通的线路包括三条新线和两条延伸线，目前土建工程已基本完成，正在进行\n"
    "   设备安装和联调联试。地铁集团表示，开通前还将组织不少于三个月的空载试运行。\n"
    "   [钱江晚报]\n"
    "   更多钱江晚报报道\n"
    "     * 杭州公交线网优化方案公布 涉及四十多条线路\n"
    "     * 西湖景区周末交通管制时间调整\n"
    "     * 杭州东站枢纽改造工程启动\n";

TEST(HeadlineLists, ProviderLogoOverTheBylineIsTheArticlesHead) {
  const CleanedDocument c = CleanDocument(kPortal, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"杭州地铁三期工程年底前全部开通", "钱江晚报 记者 周凯文", "2026年3月9日 周一 上午10:12",
                           "杭州地铁集团9日表示", "组织不少于三个月的空载试运行"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"阅读约", "更多钱江晚报报道", "杭州公交线网优化方案公布", "春季家电焕新节"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A run of entries, each ending with how long ago in months ("3个月前"),
// written for this test in Simplified, between an article's paragraphs.
const char kMonthsAgo[] =
    "   城市更新条例草案公开征求意见 涉及老旧小区加装电梯\n"
    "   2026-03-09 10:12\n"
    "   市司法局9日公布城市更新条例草案，向社会公开征求意见，征求意见期为三十天。草案\n"
    "   明确，老旧小区加装电梯等改造项目可以按规定使用住宅专项维修资金。\n"
    "   老城区停车改造方案公布 新增泊位约两千个    3个月前\n"
    "   滨江公园二期开放 沿江步道贯通    4个月前\n"
    "   地铁站周边慢行系统改造完成验收    5个月前\n"
    "   草案还提出，改造方案应当经业主表决通过，并在小区内公示不少于十五日。业主委员会应当\n"
    "   将表决结果书面告知街道办事处，街道办事处收到后十个工作日内予以答复。\n";

TEST(HeadlineLists, EntriesDatedMonthsAgoAreAList) {
  const CleanedDocument c = CleanDocument(kMonthsAgo, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "在小区内公示不少于十五日")) << c.text;
  for (const char* dropped : {"新增泊位约两千个", "沿江步道贯通", "慢行系统改造", "个月前"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// An event page written for this test, in each script: its sessions, each
// a date with its weekday and time, stay under their heading; a list of
// news dated the same way but with no weekday and time still goes.
TEST(HeadlineLists, AnEventsSessionsAreNoHeadlineList) {
  for (bool traditional : {false, true}) {
    std::string page =
        traditional
            ? "冬日小夜曲弦樂四重奏巡迴音樂會\n\n"
              "   "
              "成軍十年的北辰弦樂四重奏今年冬天再度巡迴全台，本次音樂會以夜為題，帶領聽眾走過一天之中光影的變化。\n\n"
              "場次\n\n"
              "   2026/12/20(日) 14:30 臺中國家歌劇院 小劇場（已售完）\n"
              "   2026/12/27(日) 19:30 臺北市中山堂 光復廳\n"
              "   2027/01/03(日) 14:30 高雄衛武營 表演廳（另開售）\n\n"
              "   演出結束後將於前廳舉辦簽名會，凡購買當日節目冊即可參加，名額有限，請提早排隊。\n\n"
            : "冬日小夜曲弦乐四重奏巡演音乐会\n\n"
              "   成军十年的北辰弦乐四重奏今年冬天再度巡演，本次音乐会以夜为题，带领听众走过一天之中光影的变化。\n\n"
              "场次\n\n"
              "   2026/12/20(日) 14:30 北辰大剧院 小剧场（已售完）\n"
              "   2026/12/27(六) 19:30 北辰音乐厅 演奏厅\n"
              "   2027/01/03(日) 14:30 南港文化中心 剧场（另开售）\n\n"
              "   演出结束后将在前厅举办签名会，凡购买当日节目册即可参加，名额有限，请提早排队。\n\n";
    page +=
        "   2026-11-28 北辰樂團公布明年樂季節目\n   2026-11-20 北辰音樂廳整修完成重新開放\n"
        "   2026-11-12 市立圖書館新增樂譜借閱服務\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, "2026/12/27(")) << c.text;
    EXPECT_TRUE(Contains(c.text, "2027/01/03(日) 14:30")) << c.text;
    EXPECT_FALSE(Contains(c.text, "樂譜借閱")) << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
