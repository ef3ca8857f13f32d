#include "index/segment.h"

#include <algorithm>

#include "index/byte_coding.h"
#include "index/length_columns.h"
#include "util/utf8.h"

namespace wenyuan::index {
namespace {

void EncodeDoc(const DocValues& d, std::string& out) {
  PutFixed64(out, static_cast<uint64_t>(d.passage_id));
  PutFixed64(out, static_cast<uint64_t>(d.document_id));
  PutFixed64(out, d.signature);
  PutFixed32(out, static_cast<uint32_t>(d.date));
  for (uint32_t l : d.length) PutFixed32(out, l);
}

}  // namespace

std::vector<std::string> SegmentFileNames(const std::string& name) {
  return {name + ".dict", name + ".post", name + ".pos", name + ".docs", name + ".len", name + ".ttl"};
}

// Streamed postings and positions are written out in pieces of this size.
constexpr size_t kStreamPieceBytes = size_t{1} << 20;

SegmentWriter::SegmentWriter(std::vector<DocValues> docs, const std::vector<std::string>& titles)
    : docs_(std::move(docs)) {
  size_t bytes = 0;
  for (const auto& t : titles) bytes += t.size();
  titles_.bytes.reserve(bytes);
  titles_.starts.reserve(titles.size());
  for (const auto& t : titles) titles_.Add(t);
}

Status SegmentWriter::StreamTo(const std::filesystem::path& dir, const std::string& name) {
  WY_ASSIGN_OR_RETURN(post_file_, CheckedFileWriter::Create(dir / (name + ".post"), "POST"));
  WY_ASSIGN_OR_RETURN(pos_file_, CheckedFileWriter::Create(dir / (name + ".pos"), "POSN"));
  return Status::Ok();
}

void SegmentWriter::AddTerm(std::string_view key, std::span<const Posting> postings) {
  if (postings.empty()) return;
  const Field field = KeyField(key);
  auto length_of = [&](uint32_t doc) -> uint32_t {
    return field == Field::kKeyword ? 1 : docs_[doc].length[static_cast<size_t>(field)];
  };
  Added(key, WritePostings(postings, length_of, post_, pos_));
}

void SegmentWriter::AddTerm(std::string_view key, const EncodedPostings& postings) {
  if (postings.size() == 0) return;
  const Field field = KeyField(key);
  auto length_of = [&](uint32_t doc) -> uint32_t {
    return field == Field::kKeyword ? 1 : docs_[doc].length[static_cast<size_t>(field)];
  };
  Added(key, WritePostings(postings, length_of, post_, pos_));
}

void SegmentWriter::Added(std::string_view key, TermInfo info) {
  info.postings_offset += post_base_;
  info.positions_offset += pos_base_;
  dict_.Add(key, info);
  if (post_file_ && stream_status_.ok() && post_.size() + pos_.size() >= kStreamPieceBytes) {
    stream_status_ = post_file_->Append(post_);
    if (stream_status_.ok()) stream_status_ = pos_file_->Append(pos_);
    post_base_ += post_.size();
    pos_base_ += pos_.size();
    post_.clear();
    pos_.clear();
  }
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
  WY_RETURN_IF_ERROR(stream_status_);
  if (post_file_) {
    WY_RETURN_IF_ERROR(post_file_->Append(post_));
    WY_RETURN_IF_ERROR(pos_file_->Append(pos_));
    post_.clear();
    pos_.clear();
    WY_RETURN_IF_ERROR(post_file_->Finish());
    WY_RETURN_IF_ERROR(pos_file_->Finish());
  } else {
    WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".post"), "POST", std::move(post_)));
    WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".pos"), "POSN", std::move(pos_)));
  }
  WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".docs"), "DOCS", std::move(docs)));
  WY_RETURN_IF_ERROR(WriteCheckedFile(dir / (name + ".len"), "LENS", EncodeLengthColumns(docs_)));
  if (titles_.size() > 0 && titles_.size() == docs_.size()) {
    // The titles' bytes, then where each starts (and the end), then the count.
    std::string table;
    table.reserve((titles_.size() + 1) * 8 + 4);
    for (uint64_t s : titles_.starts) PutFixed64(table, s);
    PutFixed64(table, titles_.bytes.size());
    PutFixed32(table, static_cast<uint32_t>(titles_.size()));
    WY_ASSIGN_OR_RETURN(auto ttl, CheckedFileWriter::Create(dir / (name + ".ttl"), "TITL"));
    WY_RETURN_IF_ERROR(ttl->Append(titles_.bytes));
    WY_RETURN_IF_ERROR(ttl->Append(table));
    WY_RETURN_IF_ERROR(ttl->Finish());
  }
  return WriteCheckedFile(dir / (name + ".dict"), "DICT", dict_.Finish());
}

Result<std::shared_ptr<const SegmentReader>> SegmentReader::Open(const std::filesystem::path& dir,
                                                                 const std::string& name) {
  std::shared_ptr<SegmentReader> seg(new SegmentReader());
  seg->name_ = name;
  // Every file but the document records (read whole at once) is read a
  // few scattered ranges at a time.
  auto open = [&](const char* ext, const char* kind, std::unique_ptr<CheckedFile>& into,
                  Verification verification = Verification::kOnRead) -> Status {
    const ReadPattern pattern = verification == Verification::kOnRead ? ReadPattern::kRandom : ReadPattern::kSequential;
    auto f = CheckedFile::Open(dir / (name + ext), kind, verification, pattern);
    if (!f.ok()) {
      if (f.status().code() == StatusCode::kNotFound) return f.status();
      return Status::Corruption("corrupt segment " + name + ": " + f.status().message());
    }
    into = std::move(*f);
    return Status::Ok();
  };
  // The length columns, where the segment has them, are all a query needs
  // of every document; the records are then read only for the hits.
  std::optional<LengthColumns> columns;
  {
    auto len = CheckedFile::Open(dir / (name + ".len"), "LENS", Verification::kWhole);
    if (len.ok()) {
      auto decoded = DecodeLengthColumns((*len)->payload());
      if (!decoded.ok()) {
        return Status::Corruption("corrupt segment " + name + ": " + (dir / (name + ".len")).string() + ": " +
                                  decoded.status().message());
      }
      columns = std::move(*decoded);
    } else if (len.status().code() != StatusCode::kNotFound) {
      return Status::Corruption("corrupt segment " + name + ": " + len.status().message());
    }
  }
  WY_RETURN_IF_ERROR(open(".dict", "DICT", seg->dict_file_));
  WY_RETURN_IF_ERROR(open(".post", "POST", seg->post_));
  WY_RETURN_IF_ERROR(open(".pos", "POSN", seg->pos_));
  // Without length columns (segments written before them) every query
  // reads the records' lengths: read whole at open.
  WY_RETURN_IF_ERROR(open(".docs", "DOCS", seg->docs_, columns ? Verification::kOnRead : Verification::kWhole));
  auto corrupt = [&](const std::string& file, const std::string& what) {
    return Status::Corruption("corrupt segment " + name + ": " + (dir / file).string() + ": " + what);
  };
  auto dict = TermDictionary::Open(seg->dict_file_->payload(), seg->dict_file_.get());
  if (!dict.ok()) {
    if (dict.status().message().find(name + ".dict") != std::string::npos) {
      return Status::Corruption("corrupt segment " + name + ": " + dict.status().message());
    }
    return corrupt(name + ".dict", dict.status().message());
  }
  seg->dict_ = std::move(*dict);
  std::string_view docs = seg->docs_->payload();
  const size_t trailer = 4 + 8 * kLengthFields;
  if (docs.size() < trailer) return corrupt(name + ".docs", "too short");
  if (columns) {
    seg->doc_count_ = columns->docs;
    if (uint64_t{seg->doc_count_} * kDocRecordBytes != docs.size() - trailer) {
      return corrupt(name + ".docs", "document count does not match the length columns");
    }
    seg->total_length_ = columns->totals;
    seg->lengths_ = std::move(columns->values);
  } else {
    const char* t = docs.data() + docs.size() - trailer;
    seg->doc_count_ = DecodeFixed32(t);
    if (uint64_t{seg->doc_count_} * kDocRecordBytes != docs.size() - trailer) {
      return corrupt(name + ".docs", "document count does not match the size");
    }
    for (size_t f = 0; f < kLengthFields; ++f) seg->total_length_[f] = DecodeFixed64(t + 4 + 8 * f);
    for (size_t f = 0; f < kLengthFields; ++f) {
      std::vector<uint32_t>& lengths = seg->lengths_[f];
      lengths.resize(seg->doc_count_);
      const char* record = docs.data() + 28 + 4 * f;
      for (uint32_t d = 0; d < seg->doc_count_; ++d, record += kDocRecordBytes) lengths[d] = DecodeFixed32(record);
    }
  }
  {
    auto titles = CheckedFile::Open(dir / (name + ".ttl"), "TITL", Verification::kOnRead, ReadPattern::kRandom);
    if (titles.ok()) {
      std::string_view t = (*titles)->payload();
      if (t.size() < 4) return corrupt(name + ".ttl", "too short");
      if (Status s = (*titles)->Verify(t.size() - 4, t.size()); !s.ok()) {
        return Status::Corruption("corrupt segment " + name + ": " + s.message());
      }
      const uint32_t count = DecodeFixed32(t.data() + t.size() - 4);
      if (count != seg->doc_count_ || t.size() < 4 + 8 * (uint64_t{count} + 1)) {
        return corrupt(name + ".ttl", "title count does not match the documents");
      }
      seg->titles_ = std::move(*titles);
    } else if (titles.status().code() != StatusCode::kNotFound) {
      return Status::Corruption("corrupt segment " + name + ": " + titles.status().message());
    }
  }
  WY_ASSIGN_OR_RETURN(auto marker, seg->Find(TermKey(Field::kKeyword, kCharTermsKeyword)));
  seg->has_char_terms_ = marker && marker->df == seg->doc_count_;
  WY_ASSIGN_OR_RETURN(auto title_marker, seg->Find(TermKey(Field::kKeyword, kTitleKeysKeyword)));
  seg->has_title_keys_ = title_marker && title_marker->df == seg->doc_count_;
  return std::shared_ptr<const SegmentReader>(std::move(seg));
}

Status SegmentReader::VerifyChecksums() const {
  for (const CheckedFile* file : {dict_file_.get(), post_.get(), pos_.get(), docs_.get(), titles_.get()}) {
    if (!file) continue;
    Status s = file->VerifyAll();
    if (!s.ok()) return Status::Corruption("corrupt segment " + name_ + ": " + s.message());
  }
  // The lengths a query scores with (from .len where the segment has it)
  // against the records' own: both are written from the same values.
  const char* records = docs_->payload().data();
  for (size_t f = 0; f < kLengthFields; ++f) {
    const char* record = records + 28 + 4 * f;
    for (uint32_t d = 0; d < doc_count_; ++d, record += kDocRecordBytes) {
      if (DecodeFixed32(record) == lengths_[f][d]) continue;
      return Status::Corruption("corrupt segment " + name_ + ": " + name_ + ".len: document " + std::to_string(d) +
                                "'s length differs from its record in " + name_ + ".docs");
    }
  }
  return Status::Ok();
}

Status SegmentReader::VerifyChecksumsAndRelease() const {
  for (const CheckedFile* file : {dict_file_.get(), post_.get(), pos_.get(), docs_.get(), titles_.get()}) {
    if (!file) continue;
    Status s = file->VerifyAllAndRelease();
    if (!s.ok()) return Status::Corruption("corrupt segment " + name_ + ": " + s.message());
  }
  return Status::Ok();
}

void SegmentReader::ReleasePages() const {
  for (const CheckedFile* file : {dict_file_.get(), post_.get(), pos_.get(), docs_.get(), titles_.get()}) {
    if (file) file->ReleasePages();
  }
}

Result<DocValues> SegmentReader::Doc(uint32_t doc) const {
  DocValues d;
  if (doc >= doc_count_) return d;
  const uint64_t at = uint64_t{doc} * kDocRecordBytes;
  if (Status s = docs_->Verify(at, at + kDocRecordBytes); !s.ok()) {
    return Status::Corruption("corrupt segment " + name_ + ": " + s.message());
  }
  const char* p = docs_->payload().data() + at;
  d.passage_id = static_cast<int64_t>(DecodeFixed64(p));
  d.document_id = static_cast<int64_t>(DecodeFixed64(p + 8));
  d.signature = DecodeFixed64(p + 16);
  d.date = static_cast<int32_t>(DecodeFixed32(p + 24));
  for (size_t f = 0; f < kLengthFields; ++f) d.length[f] = DecodeFixed32(p + 28 + 4 * f);
  return d;
}

void SegmentReader::PrefetchDoc(uint32_t doc) const {
  const uint64_t at = uint64_t{doc} * kDocRecordBytes;
  if (doc < doc_count_) docs_->Prefetch(at, at + kDocRecordBytes);
}

Result<std::string_view> SegmentReader::Title(uint32_t doc) const {
  if (!titles_ || doc >= doc_count_) return std::string_view();
  std::string_view t = titles_->payload();
  const uint64_t table = t.size() - 4 - 8 * (uint64_t{doc_count_} + 1);
  const uint64_t at = table + 8 * uint64_t{doc};
  Status s = titles_->Verify(at, at + 16);
  const uint64_t begin = DecodeFixed64(t.data() + at), end = DecodeFixed64(t.data() + at + 8);
  if (s.ok() && (begin > end || end > table)) s = Status::Corruption(titles_->path().string() + ": bad title offsets");
  if (s.ok()) s = titles_->Verify(begin, end);
  if (!s.ok()) return Status::Corruption("corrupt segment " + name_ + ": " + s.message());
  return t.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

void SegmentReader::PrefetchPostings(const TermInfo& info) const {
  post_->Prefetch(info.postings_offset, info.postings_offset + 1);
}

Result<std::optional<TermInfo>> SegmentReader::FindIn(size_t block, std::string_view key) const {
  auto found = dict_.FindIn(block, key);
  if (!found.ok()) return Status::Corruption("corrupt segment " + name_ + ": " + found.status().message());
  return found;
}

Result<std::vector<std::string>> SegmentReader::CharAlternatives(Field field, std::string_view han) const {
  std::vector<std::string> keys = {TermKey(field, han)};
  const std::string prefix = TermKey(field, han);
  auto it = Seek(prefix);
  while (it.Next() && it.key().starts_with(prefix)) {
    if (utf8::CodePointCount(std::string_view(it.key()).substr(1)) == 2) keys.push_back(it.key());
  }
  if (!it.status().ok()) return Status::Corruption("corrupt segment " + name_ + ": " + it.status().message());
  size_t pos = 0;
  const char32_t c = utf8::DecodeNext(han, pos);
  WY_ASSIGN_OR_RETURN(std::vector<char32_t> firsts, PairsEndingWith(field, c));
  for (char32_t first : firsts) {
    std::string term;
    utf8::Append(term, first);
    term.append(han);
    if (term != std::string(han) + std::string(han)) keys.push_back(TermKey(field, term));
  }
  return keys;
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
      if (IsCharTerm(term)) continue;
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
