#include "index/segment_buffer.h"

#include <algorithm>

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

}  // namespace

SegmentBuffer::TermPostings& SegmentBuffer::OpenPosting(Field field, std::string_view term, uint32_t d, uint32_t tf) {
  // One key buffer reused: a token whose term is known allocates nothing.
  key_.assign(1, static_cast<char>('0' + static_cast<int>(field)));
  key_.append(term);
  bool added = false;
  const uint32_t id = terms_.FindOrAdd(key_, &added);
  if (added) postings_.emplace_back();
  TermPostings& tp = postings_[id];
  if (tp.count == 0 || tp.last_doc != d) {
    tp.last_doc = d;
    ++tp.count;
    words_.Append(tp.words, d);
    tp.tf_at = words_.Append(tp.words, tf);
    tp.count_at = words_.Append(tp.words, 0);
  }
  return tp;
}

void SegmentBuffer::Add(const IndexDocument& doc) {
  const auto d = static_cast<uint32_t>(values_.size());
  PushCounted(values_, doc.values, bytes_);
  titles_.push_back(doc.title);
  bytes_ += sizeof(std::string) + (doc.title.size() > 15 ? doc.title.size() : 0);
  deleted_.push_back(false);
  for (size_t f = 0; f < kLengthFields; ++f) {
    for (const FieldToken& t : doc.tokens[f]) {
      TermPostings& tp = OpenPosting(static_cast<Field>(f), t.term, d, 0);
      words_.At(tp.tf_at) += t.weight;
      words_.At(tp.count_at) += 1;
      words_.Append(tp.words, t.position);
    }
  }
  for (const std::string& k : doc.keywords) OpenPosting(Field::kKeyword, k, d, 1);
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
  // Term ids in key order.
  std::vector<uint32_t> ids(terms_.size());
  for (uint32_t id = 0; id < ids.size(); ++id) ids[id] = id;
  std::sort(ids.begin(), ids.end(), [this](uint32_t a, uint32_t b) { return terms_.Key(a) < terms_.Key(b); });
  SegmentWriter writer(values_, titles_);
  WY_RETURN_IF_ERROR(writer.StreamTo(dir, name));
  // Grows to the longest postings list and is reused, positions included:
  // no allocation per posting once warm.
  std::vector<Posting> postings;
  for (const uint32_t id : ids) {
    const TermPostings& tp = postings_[id];
    if (postings.size() < tp.count) postings.resize(tp.count);
    WordLists::Reader words(words_, tp.words);
    for (size_t i = 0; i < tp.count; ++i) {
      Posting& p = postings[i];
      p.doc = words.Next();
      p.tf = words.Next();
      p.positions.resize(words.Next());
      for (uint32_t& position : p.positions) position = words.Next();
      std::sort(p.positions.begin(), p.positions.end());
      p.positions.erase(std::unique(p.positions.begin(), p.positions.end()), p.positions.end());
    }
    writer.AddTerm(terms_.Key(id), std::span<const Posting>(postings.data(), tp.count));
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
