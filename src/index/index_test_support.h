// Test support for the index writer's tests: a query over the bigram
// field, a query's ranked hits, the live passages of a snapshot, the
// segment dictionaries left in a folder, and TwinWriters, the same
// documents into an inline-merging and a background-merging writer.
// Test code only; never linked into the binary.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "index/index_writer.h"
#include "index/query_executor.h"

namespace wenyuan::index::testing {

inline WriterOptions NoMerges() {
  WriterOptions o;
  o.merge_on_commit = false;
  return o;
}

// A query for any of `terms` in the bigram field, top `k`.
inline Query TermQuery(std::vector<std::string> terms, size_t k = 10) {
  Query q;
  q.k = k;
  for (auto& t : terms) q.scored.push_back({Field::kBigrams, {t}, 1.0, 0});
  return q;
}

// (passage id, score) of a query's hits.
inline std::vector<std::pair<int64_t, double>> Ranked(const IndexSnapshot& s, const Query& q) {
  auto r = Execute(s, q);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::pair<int64_t, double>> out;
  if (r.ok()) {
    for (const auto& h : r->hits) out.emplace_back(h.values.passage_id, h.score);
  }
  return out;
}

// The passage ids of the live documents, in index order.
inline std::vector<int64_t> LivePassages(const IndexSnapshot& s) {
  std::vector<int64_t> out;
  for (const auto& seg : s.segments()) {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (seg.IsLive(d)) out.push_back(seg.reader->Doc(d)->passage_id);
    }
  }
  return out;
}

// How many segment dictionaries (.dict files) are in `dir`.
inline size_t DictFiles(const std::filesystem::path& dir) {
  size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.path().extension() == ".dict";
  return n;
}

// Two writers, in dir/fg and dir/bg, whose options differ only in
// merge_in_background, given the same documents, deletes and commits: each
// commit waits for the last one's merges, so both must end in the same
// layout, segment names and deleted counts, whatever the merge thread's
// timing.
class TwinWriters {
 public:
  Status Open(const std::filesystem::path& dir, WriterOptions options) {
    options.merge_in_background = false;
    auto fg = IndexWriter::Open(dir / "fg", options);
    if (!fg.ok()) return fg.status();
    options.merge_in_background = true;
    auto bg = IndexWriter::Open(dir / "bg", options);
    if (!bg.ok()) return bg.status();
    fg_ = std::move(*fg);
    bg_ = std::move(*bg);
    return Status::Ok();
  }
  IndexWriter& fg() { return *fg_; }
  IndexWriter& bg() { return *bg_; }

  Status Add(const IndexDocument& doc) {
    if (Status s = fg_->Add(doc); !s.ok()) return s;
    return bg_->Add(doc);
  }
  Status DeleteByKeyword(std::string_view keyword) {
    if (Status s = fg_->DeleteByKeyword(keyword); !s.ok()) return s;
    return bg_->DeleteByKeyword(keyword);
  }
  Status Commit() {
    if (Status s = fg_->Commit(); !s.ok()) return s;
    return bg_->Commit();
  }

  // The same segments, in the same order, with the same names, documents
  // and deletes (the background writer's merges waited for first).
  void ExpectSameLayout() {
    ASSERT_TRUE(bg_->WaitForMerges().ok());
    const auto f = fg_->snapshot()->manifest().segments;
    const auto b = bg_->snapshot()->manifest().segments;
    ASSERT_EQ(b.size(), f.size());
    for (size_t i = 0; i < f.size(); ++i) {
      EXPECT_EQ(b[i].name, f[i].name) << "segment " << i;
      EXPECT_EQ(b[i].docs, f[i].docs) << "segment " << i;
      EXPECT_EQ(b[i].deleted, f[i].deleted) << "segment " << i;
    }
  }

 private:
  std::unique_ptr<IndexWriter> fg_, bg_;
};

}  // namespace wenyuan::index::testing
