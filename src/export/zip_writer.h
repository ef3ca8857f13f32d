// ZipWriter: builds a ZIP archive in memory with libzip, for the document
// formats that are ZIP containers (ODF .odt, Office Open XML .docx). Parts
// are added in order; a part may be stored uncompressed (ODF's `mimetype`
// must be the first part, stored). Finish() returns the archive's bytes.
// Move-only; not thread-safe.
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::exporting {

class ZipWriter {
 public:
  void Add(std::string_view name, std::string data, bool stored = false);
  Result<std::string> Finish() const;

 private:
  struct Part {
    std::string name;
    std::string data;
    bool stored;
  };
  std::deque<Part> parts_;
};

}  // namespace wenyuan::exporting
