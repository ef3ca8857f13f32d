// JiebaSegmenter: jieba's word segmentation in search mode, our own code over
// jieba's own data files (jieba.dict.utf8, hmm_model.utf8). It cuts a run of
// code points into exactly the words, in exactly the order, that cppjieba's
// QuerySegment::Cut(text, words, /*hmm=*/true) gives for its UTF-8 (checked
// word by word against cppjieba in jieba_segmenter_test):
//   - the text is split at jieba's separators (space, tab, newline, ，, 。),
//     each separator a word of its own;
//   - in each piece, the dictionary's words form a DAG and the route of the
//     greatest summed log-frequency wins (ties to the shorter word, as
//     cppjieba scans);
//   - each stretch of single characters on that route goes to the HMM
//     (Viterbi over B/E/M/S), ASCII letters and numbers being kept whole;
//   - search mode: a word longer than two characters is preceded by the
//     dictionary words of two characters inside it, one longer than three by
//     those of three.
//
// Data layout: every code point of the dictionary and the HMM gets a small
// id (one table lookup per character); the dictionary is a trie whose nodes
// sit in one array in breadth-first order, each node's children next to one
// another and sorted by id; the root's children are found by direct index,
// those of a node with many children (the first characters of many words)
// in one open-addressing table keyed by (node, id), the others by a scan of
// a cache line or two. A node holds its word's weight itself (16 bytes in
// all), so the walk reads no second table. Cutting allocates nothing once a
// Scratch has grown to the longest run.
//
// Load() reads the two files once; the segmenter is immutable afterwards and
// CutForSearch() may run on any number of threads at once, each with its own
// Scratch.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace wenyuan::text {

// A word of a run: [begin, begin + length) in code points of the run.
struct WordSpan {
  uint32_t begin = 0;
  uint32_t length = 0;
  bool operator==(const WordSpan&) const = default;
};

class JiebaSegmenter {
 public:
  // Working memory of one thread's cuts; reuse it across calls.
  class Scratch {
    friend class JiebaSegmenter;
    std::vector<uint32_t> ids;         // char id per code point
    std::vector<double> route_weight;  // best summed weight from a position to the end
    std::vector<uint32_t> route_length;
    std::vector<uint8_t> short_words;  // bit 0: a 2-char word starts here, bit 1: a 3-char one
    std::vector<WordSpan> words;       // the route after the HMM, before search mode
    std::vector<std::array<double, 4>> viterbi_weight;
    std::vector<std::array<uint8_t, 4>> viterbi_path;
    std::vector<uint8_t> states;  // the best state sequence
  };

  // Fails with a message naming the file and line on a missing or malformed
  // file (where cppjieba would abort the process).
  static Result<std::unique_ptr<const JiebaSegmenter>> Load(const std::filesystem::path& dict_file,
                                                            const std::filesystem::path& hmm_file);

  // Appends the words of `text` to `out` (cppjieba's order: pieces in order,
  // and for each word of the route its short words, then the word).
  void CutForSearch(std::u32string_view text, Scratch& scratch, std::vector<WordSpan>& out) const;

  size_t word_count() const { return word_count_; }

 private:
  static constexpr uint32_t kNoNode = 0;  // the root is never a child
  static constexpr size_t kMaxWordLength = 512;
  static constexpr uint32_t kMaxScannedChildren = 8;  // more go into wide_children_
  static constexpr uint32_t kWideChildren = 0x7f;     // Node::child_count of such a node
  static constexpr uint32_t kMaxNodes = 1u << 24;     // first_child's bits

  struct Node {
    double weight = 0;   // log(freq / total) of the word ending here, if one does
    uint32_t label = 0;  // char id
    // Children are nodes_[first_child, first_child + child_count), found
    // through wide_children_ when child_count is kWideChildren.
    uint32_t first_child : 24 = 0;
    uint32_t child_count : 7 = 0;
    uint32_t is_word : 1 = 0;
  };
  static_assert(sizeof(Node) == 16);
  enum HmmState : uint8_t { kB = 0, kE = 1, kM = 2, kS = 3 };

  JiebaSegmenter() = default;
  class Builder;

  uint64_t WideSlot(uint64_t key) const { return ((key * 0x9E3779B97F4A7C15ull) >> 32) & wide_mask_; }
  uint32_t IdOf(char32_t cp) const;
  uint32_t Child(uint32_t node, uint32_t label) const;
  void CutPiece(std::u32string_view text, size_t begin, size_t end, Scratch& s, std::vector<WordSpan>& out) const;
  void Route(size_t begin, size_t end, Scratch& s) const;
  void CutHmm(std::u32string_view text, size_t begin, size_t end, Scratch& s) const;
  void Viterbi(size_t begin, size_t end, Scratch& s) const;

  std::vector<uint32_t> bmp_ids_;                          // code point < 0x10000 → id (0: unknown)
  std::vector<std::pair<char32_t, uint32_t>> astral_ids_;  // sorted by code point
  std::vector<uint32_t> root_child_;                       // id → node, kNoNode if no word starts with it
  std::vector<Node> nodes_;                                // nodes_[0] is the root
  // (node << 32 | label) → child for nodes with over kMaxScannedChildren
  // children; an empty slot holds key 0 (no node has label 0).
  std::vector<std::pair<uint64_t, uint32_t>> wide_children_;
  uint64_t wide_mask_ = 0;
  double min_weight_ = 0;
  size_t word_count_ = 0;
  std::array<double, 4> start_{};
  std::array<std::array<double, 4>, 4> trans_{};
  std::vector<std::array<double, 4>> emit_;  // id → log P(char | state); MIN_DOUBLE where unseen
};

}  // namespace wenyuan::text
