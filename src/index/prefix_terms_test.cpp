#include "index/prefix_terms.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "index/index_writer.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

// One document per keyword list, committed in `segments` batches.
std::shared_ptr<const IndexSnapshot> KeywordIndex(const std::filesystem::path& dir,
                                                  const std::vector<std::vector<std::string>>& docs, size_t segments) {
  WriterOptions options;
  options.merge_on_commit = false;
  auto writer = IndexWriter::Open(dir, options);
  if (!writer.ok()) return nullptr;
  int64_t id = 1;
  for (const auto& keywords : docs) {
    IndexDocument d;
    d.values.passage_id = id;
    d.keywords = keywords;
    if (!(*writer)->Add(std::move(d)).ok()) return nullptr;
    if (id++ % static_cast<int64_t>((docs.size() + segments - 1) / segments) == 0 && !(*writer)->Commit().ok()) {
      return nullptr;
    }
  }
  if (!(*writer)->Commit().ok()) return nullptr;
  return (*writer)->snapshot();
}

TEST(TermsBeginningTest, FindsTheTitlesAQueryBeginsWith) {
  wenyuan::testing::TempDir dir;
  auto snapshot = KeywordIndex(dir.path(),
                               {{TitleKey("黄蝉"), "doc:1"},
                                {TitleKey("软枝黄蝉")},
                                {TitleKey("黄")},
                                {TitleKey("黄蝉花")},
                                {TitleKey("黄蝉的别称叫什么呢")},
                                {"黄蝉"}},  // not a title key
                               2);
  ASSERT_NE(snapshot, nullptr);
  auto found = TermsBeginning(*snapshot, Field::kKeyword, kTitleKeyPrefix, "黄蝉的别称叫什么");
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(*found, (std::vector<std::string>{TitleKey("黄"), TitleKey("黄蝉")}));
  found = TermsBeginning(*snapshot, Field::kKeyword, kTitleKeyPrefix, "软枝");
  ASSERT_TRUE(found.ok());
  EXPECT_TRUE(found->empty());
  found = TermsBeginning(*snapshot, Field::kKeyword, kTitleKeyPrefix, "");
  ASSERT_TRUE(found.ok());
  EXPECT_TRUE(found->empty());
}

TEST(TermsBeginningTest, AgreesWithEveryPrefixLookedUpOnRandomTerms) {
  wenyuan::testing::TempDir dir;
  std::mt19937 rng(5);
  auto word = [&](size_t max_length) {
    std::string w;
    for (size_t i = 0, n = 1 + rng() % max_length; i < n; ++i) w += static_cast<char>('a' + rng() % 3);
    return w;
  };
  std::set<std::string> terms;
  std::vector<std::vector<std::string>> docs;
  for (int i = 0; i < 300; ++i) {
    const std::string t = "t:" + word(6);
    terms.insert(t);
    docs.push_back({t, "u:" + word(6)});  // another prefix, never found
  }
  auto snapshot = KeywordIndex(dir.path(), docs, 3);
  ASSERT_NE(snapshot, nullptr);
  for (int trial = 0; trial < 200; ++trial) {
    const std::string text = word(9);
    std::vector<std::string> expected;
    for (size_t j = 1; j <= text.size(); ++j) {
      if (terms.count("t:" + text.substr(0, j))) expected.push_back("t:" + text.substr(0, j));
    }
    auto found = TermsBeginning(*snapshot, Field::kKeyword, "t:", text);
    ASSERT_TRUE(found.ok()) << found.status().ToString();
    EXPECT_EQ(*found, expected) << text;
  }
}

// Terms of Han characters (three bytes each): the walk steps a whole
// character at a time and still finds every term the text begins with.
TEST(TermsBeginningTest, FindsEveryHanTermTheTextBeginsWith) {
  wenyuan::testing::TempDir dir;
  std::mt19937 rng(8);
  const std::vector<std::string> han = {"黄", "蝉", "花", "软"};
  auto word = [&](size_t max_length) {
    std::string w;
    for (size_t i = 0, n = 1 + rng() % max_length; i < n; ++i) w += han[rng() % han.size()];
    return w;
  };
  std::set<std::string> terms;
  std::vector<std::vector<std::string>> docs;
  for (int i = 0; i < 300; ++i) {
    const std::string t = TitleKey(word(5));
    terms.insert(t);
    docs.push_back({t});
  }
  auto snapshot = KeywordIndex(dir.path(), docs, 3);
  ASSERT_NE(snapshot, nullptr);
  for (int trial = 0; trial < 200; ++trial) {
    const std::string text = word(8);
    std::vector<std::string> expected;
    for (size_t j = 3; j <= text.size(); j += 3) {
      if (terms.count(TitleKey(text.substr(0, j)))) expected.push_back(TitleKey(text.substr(0, j)));
    }
    auto found = TermsBeginning(*snapshot, Field::kKeyword, kTitleKeyPrefix, text);
    ASSERT_TRUE(found.ok()) << found.status().ToString();
    EXPECT_EQ(*found, expected) << text;
  }
}

}  // namespace
}  // namespace wenyuan::index
