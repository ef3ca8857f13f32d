// The gallery-caption rule (clean/gallery_captions.h) on pages written for
// this test (a travel post, a museum's news, a market report, a wedding
// album), in both scripts, and on look-alikes that stay out: thumbnails of
// other articles, two pictures only, a gallery far down, link captions.
#include "clean/gallery_captions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace {

// Line 0 is the body's last kept paragraph; the rest was left out, the
// pictures as placeholders.
std::vector<PageLine> RunRule(const std::string& text) {
  std::vector<PageLine> lines = MakePageLines(text);
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    lines[i].reason = lines[i].placeholder && lines[i].core.empty() ? "image placeholder" : "outside the main text";
  }
  KeepGalleryCaptions(lines);
  return lines;
}

size_t KeptAfterBody(const std::vector<PageLine>& lines) {
  size_t n = 0;
  for (size_t i = 1; i < lines.size(); ++i) n += lines[i].kept();
  return n;
}

std::string Gallery(const std::vector<std::string>& captions, const std::string& between = "") {
  std::string s;
  for (size_t k = 0; k < captions.size(); ++k)
    s += "   [photo-" + std::to_string(k) + ".jpg]\n   " + captions[k] + "\n" + between;
  return s;
}

TEST(GalleryCaptions, CaptionsUnderPicturesComeBack) {
  const std::string body = "   老街的黃昏最迷人。\n\n";
  const std::vector<std::string> trad = {"廟口的老榕樹已有兩百年樹齡。", "阿婆的粿店每天清晨五點開門。",
                                         "巷弄裡的紅磚牆保留日治時期樣貌。"};
  const std::vector<std::string> simp = {"展厅入口处陈列着一件青铜鼎。", "修复师正在清理瓷器表面的污垢。",
                                         "孩子们在互动区体验拓印。", "夜间开放时段游客络绎不绝。"};
  struct Case {
    std::string text;
    size_t back;
  };
  const Case cases[] = {
      {body + Gallery(trad), 3},
      {"   博物馆将延长开放时间。\n\n" + Gallery(simp), 4},
      {body + Gallery(trad, "\n"), 3},                                              // blank lines between pairs
      {body + "   相片集\n   < 1 / 3 >\n" + Gallery(trad), 3},                      // counter above
      {body + "   (BUTTON) 上一張\n" + Gallery(simp) + "   (BUTTON) 下一張\n", 4},  // buttons around
      {"   廟口的老榕樹已有兩百年樹齡。\n\n" + Gallery(trad), 2},                   // a caption kept already
      {"   市场交易平稳。\n\n" + Gallery({"早市的蔬菜摊前人头攒动。", "菜价比上周略有回落。", "摊主忙着称重打包。"}),
       3},
      {"   婚禮在海邊舉行。\n\n\n" + Gallery({"新人在夕陽下交換戒指。", "花童撒下滿地的花瓣。", "賓客舉杯祝福新人。",
                                              "蛋糕由新娘的母親親手製作。", "樂團演奏了新人最愛的歌。"}),
       5},
  };
  for (const Case& c : cases) EXPECT_EQ(KeptAfterBody(RunRule(c.text)), c.back) << c.text;
}

TEST(GalleryCaptions, OtherPicturesStayOut) {
  const std::string body = "   老街的黃昏最迷人。\n\n";
  const std::string far =
      "   a\n   b\n   c\n   d\n   e\n   f\n   g\n   h\n   i\n   j\n   k\n   l\n   m\n   n\n   o\n   p\n";
  const std::string pages[] = {
      body + Gallery({"台南三天兩夜美食地圖", "高雄駁二最新展覽懶人包", "嘉義老屋咖啡館推薦"}),  // headlines
      body + Gallery({"廟口的老榕樹已有兩百年樹齡。", "阿婆的粿店每天清晨五點開門。"}),          // two only
      body + far + Gallery({"廟口的老榕樹已有兩百年樹齡。", "阿婆的粿店每天清晨五點開門。", "巷弄裡的紅磚牆。"}),
      body + Gallery({"上一篇 | 老街散步。", "下一篇 | 古城巡禮。", "更多 | 相簿。"}),  // links
  };
  for (const std::string& p : pages) EXPECT_EQ(KeptAfterBody(RunRule(p)), 0u) << p;
}

}  // namespace
}  // namespace wenyuan::clean
