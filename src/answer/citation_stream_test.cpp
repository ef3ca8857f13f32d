#include "answer/citation_stream.h"

#include <gtest/gtest.h>

#include <vector>

namespace wenyuan::answer {
namespace {

// The text a reader sees when `pieces` stream through a filter for
// `evidence` pieces of evidence, and what it saw at each step.
std::string Stream(const std::vector<std::string>& pieces, size_t evidence, std::vector<std::string>* seen = nullptr) {
  std::string out;
  CitationStreamFilter filter(evidence, [&](std::string_view p) {
    out.append(p);
    return true;
  });
  for (const auto& p : pieces) {
    filter.Feed(p);
    if (seen) seen->push_back(out);
  }
  filter.Finish();
  return out;
}

TEST(CitationStreamFilterTest, InvalidMarkersNeverReachTheReader) {
  std::vector<std::string> seen;
  EXPECT_EQ(Stream({"應於一小時內通報", "[", "9", "]。另見", "[2", "]。"}, 3, &seen), "應於一小時內通報。另見[2]。");
  for (const auto& s : seen) EXPECT_EQ(s.find("[9"), std::string::npos) << s;
  EXPECT_EQ(seen[1], "應於一小時內通報");  // the bracket is held back
}

TEST(CitationStreamFilterTest, FullWidthAndListsAreNormalised) {
  EXPECT_EQ(Stream({"甲［1］乙【2】丙[1, 7]丁"}, 2), "甲[1]乙[2]丙[1]丁");
  // A split UTF-8 bracket is held until it is whole.
  std::string open = "［";
  EXPECT_EQ(Stream({"甲" + open.substr(0, 1), open.substr(1) + "3］"}, 3), "甲[3]");
}

TEST(CitationStreamFilterTest, BracketsThatAreNotMarkersPassAsText) {
  EXPECT_EQ(Stream({"[注意]事項"}, 3), "[注意]事項");
  EXPECT_EQ(Stream({"a[b"}, 3), "a[b");  // the stream ends inside it
  EXPECT_EQ(Stream({"[", std::string(40, 'x'), "]"}, 3), "[" + std::string(40, 'x') + "]");
}

}  // namespace
}  // namespace wenyuan::answer
