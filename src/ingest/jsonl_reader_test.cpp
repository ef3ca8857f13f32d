// The JSON Lines records reader through ReaderRegistry: fields and metadata,
// content sniffing whatever the extension, bad lines, hostile input.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::AllWarnings;
using fixtures::ExpectFailsNaming;
using wenyuan::testing::WriteFile;

class JsonlReaderTest : public fixtures::SniffedReaderTest {
 protected:
  JsonlReaderTest() : SniffedReaderTest("jsonl") {}

  std::unique_ptr<DocumentReader> jsonl_ = MakeJsonlReader();
};

TEST_F(JsonlReaderTest, FieldsMetadataAndParts) {
  auto docs = ReadAs(
      "export.jsonl",
      "{\"id\": \"n-1\", \"title\": \"颱風假公告\", \"text\": \"今日停班停課。\\n明日照常。\", "
      "\"url\": \"https://example.gov.tw/n/1\", \"date\": \"中華民國113年7月24日\", \"author\": \"人事處\", "
      "\"tags\": [\"颱風\", \"停班\"], \"views\": 1024, \"pinned\": true, \"extra\": {\"a\": 1}, \"none\": null}\n"
      "{\"title\": \"第二則\", \"content\": \"用 content 的正文\", \"date\": \"上週\"}\n"
      "{\"id\": 7, \"body\": [\"第一段\", \"第二段\"]}\n"
      "{\"title\": \"只有標題\"}\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 4u) << AllWarnings(*docs);
  const auto& a = (*docs)[0];
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.part, "n-1");
  EXPECT_EQ(a.title, "颱風假公告");
  EXPECT_EQ(a.text, "今日停班停課。\n明日照常。");
  EXPECT_EQ(a.url, "https://example.gov.tw/n/1");
  EXPECT_EQ(a.date, "2024-07-24");
  EXPECT_EQ(a.author, "人事處");
  EXPECT_EQ(a.metadata.at("tags"), "颱風、停班");
  EXPECT_EQ(a.metadata.at("views"), "1024");
  EXPECT_EQ(a.metadata.at("pinned"), "true");
  EXPECT_EQ(a.metadata.count("extra"), 0u);  // not a scalar
  EXPECT_EQ(a.metadata.count("none"), 0u);
  EXPECT_EQ(a.metadata.count("title"), 0u);
  EXPECT_EQ(a.metadata.count("id"), 0u);
  const auto& b = (*docs)[1];
  EXPECT_EQ(b.part, "line-2");
  EXPECT_EQ(b.text, "用 content 的正文");
  EXPECT_TRUE(b.date.empty());
  EXPECT_EQ(b.metadata.at("date"), "上週");  // kept, not lost
  EXPECT_EQ((*docs)[2].part, "7");
  EXPECT_EQ((*docs)[2].text, "第一段\n第二段");
  EXPECT_EQ((*docs)[3].text, "只有標題");  // no text: the title stands in
  EXPECT_EQ(AllWarnings(*docs), "");
}

TEST_F(JsonlReaderTest, RecognisedByContentWhateverTheExtension) {
  const std::string bytes = "\n{\"title\": \"一\", \"text\": \"甲\"}\n{\"title\": \"二\", \"text\": \"乙\"}\n";
  for (const char* name : {"records.txt", "records.dat", "records", "records.md"}) {
    auto docs = ReadAs(name, bytes);
    ASSERT_TRUE(docs.ok()) << name << ": " << docs.status().ToString();
    ASSERT_EQ(docs->size(), 2u) << name;
    EXPECT_EQ((*docs)[1].part, "line-3");
  }
  EXPECT_TRUE(jsonl_->RecognisesContent("{\"content\": \"x\"}"));
  EXPECT_TRUE(jsonl_->RecognisesContent("\xEF\xBB\xBF{\"text\": \"x\"}\r\n"));
  // A first line longer than the sniffed head counts by the keys before the cut.
  std::string cut = "{\"title\": \"長\", \"text\": \"" + std::string(5000, 'x');
  EXPECT_TRUE(jsonl_->RecognisesContent(std::string_view(cut).substr(0, 4096)));
  // Not records: other keys only, a JSON array, a JSON object broken early, prose.
  EXPECT_FALSE(jsonl_->RecognisesContent("{\"id\": 1, \"name\": \"x\"}\n"));
  EXPECT_FALSE(jsonl_->RecognisesContent("[{\"text\": \"x\"}]\n"));
  EXPECT_FALSE(jsonl_->RecognisesContent("{\"text\" \"x\"}\n"));
  EXPECT_FALSE(jsonl_->RecognisesContent("{\"text\": \"x\"} trailing\n"));
  EXPECT_FALSE(jsonl_->RecognisesContent("標題：不是 JSON\n"));
  EXPECT_FALSE(jsonl_->RecognisesContent(""));
  // The extension alone also picks it.
  EXPECT_NE(registry_.ForPath("a.jsonl"), nullptr);
  EXPECT_NE(registry_.ForPath("a.JSONL"), nullptr);
}

TEST_F(JsonlReaderTest, BadLinesWarnNamingTheLineAndTheRestIsRead) {
  auto docs = ReadAs("mixed.jsonl",
                     "{\"title\": \"好\", \"text\": \"第一筆\"}\n"
                     "{\"title\": \"壞\", \"text\": \"少了括號\"\n"
                     "[1, 2, 3]\n"
                     "\n"
                     "{\"id\": \"x\", \"views\": 3}\n"
                     "not json at all\n"
                     "{\"id\": \"dup\", \"text\": \"甲\"}\r\n"
                     "{\"id\": \"dup\", \"text\": \"乙\"}\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 3u) << AllWarnings(*docs);
  EXPECT_EQ((*docs)[0].text, "第一筆");
  EXPECT_EQ((*docs)[1].part, "dup");
  EXPECT_EQ((*docs)[2].part, "line-8");
  const std::string w = AllWarnings(*docs);
  EXPECT_NE(w.find("line 2: not valid JSON"), std::string::npos) << w;
  EXPECT_NE(w.find("line 3: not a JSON object"), std::string::npos) << w;
  EXPECT_NE(w.find("line 5: no text"), std::string::npos) << w;
  EXPECT_NE(w.find("line 6: not valid JSON"), std::string::npos) << w;
  EXPECT_NE(w.find("line 8: id \"dup\" repeats"), std::string::npos) << w;
  EXPECT_EQ(w.find("line 4"), std::string::npos) << w;  // blank lines are fine
}

TEST_F(JsonlReaderTest, AFileWithoutAnyGoodRecordFailsNamingTheFile) {
  for (const std::string bytes : {"{\"text\": \"broken\"\n[1]\n", "\n\n", "{\"id\": 1}\n"}) {
    last_path_ = tmp_ / "bad.jsonl";
    WriteFile(last_path_, bytes);
    SCOPED_TRACE(bytes);
    ExpectFailsNaming(jsonl_->Read(last_path_, bytes), last_path_);
  }
  auto docs = jsonl_->Read(last_path_, "{\"text\": \"broken\"\n[1]\n");
  EXPECT_NE(docs.status().message().find("line 1"), std::string::npos) << docs.status().ToString();
}

TEST_F(JsonlReaderTest, AHugeLineIsCappedOrRefusedCleanly) {
  // A valid 10 MB record: read, with its text cut and a warning naming the line.
  std::string big = "{\"title\": \"巨\", \"text\": \"";
  for (int i = 0; i < (10 << 20) / 3; ++i) big += "字";
  big += "\"}\n{\"text\": \"小\"}\n";
  auto docs = ReadAs("big.jsonl", big);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_LE((*docs)[0].text.size(), size_t{4} << 20);
  EXPECT_TRUE(utf8::IsValid((*docs)[0].text));
  EXPECT_NE(AllWarnings(*docs).find("line 1: text cut"), std::string::npos) << AllWarnings(*docs);
  // A 10 MB line that is not JSON: the file has no record and fails, naming it and the line.
  std::string junk = "{\"text\": \"" + std::string(10 << 20, 'x');
  last_path_ = tmp_ / "junk.jsonl";
  auto bad = jsonl_->Read(last_path_, junk);
  ExpectFailsNaming(bad, last_path_);
  EXPECT_NE(bad.status().message().find("line 1"), std::string::npos) << bad.status().ToString();
}

TEST_F(JsonlReaderTest, MetadataIsCapped) {
  std::string line = "{\"text\": \"正文\"";
  for (int i = 0; i < 1000; ++i) line += ", \"k" + std::to_string(i) + "\": " + std::to_string(i);
  line += "}\n";
  auto docs = jsonl_->Read("wide.jsonl", line);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  EXPECT_EQ(docs->front().metadata.size(), 100u);
  EXPECT_NE(AllWarnings(*docs).find("line 1: more than 100 keys"), std::string::npos) << AllWarnings(*docs);
}

TEST_F(JsonlReaderTest, DeepNestingAndOddValuesNeverCrash) {
  std::string deep = "{\"text\": \"正文\", \"x\": " + std::string(100000, '[') + "}\n";
  auto a = jsonl_->Read("deep.jsonl", deep);
  EXPECT_FALSE(a.ok());  // the only line is not valid JSON
  std::string nested = "{\"text\": \"正文\", \"x\": " + std::string(20000, '[') + std::string(20000, ']') + "}\n";
  auto b = jsonl_->Read("nested.jsonl", nested);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->front().metadata.count("x"), 0u);
  auto c = jsonl_->Read(
      "odd.jsonl", "{\"text\": \"a\\u0000b\", \"id\": \"line\\nbreak\", \"n\": 1e308, \"s\": \"\\ud83d\\ude00\"}\n");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->front().part, "line-1");  // an id with a line break is not a usable part
  EXPECT_EQ(c->front().metadata.at("s"), "😀");
}

}  // namespace
}  // namespace wenyuan::ingest
