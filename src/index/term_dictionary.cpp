#include "index/term_dictionary.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "index/byte_coding.h"
#include "index/checked_file.h"

namespace wenyuan::index {
namespace {

constexpr size_t kBlockTerms = 16;

// A key's first kPrefixBytes, zero-padded: a key whose prefix is below
// another's (bytewise) is below it in byte order.
void AppendPrefix(std::string& out, std::string_view key) {
  const size_t n = std::min(key.size(), kPrefixBytes);
  out.append(key.data(), n);
  out.append(kPrefixBytes - n, '\0');
}

// Eight bytes as a number whose order is theirs (bytewise, unsigned).
uint64_t BigEndian64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::little) v = __builtin_bswap64(v);
  return v;
}

}  // namespace

void TermDictionaryWriter::Add(std::string_view key, const TermInfo& info) {
  size_t shared = 0;
  if (count_ % kBlockTerms == 0) {
    block_starts_.push_back(static_cast<uint32_t>(out_.size()));
    AppendPrefix(first_prefixes_, key);
  } else {
    const size_t limit = std::min(key.size(), last_key_.size());
    while (shared < limit && key[shared] == last_key_[shared]) ++shared;
  }
  PutVarint(out_, shared);
  PutLengthPrefixed(out_, key.substr(shared));
  PutVarint(out_, info.df);
  // Offsets grow with the keys: within a block, as deltas from the last.
  const bool first = count_ % kBlockTerms == 0;
  PutVarint(out_, info.postings_offset - (first ? 0 : last_info_.postings_offset));
  PutVarint(out_, info.positions_offset - (first ? 0 : last_info_.positions_offset));
  last_info_ = info;
  PutVarint(out_, info.max_tf);
  PutVarint(out_, info.min_length);
  last_key_.assign(key);
  ++count_;
}

std::string TermDictionaryWriter::Finish() {
  const uint64_t entries_bytes = out_.size();
  for (uint32_t s : block_starts_) PutFixed32(out_, s);
  out_ += first_prefixes_;
  PutFixed32(out_, static_cast<uint32_t>(block_starts_.size()));
  PutFixed64(out_, count_);
  PutFixed64(out_, entries_bytes);
  return std::move(out_);
}

Result<TermDictionary> TermDictionary::Open(std::string_view data, const CheckedFile* file) {
  auto corrupt = [](const char* what) { return Status::Corruption(std::string("term dictionary: ") + what); };
  if (data.size() < 20) return corrupt("too short");
  if (file) WY_RETURN_IF_ERROR(file->Verify(data.size() - 20, data.size()));
  const char* tail = data.data() + data.size() - 20;
  const uint32_t blocks = DecodeFixed32(tail);
  TermDictionary dict;
  dict.count_ = DecodeFixed64(tail + 4);
  const uint64_t entries_bytes = DecodeFixed64(tail + 12);
  // After the entries: the block starts, then (since the prefixes are
  // stored) each block's first-key prefix.
  const uint64_t index_bytes = entries_bytes <= data.size() - 20 ? data.size() - 20 - entries_bytes : 0;
  const bool stored = blocks > 0 && index_bytes == uint64_t{blocks} * (4 + kPrefixBytes);
  if (entries_bytes > data.size() - 20 || (index_bytes != uint64_t{blocks} * 4 && !stored) ||
      dict.count_ > uint64_t{blocks} * kBlockTerms ||
      (blocks > 0 && dict.count_ <= uint64_t{blocks - 1} * kBlockTerms)) {
    return corrupt("bad block index");
  }
  if (file) WY_RETURN_IF_ERROR(file->Verify(entries_bytes, data.size()));
  dict.file_ = file;
  dict.data_ = data;
  dict.entries_ = data.substr(0, entries_bytes);
  dict.block_starts_.resize(blocks);
  for (uint32_t i = 0; i < blocks; ++i) {
    dict.block_starts_[i] = DecodeFixed32(data.data() + entries_bytes + 4ull * i);
    if (dict.block_starts_[i] >= entries_bytes || (i > 0 && dict.block_starts_[i] <= dict.block_starts_[i - 1])) {
      return corrupt("bad block offset");
    }
  }
  if (stored) {
    dict.stored_prefixes_ = data.substr(entries_bytes + 4ull * blocks, uint64_t{blocks} * kPrefixBytes);
    return dict;
  }
  // An older dictionary: the first keys' prefixes, read without their
  // checksums (a lookup confirms the block they point to by verified first
  // keys, BlockFor).
  dict.read_prefixes_.reserve(uint64_t{blocks} * kPrefixBytes);
  for (uint32_t i = 0; i < blocks; ++i) {
    ByteReader r(dict.entries_.substr(dict.block_starts_[i]));
    uint64_t shared = 0;
    std::string_view key;
    if (!r.GetVarint(shared) || shared != 0 || !r.GetLengthPrefixed(key)) {
      dict.read_prefixes_.clear();
      break;
    }
    AppendPrefix(dict.read_prefixes_, key);
  }
  return dict;
}

Status TermDictionary::Damage(size_t offset) const {
  if (file_) WY_RETURN_IF_ERROR(file_->Verify(offset, offset + 1024));
  return Status::Corruption("term dictionary: bad entry");
}

bool TermDictionary::DecodeEntry(size_t& offset, std::string& key, TermInfo& info) const {
  if (offset >= entries_.size()) return false;
  const size_t start = offset;
  ByteReader r(entries_.substr(offset));
  uint64_t shared = 0, df = 0, max_tf = 0, min_len = 0, post = 0, pos = 0;
  std::string_view suffix;
  if (!r.GetVarint(shared) || shared > key.size() || !r.GetLengthPrefixed(suffix) || !r.GetVarint(df) ||
      !r.GetVarint(post) || !r.GetVarint(pos) || !r.GetVarint(max_tf) || !r.GetVarint(min_len) || df > UINT32_MAX ||
      max_tf > UINT32_MAX || min_len > UINT32_MAX) {
    return false;
  }
  // The first entry of a block (key empty before it) holds whole offsets.
  const bool first = key.empty();
  info.postings_offset = post + (first ? 0 : info.postings_offset);
  info.positions_offset = pos + (first ? 0 : info.positions_offset);
  key.resize(shared);
  key.append(suffix);
  info.df = static_cast<uint32_t>(df);
  info.max_tf = static_cast<uint32_t>(max_tf);
  info.min_length = static_cast<uint32_t>(min_len);
  offset = static_cast<size_t>(r.position() - entries_.data());
  return !file_ || file_->Verify(start, offset).ok();
}

bool TermDictionary::FirstKey(size_t offset, std::string_view& key) const {
  if (offset >= entries_.size()) return false;
  ByteReader r(entries_.substr(offset));
  uint64_t shared = 0;
  if (!r.GetVarint(shared) || shared != 0 || !r.GetLengthPrefixed(key)) return false;
  return !file_ || file_->Verify(offset, static_cast<size_t>(r.position() - entries_.data())).ok();
}

size_t TermDictionary::BlockFor(std::string_view key) const {
  // First keys are whole (shared = 0), so they are read in place.
  size_t lo = 0, hi = block_starts_.size();  // answer in [lo, hi)
  const std::string_view prefixes = this->prefixes();
  if (!prefixes.empty()) {
    // A block whose prefix is below the key's begins below the key, one
    // whose prefix is above begins above it; equal prefixes need the keys.
    std::array<char, kPrefixBytes> p{};  // the key's prefix, zero-padded
    std::copy_n(key.begin(), std::min(key.size(), kPrefixBytes), p.begin());
    // Compared as two big-endian 64-bit numbers: their order is the bytes'.
    static_assert(kPrefixBytes == 16);
    const uint64_t key_high = BigEndian64(p.data()), key_low = BigEndian64(p.data() + 8);
    auto compare = [&](size_t block) {
      const char* at = prefixes.data() + block * kPrefixBytes;
      const uint64_t high = BigEndian64(at);
      if (high != key_high) return high < key_high ? -1 : 1;
      const uint64_t low = BigEndian64(at + 8);
      return low == key_low ? 0 : low < key_low ? -1 : 1;
    };
    // The first block in [first, first + n) where `holds` is false (it
    // holds for a leading run of them), by binary search.
    auto first_where_not = [](auto holds, size_t first, size_t n) {
      while (n > 0) {
        const size_t half = n / 2;
        if (holds(first + half)) {
          first += half + 1;
          n -= half + 1;
        } else {
          n = half;
        }
      }
      return first;
    };
    // The first block whose prefix is >= p, and the first one > p: the
    // latter galloped to from the former (the blocks whose prefix is p are
    // few, mostly none), not searched for again from the whole range.
    const size_t blocks = block_starts_.size();
    const size_t below = first_where_not([&](size_t b) { return compare(b) < 0; }, 0, blocks);
    size_t above = below;
    for (size_t step = 1; above < blocks && compare(above) == 0; step *= 2) {
      const size_t next = std::min(blocks, above + step);
      if (next == blocks || compare(next) != 0) {
        above = first_where_not([&](size_t b) { return compare(b) <= 0; }, above + 1, next - above - 1);
        break;
      }
      above = next;
    }
    lo = below > 0 ? below - 1 : 0;
    hi = std::max(above, lo + 1);
    // Stored prefixes were verified with the dictionary's tail at open, and
    // a prefix below (above) the key's belongs to a first key below (above)
    // the key. Prefixes read from an older dictionary's blocks were not:
    // there the answer's own first key and the next one's, verified, must
    // agree (prefixes read from damaged bytes otherwise fall back to the
    // search over every block, which meets the damage).
    if (stored_prefixes_.empty()) {
      std::string_view first;
      const bool low_ok = lo == 0 || (FirstKey(block_starts_[lo], first) && first <= key);
      const bool high_ok = hi == block_starts_.size() || (FirstKey(block_starts_[hi], first) && first > key);
      if (!low_ok || !high_ok) lo = 0, hi = block_starts_.size();
    }
  }
  while (hi - lo > 1) {
    const size_t mid = (lo + hi) / 2;
    std::string_view first;
    if (!FirstKey(block_starts_[mid], first)) return mid;  // damage shows when scanning
    if (std::string_view(first) <= key)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

void TermDictionary::PrefetchBlock(size_t block) const {
  if (!file_ || block >= block_starts_.size()) return;
  const uint64_t begin = static_cast<uint64_t>(entries_.data() - file_->payload().data()) + block_starts_[block];
  const uint64_t end = block + 1 < block_starts_.size() ? begin + (block_starts_[block + 1] - block_starts_[block])
                                                        : begin + (entries_.size() - block_starts_[block]);
  file_->Prefetch(begin, end);
}

Result<std::optional<TermInfo>> TermDictionary::FindIn(size_t block, std::string_view key) const {
  if (block >= block_starts_.size()) return std::optional<TermInfo>();
  size_t offset = block_starts_[block];
  std::string k;
  TermInfo info;
  for (size_t i = 0; i < kBlockTerms && block * kBlockTerms + i < count_; ++i) {
    const size_t at = offset;
    if (!DecodeEntry(offset, k, info)) return Damage(at);
    if (k == key) return std::optional<TermInfo>(info);
    if (std::string_view(k) > key) break;
  }
  return std::optional<TermInfo>();
}

TermDictionary::Iterator TermDictionary::Seek(std::string_view from) const {
  Iterator it;
  it.dict_ = this;
  it.from_.assign(from);
  if (block_starts_.empty()) {
    it.offset_ = entries_.size();
    return it;
  }
  const size_t block = BlockFor(from);
  it.offset_ = block_starts_[block];
  it.in_block_ = 0;
  return it;
}

bool TermDictionary::Iterator::Next() {
  while (dict_ && offset_ < dict_->entries_.size()) {
    if (in_block_ == kBlockTerms) in_block_ = 0;
    if (in_block_ == 0) key_.clear();
    const size_t at = offset_;
    if (!dict_->DecodeEntry(offset_, key_, info_)) {
      status_ = dict_->Damage(at);
      return false;
    }
    ++in_block_;
    if (key_ < from_) continue;
    return true;
  }
  return false;
}

}  // namespace wenyuan::index
