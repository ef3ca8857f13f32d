// What the cleaning-quality tests measure with (header-only, included by
// tests alone): a document's content lines (white space removed, full-width
// letters and digits narrowed), the precision and recall of the lines kept
// against a label (printing each extra and missed line), and the
// measurement of a folder of labelled crawl pages or of a written fold
// (tests/fixtures/clean/*/pages.txt beside one label a page).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "clean/boilerplate_filter.h"
#include "ingest/document_preparer.h"
#include "test_support.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
// A line's content: white space removed and full-width letters and digits
// narrowed (cleaning narrows them on purpose; labels copy the page).
inline std::vector<std::string> ContentLines(std::string_view text) {
  std::vector<std::string> out;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    std::string key;
    const std::string spaced = NormaliseLineKey(line);
    for (size_t pos = 0; pos < spaced.size();) {
      char32_t c = utf8::DecodeNext(spaced, pos);
      char32_t narrow = utf8::NarrowFullWidth(c);
      utf8::Append(key, utf8::IsAsciiAlnum(narrow) ? narrow : c);
    }
    if (!key.empty()) out.push_back(std::move(key));
  }
  return out;
}

// The lines run together: a line is judged by whether its content appears
// in the other side, so where a paragraph was split or joined differently
// from the label (the layout step's business) does not count here.
inline std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l;
  return out;
}

struct Counts {
  size_t kept = 0, kept_right = 0, expected = 0, expected_found = 0;

  void Add(const Counts& c) {
    kept += c.kept;
    kept_right += c.kept_right;
    expected += c.expected;
    expected_found += c.expected_found;
  }
  double Precision() const { return kept ? static_cast<double>(kept_right) / kept : 1.0; }
  double Recall() const { return expected ? static_cast<double>(expected_found) / expected : 1.0; }
};

// One document's counts, printing its extra and missed lines.
inline Counts Compare(const std::string& name, std::string_view cleaned, std::string_view labelled) {
  const auto kept = ContentLines(cleaned);
  const auto want = ContentLines(labelled);
  const std::string kept_all = Joined(kept), want_all = Joined(want);
  Counts c;
  c.kept = kept.size();
  c.expected = want.size();
  for (const auto& l : kept) c.kept_right += want_all.find(l) != std::string::npos;
  for (const auto& l : want) c.expected_found += kept_all.find(l) != std::string::npos;
  std::cout << "  " << name << ": kept " << c.kept_right << "/" << c.kept << " right, found " << c.expected_found << "/"
            << c.expected << " labelled lines\n";
  for (const auto& l : kept) {
    if (want_all.find(l) == std::string::npos) std::cout << "    extra: " << utf8::SliceCodePoints(l, 0, 60) << "\n";
  }
  for (const auto& l : want) {
    if (kept_all.find(l) == std::string::npos) std::cout << "    missed: " << utf8::SliceCodePoints(l, 0, 60) << "\n";
  }
  return c;
}

// The labelled pages in `folder` (`<page id>.expected.txt`), measured on
// the crawl file's documents.
inline Counts MeasureCrawlPages(const std::filesystem::path& folder,
                                const std::vector<ingest::PreparedDocument>& prepared, size_t* pages) {
  std::map<std::string, std::string> expected;  // page id -> labelled text
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    std::string name = e.path().filename().string();
    const std::string suffix = ".expected.txt";
    if (!name.ends_with(suffix)) continue;
    expected[name.substr(0, name.size() - suffix.size())] = wenyuan::testing::ReadFile(e.path());
  }
  Counts total;
  for (const auto& doc : prepared) {
    auto it = expected.find(doc.extracted.part);
    if (it == expected.end()) continue;
    ++*pages;
    total.Add(Compare(it->first, doc.cleaned.text, it->second));
  }
  EXPECT_EQ(*pages, expected.size()) << "a labelled page id in " << folder << " is not in the crawl file";
  return total;
}

// Measures a fold of written pages: `folder`/pages.txt in the crawl format
// beside one label a page. Needs nothing from ../shared.
inline Counts MeasureWrittenFold(const std::filesystem::path& folder, const std::string& name, size_t* pages) {
  const std::filesystem::path crawl = folder / "pages.txt";
  const std::string bytes = wenyuan::testing::ReadFile(crawl);
  ingest::ReaderRegistry readers;
  const ingest::DocumentReader* reader = readers.ForFile(crawl, bytes);
  EXPECT_NE(reader, nullptr) << crawl;
  if (!reader) return {};
  auto prepared = ingest::PrepareDocuments(*reader, crawl, bytes);
  EXPECT_TRUE(prepared.ok()) << prepared.status().ToString();
  if (!prepared.ok()) return {};
  const Counts total = MeasureCrawlPages(folder, *prepared, pages);
  std::cout << "cleaning on " << *pages << " " << name << " pages: line precision " << total.Precision() << ", recall "
            << total.Recall() << "\n";
  ::testing::Test::RecordProperty(name + "_precision", std::to_string(total.Precision()));
  ::testing::Test::RecordProperty(name + "_recall", std::to_string(total.Recall()));
  return total;
}

// A written fold (tests/fixtures/clean/`folder`, its pages named `name`),
// the figure it measured once blind, and the floors it is held to.
struct WrittenFold {
  const char* folder;
  const char* name;
  const char* measured_once;
  double precision_floor = 0.99;
  double recall_floor = 0.99;
};

// Measures `fold` and expects six pages at or above its floors, naming its
// measured-once figure.
inline void ExpectWrittenFoldAtLeast(const WrittenFold& fold) {
  size_t pages = 0;
  const Counts total = MeasureWrittenFold(wenyuan::testing::SourceDir() / "tests" / "fixtures" / "clean" / fold.folder,
                                          fold.name, &pages);
  EXPECT_EQ(pages, 6u) << fold.folder;
  EXPECT_GE(total.Precision(), fold.precision_floor) << fold.folder << ", measured once blind: " << fold.measured_once;
  EXPECT_GE(total.Recall(), fold.recall_floor) << fold.folder << ", measured once blind: " << fold.measured_once;
}

}  // namespace wenyuan::clean
