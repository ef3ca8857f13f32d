// Titles that repeat across a knowledge base (issues 17.4 and 18.4), through
// the real binary on documents written here: three bulletins that open with
// the same masthead line get titles from their own text at the end of the
// ingest run that makes the masthead repeat, and so does a fourth ingested
// later on its own; the index follows (a title:
// query finds the new title, not the old one, and `check` finds the index
// in step), and `check` re-titles a catalog that holds repeated titles.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "catalog/catalog.h"
#include "catalog/sqlite_db.h"
#include "test_support.h"

namespace wenyuan {
namespace {

using nlohmann::json;
using wenyuan::testing::RunWenyuan;

// Long enough that only its place (each bulletin opens with it) makes it chrome.
const char* const kMasthead = "網路通訊科同仁每週資訊快報第二版";

std::string Bulletin(const std::string& heading, const std::string& body) {
  return std::string(kMasthead) + "\n" + heading + "\n" + body + "\n";
}

void WriteBulletins(const std::filesystem::path& dir) {
  wenyuan::testing::WriteFile(
      dir / "a" / "week-01.txt",
      Bulletin("機房冷氣改善工程完成", "市政大樓機房冷氣改善工程已於上週完工，用電效率明顯提升。"));
  wenyuan::testing::WriteFile(
      dir / "a" / "week-02.txt",
      Bulletin("公務信箱擴充容量", "自下月起每一公務信箱容量由二十GB擴充為五十GB，同仁無須申請。"));
  wenyuan::testing::WriteFile(
      dir / "b" / "week-03.txt",
      Bulletin("視訊會議系統汰換", "舊有視訊會議系統將於年底汰換，新系統支援瀏覽器直接加入會議。"));
  wenyuan::testing::WriteFile(dir / "b" / "notes.txt",
                              "印表機碳粉領用說明\n各科室領用碳粉請至秘書室登記，每次以二支為限。\n");
}

std::map<std::string, std::string> TitlesBySource(const std::string& data, const std::string& query) {
  auto r = RunWenyuan({"--data", data, "search", "s", query, "--k", "20", "--passages", "--json"});
  std::map<std::string, std::string> out;
  json j = json::parse(r.out, nullptr, false);
  if (!j.is_object()) return out;
  for (const auto& h : j["results"]) {
    out[std::filesystem::path(h["source"].get<std::string>()).filename().string()] = h["title"];
  }
  return out;
}

TEST(RepeatedTitlesTest, IngestRetitlesDocumentsWhoseTitleRepeatsAndTheIndexFollows) {
  wenyuan::testing::TempDir tmp;
  const std::string data = (tmp / "data").string();
  WriteBulletins(tmp.path());
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "s"}).exit_code, 0);
  // Two bulletins: the masthead is their title (two is not yet a pattern).
  auto first = RunWenyuan({"--data", data, "ingest", "s", (tmp / "a").string(), "--no-enrich"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(TitlesBySource(data, "公務信箱")["week-02.txt"], kMasthead);
  // The third makes it repeat: all three are retitled from their text.
  auto second = RunWenyuan({"--data", data, "ingest", "s", (tmp / "b").string(), "--no-enrich"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("3 documents of s retitled"), std::string::npos) << second.err;
  auto titles = TitlesBySource(data, "工程 信箱 視訊 碳粉");
  EXPECT_EQ(titles["week-01.txt"], "機房冷氣改善工程完成");
  EXPECT_EQ(titles["week-02.txt"], "公務信箱擴充容量");
  EXPECT_EQ(titles["week-03.txt"], "視訊會議系統汰換");
  EXPECT_EQ(titles["notes.txt"], "印表機碳粉領用說明");  // a title of its own stays
  // The index's title field follows the catalog.
  auto by_title = RunWenyuan({"--data", data, "search", "s", "title:視訊會議", "--passages", "--json"});
  ASSERT_EQ(by_title.exit_code, 0) << by_title.err;
  json j = json::parse(by_title.out);
  ASSERT_EQ(j["results"].size(), 1u) << by_title.out;
  EXPECT_EQ(j["results"][0]["title"], "視訊會議系統汰換");
  auto old_title = RunWenyuan({"--data", data, "search", "s", std::string("title:") + kMasthead, "--json"});
  EXPECT_TRUE(json::parse(old_title.out)["results"].empty()) << old_title.out;
  auto check = RunWenyuan({"--data", data, "check", "s"});
  ASSERT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_EQ(check.out.find("titles:"), std::string::npos) << "nothing left to retitle: " << check.out;
  // A later bulletin with the masthead is retitled too, alone in its run.
  wenyuan::testing::WriteFile(
      tmp / "c" / "week-04.txt",
      Bulletin("資安演練預告", "下週三上午將辦理資安事件通報演練，請各科室資訊聯絡人準時參加。"));
  auto third = RunWenyuan({"--data", data, "ingest", "s", (tmp / "c").string(), "--no-enrich"});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_EQ(TitlesBySource(data, "資安演練")["week-04.txt"], "資安演練預告") << third.err;
  // Ingesting the unchanged files again keeps the new titles.
  auto again = RunWenyuan({"--data", data, "ingest", "s", (tmp / "a").string(), "--no-enrich"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(TitlesBySource(data, "公務信箱")["week-02.txt"], "公務信箱擴充容量");
}

// A long title that records share without opening with it names their
// subject (each amendment of one rule in a gazette): it stays.
TEST(RepeatedTitlesTest, ASharedSubjectTitleThatTheTextsDoNotCarryStays) {
  wenyuan::testing::TempDir tmp;
  const std::string data = (tmp / "data").string();
  const std::string title = "交通部令：修正「汽車運輸業審核細則」第4條條文";
  std::string records;
  for (const char* date : {"中華民國95年2月3日", "中華民國95年5月19日", "中華民國95年7月3日"}) {
    json r = {
        {"title", title},
        {"text", std::string("交通部\t令\t") + date + "\n修正「汽車運輸業審核細則」第四條條文，自發布日施行。\n"}};
    records += r.dump() + "\n";
  }
  wenyuan::testing::WriteFile(tmp / "gazette.jsonl", records);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "s"}).exit_code, 0);
  auto ingest = RunWenyuan({"--data", data, "ingest", "s", (tmp / "gazette.jsonl").string(), "--no-enrich"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_EQ(ingest.err.find("retitled"), std::string::npos) << ingest.err;
  auto r = RunWenyuan({"--data", data, "search", "s", "汽車運輸業", "--passages", "--json"});
  json j = json::parse(r.out);
  ASSERT_EQ(j["results"].size(), 3u) << r.out;
  for (const auto& h : j["results"]) EXPECT_EQ(h["title"], title);
}

TEST(RepeatedTitlesTest, CheckRetitlesACatalogWithRepeatedTitles) {
  wenyuan::testing::TempDir tmp;
  const std::string data = (tmp / "data").string();
  WriteBulletins(tmp / "docs");
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "s"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "ingest", "s", (tmp / "docs").string(), "--no-enrich"}).exit_code, 0);
  {
    // A catalog from before re-titling: every document titled 「公告」.
    auto catalog = catalog::Catalog::Open(data);
    ASSERT_TRUE(catalog.ok());
    ASSERT_TRUE((*catalog)->db().Exec("UPDATE document SET title = '公告'").ok());
  }
  auto check = RunWenyuan({"--data", data, "check", "s"});
  ASSERT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("titles: 4 documents retitled"), std::string::npos) << check.out;
  auto titles = TitlesBySource(data, "工程 信箱 視訊 碳粉");
  EXPECT_EQ(titles["week-01.txt"], "機房冷氣改善工程完成");
  EXPECT_EQ(titles["notes.txt"], "印表機碳粉領用說明");
  auto by_title = RunWenyuan({"--data", data, "search", "s", "title:碳粉", "--passages", "--json"});
  EXPECT_EQ(json::parse(by_title.out)["results"].size(), 1u) << by_title.out;
  auto again = RunWenyuan({"--data", data, "check", "s"});
  EXPECT_EQ(again.out.find("titles:"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace wenyuan
