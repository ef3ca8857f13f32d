#include "llm/sse_parser.h"

#include <gtest/gtest.h>

namespace wenyuan::llm {
namespace {

std::vector<SseEvent> ParseAll(const std::vector<std::string>& chunks, bool finish = true) {
  SseParser parser;
  std::vector<SseEvent> events;
  for (const auto& c : chunks) parser.Feed(c, events);
  if (finish) parser.Finish(events);
  return events;
}

TEST(SseParser, SplitsEventsOnBlankLines) {
  auto events = ParseAll({"data: {\"a\":1}\n\ndata: [DONE]\n\n"});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].data, "{\"a\":1}");
  EXPECT_EQ(events[1].data, "[DONE]");
}

TEST(SseParser, JoinsChunksCutAnywhere) {
  const std::string stream = "data: 第一段\r\n\r\nevent: x\ndata: 第二段\n\n";
  for (size_t cut = 0; cut <= stream.size(); ++cut) {
    auto events = ParseAll({stream.substr(0, cut), stream.substr(cut)});
    ASSERT_EQ(events.size(), 2u) << "cut at " << cut;
    EXPECT_EQ(events[0].data, "第一段");
    EXPECT_EQ(events[1].data, "第二段");
    EXPECT_EQ(events[1].event, "x");
  }
}

TEST(SseParser, JoinsDataLinesOfOneEventWithNewlines) {
  auto events = ParseAll({"data: a\ndata:b\ndata:  c\n\n"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data, "a\nb\n c");  // one space after the colon is dropped, not two
}

TEST(SseParser, IgnoresCommentsAndOtherFields) {
  auto events = ParseAll({": keep-alive\n\nid: 3\nretry: 100\ndata: x\n\n"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data, "x");
}

TEST(SseParser, HandlesBareCarriageReturnLineEnds) {
  auto events = ParseAll({"data: a\r", "\rdata: b\r\r"});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].data, "b");
}

TEST(SseParser, FinishCompletesAnEventLeftOpen) {
  EXPECT_TRUE(ParseAll({"data: tail"}, /*finish=*/false).empty());
  auto events = ParseAll({"data: tail"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data, "tail");
}

}  // namespace
}  // namespace wenyuan::llm
