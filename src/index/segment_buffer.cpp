#include "index/segment_buffer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "index/segment.h"

namespace wenyuan::index {

namespace {

// Appends to `v` and counts what its capacity grew by, so the buffer's size
// is what it has allocated (doubling vectors hold up to twice their size).
template <typename T>
void PushCounted(std::vector<T>& v, T value, size_t& bytes) {
  const size_t before = v.capacity();
  v.push_back(value);
  bytes += (v.capacity() - before) * sizeof(T);
}

// A key's first 8 bytes as a number that orders as the bytes do (missing
// bytes count as 0, so keys that agree there are told apart by the whole).
uint64_t KeyPrefix(std::string_view key) {
  uint64_t prefix = 0;
  for (size_t i = 0; i < 8; ++i) {
    prefix = (prefix << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  }
  return prefix;
}

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// A hash for the per-document table of terms (Local): any hash serves (a
// term's place there is its first occurrence, not its slot), so this one
// reads 8 bytes at a time and mixes once per word, cheaper than the term
// table's HashKey for the short keys most tokens are.
uint64_t LocalHash(std::string_view term) {
  const char* p = term.data();
  size_t n = term.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  for (; n >= 8; n -= 8, p += 8) {
    h = (h ^ Load64(p)) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  if (n >= 4) {
    tail = Load32(p) | (static_cast<uint64_t>(Load32(p + n - 4)) << 32);
  } else {
    for (size_t i = 0; i < n; ++i) tail |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  }
  h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 29);
}

}  // namespace

uint32_t SegmentBuffer::Local(std::string_view term, uint64_t hash) {
  const size_t mask = local_slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const uint32_t s = local_slots_[i];
    if (s == 0) {
      locals_.push_back({term, hash, 0, 0, 0});
      local_slots_[i] = static_cast<uint32_t>(locals_.size());
      return static_cast<uint32_t>(locals_.size()) - 1;
    }
    const LocalTerm& l = locals_[s - 1];
    if (l.hash == hash && l.term == term) return s - 1;
  }
}

void SegmentBuffer::AddField(Field field, const std::vector<FieldToken>& tokens, uint32_t d) {
  if (tokens.empty()) return;
  locals_.clear();
  local_slots_.assign(std::bit_ceil(std::max<size_t>(16, 2 * tokens.size())), 0);
  token_local_.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const uint32_t l = Local(tokens[i].term, LocalHash(tokens[i].term));
    token_local_[i] = l;
    locals_[l].tf += tokens[i].weight;
    ++locals_[l].count;
  }
  // Each term's positions together, in token order.
  uint32_t at = 0;
  for (LocalTerm& l : locals_) {
    l.first = at;
    at += l.count;
    l.count = 0;
  }
  positions_.resize(at);
  for (size_t i = 0; i < tokens.size(); ++i) {
    LocalTerm& l = locals_[token_local_[i]];
    positions_[l.first + l.count++] = tokens[i].position;
  }
  AppendPostings(field, d, /*with_positions=*/true);
}

void SegmentBuffer::AddKeywords(const std::vector<std::string>& keywords, uint32_t d) {
  if (keywords.empty()) return;
  locals_.clear();
  local_slots_.assign(std::bit_ceil(std::max<size_t>(16, 2 * keywords.size())), 0);
  for (const std::string& k : keywords) locals_[Local(k, LocalHash(k))].tf = 1;  // once, however often
  AppendPostings(Field::kKeyword, d, /*with_positions=*/false);
}

void SegmentBuffer::AppendPostings(Field field, uint32_t d, bool with_positions) {
  // The keys first, in one buffer that does not move while they are viewed.
  size_t bytes = 0;
  for (const LocalTerm& l : locals_) bytes += 1 + l.term.size();
  keys_.clear();
  keys_.reserve(bytes);
  hashed_.clear();
  for (const LocalTerm& l : locals_) {
    const size_t begin = keys_.size();
    keys_.push_back(static_cast<char>('0' + static_cast<int>(field)));
    keys_.append(l.term);
    hashed_.push_back(TermTable::HashKey(std::string_view(keys_).substr(begin)));
  }
  // Every term looked up first, in order (ids go by first occurrence), each
  // slot asked for a few terms ahead so the cache misses overlap instead of
  // coming one after the other; then the postings appended, each term's
  // record and last block asked for ahead in the same way.
  constexpr size_t kAhead = 8;
  ids_.resize(locals_.size());
  for (size_t j = 0; j < kAhead && j < hashed_.size(); ++j) terms_.Prefetch(hashed_[j]);
  for (size_t j = 0; j < locals_.size(); ++j) {
    if (j + kAhead < hashed_.size()) terms_.Prefetch(hashed_[j + kAhead]);
    bool added = false;
    ids_[j] = terms_.FindOrAdd(hashed_[j], &added);
    if (added) postings_.emplace_back();
  }
  constexpr size_t kRecordAhead = 8, kBlockAhead = 4;
  for (size_t j = 0; j < kRecordAhead && j < ids_.size(); ++j) __builtin_prefetch(&postings_[ids_[j]]);
  for (size_t j = 0; j < locals_.size(); ++j) {
    if (j + kRecordAhead < ids_.size()) __builtin_prefetch(&postings_[ids_[j + kRecordAhead]]);
    if (j + kBlockAhead < ids_.size()) words_.PrefetchEnd(postings_[ids_[j + kBlockAhead]].words);
    TermPostings& tp = postings_[ids_[j]];
    const LocalTerm& l = locals_[j];
    ++tp.count;
    words_.Append(tp.words, d);
    words_.Append(tp.words, l.tf);
    words_.Append(tp.words, with_positions ? l.count : 0);
    if (with_positions) {
      for (uint32_t p = 0; p < l.count; ++p) words_.Append(tp.words, positions_[l.first + p]);
    }
  }
}

void SegmentBuffer::Add(const IndexDocument& doc) {
  const auto d = static_cast<uint32_t>(values_.size());
  PushCounted(values_, doc.values, bytes_);
  titles_.push_back(doc.title);
  bytes_ += sizeof(std::string) + (doc.title.size() > 15 ? doc.title.size() : 0);
  deleted_.push_back(false);
  for (size_t f = 0; f < kLengthFields; ++f) AddField(static_cast<Field>(f), doc.tokens[f], d);
  AddKeywords(doc.keywords, d);
}

void SegmentBuffer::DeleteKeyword(std::string_view keyword) {
  const std::optional<uint32_t> id = terms_.Find(TermKey(Field::kKeyword, keyword));
  if (!id) return;
  const TermPostings& tp = postings_[*id];
  WordLists::Reader words(words_, tp.words);
  for (uint32_t i = 0; i < tp.count; ++i) {
    const uint32_t d = words.Next();
    words.Next();  // tf
    for (uint32_t n = words.Next(); n > 0; --n) words.Next();
    if (!deleted_[d]) {
      deleted_[d] = true;
      ++deleted_count_;
    }
  }
}

void SegmentBuffer::DeletePassages(const std::unordered_set<int64_t>& passage_ids) {
  for (uint32_t d = 0; d < values_.size(); ++d) {
    if (!deleted_[d] && passage_ids.count(values_[d].passage_id)) {
      deleted_[d] = true;
      ++deleted_count_;
    }
  }
}

Result<DeletionBitmap> SegmentBuffer::Write(const std::filesystem::path& dir, const std::string& name) const {
  // Term ids in key order, sorted by the keys' first 8 bytes (read once,
  // in arena order) and only by whole keys where those agree.
  std::vector<std::pair<uint64_t, uint32_t>> order(terms_.size());
  for (uint32_t id = 0; id < order.size(); ++id) order[id] = {KeyPrefix(terms_.Key(id)), id};
  std::sort(order.begin(), order.end(), [this](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return terms_.Key(a.second) < terms_.Key(b.second);
  });
  SegmentWriter writer(values_, titles_);
  WY_RETURN_IF_ERROR(writer.StreamTo(dir, name));
  // One term's postings, reused: no allocation per posting once warm.
  // Positions go straight from the word lists into their encoding.
  EncodedPostings postings;
  std::vector<uint32_t> positions;
  // Terms come in key order, their postings scattered over the pool: each
  // term's record and first block are asked for ahead of their turn.
  constexpr size_t kRecordAhead = 16, kBlockAhead = 8;
  for (size_t i = 0; i < order.size(); ++i) {
    if (i + kRecordAhead < order.size()) __builtin_prefetch(&postings_[order[i + kRecordAhead].second]);
    if (i + kBlockAhead < order.size()) words_.Prefetch(postings_[order[i + kBlockAhead].second].words.first);
    const uint32_t id = order[i].second;
    const TermPostings& tp = postings_[id];
    postings.clear();
    WordLists::Reader words(words_, tp.words);
    for (size_t k = 0; k < tp.count; ++k) {
      postings.docs.push_back(words.Next());
      postings.tfs.push_back(words.Next());
      positions.resize(words.Next());
      bool ascending = true;  // strictly: as a document's tokens almost always give them
      for (size_t j = 0; j < positions.size(); ++j) {
        positions[j] = words.Next();
        ascending = ascending && (j == 0 || positions[j] > positions[j - 1]);
      }
      if (!ascending) {
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
      }
      EncodePositions(positions, postings.positions);
      postings.position_ends.push_back(postings.positions.size());
    }
    writer.AddTerm(terms_.Key(id), postings);
  }
  WY_RETURN_IF_ERROR(writer.Finish(dir, name));
  DeletionBitmap deletions(docs());
  for (uint32_t d = 0; d < docs(); ++d) {
    if (deleted_[d]) deletions.Delete(d);
  }
  return deletions;
}

void SegmentBuffer::Clear() {
  // Assigned new vectors, not cleared (nor `= {}`, which picks the
  // initializer-list assignment and keeps the capacity): the memory goes
  // back, not just the sizes.
  values_ = std::vector<DocValues>();
  titles_ = std::vector<std::string>();
  terms_.Clear();
  postings_ = std::vector<TermPostings>();
  words_.Clear();
  deleted_ = std::vector<bool>();
  deleted_count_ = 0;
  bytes_ = 0;
}

}  // namespace wenyuan::index
