#include "index/term_cursor.h"

#include <algorithm>
#include <map>

namespace wenyuan::index {

Result<TermCursor::Located> TermCursor::Locate(const SegmentReader& segment, const std::vector<std::string>& asked) {
  // One-character terms in a segment without their postings: the union of
  // the bigrams that hold the character.
  Located located;
  std::vector<std::string>& keys = located.keys;
  for (const auto& key : asked) {
    // (Keyword terms are never characters: a title key starts like one.)
    if (segment.has_char_terms() || KeyField(key) == Field::kKeyword || !IsCharTerm(std::string_view(key).substr(1))) {
      keys.push_back(key);
      continue;
    }
    WY_ASSIGN_OR_RETURN(
        auto alternatives,
        segment.CharAlternatives(KeyField(key), std::string_view(key).substr(1 + kCharTermPrefix.size())));
    keys.insert(keys.end(), alternatives.begin(), alternatives.end());
  }
  if (keys.size() > 1) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }
  located.blocks.reserve(keys.size());
  for (const auto& key : keys) {
    located.blocks.push_back(segment.LocateTerm(key));
    segment.PrefetchTermBlock(located.blocks.back());
  }
  return located;
}

Result<std::vector<TermInfo>> TermCursor::Resolve(const SegmentReader& segment, const Located& located) {
  std::vector<TermInfo> infos;
  for (size_t i = 0; i < located.keys.size(); ++i) {
    WY_ASSIGN_OR_RETURN(auto info, segment.FindIn(located.blocks[i], located.keys[i]));
    if (!info || info->df == 0) continue;
    segment.PrefetchPostings(*info);
    infos.push_back(*info);
  }
  return infos;
}

Result<std::vector<TermInfo>> TermCursor::Resolve(const SegmentReader& segment, const std::vector<std::string>& keys) {
  WY_ASSIGN_OR_RETURN(auto located, Locate(segment, keys));
  return Resolve(segment, located);
}

Result<TermCursor> TermCursor::Open(const SegmentReader& segment, const std::vector<std::string>& keys) {
  WY_ASSIGN_OR_RETURN(auto infos, Resolve(segment, keys));
  return FromInfos(segment, infos, keys.empty() ? Field::kBigrams : KeyField(keys.front()));
}

Result<TermCursor> TermCursor::FromInfos(const SegmentReader& segment, const std::vector<TermInfo>& infos,
                                         Field field) {
  TermCursor c;
  for (const auto& info : infos) c.alternatives_.push_back(segment.Cursor(info));
  if (infos.size() == 1) {
    c.df_ = infos[0].df;
    c.whole_ = {kNoMoreDocs, infos[0].max_tf, infos[0].min_length};
    return c;
  }
  if (infos.empty()) return c;
  // Union of the alternatives, frequencies summed.
  std::map<uint32_t, uint32_t> tf;
  for (const auto& info : infos) {
    PostingsCursor p = segment.Cursor(info);
    for (uint32_t d = p.doc(); d != kNoMoreDocs; d = p.Next()) tf[d] += p.tf();
    if (!p.status().ok()) return Status::Corruption("corrupt segment " + segment.name() + ": " + p.status().message());
  }
  c.materialized_ = true;
  c.whole_ = {kNoMoreDocs, 0, UINT32_MAX};
  for (const auto& [d, f] : tf) {
    c.docs_.push_back(d);
    c.tfs_.push_back(f);
    c.whole_.max_tf = std::max(c.whole_.max_tf, f);
    c.whole_.min_length = std::min(c.whole_.min_length, segment.Length(d, field));
  }
  c.df_ = c.docs_.size();
  return c;
}

uint32_t TermCursor::Next() {
  if (!materialized_) return alternatives_.empty() ? kNoMoreDocs : alternatives_[0].Next();
  if (at_ < docs_.size()) ++at_;
  return doc();
}

uint32_t TermCursor::AdvanceMaterialized(uint32_t target) {
  if (at_ < docs_.size() && docs_[at_] < target) {
    at_ = static_cast<size_t>(std::lower_bound(docs_.begin() + static_cast<std::ptrdiff_t>(at_), docs_.end(), target) -
                              docs_.begin());
  }
  return doc();
}

uint32_t TermCursor::AdvanceShallow(uint32_t target) {
  if (!materialized_ && alternatives_.size() == 1) return alternatives_[0].AdvanceShallow(target);
  return Advance(target);
}

BlockBound TermCursor::BlockFor(uint32_t target) {
  if (materialized_ || alternatives_.empty()) return whole_;
  const BlockMeta* b = alternatives_[0].BlockFor(target);
  if (!b) return {kNoMoreDocs, 0, UINT32_MAX};
  return {b->last_doc, b->max_tf, b->min_length};
}

void TermCursor::Rewind() {
  at_ = 0;
  for (auto& alt : alternatives_) alt.Rewind();
}

std::vector<uint32_t> TermCursor::Positions() {
  const uint32_t d = doc();
  std::vector<uint32_t> out;
  if (d == kNoMoreDocs) return out;
  for (auto& alt : alternatives_) {
    if (alt.Advance(d) != d) continue;
    const auto& p = alt.Positions();
    out.insert(out.end(), p.begin(), p.end());
  }
  if (alternatives_.size() > 1) std::sort(out.begin(), out.end());
  return out;
}

Status TermCursor::status() const {
  for (const auto& alt : alternatives_) {
    if (!alt.status().ok()) return alt.status();
  }
  return Status::Ok();
}

}  // namespace wenyuan::index
