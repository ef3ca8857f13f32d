#include "index/segment_merger.h"

#include <algorithm>
#include <cstddef>

namespace wenyuan::index {

Result<MergedSegment> MergeSegments(const std::vector<SnapshotSegment>& inputs, const std::filesystem::path& dir,
                                    const std::string& name) {
  std::vector<std::vector<uint32_t>> doc_map(inputs.size());
  std::vector<DocValues> values;
  SegmentTitles titles;  // kept only if every input has them
  bool with_titles = true;
  for (const auto& seg : inputs) with_titles = with_titles && seg.reader->has_titles();
  for (size_t i = 0; i < inputs.size(); ++i) {
    const auto& seg = inputs[i];
    doc_map[i].assign(seg.reader->doc_count(), kNoMoreDocs);
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (!seg.IsLive(d)) continue;
      doc_map[i][d] = static_cast<uint32_t>(values.size());
      WY_ASSIGN_OR_RETURN(DocValues v, seg.reader->Doc(d));
      values.push_back(v);
      if (with_titles) {
        WY_ASSIGN_OR_RETURN(std::string_view title, seg.reader->Title(d));
        titles.Add(title);
      }
    }
  }
  const auto merged_docs = static_cast<uint32_t>(values.size());
  SegmentWriter writer(std::move(values), std::move(titles));
  WY_RETURN_IF_ERROR(writer.StreamTo(dir, name));
  std::vector<TermDictionary::Iterator> terms;
  std::vector<bool> valid;
  for (const auto& seg : inputs) {
    terms.push_back(seg.reader->Seek(""));
    valid.push_back(terms.back().Next());
    if (!terms.back().status().ok())
      return Status::Corruption("corrupt segment " + seg.reader->name() + ": " + terms.back().status().message());
  }
  // One term's merged postings, reused: each posting's positions are the
  // input's bytes, copied (they do not depend on the document's number).
  EncodedPostings postings;
  size_t terms_merged = 0;
  uint64_t bytes_read = 0;
  auto file_offset = [](const TermInfo& info) { return info.postings_offset + info.positions_offset; };
  while (true) {
    if (++terms_merged % kMergeReleaseTerms == 0 || bytes_read >= kMergeReleaseBytes) {
      for (const auto& seg : inputs) seg.reader->ReleasePages();
      bytes_read = 0;
    }
    const std::string* min_key = nullptr;
    for (size_t i = 0; i < terms.size(); ++i) {
      if (valid[i] && (!min_key || terms[i].key() < *min_key)) min_key = &terms[i].key();
    }
    if (!min_key) break;
    const std::string key = *min_key;
    postings.clear();
    for (size_t i = 0; i < terms.size(); ++i) {
      if (!valid[i] || terms[i].key() != key) continue;
      PostingsCursor cursor = inputs[i].reader->Cursor(terms[i].info());
      for (uint32_t d = cursor.doc(); d != kNoMoreDocs; d = cursor.Next()) {
        if (doc_map[i][d] == kNoMoreDocs) continue;
        const uint32_t tf = cursor.tf();
        const std::string_view positions = cursor.EncodedPositions();
        if (!cursor.status().ok()) break;
        postings.Add(doc_map[i][d], tf, positions);
      }
      if (!cursor.status().ok()) {
        return Status::Corruption("corrupt segment " + inputs[i].reader->name() + ": " + cursor.status().message());
      }
      const uint64_t before = file_offset(terms[i].info());
      valid[i] = terms[i].Next();
      if (valid[i] && file_offset(terms[i].info()) > before) bytes_read += file_offset(terms[i].info()) - before;
      if (!terms[i].status().ok()) {
        return Status::Corruption("corrupt segment " + inputs[i].reader->name() + ": " + terms[i].status().message());
      }
    }
    writer.AddTerm(key, postings);
  }
  WY_RETURN_IF_ERROR(writer.Finish(dir, name));
  for (const auto& seg : inputs) seg.reader->ReleasePages();
  return MergedSegment{merged_docs, std::move(doc_map)};
}

std::vector<size_t> MergePolicy::Pick(const std::vector<SegmentEntry>& segments) const {
  for (size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    if (s.docs > 0 && s.deleted * 2 > s.docs) return {i};
  }
  const size_t width = std::max<size_t>(segments_per_tier, 2);
  const auto live = [&](size_t i) -> uint64_t { return segments[i].docs - segments[i].deleted; };
  // Each segment's tier, lowered to its left neighbour's where that is
  // lower, so a tier is one run of neighbours however sizes interleave.
  std::vector<int> tier(segments.size());
  for (size_t i = 0; i < segments.size(); ++i) {
    int t = 0;  // counted by multiplying, exact at the boundaries
    for (double bound = static_cast<double>(floor_docs) * tier_factor; static_cast<double>(live(i)) >= bound && t < 64;
         bound *= tier_factor) {
      ++t;
    }
    tier[i] = i > 0 ? std::min(t, tier[i - 1]) : t;
  }
  for (size_t i = 0; i < segments.size();) {
    size_t j = i;
    while (j < segments.size() && tier[j] == tier[i]) ++j;
    for (size_t first = i; first + width <= j; ++first) {
      uint64_t total = 0;
      for (size_t k = first; k < first + width; ++k) total += live(k);
      if (total > max_merge_docs) continue;
      std::vector<size_t> group(width);
      for (size_t k = 0; k < width; ++k) group[k] = first + k;
      return group;
    }
    i = j;
  }
  return {};
}

size_t MergePolicy::MergesUntilDone(std::vector<SegmentEntry> segments, size_t limit) const {
  size_t merges = 0;
  for (; merges < limit; ++merges) {
    const std::vector<size_t> group = Pick(segments);
    if (group.empty()) break;
    SegmentEntry merged;
    for (size_t i : group) merged.docs += segments[i].docs - segments[i].deleted;
    segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(group.front()) + 1,
                   segments.begin() + static_cast<std::ptrdiff_t>(group.back()) + 1);
    if (merged.docs > 0) {
      segments[group.front()] = merged;
    } else {  // every document deleted: a merge leaves no segment
      segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(group.front()));
    }
  }
  return merges;
}

}  // namespace wenyuan::index
