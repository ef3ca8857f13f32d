#include "export/zip_writer.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace wenyuan::exporting {
namespace {

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};

Status ZipError(const std::string& what, zip_error_t* error) {
  std::string why = zip_error_strerror(error);
  zip_error_fini(error);
  return Status::Internal("writing a ZIP archive: " + what + ": " + why);
}

}  // namespace

void ZipWriter::Add(std::string_view name, std::string data, bool stored) {
  parts_.push_back({std::string(name), std::move(data), stored});
}

Result<std::string> ZipWriter::Finish() const {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return ZipError("buffer", &error);
  std::unique_ptr<zip_t, ZipDiscard> archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!archive) return ZipError("open", &error);
  zip_source_keep(buffer.get());  // the archive takes one reference; we keep ours to read the bytes
  for (const Part& part : parts_) {
    zip_source_t* src = zip_source_buffer(archive.get(), part.data.data(), part.data.size(), 0);
    if (!src) return Status::Internal("writing a ZIP archive: part " + part.name);
    zip_int64_t index = zip_file_add(archive.get(), part.name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(src);
      return Status::Internal("writing a ZIP archive: part " + part.name + ": " + zip_strerror(archive.get()));
    }
    zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index),
                             part.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
  }
  if (zip_close(archive.get()) != 0) {
    return Status::Internal(std::string("writing a ZIP archive: ") + zip_strerror(archive.get()));
  }
  static_cast<void>(archive.release());  // zip_close freed it
  zip_source_t* src = buffer.get();
  if (zip_source_open(src) != 0) return Status::Internal("writing a ZIP archive: reading it back");
  std::string out;
  char chunk[65536];
  for (;;) {
    zip_int64_t n = zip_source_read(src, chunk, sizeof chunk);
    if (n < 0) {
      zip_source_close(src);
      return Status::Internal("writing a ZIP archive: reading it back");
    }
    if (n == 0) break;
    out.append(chunk, static_cast<size_t>(n));
  }
  zip_source_close(src);
  return out;
}

}  // namespace wenyuan::exporting
