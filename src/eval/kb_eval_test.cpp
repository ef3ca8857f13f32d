#include "eval/kb_eval.h"

#include <gtest/gtest.h>

namespace wenyuan::eval {
namespace {

TEST(KbEval, GoldMatchesDocumentIdsSourcesAndPathEndsAtFolderBoundaries) {
  const std::vector<std::string> gold = {"12", "samples/a.txt"};
  EXPECT_EQ(MatchGold(gold, 12, "/x/b.txt"), "12");
  EXPECT_EQ(MatchGold(gold, 3, "/srv/docs/samples/a.txt"), "samples/a.txt");
  EXPECT_EQ(MatchGold(gold, 3, "samples/a.txt"), "samples/a.txt");
  EXPECT_EQ(MatchGold(gold, 3, "/srv/docs/oldsamples/a.txt"), "");  // not at a folder boundary
  EXPECT_EQ(MatchGold(gold, 120, "/x/c.txt"), "");
  EXPECT_EQ(MatchGold({}, 12, "/x/b.txt"), "");
}

}  // namespace
}  // namespace wenyuan::eval
