// DataLayout: every path under a Wenyuan data directory, in one place.
//
//   DATA/catalog.db                     the SQLite catalog (WAL mode)
//   DATA/wenyuan.conf                   server and model settings (optional)
//   DATA/kbs/KB/index/                  the KB's segment index
//   DATA/kbs/KB/vectors/                the KB's passage vectors (optional)
//   DATA/kbs/KB/taxonomies/             the KB's category lists (optional)
//   DATA/kbs/KB/user-dictionary.txt     the KB's own terms (optional)
//   DATA/uploads/KB/                    files uploaded over HTTP into the KB
//
// Every file a knowledge base owns lives under kbs/KB/ or uploads/KB/, so
// RemoveKbFiles() is the one way to drop them: a KB created again under the
// same name inherits nothing. Nothing here touches the catalog; callers drop
// the KB's catalog rows first. Copyable and immutable; thread-safe.
#pragma once

#include <filesystem>
#include <string>

#include "util/status.h"

namespace wenyuan {

class DataLayout {
 public:
  explicit DataLayout(std::filesystem::path root) : root_(std::move(root)) {}

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path CatalogFile() const { return root_ / "catalog.db"; }
  std::filesystem::path ConfigFile() const { return root_ / "wenyuan.conf"; }

  // Everything of the KB but its uploads.
  std::filesystem::path KbDir(const std::string& kb) const { return root_ / "kbs" / kb; }
  std::filesystem::path KbIndexDir(const std::string& kb) const { return KbDir(kb) / "index"; }
  std::filesystem::path KbVectorsDir(const std::string& kb) const { return KbDir(kb) / "vectors"; }
  std::filesystem::path KbTaxonomyDir(const std::string& kb) const { return KbDir(kb) / "taxonomies"; }
  std::filesystem::path KbUserDictionary(const std::string& kb) const { return KbDir(kb) / "user-dictionary.txt"; }
  std::filesystem::path KbUploadDir(const std::string& kb) const { return root_ / "uploads" / kb; }

  // Removes every file of the KB (kbs/KB and uploads/KB). Missing folders
  // are fine. Refuses a name that could leave its folder ("", ".", "..",
  // or one holding a path separator).
  Status RemoveKbFiles(const std::string& kb) const;

 private:
  std::filesystem::path root_;
};

}  // namespace wenyuan
