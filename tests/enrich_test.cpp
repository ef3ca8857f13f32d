// Integration tests of enrichment and export: the real binary ingests the
// bundled samples with a taxonomy, then every document's keywords, summary
// and categories are checked against its own text, and both export formats
// are ingested again and must give the same documents back.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

// The taxonomy's categories and their terms, as the test writes them.
const std::map<std::string, std::vector<std::string>> kCategories = {
    {"資訊安全", {"資安", "資訊安全"}},
    {"交通", {"捷運", "公車", "停車"}},
    {"網路", {"Wi-Fi", "iFree", "5G"}},
};

std::string TaxonomyFile() {
  std::string out = "# 業務分類\n";
  for (const auto& [name, terms] : kCategories) {
    out += name + ":";
    for (size_t i = 0; i < terms.size(); ++i) out += (i ? ", " : " ") + terms[i];
    out += "\n";
  }
  return out;
}

struct Document {
  json info;
  std::string text;
};

// Every document of a fresh data directory, by id (ids start at 1).
std::vector<Document> AllDocuments(const std::string& data, size_t first_id, size_t count) {
  std::vector<Document> out;
  for (size_t id = first_id; id < first_id + count; ++id) {
    auto r = RunWenyuan({"--data", data, "doc", "show", std::to_string(id), "--json", "--text"});
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    json j = json::parse(r.out, nullptr, false);
    EXPECT_TRUE(j.is_object()) << r.out;
    if (!j.is_object()) continue;
    out.push_back({j, j.value("text", std::string())});
  }
  return out;
}

size_t DocumentCount(const std::string& data, const std::string& kb) {
  auto r = RunWenyuan({"--data", data, "kb", "list", "--json"});
  json j = json::parse(r.out, nullptr, false);
  for (const auto& k : j["kbs"]) {
    if (k.value("name", "") == kb) return k.value("documents", 0);
  }
  return 0;
}

class EnrichTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = (dir_ / "data").string();
    WriteFile(dir_ / "業務.txt", TaxonomyFile());
    ASSERT_EQ(RunWenyuan({"--data", data_, "kb", "create", "s"}).exit_code, 0);
    auto add = RunWenyuan({"--data", data_, "taxonomy", "add", "s", "業務", (dir_ / "業務.txt").string()});
    ASSERT_EQ(add.exit_code, 0) << Describe(add);
    auto ingest = RunWenyuan({"--data", data_, "ingest", "s", SamplesDir().string()});
    ASSERT_EQ(ingest.exit_code, 0) << Describe(ingest);
    count_ = DocumentCount(data_, "s");
    ASSERT_GE(count_, 20u);
  }
  TempDir dir_;
  std::string data_;
  size_t count_ = 0;
};

TEST_F(EnrichTest, KeywordsSummariesAndCategoriesComeFromTheDocumentItself) {
  size_t with_summary = 0, with_categories = 0;
  for (const auto& doc : AllDocuments(data_, 1, count_)) {
    const json& e = doc.info["enrichment"];
    ASSERT_TRUE(e.is_object() && e.contains("keywords")) << doc.info.dump();
    EXPECT_FALSE(e["keywords"].empty()) << doc.info["source"];
    for (const auto& k : e["keywords"]) {
      // A keyword is written in the document (its title counts too).
      const std::string t = k["text"];
      EXPECT_TRUE(doc.text.find(t) != std::string::npos ||
                  doc.info["title"].get<std::string>().find(t) != std::string::npos)
          << t << " not in " << doc.info["source"];
      EXPECT_GE(k["count"].get<int>(), 1);
    }
    for (const auto& s : e["summary"]) {
      // A summary sentence is the document's own text at the stated range.
      const std::string sentence = s["text"];
      EXPECT_EQ(utf8::SliceCodePoints(doc.text, s["start"].get<size_t>(), s["end"].get<size_t>()), sentence);
    }
    with_summary += !e["summary"].empty();
    for (auto t = e["categories"].begin(); t != e["categories"].end(); ++t) {
      EXPECT_EQ(t.key(), "業務");
      for (auto c = t.value().begin(); c != t.value().end(); ++c) {
        // Every category hit is real: one of its terms is in the text.
        // (compared after the same folding: 资安 in a Simplified text is 資安).
        const auto& normalizer = SharedWordAnalyzer()->normalizer();
        const std::u32string folded = normalizer.NormalizeText(doc.info["title"].get<std::string>() + "\n" + doc.text);
        size_t found = 0;
        std::vector<std::string> terms = kCategories.at(c.key());
        terms.push_back(c.key());  // a category's name is one of its terms
        for (const auto& term : terms) {
          const std::u32string t = normalizer.NormalizeText(term);
          for (size_t at = folded.find(t); at != std::u32string::npos; at = folded.find(t, at + 1)) ++found;
        }
        EXPECT_GE(found, 1u) << c.key() << " in " << doc.info["source"];
        ++with_categories;
      }
    }
  }
  EXPECT_GE(with_summary * 10, count_ * 8) << "most documents should have a summary";
  EXPECT_GE(with_categories, 5u);
}

TEST_F(EnrichTest, ExportThenImportGivesTheSameDocumentsBack) {
  const auto originals = AllDocuments(data_, 1, count_);
  std::set<std::tuple<std::string, std::string, std::string, std::string>> want;
  for (const auto& d : originals) {
    want.insert({d.info["title"], RemoveWhitespace(d.text), d.info["url"], d.info["date"]});
  }
  size_t next_id = count_ + 1;
  for (const std::string format : {"jsonl", "record"}) {
    const std::string file = (dir_ / ("export." + format + ".txt")).string();
    auto ex = RunWenyuan({"--data", data_, "export", "s", "--format", format, "--out", file});
    ASSERT_EQ(ex.exit_code, 0) << Describe(ex);
    const std::string kb = "back_" + format;
    ASSERT_EQ(RunWenyuan({"--data", data_, "kb", "create", kb}).exit_code, 0);
    auto in = RunWenyuan({"--data", data_, "ingest", kb, file});
    ASSERT_EQ(in.exit_code, 0) << Describe(in);
    ASSERT_EQ(DocumentCount(data_, kb), count_) << format;
    std::set<std::tuple<std::string, std::string, std::string, std::string>> got;
    for (const auto& d : AllDocuments(data_, next_id, count_)) {
      got.insert({d.info["title"], RemoveWhitespace(d.text), d.info["url"], d.info["date"]});
    }
    next_id += count_;
    // Report only what differs (the documents are long).
    for (const auto& w : want) {
      if (!got.count(w))
        ADD_FAILURE() << format << ": not given back: " << std::get<0>(w) << " (" << std::get<3>(w) << ")";
    }
    for (const auto& g : got) {
      if (!want.count(g))
        ADD_FAILURE() << format << ": given back changed: " << std::get<0>(g) << " (" << std::get<3>(g) << ") "
                      << std::get<1>(g).substr(0, 240);
    }
  }
  // A bad format is a usage error naming it.
  auto bad = RunWenyuan({"--data", data_, "export", "s", "--format", "xml"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("xml"), std::string::npos);
}

// Search narrows to a category and counts categories over its best hits;
// both agree with what enrichment stored for each document.
TEST_F(EnrichTest, SearchFiltersByCategoryAndCountsFacets) {
  std::map<int64_t, std::set<std::string>> categories_of;  // document → "業務/NAME"
  for (const auto& doc : AllDocuments(data_, 1, count_)) {
    const json& cats = doc.info["enrichment"]["categories"];
    for (auto t = cats.begin(); t != cats.end(); ++t) {
      for (auto c = t.value().begin(); c != t.value().end(); ++c) {
        categories_of[doc.info["id"].get<int64_t>()].insert(t.key() + "/" + c.key());
      }
    }
  }
  const std::string query = "服務 資料 系統";
  auto all = RunWenyuan({"--data", data_, "search", "s", query, "--k", "100", "--facets", "--json"});
  ASSERT_EQ(all.exit_code, 0) << Describe(all);
  const json found = json::parse(all.out);
  ASSERT_TRUE(found.contains("facets")) << all.out.substr(0, 400);
  // Facet counts: the distinct documents of the hits, per category.
  std::map<std::string, size_t> expected;
  std::set<int64_t> documents;
  for (const auto& hit : found["results"]) documents.insert(hit["document_id"].get<int64_t>());
  EXPECT_EQ(found["facet_documents"].get<size_t>(), documents.size());
  for (int64_t d : documents) {
    for (const auto& name : categories_of[d]) ++expected[name];
  }
  std::map<std::string, size_t> counted;
  for (const auto& facet : found["facets"]) {
    size_t previous = SIZE_MAX;
    for (const auto& v : facet["values"]) {
      counted[facet["taxonomy"].get<std::string>() + "/" + v["category"].get<std::string>()] = v["documents"];
      EXPECT_LE(v["documents"].get<size_t>(), previous) << "most documents first";
      previous = v["documents"];
    }
  }
  EXPECT_EQ(counted, expected);
  ASSERT_FALSE(expected.empty()) << "the query should reach categorised documents";

  // Filtering by each category keeps exactly the hits of its documents.
  for (const auto& [name, n] : expected) {
    auto narrowed = RunWenyuan({"--data", data_, "search", "s", query + " category:" + name, "--k", "100", "--json"});
    ASSERT_EQ(narrowed.exit_code, 0) << Describe(narrowed);
    std::set<int64_t> narrowed_documents;
    const json narrowed_json = json::parse(narrowed.out);
    for (const auto& hit : narrowed_json["results"]) {
      const int64_t d = hit["document_id"];
      EXPECT_TRUE(categories_of[d].count(name)) << "document " << d << " is not in " << name;
      narrowed_documents.insert(d);
    }
    EXPECT_EQ(narrowed_documents.size(), n) << name;
  }
  // A category alone lists its documents' passages; an unknown one finds nothing.
  const std::string first = expected.begin()->first;
  auto only = RunWenyuan({"--data", data_, "search", "s", "category:" + first, "--k", "100", "--json"});
  ASSERT_EQ(only.exit_code, 0) << Describe(only);
  EXPECT_FALSE(json::parse(only.out)["results"].empty());
  auto none = RunWenyuan({"--data", data_, "search", "s", query + " category:業務/不存在", "--json"});
  ASSERT_EQ(none.exit_code, 0) << Describe(none);
  EXPECT_TRUE(json::parse(none.out)["results"].empty());
  auto bad = RunWenyuan({"--data", data_, "search", "s", query + " category:業務"});
  EXPECT_EQ(bad.exit_code, 1) << Describe(bad);
  EXPECT_NE(bad.err.find("TAXONOMY/CATEGORY"), std::string::npos) << bad.err;
  // The text output lists the facets under the hits.
  auto text = RunWenyuan({"--data", data_, "search", "s", query, "--facets"});
  ASSERT_EQ(text.exit_code, 0) << Describe(text);
  EXPECT_NE(text.out.find("業務:"), std::string::npos) << text.out;
}

TEST_F(EnrichTest, TaxonomyCommandsAndErrors) {
  auto list = RunWenyuan({"--data", data_, "taxonomy", "list", "s", "--json"});
  ASSERT_EQ(list.exit_code, 0) << Describe(list);
  EXPECT_EQ(json::parse(list.out)["taxonomies"][0]["categories"], kCategories.size());
  auto traversal = RunWenyuan({"--data", data_, "taxonomy", "add", "s", "../x", (dir_ / "業務.txt").string()});
  EXPECT_EQ(traversal.exit_code, 2) << Describe(traversal);
  WriteFile(dir_ / "bad.txt", "金融\n: 沒有名稱\n");
  auto bad = RunWenyuan({"--data", data_, "taxonomy", "add", "s", "bad", (dir_ / "bad.txt").string()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("bad.txt:2"), std::string::npos) << bad.err;
  auto removed = RunWenyuan({"--data", data_, "taxonomy", "remove", "s", "業務"});
  EXPECT_EQ(removed.exit_code, 0) << Describe(removed);
  auto enrich = RunWenyuan({"--data", data_, "enrich", "s", "--keywords", "textrank"});
  ASSERT_EQ(enrich.exit_code, 0) << Describe(enrich);
  EXPECT_NE(enrich.out.find("0 with categories"), std::string::npos) << enrich.out;
  auto doc = RunWenyuan({"--data", data_, "doc", "show", "999999"});
  EXPECT_EQ(doc.exit_code, 1);
  EXPECT_NE(doc.err.find("999999"), std::string::npos);
  EXPECT_EQ(RunWenyuan({"--data", data_, "doc", "show", "abc"}).exit_code, 2);
}

}  // namespace
}  // namespace wenyuan::testing
