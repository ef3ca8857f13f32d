// OfficeArchive: the ZIP container of an Office Open XML file (.docx, .xlsx,
// .pptx), opened from memory with libzip. Every part is read under a per-part
// cap and all parts together under a total cap on unpacked bytes, so a zip
// bomb, a truncated or damaged archive ends in a Status naming the file and
// the part, never a crash. Move-only; owns the libzip handle; views the
// caller's bytes, which must outlive it. Not thread-safe (one reader call owns
// one archive).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

struct zip;

namespace wenyuan::ingest {

struct OfficeArchiveLimits {
  uint64_t max_part_bytes = 64ull << 20;    // one part, unpacked
  uint64_t max_total_bytes = 256ull << 20;  // all parts read, unpacked
};

class OfficeArchive {
 public:
  // `where` (the file's path) and `kind` ("XLSX") go into every message.
  static Result<OfficeArchive> Open(std::string_view bytes, std::string where, std::string kind,
                                    OfficeArchiveLimits limits = {});

  OfficeArchive(OfficeArchive&&) noexcept = default;
  OfficeArchive& operator=(OfficeArchive&&) noexcept = default;
  ~OfficeArchive() = default;

  bool Has(std::string_view name) const;
  // The part's bytes; kNotFound if absent, kResourceExhausted past a cap,
  // kInvalidArgument if it cannot be unpacked.
  Result<std::string> Read(std::string_view name);
  // The same, but also checks the part is UTF-8 (XML parts must be).
  Result<std::string> ReadXml(std::string_view name);
  // Names of all entries, in archive order.
  std::vector<std::string> Names() const;

  const std::string& where() const { return where_; }

 private:
  struct Closer {
    void operator()(zip* z) const;
  };
  OfficeArchive(std::unique_ptr<zip, Closer> zip, std::string where, std::string kind, OfficeArchiveLimits limits)
      : zip_(std::move(zip)), where_(std::move(where)), kind_(std::move(kind)), limits_(limits) {}

  std::unique_ptr<zip, Closer> zip_;
  std::string where_;
  std::string kind_;
  OfficeArchiveLimits limits_;
  uint64_t total_read_ = 0;
};

// Resolves a relationship target against the folder of the part that holds
// the relationship ("xl/", "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml";
// "/xl/a.xml" → "xl/a.xml"; ".." steps up).
std::string ResolvePartTarget(std::string_view base_folder, std::string_view target);

// The title from the archive's core properties (docProps/core.xml, dc:title),
// trimmed; empty if that part is absent, unreadable or has no title. A
// malformed core.xml adds a line to `warnings` (the document's text does
// not depend on it).
std::string CoreTitle(OfficeArchive& archive, std::vector<std::string>& warnings);

}  // namespace wenyuan::ingest
