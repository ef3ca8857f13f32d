#include "server/source_display.h"

#include <algorithm>

#include "util/data_layout.h"
#include "util/file_io.h"

namespace wenyuan::server {
namespace fs = std::filesystem;
namespace {

std::string AsFolder(const fs::path& p) {
  std::string s = p.lexically_normal().string();
  if (s.empty() || s.back() != '/') s += '/';
  return s;
}

std::vector<std::string> ReadRoots(const fs::path& file) {
  std::vector<std::string> roots;
  std::error_code ec;
  if (!fs::exists(file, ec)) return roots;
  auto text = ReadFileToString(file, 1ull << 20);
  if (!text.ok()) return roots;
  size_t start = 0;
  while (start < text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(start, end - start);
    if (!line.empty() && line[0] == '/') roots.push_back(AsFolder(line));
    start = end + 1;
  }
  return roots;
}

}  // namespace

SourceDisplay::SourceDisplay(std::vector<std::string> roots) : roots_(std::move(roots)) {
  for (auto& r : roots_) r = AsFolder(r);
  std::sort(roots_.begin(), roots_.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  roots_.erase(std::unique(roots_.begin(), roots_.end()), roots_.end());
}

Result<SourceDisplay> SourceDisplay::Load(catalog::Catalog& catalog, const fs::path& data_dir) {
  WY_ASSIGN_OR_RETURN(auto kbs, catalog.ListKbRows());
  std::error_code ec;
  fs::path data = fs::weakly_canonical(fs::absolute(data_dir), ec);  // as ingest stores paths
  if (ec) data = fs::absolute(data_dir).lexically_normal();
  std::vector<std::string> roots;
  for (const auto& kb : kbs) {
    roots.push_back(AsFolder(DataLayout(data).KbUploadDir(kb.name)));
    for (auto& r : ReadRoots(SourceRootsPath(data_dir, kb.name))) roots.push_back(std::move(r));
  }
  return SourceDisplay(std::move(roots));
}

std::string SourceDisplay::Show(std::string_view source) const {
  if (source.empty() || source[0] != '/') return std::string(source);
  for (const auto& root : roots_) {
    if (source.size() > root.size() && source.starts_with(root)) return std::string(source.substr(root.size()));
  }
  // Under no known folder: the file name (with a record's "#ID").
  const size_t slash = source.rfind('/', source.find('#'));
  return std::string(source.substr(slash + 1));
}

void SourceDisplay::Apply(nlohmann::json& j) const {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "source" && it.value().is_string()) {
        it.value() = Show(it.value().get_ref<const std::string&>());
      } else {
        Apply(it.value());
      }
    }
  } else if (j.is_array()) {
    for (auto& v : j) Apply(v);
  }
}

fs::path SourceRootsPath(const fs::path& data_dir, const std::string& kb) {
  return DataLayout(data_dir).KbSourceRoots(kb);
}

Status RecordSourceRoot(const fs::path& data_dir, const std::string& kb, const fs::path& path) {
  std::error_code ec;
  fs::path folder = fs::weakly_canonical(fs::absolute(path), ec);
  if (ec) folder = fs::absolute(path).lexically_normal();
  if (!fs::is_directory(folder, ec)) folder = folder.parent_path();
  const fs::path file = SourceRootsPath(data_dir, kb);
  std::vector<std::string> roots = ReadRoots(file);
  const std::string root = AsFolder(folder);
  if (std::find(roots.begin(), roots.end(), root) != roots.end()) return Status::Ok();
  std::string text;
  for (const auto& r : roots) text += r + "\n";
  text += root + "\n";
  fs::create_directories(file.parent_path(), ec);
  return WriteFileAtomic(file, text);
}

}  // namespace wenyuan::server
