#include "index/segment_buffer.h"

#include <algorithm>

#include "index/segment.h"

namespace wenyuan::index {

SegmentBuffer::TermPostings& SegmentBuffer::Term(std::string key) {
  auto it = terms_.find(key);
  if (it != terms_.end()) return it->second;
  bytes_ += key.size() + 96;
  return terms_.emplace(std::move(key), TermPostings{}).first->second;
}

void SegmentBuffer::Add(const IndexDocument& doc) {
  const auto d = static_cast<uint32_t>(values_.size());
  values_.push_back(doc.values);
  titles_.push_back(doc.title);
  bytes_ += doc.title.size();
  deleted_.push_back(false);
  bytes_ += sizeof(DocValues);
  for (size_t f = 0; f < kLengthFields; ++f) {
    for (const FieldToken& t : doc.tokens[f]) {
      TermPostings& tp = Term(TermKey(static_cast<Field>(f), t.term));
      if (tp.postings.empty() || tp.postings.back().doc != d) {
        tp.postings.push_back({d, 0, static_cast<uint32_t>(tp.positions.size()), 0});
        bytes_ += sizeof(RawPosting);
      }
      tp.postings.back().tf += t.weight;
      tp.postings.back().pos_count += 1;
      tp.positions.push_back(t.position);
      bytes_ += sizeof(uint32_t);
    }
  }
  for (const std::string& k : doc.keywords) {
    TermPostings& tp = Term(TermKey(Field::kKeyword, k));
    if (tp.postings.empty() || tp.postings.back().doc != d) {
      tp.postings.push_back({d, 1, static_cast<uint32_t>(tp.positions.size()), 0});
      bytes_ += sizeof(RawPosting);
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
  std::vector<const std::string*> keys;
  keys.reserve(terms_.size());
  for (const auto& [key, tp] : terms_) keys.push_back(&key);
  std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  SegmentWriter writer(values_, titles_);
  std::vector<Posting> postings;
  for (const std::string* key : keys) {
    const TermPostings& tp = terms_.at(*key);
    postings.resize(tp.postings.size());
    for (size_t i = 0; i < tp.postings.size(); ++i) {
      const RawPosting& raw = tp.postings[i];
      Posting& p = postings[i];
      p.doc = raw.doc;
      p.tf = raw.tf;
      p.positions.assign(tp.positions.begin() + raw.pos_begin, tp.positions.begin() + raw.pos_begin + raw.pos_count);
      std::sort(p.positions.begin(), p.positions.end());
      p.positions.erase(std::unique(p.positions.begin(), p.positions.end()), p.positions.end());
    }
    writer.AddTerm(*key, postings);
  }
  WY_RETURN_IF_ERROR(writer.Finish(dir, name));
  DeletionBitmap deletions(docs());
  for (uint32_t d = 0; d < docs(); ++d) {
    if (deleted_[d]) deletions.Delete(d);
  }
  return deletions;
}

void SegmentBuffer::Clear() {
  values_.clear();
  titles_.clear();
  terms_.clear();
  deleted_.clear();
  deleted_count_ = 0;
  bytes_ = 0;
}

}  // namespace wenyuan::index
