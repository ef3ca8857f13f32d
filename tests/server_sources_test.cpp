// What the API says about where documents came from, on the real server:
// sources relative to the folder `wenyuan ingest` was given or to the
// upload, never the server's absolute paths (search hits, answer
// citations, document lists and pages, streamed answers). And an image
// uploaded through the API is read by OCR as the command line's ingest
// reads it, then found by its text.
#include <gtest/gtest.h>
#include <httplib.h>

#include "ingest/reader_fixtures_test_support.h"
#include "server_test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Every "source" anywhere in `j`.
void CollectSources(const json& j, std::vector<std::string>& out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "source" && it.value().is_string()) {
        out.push_back(it.value().get<std::string>());
      } else {
        CollectSources(it.value(), out);
      }
    }
  } else if (j.is_array()) {
    for (const auto& v : j) CollectSources(v, out);
  }
}

TEST(ServerSourcesTest, SourcesAreRelativeToTheirFolderAndImagesUploadAndAreRead) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  // A folder with a subfolder, ingested by the command line.
  fs::create_directories(tmp / "docs" / "規章");
  fs::copy_file(SamplesDir() / "regulation-incident-reporting.txt", tmp / "docs" / "規章" / "資安通報.txt");
  fs::copy_file(SamplesDir() / "regulation-security-training.txt", tmp / "docs" / "training.txt");
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "kb"}).exit_code, 0);
  auto in = RunWenyuan({"--data", data, "-q", "ingest", "kb", (tmp / "docs").string()});
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const std::string admin = CreateKey(data, {"--role", "admin"});
  auto server = StartServer(data, "rate_limit_per_minute = 0\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port(), admin);

  std::vector<std::string> sources;
  auto found = client->Get("/api/search?kb=kb&k=20&q=" + Encode("資安事件通報"));
  ASSERT_TRUE(found && found->status == 200) << Describe(found);
  ASSERT_FALSE(JsonOf(found)["hits"].empty()) << Describe(found);
  EXPECT_EQ(JsonOf(found)["hits"][0].value("source", ""), "規章/資安通報.txt") << Describe(found);
  CollectSources(JsonOf(found), sources);
  auto asked =
      client->Post("/api/ask", json{{"kb", "kb"}, {"question", "資安事件應於多久內通報？"}}.dump(), "application/json");
  ASSERT_TRUE(asked && asked->status == 200) << Describe(asked);
  CollectSources(JsonOf(asked), sources);
  auto streamed =
      client->Post("/api/ask", json{{"kb", "kb"}, {"question", "資安事件應於多久內通報？"}, {"stream", true}}.dump(),
                   "application/json");
  ASSERT_TRUE(streamed && streamed->status == 200) << Describe(streamed);
  EXPECT_NE(streamed->body.find("\"source\":\"規章/資安通報.txt\""), std::string::npos) << streamed->body;
  auto listed = client->Get("/api/kb/kb/documents");
  ASSERT_TRUE(listed && listed->status == 200) << Describe(listed);
  CollectSources(JsonOf(listed), sources);
  const int64_t doc = JsonOf(listed)["documents"][0].value("id", int64_t{0});
  auto page = client->Get("/api/kb/kb/documents/" + std::to_string(doc));
  ASSERT_TRUE(page && page->status == 200) << Describe(page);
  CollectSources(JsonOf(page), sources);
  ASSERT_GE(sources.size(), 4u);
  for (const auto& s : sources) {
    EXPECT_TRUE(s == "規章/資安通報.txt" || s == "training.txt") << s;
  }
  for (const std::string& body : {found->body, asked->body, streamed->body, listed->body, page->body}) {
    EXPECT_EQ(body.find(tmp.path().string()), std::string::npos) << "an absolute path left the server: " << body;
  }

  // An image, uploaded: OCR'd like `wenyuan ingest` does, found by its text.
  if (ingest::fixtures::ChromiumBinary().empty() || ingest::fixtures::FindProgram("tesseract").empty()) {
    GTEST_SKIP() << "chromium or tesseract not installed (scripts/setup)";
  }
  // Two images of different text (a duplicate would not be indexed twice).
  struct Image {
    std::string name, lines, query;
  };
  const std::vector<Image> images = {
      {"公告掃描.png", "資訊安全管理報告<br>中華民國政府機關<br>Annual Report 2024", "安全管理"},
      {"會議掃描.jpg", "民眾陳情案件處理<br>會議紀錄決議事項<br>Meeting 2023", "陳情案件"}};
  for (const auto& [name, lines, query] : images) {
    WriteFile(tmp / "notice.html",
              "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
              "body{margin:20px;background:#fff;color:#000;font-family:\"WenQuanYi Micro Hei\";"
              "font-size:32px;line-height:1.8}</style></head><body><p>" +
                  lines + "</p></body></html>");
    const fs::path image = tmp / name;
    ASSERT_TRUE(ingest::fixtures::ScreenshotHtml(tmp / "notice.html", image, tmp / "profile", 600, 260, 2).ok());
    auto up =
        client->Post("/api/kb/kb/documents",
                     httplib::MultipartFormDataItems{{"files", ReadFile(image), name, "application/octet-stream"}});
    ASSERT_TRUE(up && up->status == 202) << Describe(up);
    json job = WaitForJob(*client, JsonOf(up).value("job", int64_t{0}));
    ASSERT_EQ(job.value("state", ""), "done") << job.dump();
    EXPECT_EQ(job["files"][0].value("state", ""), "added") << job.dump();
    // Found by its text, shown by its upload name.
    auto ocr = client->Get("/api/search?kb=kb&k=5&q=" + Encode(query));
    ASSERT_TRUE(ocr && ocr->status == 200) << Describe(ocr);
    const json hits = JsonOf(ocr)["hits"];
    ASSERT_FALSE(hits.empty()) << name << ": " << Describe(ocr);
    EXPECT_EQ(hits[0].value("source", ""), name) << Describe(ocr);
  }
}

}  // namespace
}  // namespace wenyuan::testing
