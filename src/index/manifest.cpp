#include "index/manifest.h"

#include <nlohmann/json.hpp>

#include "index/checked_file.h"
#include "index/segment.h"

namespace wenyuan::index {

std::string SegmentEntry::DeletionFileName() const {
  return deletion_generation == 0 ? "" : name + "_" + std::to_string(deletion_generation) + ".del";
}

uint64_t Manifest::LiveDocs() const {
  uint64_t n = 0;
  for (const auto& s : segments) n += s.docs - s.deleted;
  return n;
}

std::vector<std::string> Manifest::ReferencedFiles() const {
  std::vector<std::string> files;
  for (const auto& s : segments) {
    for (auto& f : SegmentFileNames(s.name)) files.push_back(std::move(f));
    if (s.deletion_generation) files.push_back(s.DeletionFileName());
  }
  return files;
}

Result<std::optional<Manifest>> ReadManifest(const std::filesystem::path& dir) {
  const auto path = dir / kManifestName;
  auto file = CheckedFile::Open(path, "MANI");
  if (!file.ok()) {
    if (file.status().code() == StatusCode::kNotFound) return std::optional<Manifest>();
    return file.status();
  }
  nlohmann::json j = nlohmann::json::parse((*file)->payload(), nullptr, false);
  auto bad = [&] { return Status::Corruption(path.string() + ": not a valid manifest"); };
  if (!j.is_object() || !j.contains("segments") || !j["segments"].is_array()) return bad();
  Manifest m;
  try {
    m.generation = j.at("generation").get<uint64_t>();
    m.next_segment = j.at("next_segment").get<uint64_t>();
    for (const auto& s : j["segments"]) {
      SegmentEntry e;
      e.name = s.at("name").get<std::string>();
      e.docs = s.at("docs").get<uint32_t>();
      e.deleted = s.at("deleted").get<uint32_t>();
      e.deletion_generation = s.at("deletion_generation").get<uint64_t>();
      if (e.name.empty() || e.name.find('/') != std::string::npos || e.deleted > e.docs) return bad();
      m.segments.push_back(std::move(e));
    }
    if (j.contains("commit_data")) {
      for (auto it = j["commit_data"].begin(); it != j["commit_data"].end(); ++it) {
        m.commit_data[it.key()] = it.value().get<std::string>();
      }
    }
  } catch (const nlohmann::json::exception&) {
    return bad();
  }
  return std::optional<Manifest>(std::move(m));
}

Status WriteManifest(const std::filesystem::path& dir, const Manifest& manifest) {
  nlohmann::json segments = nlohmann::json::array();
  for (const auto& s : manifest.segments) {
    segments.push_back(
        {{"name", s.name}, {"docs", s.docs}, {"deleted", s.deleted}, {"deletion_generation", s.deletion_generation}});
  }
  nlohmann::json j = {{"generation", manifest.generation},
                      {"next_segment", manifest.next_segment},
                      {"segments", segments},
                      {"commit_data", manifest.commit_data}};
  return WriteCheckedFile(dir / kManifestName, "MANI", j.dump());
}

}  // namespace wenyuan::index
