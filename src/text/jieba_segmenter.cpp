#include "text/jieba_segmenter.h"

#include <algorithm>

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

constexpr double kMinDouble = -3.14e+100;  // cppjieba's MIN_DOUBLE

// cppjieba's SPECIAL_SEPARATORS.
bool IsSeparator(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'，' || c == U'。'; }

using utf8::IsAsciiDigit;
using utf8::IsAsciiLetter;

}  // namespace

uint32_t JiebaSegmenter::IdOf(char32_t cp) const {
  if (cp < 0x10000) return bmp_ids_[cp];
  auto it = std::lower_bound(astral_ids_.begin(), astral_ids_.end(), cp,
                             [](const std::pair<char32_t, uint32_t>& e, char32_t c) { return e.first < c; });
  return it != astral_ids_.end() && it->first == cp ? it->second : 0;
}

inline uint32_t JiebaSegmenter::Child(uint32_t node, uint32_t label) const {
  const Node& n = nodes_[node];
  if (n.child_count == kWideChildren) {
    const uint64_t key = (uint64_t{node} << 32) | label;
    for (uint64_t slot = WideSlot(key);; slot = (slot + 1) & wide_mask_) {
      const auto& e = wide_children_[slot];
      if (e.first == key) return e.second;
      if (e.first == 0) return kNoNode;
    }
  }
  const Node* first = nodes_.data() + n.first_child;
  const Node* last = first + n.child_count;
  for (const Node* c = first; c != last; ++c) {
    if (c->label >= label) return c->label == label ? static_cast<uint32_t>(c - nodes_.data()) : kNoNode;
  }
  return kNoNode;
}

void JiebaSegmenter::CutForSearch(std::u32string_view text, Scratch& s, std::vector<WordSpan>& out) const {
  const size_t n = text.size();
  if (n == 0) return;
  if (s.ids.size() < n) {
    s.ids.resize(n);
    s.route_weight.resize(n);
    s.route_length.resize(n);
    s.short_words.resize(n);
  }
  for (size_t i = 0; i < n; ++i) s.ids[i] = IdOf(text[i]);
  // cppjieba's PreFilter: pieces between separators, each separator alone.
  for (size_t i = 0; i < n;) {
    size_t end = i + 1;
    if (!IsSeparator(text[i])) {
      while (end < n && !IsSeparator(text[end])) ++end;
    }
    CutPiece(text, i, end, s, out);
    i = end;
  }
}

// The DAG's best route from each position to the end of the piece, right to
// left (cppjieba's Trie::Find into Dags, then MPSegment::CalcDP): at each
// position the candidates are the single character (its weight if it is a
// word, else the dictionary's least) and every longer word starting there,
// in order of length; a later one wins only if strictly better.
void JiebaSegmenter::Route(size_t begin, size_t end, Scratch& s) const {
  for (size_t i = end; i-- > begin;) {
    uint32_t node = root_child_[s.ids[i]];
    double best = kMinDouble;
    uint32_t best_length = 1;
    {
      double val = 0.0;
      if (i + 1 < end) val += s.route_weight[i + 1];
      val += (node != kNoNode && nodes_[node].is_word) ? nodes_[node].weight : min_weight_;
      if (val > best) best = val;
    }
    uint8_t short_words = 0;
    for (size_t j = i + 1; node != kNoNode && j < end && j - i + 1 <= kMaxWordLength; ++j) {
      node = Child(node, s.ids[j]);
      if (node == kNoNode) break;
      const Node& word = nodes_[node];
      if (!word.is_word) continue;
      if (j == i + 1) short_words |= 1;
      if (j == i + 2) short_words |= 2;
      double val = 0.0;
      if (j + 1 < end) val += s.route_weight[j + 1];
      val += word.weight;
      if (val > best) {
        best = val;
        best_length = static_cast<uint32_t>(j - i + 1);
      }
    }
    s.route_weight[i] = best;
    s.route_length[i] = best_length;
    s.short_words[i] = short_words;
  }
}

void JiebaSegmenter::CutPiece(std::u32string_view text, size_t begin, size_t end, Scratch& s,
                              std::vector<WordSpan>& out) const {
  Route(begin, end, s);
  // MixSegment: words of the route as they are, stretches of single
  // characters through the HMM.
  s.words.clear();
  for (size_t i = begin; i < end;) {
    if (s.route_length[i] > 1) {
      s.words.push_back({static_cast<uint32_t>(i), s.route_length[i]});
      i += s.route_length[i];
      continue;
    }
    size_t j = i + 1;
    while (j < end && s.route_length[j] == 1) ++j;
    CutHmm(text, i, j, s);
    i = j;
  }
  // QuerySegment: each word's two- and three-character dictionary words
  // first, then the word.
  for (const WordSpan& w : s.words) {
    if (w.length > 2) {
      for (uint32_t k = w.begin; k + 1 < w.begin + w.length; ++k) {
        if (s.short_words[k] & 1) out.push_back({k, 2});
      }
    }
    if (w.length > 3) {
      for (uint32_t k = w.begin; k + 2 < w.begin + w.length; ++k) {
        if (s.short_words[k] & 2) out.push_back({k, 3});
      }
    }
    out.push_back(w);
  }
}

// HMMSegment::Cut: ASCII letters (then letters and digits) and numbers (digits
// and dots) whole, any other ASCII character alone, the rest by Viterbi.
void JiebaSegmenter::CutHmm(std::u32string_view text, size_t begin, size_t end, Scratch& s) const {
  size_t left = begin;
  size_t right = begin;
  while (right < end) {
    if (text[right] >= 0x80) {
      ++right;
      continue;
    }
    if (left != right) Viterbi(left, right, s);
    left = right;
    if (IsAsciiLetter(text[left])) {
      ++right;
      while (right < end && (IsAsciiLetter(text[right]) || IsAsciiDigit(text[right]))) ++right;
    } else if (IsAsciiDigit(text[left])) {
      ++right;
      while (right < end && (IsAsciiDigit(text[right]) || text[right] == '.')) ++right;
    } else {
      ++right;
    }
    s.words.push_back({static_cast<uint32_t>(left), static_cast<uint32_t>(right - left)});
    left = right;
  }
  if (left != right) Viterbi(left, right, s);
}

// HMMSegment::Viterbi and InternalCut over B/E/M/S, with cppjieba's sums in
// cppjieba's order; a word ends at each E or S.
void JiebaSegmenter::Viterbi(size_t begin, size_t end, Scratch& s) const {
  const size_t x_count = end - begin;
  if (s.viterbi_weight.size() < x_count) {
    s.viterbi_weight.resize(x_count);
    s.viterbi_path.resize(x_count);
  }
  auto& weight = s.viterbi_weight;
  auto& path = s.viterbi_path;
  {
    const auto& emit = emit_[s.ids[begin]];
    for (int y = 0; y < 4; ++y) weight[0][y] = start_[y] + emit[y];
  }
  for (size_t x = 1; x < x_count; ++x) {
    const auto& emit = emit_[s.ids[begin + x]];
    for (int y = 0; y < 4; ++y) {
      double best = kMinDouble;
      uint8_t from = kE;
      for (int py = 0; py < 4; ++py) {
        double tmp = weight[x - 1][py] + trans_[py][y] + emit[y];
        if (tmp > best) {
          best = tmp;
          from = static_cast<uint8_t>(py);
        }
      }
      weight[x][y] = best;
      path[x][y] = from;
    }
  }
  uint8_t state = weight[x_count - 1][kE] >= weight[x_count - 1][kS] ? kE : kS;
  s.states.resize(x_count);
  for (size_t x = x_count; x-- > 0;) {
    s.states[x] = state;
    if (x > 0) state = path[x][state];
  }
  size_t left = 0;
  for (size_t x = 0; x < x_count; ++x) {
    if (s.states[x] == kE || s.states[x] == kS) {
      s.words.push_back({static_cast<uint32_t>(begin + left), static_cast<uint32_t>(x + 1 - left)});
      left = x + 1;
    }
  }
}

}  // namespace wenyuan::text
