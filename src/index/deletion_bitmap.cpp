#include "index/deletion_bitmap.h"

#include <bit>

#include "index/byte_coding.h"
#include "index/checked_file.h"

namespace wenyuan::index {

bool DeletionBitmap::Delete(uint32_t doc) {
  if (doc >= docs_ || IsDeleted(doc)) return false;
  words_[doc / 64] |= 1ull << (doc % 64);
  ++deleted_;
  return true;
}

Status DeletionBitmap::Write(const std::filesystem::path& path) const {
  std::string payload;
  PutFixed32(payload, docs_);
  for (uint64_t w : words_) PutFixed64(payload, w);
  return WriteCheckedFile(path, "DELS", std::move(payload));
}

Result<DeletionBitmap> DeletionBitmap::Read(const std::filesystem::path& path, uint32_t docs) {
  WY_ASSIGN_OR_RETURN(auto file, CheckedFile::Open(path, "DELS"));
  std::string_view p = file->payload();
  DeletionBitmap bitmap(docs);
  if (p.size() != 4 + 8 * bitmap.words_.size() || DecodeFixed32(p.data()) != docs) {
    return Status::Corruption(path.string() + ": deletion bitmap does not fit the segment");
  }
  for (size_t i = 0; i < bitmap.words_.size(); ++i) {
    bitmap.words_[i] = DecodeFixed64(p.data() + 4 + 8 * i);
    bitmap.deleted_ += static_cast<uint32_t>(std::popcount(bitmap.words_[i]));
  }
  if (docs % 64 && !bitmap.words_.empty() && (bitmap.words_.back() >> (docs % 64)) != 0) {
    return Status::Corruption(path.string() + ": deletion bitmap has bits past the last document");
  }
  return bitmap;
}

}  // namespace wenyuan::index
