#include "index/postings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "index/byte_coding.h"

namespace wenyuan::index {
namespace {

std::vector<Posting> RandomPostings(std::mt19937& rng, size_t n, uint32_t max_gap) {
  std::vector<Posting> out;
  uint32_t doc = rng() % 5;
  for (size_t i = 0; i < n; ++i) {
    Posting p;
    p.doc = doc;
    p.tf = 1 + rng() % (i % 17 == 0 ? 1000 : 4);
    uint32_t pos = rng() % 10;
    for (int k = rng() % 4; k >= 0; --k) {
      p.positions.push_back(pos);
      pos += 1 + rng() % 30;
    }
    out.push_back(std::move(p));
    doc += 1 + rng() % max_gap;
  }
  return out;
}

TEST(PostingsTest, PositionsAreVarintGapsAfterTheCountWhateverTheirSize) {
  // Gaps of every varint length (1 to 5 bytes), none at all, and many;
  // appended after what the buffer already holds.
  const std::vector<std::vector<uint32_t>> lists = {
      {},
      {0},
      {0, 127, 128, 16383, 16384, 2097151, 2097152, 1u << 24, (1u << 24) + 5, 0xFFFFFFFFu},
      std::vector<uint32_t>(300, 7),
  };
  std::string out = "head", expected = "head";
  for (const auto& positions : lists) {
    EncodePositions(positions, out);
    PutVarint(expected, positions.size());
    uint32_t previous = 0;
    for (const uint32_t p : positions) {
      PutVarint(expected, p - previous);
      previous = p;
    }
    ASSERT_EQ(out, expected) << positions.size();
  }
  std::vector<Posting> postings(3);
  for (uint32_t i = 0; i < 3; ++i) {
    postings[i].doc = i;
    postings[i].tf = 1;
    postings[i].positions = lists[i == 0 ? 0 : i + 1];
  }
  std::string post, pos;
  const TermInfo info = WritePostings(
      postings, [](uint32_t) { return 10u; }, post, pos);
  PostingsCursor c(post, pos, info);
  ASSERT_TRUE(c.status().ok()) << c.status().ToString();
  for (const auto& p : postings) {
    ASSERT_EQ(c.doc(), p.doc);
    EXPECT_EQ(c.Positions(), p.positions);
    c.Next();
  }
}

TEST(PostingsTest, RandomListsRoundTripWithBlockMaxima) {
  std::mt19937 rng(3);
  for (size_t n : {1, 127, 128, 129, 1000, 3000}) {
    for (uint32_t gap : {1u, 7u, 100000u}) {
      auto postings = RandomPostings(rng, n, gap);
      auto length = [](uint32_t doc) { return 10 + doc % 37; };
      std::string post = "pad", pos = "pp";
      TermInfo info = WritePostings(postings, length, post, pos);
      ASSERT_EQ(info.df, n);
      PostingsCursor c(post, pos, info);
      ASSERT_TRUE(c.status().ok()) << c.status().ToString();
      uint32_t max_tf = 0;
      for (const auto& p : postings) {
        ASSERT_EQ(c.doc(), p.doc);
        ASSERT_EQ(c.tf(), p.tf);
        ASSERT_EQ(c.Positions(), p.positions);
        const BlockMeta* b = c.BlockFor(p.doc);
        ASSERT_NE(b, nullptr);
        EXPECT_GE(b->max_tf, p.tf);
        EXPECT_LE(b->min_length, length(p.doc));
        EXPECT_GE(b->last_doc, p.doc);
        max_tf = std::max(max_tf, p.tf);
        c.Next();
      }
      EXPECT_EQ(c.doc(), kNoMoreDocs);
      EXPECT_EQ(info.max_tf, max_tf);
      // Advance lands on the first doc >= target, from a fresh cursor each time.
      for (int trial = 0; trial < 50; ++trial) {
        const uint32_t target = rng() % (postings.back().doc + 2);
        PostingsCursor a(post, pos, info);
        auto it = std::lower_bound(postings.begin(), postings.end(), target,
                                   [](const Posting& p, uint32_t t) { return p.doc < t; });
        const uint32_t got = a.Advance(target);
        if (it == postings.end()) {
          EXPECT_EQ(got, kNoMoreDocs);
        } else {
          EXPECT_EQ(got, it->doc);
          EXPECT_EQ(a.tf(), it->tf);
          EXPECT_EQ(a.Positions(), it->positions);
        }
      }
    }
  }
}

TEST(PostingsTest, DamagedOffsetsExhaustTheCursorWithCorruption) {
  std::mt19937 rng(5);
  auto postings = RandomPostings(rng, 300, 3);
  std::string post, pos;
  TermInfo info = WritePostings(
      postings, [](uint32_t) { return 5u; }, post, pos);
  TermInfo bad = info;
  bad.postings_offset = post.size() + 10;
  PostingsCursor c(post, pos, bad);
  EXPECT_EQ(c.doc(), kNoMoreDocs);
  EXPECT_EQ(c.status().code(), StatusCode::kCorruption);
  PostingsCursor cut(std::string_view(post).substr(0, post.size() / 2), pos, info);
  while (cut.doc() != kNoMoreDocs) cut.Next();
  EXPECT_EQ(cut.status().code(), StatusCode::kCorruption);
}

// A probe (Advance into a block not decoded) decodes the block only as far
// as its target, its frequencies one at a time; whatever follows (Advance
// within the decoded part or past it, Next across the part not decoded,
// tf, positions, a rewind) reads the list as written. Random walks of all
// of them over lists of many blocks, dense and sparse.
TEST(PostingsTest, BlocksDecodedInPartReadAsTheList) {
  std::mt19937 rng(23);
  for (size_t n : {129, 700, 5000}) {
    for (uint32_t gap : {1u, 3u, 40u}) {
      auto postings = RandomPostings(rng, n, gap);
      std::string post, pos;
      const TermInfo info = WritePostings(
          postings, [](uint32_t) { return 5u; }, post, pos);
      auto first_at_least = [&](uint32_t target) {
        return std::lower_bound(postings.begin(), postings.end(), target,
                                [](const Posting& p, uint32_t t) { return p.doc < t; });
      };
      const uint32_t last = postings.back().doc;
      for (int trial = 0; trial < 30; ++trial) {
        PostingsCursor c(post, pos, info);
        auto at = postings.begin();
        for (int move = 0; move < 400 && at != postings.end(); ++move) {
          const uint32_t kind = rng() % 8;
          if (kind < 3) {  // a probe further on: within the run, the block, or blocks ahead
            const uint32_t step = kind == 0   ? 1 + rng() % 8
                                  : kind == 1 ? 1 + rng() % (64 * gap)
                                              : 1 + rng() % (last / 4 + 1);
            const uint32_t target = at->doc + step;
            at = first_at_least(target);
            ASSERT_EQ(c.Advance(target), at == postings.end() ? kNoMoreDocs : at->doc)
                << n << " " << gap << " target " << target;
          } else if (kind < 6) {
            ++at;
            ASSERT_EQ(c.Next(), at == postings.end() ? kNoMoreDocs : at->doc) << n << " " << gap;
          } else if (kind == 6) {
            ASSERT_EQ(c.tf(), at->tf) << n << " " << gap << " doc " << at->doc;
          } else {
            ASSERT_EQ(c.Positions(), at->positions) << n << " " << gap << " doc " << at->doc;
          }
          if (at != postings.end() && rng() % 50 == 0) {
            c.Rewind();
            at = postings.begin();
            ASSERT_EQ(c.doc(), at->doc);
          }
        }
        EXPECT_TRUE(c.status().ok()) << c.status().ToString();
      }
    }
  }
}

// Shallow moves (block-max WAND's) then a decoding Advance land where plain
// Advance lands: random mixes of both over lists of one and many blocks.
TEST(PostingsTest, ShallowAdvanceThenAdvanceAgreesWithAdvance) {
  std::mt19937 rng(11);
  for (size_t n : {1, 5, 128, 129, 700, 3000}) {
    auto postings = RandomPostings(rng, n, 9);
    std::string post, pos;
    const TermInfo info = WritePostings(
        postings, [](uint32_t) { return 7u; }, post, pos);
    const uint32_t last = postings.back().doc;
    for (int trial = 0; trial < 40; ++trial) {
      PostingsCursor plain(post, pos, info), lazy(post, pos, info);
      uint32_t target = 0;
      while (true) {
        target += 1 + rng() % 300;
        const uint32_t want = plain.Advance(target);
        const uint32_t bound = lazy.AdvanceShallow(target);
        if (want == kNoMoreDocs) {
          // Past the last block: exhausted at once; inside it: a bound.
          if (target > last) {
            EXPECT_EQ(bound, kNoMoreDocs);
          }
          EXPECT_EQ(lazy.Advance(target), kNoMoreDocs);
          break;
        }
        ASSERT_LE(bound, want);  // a lower bound of the doc there
        EXPECT_GE(bound, target);
        if (lazy.shallow()) {
          EXPECT_EQ(bound, target);
        }
        ASSERT_EQ(lazy.shallow() && rng() % 2 == 0 ? lazy.Next() : lazy.Advance(target), want)
            << "n " << n << " target " << target;
        EXPECT_FALSE(lazy.shallow());
        EXPECT_EQ(lazy.tf(), plain.tf());
        EXPECT_EQ(lazy.Positions(), plain.Positions());
        const BlockMeta* b = lazy.BlockFor(want);
        ASSERT_NE(b, nullptr);
        EXPECT_GE(b->last_doc, want);
      }
    }
  }
}

// A cursor just opened has decoded nothing: its first doc is read alone,
// and whatever it is asked first (tf, positions, Next, Advance within or
// past the first block, a shallow move, a block bound) answers as a cursor
// that decoded the block would.
TEST(PostingsTest, AnOpenedCursorAnswersAsADecodedOneWhateverItIsAskedFirst) {
  std::mt19937 rng(23);
  for (size_t n : {1, 2, 127, 128, 129, 256, 700}) {
    auto postings = RandomPostings(rng, n, 9);
    std::string post, pos;
    const TermInfo info = WritePostings(
        postings, [](uint32_t) { return 7u; }, post, pos);
    auto first_at_least = [&](uint32_t target) {
      for (const auto& p : postings) {
        if (p.doc >= target) return p.doc;
      }
      return kNoMoreDocs;
    };
    for (int ask = 0; ask < 7; ++ask) {
      for (uint32_t target : {postings[0].doc, postings[0].doc + 1, postings[n / 2].doc + 1, postings.back().doc + 1}) {
        PostingsCursor c(post, pos, info);
        ASSERT_TRUE(c.status().ok()) << c.status().ToString();
        ASSERT_EQ(c.doc(), postings[0].doc);
        switch (ask) {
          case 0:
            EXPECT_EQ(c.tf(), postings[0].tf);
            break;
          case 1:
            EXPECT_EQ(c.Positions(), postings[0].positions);
            break;
          case 2:
            EXPECT_EQ(c.Next(), n > 1 ? postings[1].doc : kNoMoreDocs);
            break;
          case 3:
            EXPECT_EQ(c.Advance(target), first_at_least(target)) << n << " " << target;
            break;
          case 4:
            c.AdvanceShallow(target);
            EXPECT_EQ(c.Advance(target), first_at_least(target)) << n << " " << target;
            break;
          case 5: {
            const BlockMeta* b = c.BlockFor(target);
            if (first_at_least(target) != kNoMoreDocs) {
              ASSERT_NE(b, nullptr);
              EXPECT_GE(b->last_doc, first_at_least(target));
            }
            EXPECT_EQ(c.doc(), postings[0].doc);
            break;
          }
          default: {
            // Then walked to the end, every posting as written.
            size_t i = 0;
            for (uint32_t d = c.doc(); d != kNoMoreDocs; d = c.Next(), ++i) {
              ASSERT_LT(i, n);
              EXPECT_EQ(d, postings[i].doc);
              EXPECT_EQ(c.tf(), postings[i].tf);
            }
            EXPECT_EQ(i, n);
          }
        }
        const uint32_t at = c.doc();
        if (at != kNoMoreDocs) {
          const auto it = std::find_if(postings.begin(), postings.end(), [&](const Posting& p) { return p.doc == at; });
          ASSERT_NE(it, postings.end());
          EXPECT_EQ(c.tf(), it->tf);
          EXPECT_EQ(c.Positions(), it->positions);
        }
        EXPECT_TRUE(c.status().ok()) << c.status().ToString();
      }
    }
  }
}

// A merge copies each posting's positions bytes (EncodedPositions) and
// writes them with the merged numbers: the bytes must be what
// EncodePositions gives for the decoded positions, for short and long
// position lists (the eight-bytes-at-a-time walk), every varint length,
// any order of Positions and EncodedPositions calls and skips, and the
// list written again from them must be the same bytes.
TEST(PostingsTest, EncodedPositionsAreTheBytesEncodePositionsWritesAndCopyBack) {
  std::mt19937 rng(11);
  std::vector<Posting> postings;
  for (uint32_t i = 0; i < 700; ++i) {
    Posting p;
    p.doc = 3 * i + rng() % 3;
    p.tf = 1 + rng() % 5;
    const size_t count = i % 50 == 0 ? 200 + rng() % 100 : rng() % 13;
    uint32_t at = rng() % 4;
    for (size_t k = 0; k < count; ++k) {
      p.positions.push_back(at);
      at += 1 + (k % 7 == 0 ? rng() % 3000000 : rng() % 200);
    }
    postings.push_back(std::move(p));
  }
  auto length = [](uint32_t doc) { return 5 + doc % 11; };
  std::string post = "x", pos = "yy";
  const TermInfo info = WritePostings(postings, length, post, pos);
  PostingsCursor c(post, pos, info);
  EncodedPostings copied;
  size_t k = 0;
  for (uint32_t d = c.doc(); d != kNoMoreDocs; d = c.Next(), ++k) {
    ASSERT_LT(k, postings.size());
    if (k % 5 == 1) {
      EXPECT_EQ(c.Positions(), postings[k].positions);  // either order
    }
    std::string expected;
    EncodePositions(postings[k].positions, expected);
    const std::string_view encoded = c.EncodedPositions();
    ASSERT_EQ(encoded, expected) << k;
    EXPECT_EQ(c.EncodedPositions(), expected) << k;  // asked twice
    if (k % 7 == 2) {
      EXPECT_EQ(c.Positions(), postings[k].positions);
    }
    copied.Add(d, c.tf(), encoded);
  }
  ASSERT_TRUE(c.status().ok()) << c.status().ToString();
  ASSERT_EQ(k, postings.size());
  std::string post2 = "x", pos2 = "yy";
  const TermInfo info2 = WritePostings(copied, length, post2, pos2);
  EXPECT_EQ(post2, post);
  EXPECT_EQ(pos2, pos);
  EXPECT_EQ(info2.df, info.df);
  EXPECT_EQ(info2.max_tf, info.max_tf);
  EXPECT_EQ(info2.min_length, info.min_length);
  // Skipping ahead (Advance) leaves documents unmeasured: still their bytes.
  PostingsCursor skipping(post, pos, info);
  for (size_t target : {10u, 300u, 301u, 1500u, 2000u}) {
    const uint32_t d = skipping.Advance(static_cast<uint32_t>(target));
    ASSERT_NE(d, kNoMoreDocs);
    const auto at = std::find_if(postings.begin(), postings.end(), [&](const Posting& p) { return p.doc == d; });
    ASSERT_NE(at, postings.end());
    std::string expected;
    EncodePositions(at->positions, expected);
    EXPECT_EQ(skipping.EncodedPositions(), expected) << target;
  }
  // Damaged positions (a count past the end): a status, no bytes, no crash.
  std::string bad = pos;
  bad[2] = static_cast<char>(0xff);
  bad[3] = static_cast<char>(0xff);
  bad[4] = static_cast<char>(0x7f);
  PostingsCursor damaged(post, bad, info);
  EXPECT_TRUE(damaged.EncodedPositions().empty());
  EXPECT_FALSE(damaged.status().ok());
}

TEST(PostingsTest, ARewoundCursorWalksAsAFreshOne) {
  // Lists of one partial block, one full block and many; each cursor is
  // moved (skipped shallow, bounded, advanced, positions read) and then
  // rewound, and must then give every posting as a fresh cursor does.
  std::mt19937 rng(23);
  for (size_t n : {5, 128, 1000}) {
    const auto postings = RandomPostings(rng, n, 40);
    std::string post, pos;
    const TermInfo info = WritePostings(
        postings, [](uint32_t d) { return 10 + d % 7; }, post, pos);
    for (int moves = 0; moves < 4; ++moves) {
      PostingsCursor c(post, pos, info);
      const uint32_t middle = postings[n / 2].doc;
      if (moves >= 1) c.AdvanceShallow(middle);
      if (moves >= 2) c.BlockFor(postings.back().doc);
      if (moves >= 3 && c.Advance(middle) == middle) c.Positions();
      if (moves == 3) {
        while (c.Next() != kNoMoreDocs) {
        }
      }
      c.Rewind();
      size_t i = 0;
      for (uint32_t d = c.doc(); d != kNoMoreDocs; d = c.Next(), ++i) {
        ASSERT_LT(i, n);
        EXPECT_EQ(d, postings[i].doc);
        EXPECT_EQ(c.tf(), postings[i].tf);
        EXPECT_EQ(c.Positions(), postings[i].positions);
      }
      EXPECT_EQ(i, n) << n << " postings, " << moves << " moves";
      EXPECT_TRUE(c.status().ok());
    }
  }
}

}  // namespace
}  // namespace wenyuan::index
