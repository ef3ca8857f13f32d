#include "index/segment_buffer.h"

#include <algorithm>

#include "index/segment.h"

namespace wenyuan::index {

namespace {

// Heap bytes of a node of the term map, beyond the key's own characters:
// the node (hash, next pointer, key and value objects) and its bucket.
constexpr size_t kTermNodeBytes = 16 + sizeof(std::string) + 2 * sizeof(std::vector<uint32_t>) + 8;

// Appends to `v` and counts what its capacity grew by, so the buffer's size
// is what it has allocated (doubling vectors hold up to twice their size).
template <typename T>
void PushCounted(std::vector<T>& v, T value, size_t& bytes) {
  const size_t before = v.capacity();
  v.push_back(value);
  bytes += (v.capacity() - before) * sizeof(T);
}

}  // namespace

SegmentBuffer::TermPostings& SegmentBuffer::Term(Field field, std::string_view term) {
  // One key buffer reused: a token whose term is known allocates nothing.
  key_.assign(1, static_cast<char>('0' + static_cast<int>(field)));
  key_.append(term);
  auto it = terms_.find(key_);
  if (it != terms_.end()) return it->second;
  bytes_ += kTermNodeBytes + (key_.size() > 15 ? key_.capacity() : 0);
  return terms_.emplace(key_, TermPostings{}).first->second;
}

void SegmentBuffer::Add(const IndexDocument& doc) {
  const auto d = static_cast<uint32_t>(values_.size());
  PushCounted(values_, doc.values, bytes_);
  titles_.push_back(doc.title);
  bytes_ += sizeof(std::string) + (doc.title.size() > 15 ? doc.title.size() : 0);
  deleted_.push_back(false);
  for (size_t f = 0; f < kLengthFields; ++f) {
    for (const FieldToken& t : doc.tokens[f]) {
      TermPostings& tp = Term(static_cast<Field>(f), t.term);
      if (tp.postings.empty() || tp.postings.back().doc != d) {
        PushCounted(tp.postings, RawPosting{d, 0, static_cast<uint32_t>(tp.positions.size()), 0}, bytes_);
      }
      tp.postings.back().tf += t.weight;
      tp.postings.back().pos_count += 1;
      PushCounted(tp.positions, t.position, bytes_);
    }
  }
  for (const std::string& k : doc.keywords) {
    TermPostings& tp = Term(Field::kKeyword, k);
    if (tp.postings.empty() || tp.postings.back().doc != d) {
      PushCounted(tp.postings, RawPosting{d, 1, static_cast<uint32_t>(tp.positions.size()), 0}, bytes_);
    }
  }
}

void SegmentBuffer::DeleteKeyword(std::string_view keyword) {
  auto it = terms_.find(TermKey(Field::kKeyword, keyword));
  if (it == terms_.end()) return;
  for (const auto& p : it->second.postings) {
    if (!deleted_[p.doc]) {
      deleted_[p.doc] = true;
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
  // The map's entries in key order (each found once, not looked up again).
  using Entry = std::pair<const std::string, TermPostings>;
  std::vector<const Entry*> entries;
  entries.reserve(terms_.size());
  for (const auto& entry : terms_) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) { return a->first < b->first; });
  SegmentWriter writer(values_, titles_);
  WY_RETURN_IF_ERROR(writer.StreamTo(dir, name));
  // Grows to the longest postings list and is reused, positions included:
  // no allocation per posting once warm.
  std::vector<Posting> postings;
  for (const Entry* entry : entries) {
    const std::string* key = &entry->first;
    const TermPostings& tp = entry->second;
    if (postings.size() < tp.postings.size()) postings.resize(tp.postings.size());
    for (size_t i = 0; i < tp.postings.size(); ++i) {
      const RawPosting& raw = tp.postings[i];
      Posting& p = postings[i];
      p.doc = raw.doc;
      p.tf = raw.tf;
      p.positions.assign(tp.positions.begin() + raw.pos_begin, tp.positions.begin() + raw.pos_begin + raw.pos_count);
      std::sort(p.positions.begin(), p.positions.end());
      p.positions.erase(std::unique(p.positions.begin(), p.positions.end()), p.positions.end());
    }
    writer.AddTerm(*key, std::span<const Posting>(postings.data(), tp.postings.size()));
  }
  WY_RETURN_IF_ERROR(writer.Finish(dir, name));
  DeletionBitmap deletions(docs());
  for (uint32_t d = 0; d < docs(); ++d) {
    if (deleted_[d]) deletions.Delete(d);
  }
  return deletions;
}

void SegmentBuffer::Clear() {
  // Assigned empty, not cleared: the memory goes back, not just the sizes.
  values_ = {};
  titles_ = {};
  terms_ = {};
  deleted_ = {};
  deleted_count_ = 0;
  bytes_ = 0;
}

}  // namespace wenyuan::index
