// How the API shows where a document came from: its source relative to the
// folder it was ingested from or to the KB's upload folder ("規章/資安.txt",
// "會議紀錄.pdf#3"), never the server's absolute path. The folders are
// DATA/uploads/<kb>/ for uploads and the ones `wenyuan ingest` was given,
// which it records in DATA/kbs/<kb>/source-roots.txt (one absolute folder a
// line; a file given on its own records its folder). An absolute path under
// none of them is shown by its file name. Anything else (a URL) is shown as
// it is. The catalog keeps the absolute path (re-ingest needs it); only what
// leaves the server changes.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "util/status.h"

namespace wenyuan::server {

class SourceDisplay {
 public:
  // The folders of every KB in the catalog (uploads and recorded roots).
  static Result<SourceDisplay> Load(catalog::Catalog& catalog, const std::filesystem::path& data_dir);
  explicit SourceDisplay(std::vector<std::string> roots);

  // `source` as it may be shown.
  std::string Show(std::string_view source) const;
  // Rewrites, anywhere in `j`, every string under a key "source".
  void Apply(nlohmann::json& j) const;

 private:
  std::vector<std::string> roots_;  // absolute, each ending in '/', longest first
};

// DATA/kbs/<kb>/source-roots.txt
std::filesystem::path SourceRootsPath(const std::filesystem::path& data_dir, const std::string& kb);
// Adds the folder of `path` (itself if a folder) to the KB's recorded roots
// unless it is there already.
Status RecordSourceRoot(const std::filesystem::path& data_dir, const std::string& kb,
                        const std::filesystem::path& path);

}  // namespace wenyuan::server
