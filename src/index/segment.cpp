#include "index/segment.h"

#include <algorithm>

#include "index/byte_coding.h"
#include "util/utf8.h"

namespace wenyuan::index {
namespace {

constexpr size_t kDocRecordBytes = 40;

void EncodeDoc(const DocValues& d, std::string& out) {
  PutFixed64(out, static_cast<uint64_t>(d.passage_id));
  PutFixed64(out, static_cast<uint64_t>(d.document_id));
  PutFixed64(out, d.signature);
  PutFixed32(out, static_cast<uint32_t>(d.date));
  for (uint32_t l : d.length) PutFixed32(out, l);
}

}  // namespace

std::vector<std::string> SegmentFileNames(const std::string& name) {
  return {name + ".dict", name + ".post", name + ".pos", name + ".docs"};
}

void SegmentWriter::AddTerm(std::string_view key, const std::vector<Posting>& postings) {
  if (postings.empty()) return;
  const Field field = KeyField(key);
  auto length_of = [&](uint32_t doc) -> uint32_t {
    return field == Field::kKeyword ? 1 : docs_[doc].length[static_cast<size_t>(field)];
  };
  dict_.Add(key, WritePostings(postings, length_of, post_, pos_));
}

Status SegmentWriter::Finish(const std::filesystem::path& dir, const std::string& name) {
  std::string docs;
  docs.reserve(docs_.size() * kDocRecordBytes + 32);
  std::array<uint64_t, kLengthFields> totals{};
  for (const auto& d : docs_) {
    EncodeDoc(d, docs);
    for (size_t f = 0; f < kLengthFields; ++f) totals[f] += d.length[f];
  }
  PutFixed32(docs, static_cast<uint32_t>(docs_.size()));
  for (uint64_t t : totals) PutFixed64(docs, t);
  WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".post"), "POST", std::move(post_)));
  WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".pos"), "POSN", std::move(pos_)));
  WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".docs"), "DOCS", std::move(docs)));
  return WriteCheckedFile(dir / (name + ".dict"), "DICT", dict_.Finish());
}

Result<std::shared_ptr<const SegmentReader>> SegmentReader::Open(const std::filesystem::path& dir,
                                                                 const std::string& name) {
  std::shared_ptr<SegmentReader> seg(new SegmentReader());
  seg->name_ = name;
  auto open = [&](const char* ext, const char* kind, std::unique_ptr<CheckedFile>& into) -> Status {
    auto f = CheckedFile::Open(dir / (name + ext), kind);
    if (!f.ok()) {
      if (f.status().code() == StatusCode::kNotFound) return f.status();
      return Status::Corruption("corrupt segment " + name + ": " + f.status().message());
    }
    into = std::move(*f);
    return Status::Ok();
  };
  WY_RETURN_IF_ERROR(open(".dict", "DICT", seg->dict_file_));
  WY_RETURN_IF_ERROR(open(".post", "POST", seg->post_));
  WY_RETURN_IF_ERROR(open(".pos", "POSN", seg->pos_));
  WY_RETURN_IF_ERROR(open(".docs", "DOCS", seg->docs_));
  auto corrupt = [&](const std::string& file, const std::string& what) {
    return Status::Corruption("corrupt segment " + name + ": " + (dir / file).string() + ": " + what);
  };
  auto dict = TermDictionary::Open(seg->dict_file_->payload());
  if (!dict.ok()) return corrupt(name + ".dict", dict.status().message());
  seg->dict_ = std::move(*dict);
  std::string_view docs = seg->docs_->payload();
  const size_t trailer = 4 + 8 * kLengthFields;
  if (docs.size() < trailer) return corrupt(name + ".docs", "too short");
  const char* t = docs.data() + docs.size() - trailer;
  seg->doc_count_ = DecodeFixed32(t);
  if (uint64_t{seg->doc_count_} * kDocRecordBytes != docs.size() - trailer) {
    return corrupt(name + ".docs", "document count does not match the size");
  }
  for (size_t f = 0; f < kLengthFields; ++f) seg->total_length_[f] = DecodeFixed64(t + 4 + 8 * f);
  return std::shared_ptr<const SegmentReader>(std::move(seg));
}

DocValues SegmentReader::Doc(uint32_t doc) const {
  DocValues d;
  if (doc >= doc_count_) return d;
  const char* p = docs_->payload().data() + size_t{doc} * kDocRecordBytes;
  d.passage_id = static_cast<int64_t>(DecodeFixed64(p));
  d.document_id = static_cast<int64_t>(DecodeFixed64(p + 8));
  d.signature = DecodeFixed64(p + 16);
  d.date = static_cast<int32_t>(DecodeFixed32(p + 24));
  for (size_t f = 0; f < kLengthFields; ++f) d.length[f] = DecodeFixed32(p + 28 + 4 * f);
  return d;
}

uint32_t SegmentReader::Length(uint32_t doc, Field field) const {
  if (doc >= doc_count_ || field == Field::kKeyword) return 1;
  return DecodeFixed32(docs_->payload().data() + size_t{doc} * kDocRecordBytes + 28 + 4 * static_cast<size_t>(field));
}

Result<std::optional<TermInfo>> SegmentReader::Find(std::string_view key) const {
  auto found = dict_.Find(key);
  if (!found.ok()) return Status::Corruption("corrupt segment " + name_ + ": " + found.status().message());
  return found;
}

Result<std::vector<char32_t>> SegmentReader::PairsEndingWith(Field field, char32_t last) const {
  PairTable& table = pairs_[static_cast<size_t>(field)];
  std::call_once(table.built, [&] {
    const std::string prefix = TermKey(field, "");
    auto it = Seek(prefix);
    while (it.Next()) {
      const std::string& key = it.key();
      if (!key.starts_with(prefix)) break;
      const std::string_view term = std::string_view(key).substr(prefix.size());
      size_t pos = 0;
      const char32_t first = utf8::DecodeNext(term, pos);
      if (pos >= term.size()) continue;
      const char32_t second = utf8::DecodeNext(term, pos);
      if (pos != term.size()) continue;
      table.keys.push_back(static_cast<uint64_t>(second) << 32 | first);
    }
    table.status = it.status();
    std::sort(table.keys.begin(), table.keys.end());
    table.keys.shrink_to_fit();
  });
  WY_RETURN_IF_ERROR(table.status);
  const uint64_t from = static_cast<uint64_t>(last) << 32;
  std::vector<char32_t> out;
  for (auto k = std::lower_bound(table.keys.begin(), table.keys.end(), from);
       k != table.keys.end() && (*k >> 32) == last; ++k) {
    out.push_back(static_cast<char32_t>(*k & 0xffffffffu));
  }
  return out;
}

}  // namespace wenyuan::index
