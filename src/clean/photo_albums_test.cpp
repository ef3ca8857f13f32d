// The photo-album rule on a page written for this test (not copied from any
// fixture): a district office's news item (Simplified) with an album of
// captioned pictures under it.
#include "clean/photo_albums.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(PhotoAlbums, FileNameCaptions) {
  EXPECT_TRUE(IsFileNameCaption(DecodeUtf32("DSC_0042")));
  EXPECT_TRUE(IsFileNameCaption(DecodeUtf32("活动照片12")));
  EXPECT_TRUE(IsFileNameCaption(DecodeUtf32("照片 3")));
  EXPECT_FALSE(IsFileNameCaption(DecodeUtf32("志愿者为老人测量血压")));
  EXPECT_FALSE(IsFileNameCaption(DecodeUtf32("2024年植树节")));
}

const char* kNewsWithAlbum =
    "   [logo.png] 江滨区人民政府\n\n"
    "江滨区开展义务植树活动\n"
    "   发布时间：2025-03-12  来源：区园林局\n"
    "   3月11日上午，江滨区在滨江公园开展义务植树活动，机关干部、志愿者和居民共三百余人参加。\n"
    "   活动现场共栽种香樟、银杏等树苗一千二百株，园林局技术人员现场讲解了栽种和浇水要领。\n"
    "   区园林局表示，今年将在全区新增绿地十五公顷，建设三条滨江绿道。\n\n"
    "   活动图集（共5张）  (BUTTON) 下载全部\n"
    "   [DSC_1001.jpg]\n"
    "   志愿者在滨江公园栽种香樟树苗\n\n"
    "   [DSC_1002.jpg]\n"
    "   DSC_1002\n"
    "   [DSC_1003.jpg]\n"
    "   园林局技术人员讲解浇水要领\n\n"
    "   [DSC_1004.jpg]\n"
    "   活动照片4\n"
    "   [DSC_1005.jpg]\n"
    "   居民带着孩子一起植树\n\n"
    "   相关新闻\n"
    "     * 江滨区春季园林养护工作全面启动\n";

TEST(PhotoAlbums, CaptionsThatSaySomethingAreKept) {
  const CleanedDocument c = CleanDocument(kNewsWithAlbum, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "区园林局表示")) << c.text;
  EXPECT_TRUE(Contains(c.text, "志愿者在滨江公园栽种香樟树苗")) << c.text;
  EXPECT_TRUE(Contains(c.text, "园林局技术人员讲解浇水要领")) << c.text;
  for (const char* dropped : {"DSC_1002", "活动照片4", "活动图集", "春季园林养护"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

TEST(PhotoAlbums, NumberedCaptionShapes) {
  EXPECT_TRUE(IsNumberedCaption(U"圖說1：縣長與學童一同試乘新路線公車"));
  EXPECT_TRUE(IsNumberedCaption(U"图 2：新桥施工现场的钢梁吊装"));
  EXPECT_TRUE(IsNumberedCaption(U"照片3：志工為長者量血壓"));
  EXPECT_FALSE(IsNumberedCaption(U"圖說1：DSC"));
  EXPECT_FALSE(IsNumberedCaption(U"图书馆今天照常开放，欢迎读者前来借阅。"));
}

// A row of pictures under a release, then captions numbered by their label
// that share few words with the body: kept; the gallery's buttons are not.
const char* kReleaseWithNumberedCaptions =
    "   [logo.png] 海濱縣政府\n\n"
    "海濱縣公車新路線下月通車\n"
    "   發布日期：2025-05-02  發布單位：交通處\n"
    "   海濱縣政府今日宣布，連接漁港與火車站的公車新路線將於下月一日通車，全程約四十分鐘。\n"
    "   交通處表示，新路線每二十分鐘一班，假日加開班次，持敬老卡搭乘免費。\n"
    "   縣府也將在沿線增設六座候車亭，並於站牌標示即時到站資訊。\n\n"
    "   ──────────────\n"
    "   相關照片\n"
    "   [bus_01.jpg]  [bus_02.jpg]\n"
    "   圖說1：縣長與學童一同試乘。\n"
    "   圖說2：漁港站候車亭外觀。\n"
    "   (BUTTON) 上一張  (BUTTON) 下一張\n";

TEST(PhotoAlbums, NumberedCaptionsUnderPicturesAreKept) {
  const CleanedDocument c = CleanDocument(kReleaseWithNumberedCaptions, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "縣府也將在沿線增設")) << c.text;
  EXPECT_TRUE(Contains(c.text, "圖說1：縣長與學童一同試乘。")) << c.text;
  EXPECT_TRUE(Contains(c.text, "圖說2：漁港站候車亭外觀。")) << c.text;
  EXPECT_FALSE(Contains(c.text, "下一張")) << c.text;
}

TEST(PhotoAlbums, BarePictureLabels) {
  EXPECT_TRUE(IsBarePictureLabel(U"（圖：颱風路徑示意）"));
  EXPECT_TRUE(IsBarePictureLabel(U"（图：降雨分布）"));
  EXPECT_TRUE(IsBarePictureLabel(U"產品圖片（由衞生署提供）"));
  EXPECT_TRUE(IsBarePictureLabel(U"活动现场照片"));
  EXPECT_FALSE(IsBarePictureLabel(U"（圖：消防員在火場外架設水喉，協助疏散附近居民）"));
  EXPECT_FALSE(IsBarePictureLabel(U"義工為長者量血壓，並講解用藥須知。"));
  EXPECT_FALSE(IsBarePictureLabel(U"（記者林大明攝）"));
}

// A weather tip written for this test, in Simplified: the label under its
// picture goes; the picture's caption that says something under another
// stays.
const char kTipWithPictures[] =
    "高温天气提示\n\n"
    "受副热带高压影响，本市未来三天持续晴热，最高气温将达38度，市民应减少午后户外活动，注意防暑降温，多补充水分。\n\n"
    "   [tips_hot.jpg]\n"
    "   （图：高温天气提示）\n\n"
    "老人、儿童及慢性病患者较易中暑，如出现头晕、乏力、恶心等症状，应立即到阴凉处休息，必要时及早就医。\n\n"
    "   [shade.jpg]\n"
    "   市民在公园树荫下乘凉，志愿者向路人派发防暑药品和饮用水。\n";

TEST(PhotoAlbums, ABareLabelUnderAPictureGoes) {
  const CleanedDocument c = CleanDocument(kTipWithPictures, SourceLayout::kWebDump, nullptr);
  EXPECT_FALSE(Contains(c.text, "（图：高温天气提示）")) << c.text;
  EXPECT_TRUE(Contains(c.text, "应立即到阴凉处休息")) << c.text;
  EXPECT_TRUE(Contains(c.text, "志愿者向路人派发防暑药品和饮用水")) << c.text;
}

// A picture shown by its bracketed alt text alone that only names it (a
// map, a plan) is a picture label; one that says what it shows is not.
TEST(PhotoAlbums, ABracketedAltTextNamingAMapIsAPictureLabel) {
  std::vector<PageLine> lines = MakePageLines(
      "   [泳灘位置圖]\n\n"
      "   [會場平面图]\n\n"
      "   [救生員在淺水灣巡邏，提醒泳客留意旗號]\n");
  MarkBarePictureLabels(lines);
  EXPECT_EQ(lines[0].reason, "picture label");
  EXPECT_EQ(lines[2].reason, "picture label");
  EXPECT_EQ(lines[4].reason, "");
}

// A township's event report (Simplified) written for this test: the
// gallery's heading and thumbnails that repeat the captions printed under
// the pictures below the body go; a chart named beside its picture inside
// the body goes too.
TEST(PhotoAlbums, AGallerysRepeatedThumbnailsAndAChartsNameGo) {
  const char kPage[] =
      "   [logo.png] 青石镇人民政府\n\n"
      "青石镇举办第三届农民丰收节\n\n"
      "   9月23日，青石镇第三届农民丰收节在镇文化广场开幕，来自全镇十二个村的农户带来了稻米、茶叶和土特产。\n"
      "   活动现场设置了农产品展销、农耕体验和文艺演出三个区域，吸引了两千多名群众参加。\n\n"
      "   [org.png] 活动组织架构图\n\n"
      "   镇党委书记表示，今后将继续办好丰收节，带动乡村旅游和农产品销售。\n\n"
      "   [a1.jpg]\n"
      "   农户在展销区推介自家种植的有机稻米。\n"
      "   [a2.jpg]\n"
      "   孩子们在农耕体验区学习插秧。\n"
      "   [a3.jpg]\n"
      "   文艺演出吸引了众多群众驻足观看。\n\n"
      "   活动剪影\n"
      "   [thumb-a1.jpg] 农户在展销区推介自家种植的有机稻米。\n"
      "   [thumb-a2.jpg] 孩子们在农耕体验区学习插秧。\n"
      "   [thumb-a3.jpg] 文艺演出吸引了众多群众驻足观看。\n\n"
      "   版权所有 © 2026 青石镇人民政府\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "农户在展销区推介自家种植的有机稻米。")) << c.text;
  EXPECT_FALSE(Contains(c.text, "活动剪影")) << c.text;
  EXPECT_FALSE(Contains(c.text, "活动组织架构图")) << c.text;
  const std::string caption = "孩子们在农耕体验区学习插秧。";
  EXPECT_EQ(c.text.find(caption), c.text.rfind(caption)) << c.text;  // once
}

}  // namespace
}  // namespace wenyuan::clean
