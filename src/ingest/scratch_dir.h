// ScratchDir: a private temporary directory (mode 0700, under the system temp
// directory) for files a child process writes, such as page images rendered
// for OCR. It is removed with everything in it when the object goes away.
// Move-only; creating one is the only thing that can fail.
#pragma once

#include <filesystem>
#include <string>

#include "util/status.h"

namespace wenyuan::ingest {

class ScratchDir {
 public:
  // `prefix` starts the directory's name ("wenyuan-ocr").
  static Result<ScratchDir> Create(const std::string& prefix);

  ScratchDir(ScratchDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  ScratchDir& operator=(ScratchDir&& other) noexcept;
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir();

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit ScratchDir(std::filesystem::path path) : path_(std::move(path)) {}
  void Remove();
  std::filesystem::path path_;
};

}  // namespace wenyuan::ingest
