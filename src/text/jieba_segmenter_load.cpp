// Loading jieba's dictionary and HMM model into JiebaSegmenter's flat tables.
// Every number is computed as cppjieba computes it (atof, the frequencies
// summed in file order, log(freq / sum), the last of two equal words wins),
// so the segmenter's sums and comparisons come out bit for bit the same.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>

#include "text/jieba_segmenter.h"
#include "util/file_io.h"

namespace wenyuan::text {
namespace {

constexpr double kMinDouble = -3.14e+100;  // cppjieba's MIN_DOUBLE
constexpr uint64_t kMaxDataFileBytes = 512ull << 20;

// cppjieba's DecodeUTF8ToRune: lenient (continuation bytes are not checked),
// so a dictionary word decodes to the same code points it gives cppjieba.
// Returns the length, 0 where cppjieba fails.
size_t DecodeRuneLikeJieba(std::string_view s, size_t pos, char32_t& rune) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t left = s.size() - pos;
  if (!(p[0] & 0x80)) {
    rune = p[0] & 0x7F;
    return 1;
  }
  if (p[0] <= 0xDF && left > 1) {
    rune = (char32_t{p[0] & 0x1Fu} << 6) | (p[1] & 0x3Fu);
    return 2;
  }
  if (p[0] <= 0xEF && left > 2) {
    rune = (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
    return 3;
  }
  if (p[0] <= 0xF7 && left > 3) {
    rune = (char32_t{p[0] & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) | (char32_t{p[2] & 0x3Fu} << 6) |
           (p[3] & 0x3Fu);
    return 4;
  }
  return 0;
}

// All code points of `s`, or false (and none) where cppjieba's decoder fails.
bool DecodeLikeJieba(std::string_view s, std::u32string& out) {
  out.clear();
  for (size_t pos = 0; pos < s.size();) {
    char32_t rune = 0;
    size_t len = DecodeRuneLikeJieba(s, pos, rune);
    if (len == 0) {
      out.clear();
      return false;
    }
    out.push_back(rune);
    pos += len;
  }
  return true;
}

// limonp::Split: pieces between any of `separators`; a trailing empty piece
// is dropped, inner ones are kept.
void SplitLikeLimonp(std::string_view s, std::string_view separators, std::vector<std::string_view>& out) {
  out.clear();
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of(separators, start);
    if (end == std::string_view::npos) {
      out.push_back(s.substr(start));
      return;
    }
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
}

// atof of one field (which stops where the field stops).
double Atof(std::string_view field, std::string& buffer) {
  buffer.assign(field);
  return std::atof(buffer.c_str());
}

// std::getline's lines: split at '\n', no empty line after a final '\n'.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  size_t line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    f(text.substr(pos, end - pos), ++line_no);
    pos = end + 1;
  }
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

class JiebaSegmenter::Builder {
 public:
  explicit Builder(JiebaSegmenter& seg) : seg_(seg) { seg_.bmp_ids_.assign(0x10000, 0); }

  Status LoadDictionary(const std::filesystem::path& path) {
    WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, kMaxDataFileBytes));
    const std::string where = path.string();
    dict_file_ = where;
    std::vector<std::string_view> fields;
    std::string buffer;
    std::u32string runes;
    std::vector<double> freqs;
    Status status;
    ForEachLine(text, [&](std::string_view line, size_t line_no) {
      if (!status.ok()) return;
      SplitLikeLimonp(line, " ", fields);
      if (fields.size() != 3) {
        status = Status::Corruption(where + ": line " + std::to_string(line_no) +
                                    ": expected 'word frequency tag', got '" + std::string(line) + "'");
        return;
      }
      double freq = Atof(fields[1], buffer);
      if (!(freq > 0)) {
        status = Status::Corruption(where + ": line " + std::to_string(line_no) + ": frequency must be positive");
        return;
      }
      freqs.push_back(freq);
      if (DecodeLikeJieba(fields[0], runes) && !runes.empty()) {
        keys_.push_back({static_cast<uint32_t>(key_ids_.size()), static_cast<uint32_t>(runes.size()),
                         static_cast<uint32_t>(freqs.size() - 1)});
        for (char32_t r : runes) key_ids_.push_back(AssignId(r));
      }
    });
    WY_RETURN_IF_ERROR(status);
    if (freqs.empty()) return Status::Corruption(where + ": no words");
    double sum = 0.0;
    for (double f : freqs) sum += f;
    weights_.resize(freqs.size());
    double min_weight = 0;
    for (size_t i = 0; i < freqs.size(); ++i) {
      weights_[i] = std::log(freqs[i] / sum);
      min_weight = i == 0 ? weights_[i] : std::min(min_weight, weights_[i]);
    }
    seg_.min_weight_ = min_weight;
    return Status::Ok();
  }

  Status LoadHmm(const std::filesystem::path& path) {
    WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, kMaxDataFileBytes));
    const std::string where = path.string();
    std::vector<std::pair<std::string_view, size_t>> lines;  // cppjieba's GetLine: trimmed, no comments
    ForEachLine(text, [&](std::string_view line, size_t line_no) {
      line = TrimSpace(line);
      if (!line.empty() && line.front() != '#') lines.emplace_back(line, line_no);
    });
    if (lines.size() < 9)
      return Status::Corruption(where + ": expected 9 lines of HMM model, got " + std::to_string(lines.size()));
    auto bad = [&](size_t i, const std::string& what) {
      return Status::Corruption(where + ": line " + std::to_string(lines[i].second) + ": " + what);
    };
    std::vector<std::string_view> fields, pair;
    std::string buffer;
    for (size_t row = 0; row < 5; ++row) {
      SplitLikeLimonp(lines[row].first, " ", fields);
      if (fields.size() != 4) return bad(row, "expected 4 numbers");
      for (size_t j = 0; j < 4; ++j) {
        double v = Atof(fields[j], buffer);
        if (row == 0) {
          seg_.start_[j] = v;
        } else {
          seg_.trans_[row - 1][j] = v;
        }
      }
    }
    std::u32string runes;
    for (size_t state = 0; state < 4; ++state) {
      const size_t row = 5 + state;
      SplitLikeLimonp(lines[row].first, ",", fields);
      for (std::string_view f : fields) {
        SplitLikeLimonp(f, ":", pair);
        if (pair.size() != 2) return bad(row, "expected 'char:probability', got '" + std::string(f) + "'");
        if (!DecodeLikeJieba(pair[0], runes) || runes.size() != 1) {
          return bad(row, "expected one character before ':', got '" + std::string(pair[0]) + "'");
        }
        emissions_.push_back({AssignId(runes[0]), static_cast<uint32_t>(state), Atof(pair[1], buffer)});
      }
    }
    return Status::Ok();
  }

  Status Finish() {
    const size_t id_count = next_id_;
    seg_.astral_ids_.assign(astral_.begin(), astral_.end());
    seg_.emit_.assign(id_count, {kMinDouble, kMinDouble, kMinDouble, kMinDouble});
    for (const Emission& e : emissions_) seg_.emit_[e.id][e.state] = e.value;  // the last one wins, as in a map
    seg_.root_child_.assign(id_count, kNoNode);
    return BuildTrie();
  }

 private:
  struct Key {
    uint32_t begin;  // into key_ids_
    uint32_t length;
    uint32_t line;  // into weights_
  };
  struct Emission {
    uint32_t id;
    uint32_t state;
    double value;
  };

  uint32_t AssignId(char32_t cp) {
    if (cp < 0x10000) {
      uint32_t& id = seg_.bmp_ids_[cp];
      if (id == 0) id = next_id_++;
      return id;
    }
    auto [it, inserted] = astral_.emplace(cp, next_id_);
    if (inserted) ++next_id_;
    return it->second;
  }

  // Nodes in breadth-first order from the keys sorted by their ids (equal
  // keys by line, so the last line's weight is the one kept).
  Status BuildTrie() {
    std::vector<uint32_t> order(keys_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
    const uint32_t* ids = key_ids_.data();
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      const Key& ka = keys_[a];
      const Key& kb = keys_[b];
      const uint32_t n = std::min(ka.length, kb.length);
      for (uint32_t i = 0; i < n; ++i) {
        if (ids[ka.begin + i] != ids[kb.begin + i]) return ids[ka.begin + i] < ids[kb.begin + i];
      }
      if (ka.length != kb.length) return ka.length < kb.length;
      return ka.line < kb.line;
    });
    struct Pending {
      uint32_t lo, hi, depth;  // the keys of `order` below the node, and its depth
    };
    std::vector<Node>& nodes = seg_.nodes_;
    std::vector<Pending> pending;
    nodes.reserve(keys_.size() * 3 / 2);
    pending.reserve(keys_.size() * 3 / 2);
    nodes.push_back(Node{});
    pending.push_back({0, static_cast<uint32_t>(order.size()), 0});
    for (size_t n = 0; n < nodes.size(); ++n) {
      const Pending p = pending[n];
      uint32_t k = p.lo;
      // Keys that end here come first (a prefix sorts before); the last wins.
      while (k < p.hi && keys_[order[k]].length == p.depth) ++k;
      if (k > p.lo) {
        nodes[n].is_word = 1;
        nodes[n].weight = weights_[keys_[order[k - 1]].line];
        ++seg_.word_count_;
      }
      const auto first_child = static_cast<uint32_t>(nodes.size());
      while (k < p.hi) {
        const uint32_t label = ids[keys_[order[k]].begin + p.depth];
        uint32_t e = k + 1;
        while (e < p.hi && ids[keys_[order[e]].begin + p.depth] == label) ++e;
        if (n == 0) seg_.root_child_[label] = static_cast<uint32_t>(nodes.size());
        Node child;
        child.label = label;
        nodes.push_back(child);
        pending.push_back({k, e, p.depth + 1});
        k = e;
      }
      if (nodes.size() > kMaxNodes) return Status::Corruption(dict_file_ + ": too many words for one trie");
      nodes[n].first_child = first_child;
      const auto child_count = static_cast<uint32_t>(nodes.size()) - first_child;
      nodes[n].child_count = child_count > kMaxScannedChildren ? kWideChildren : child_count;
      child_counts_.push_back(child_count);
    }
    nodes.shrink_to_fit();
    BuildWideChildren();
    return Status::Ok();
  }

  void BuildWideChildren() {
    const std::vector<Node>& nodes = seg_.nodes_;
    size_t entries = 0;
    for (uint32_t count : child_counts_) {
      if (count > kMaxScannedChildren) entries += count;
    }
    size_t size = 16;
    while (size < entries * 2) size *= 2;
    seg_.wide_children_.assign(size, {0, kNoNode});
    seg_.wide_mask_ = size - 1;
    for (size_t node = 0; node < nodes.size(); ++node) {
      const Node& n = nodes[node];
      if (n.child_count != kWideChildren) continue;
      for (uint32_t c = n.first_child; c < n.first_child + child_counts_[node]; ++c) {
        const uint64_t key = (uint64_t{node} << 32) | nodes[c].label;
        uint64_t slot = seg_.WideSlot(key);
        while (seg_.wide_children_[slot].first != 0) slot = (slot + 1) & seg_.wide_mask_;
        seg_.wide_children_[slot] = {key, c};
      }
    }
  }

  JiebaSegmenter& seg_;
  uint32_t next_id_ = 1;
  std::map<char32_t, uint32_t> astral_;
  std::vector<uint32_t> key_ids_;
  std::vector<Key> keys_;
  std::string dict_file_;
  std::vector<double> weights_;         // per dictionary line
  std::vector<uint32_t> child_counts_;  // per node, while the trie is built
  std::vector<Emission> emissions_;
};

Result<std::unique_ptr<const JiebaSegmenter>> JiebaSegmenter::Load(const std::filesystem::path& dict_file,
                                                                   const std::filesystem::path& hmm_file) {
  std::unique_ptr<JiebaSegmenter> seg(new JiebaSegmenter());
  Builder builder(*seg);
  WY_RETURN_IF_ERROR(builder.LoadDictionary(dict_file));
  WY_RETURN_IF_ERROR(builder.LoadHmm(hmm_file));
  WY_RETURN_IF_ERROR(builder.Finish());
  return std::unique_ptr<const JiebaSegmenter>(std::move(seg));
}

}  // namespace wenyuan::text
