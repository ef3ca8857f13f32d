#include "vector/vector_store.h"

// hnswlib (Debian libhnswlib-dev 0.6.2, header-only) defines non-inline
// functions in its headers: this must stay the only file that includes it.
// Its SSE path prefetches through the neighbour one past the end of a link
// list, a heap over-read AddressSanitizer reports (nmslib/hnswlib#107,
// #578); without manual vectorisation that code is left out and the
// compiler vectorises the distance loops itself.
#define NO_MANUAL_VECTORIZATION
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "util/file_io.h"
#include "util/fnv1a.h"
#include "util/sha256.h"

namespace wenyuan::vector {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kManifestMagic[] = "wenyuan-vectors 1 ";
constexpr size_t kInitialCapacity = 1024;
constexpr size_t kM = 16;
constexpr size_t kEfConstruction = 200;
constexpr size_t kEfSearch = 128;
constexpr uint64_t kMaxManifestBytes = 1ull << 31;
constexpr uint64_t kMaxGraphBytes = 1ull << 36;

}  // namespace

struct VectorStore::Graph {
  struct Entry {
    hnswlib::labeltype label = 0;
    uint64_t text_hash = 0;
  };

  Graph(std::string name, size_t dims) : embedder(std::move(name)), dimensions(dims), space(dims) {}

  std::string embedder;
  size_t dimensions;
  hnswlib::InnerProductSpace space;  // must outlive `index`
  std::unique_ptr<hnswlib::HierarchicalNSW<float>> index;
  std::unordered_map<int64_t, Entry> rows;                 // passage row → entry
  std::unordered_map<hnswlib::labeltype, int64_t> labels;  // label → passage row
  hnswlib::labeltype next_label = 0;

  void Create(size_t capacity) {
    index = std::make_unique<hnswlib::HierarchicalNSW<float>>(&space, capacity, kM, kEfConstruction);
    index->setEf(kEfSearch);
  }
};

VectorStore::VectorStore(std::string embedder_name, size_t dimensions)
    : graph_(std::make_unique<Graph>(std::move(embedder_name), std::max<size_t>(dimensions, 1))) {
  graph_->Create(kInitialCapacity);
}

VectorStore::~VectorStore() = default;

size_t VectorStore::size() const { return graph_->rows.size(); }
bool VectorStore::Contains(int64_t row) const { return graph_->rows.count(row) > 0; }
const std::string& VectorStore::embedder_name() const { return graph_->embedder; }
size_t VectorStore::dimensions() const { return graph_->dimensions; }

uint64_t VectorStore::TextHash(int64_t row) const {
  auto it = graph_->rows.find(row);
  return it == graph_->rows.end() ? 0 : it->second.text_hash;
}

std::vector<int64_t> VectorStore::Rows() const {
  std::vector<int64_t> out;
  out.reserve(graph_->rows.size());
  for (const auto& [row, entry] : graph_->rows) out.push_back(row);
  std::sort(out.begin(), out.end());
  return out;
}

Status VectorStore::AddPassages(const std::vector<int64_t>& rows, const std::vector<std::vector<float>>& vectors,
                                const std::vector<uint64_t>& text_hashes) {
  if (rows.size() != vectors.size() || (!text_hashes.empty() && text_hashes.size() != rows.size())) {
    return Status::InvalidArgument("vector store: " + std::to_string(rows.size()) + " rows but " +
                                   std::to_string(vectors.size()) + " vectors");
  }
  for (const auto& v : vectors) {
    if (v.size() != graph_->dimensions) {
      return Status::InvalidArgument("vector store: a vector of " + std::to_string(v.size()) + " dimensions, but " +
                                     graph_->embedder + " makes " + std::to_string(graph_->dimensions));
    }
  }
  RemovePassages(rows);
  Graph& g = *graph_;
  try {
    const size_t needed = g.index->cur_element_count + rows.size();
    if (needed > g.index->max_elements_) {
      g.index->resizeIndex(std::max(needed, 2 * g.index->max_elements_));
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      const hnswlib::labeltype label = g.next_label++;
      g.index->addPoint(vectors[i].data(), label);
      g.rows[rows[i]] = {label, text_hashes.empty() ? 0 : text_hashes[i]};
      g.labels[label] = rows[i];
    }
  } catch (const std::exception& e) {
    return Status::ResourceExhausted(std::string("vector store: cannot add vectors: ") + e.what());
  }
  return Status::Ok();
}

void VectorStore::RemovePassages(const std::vector<int64_t>& rows) {
  Graph& g = *graph_;
  for (int64_t row : rows) {
    auto it = g.rows.find(row);
    if (it == g.rows.end()) continue;
    try {
      g.index->markDelete(it->second.label);
    } catch (const std::exception&) {
      // Not in the graph: nothing to hide.
    }
    g.labels.erase(it->second.label);
    g.rows.erase(it);
  }
}

Result<std::vector<VectorHit>> VectorStore::Search(const std::vector<float>& query, size_t k) const {
  if (query.size() != graph_->dimensions) {
    return Status::InvalidArgument("vector search: the query has " + std::to_string(query.size()) +
                                   " dimensions, the store " + std::to_string(graph_->dimensions));
  }
  std::vector<VectorHit> out;
  if (k == 0 || graph_->rows.empty()) return out;
  try {
    auto found = graph_->index->searchKnn(query.data(), std::min(k, graph_->rows.size()));
    while (!found.empty()) {
      auto [distance, label] = found.top();
      found.pop();
      auto it = graph_->labels.find(label);
      if (it != graph_->labels.end()) out.push_back({it->second, 1.0f - distance});
    }
  } catch (const std::exception& e) {
    return Status::Internal(std::string("vector search failed: ") + e.what());
  }
  std::reverse(out.begin(), out.end());  // the queue pops the farthest first
  return out;
}

Status VectorStore::Save(const fs::path& dir) const {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError(dir.string() + ": cannot create folder: " + ec.message());
  const Graph& g = *graph_;
  const fs::path scratch = dir / "hnsw.writing";
  try {
    g.index->saveIndex(scratch.string());
  } catch (const std::exception& e) {
    return Status::IOError(scratch.string() + ": cannot write the graph: " + e.what());
  }
  auto bytes = ReadFileToString(scratch, kMaxGraphBytes);
  fs::remove(scratch, ec);
  if (!bytes.ok()) return bytes.status();
  const std::string graph_sha = Sha256Hex(*bytes);
  const std::string graph_file = "hnsw-" + graph_sha.substr(0, 16) + ".bin";
  WY_RETURN_IF_ERROR(WriteFileAtomic(dir / graph_file, *bytes));

  json entries = json::array();
  for (const auto& [row, entry] : g.rows) entries.push_back({row, entry.label, entry.text_hash});
  json manifest = {{"embedder", g.embedder},        {"dimensions", g.dimensions}, {"next_label", g.next_label},
                   {"graph_file", graph_file},      {"graph_sha256", graph_sha},  {"graph_bytes", bytes->size()},
                   {"passages", std::move(entries)}};
  const std::string body = manifest.dump();
  WY_RETURN_IF_ERROR(WriteFileAtomic(dir / "manifest", kManifestMagic + Sha256Hex(body) + "\n" + body));

  // Graph files of earlier saves are no longer named by the manifest.
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    const std::string name = item.path().filename().string();
    if (name.starts_with("hnsw-") && name != graph_file) fs::remove(item.path(), ec);
  }
  return Status::Ok();
}

Result<std::unique_ptr<VectorStore>> VectorStore::Load(const fs::path& dir) {
  const fs::path manifest_path = dir / "manifest";
  std::error_code ec;
  if (!fs::exists(manifest_path, ec)) return Status::NotFound(dir.string() + ": no vector store");
  WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(manifest_path, kMaxManifestBytes));
  auto corrupt = [&](const fs::path& where, const std::string& what) {
    return Status::Corruption(where.string() + ": " + what + " (remove the folder: it is rebuilt from the catalog)");
  };
  const size_t magic_len = sizeof(kManifestMagic) - 1;
  const size_t newline = text.find('\n');
  if (!text.starts_with(kManifestMagic) || newline != magic_len + 64) {
    return corrupt(manifest_path, "not a vector store manifest");
  }
  const std::string body = text.substr(newline + 1);
  if (Sha256Hex(body) != text.substr(magic_len, 64)) return corrupt(manifest_path, "checksum mismatch");
  json m = json::parse(body, nullptr, false);
  if (m.is_discarded() || !m.is_object()) return corrupt(manifest_path, "not JSON");

  std::unique_ptr<VectorStore> store;
  try {
    store = std::make_unique<VectorStore>(m.at("embedder").get<std::string>(), m.at("dimensions").get<size_t>());
    Graph& g = *store->graph_;
    g.next_label = m.at("next_label").get<hnswlib::labeltype>();
    const fs::path graph_path = dir / m.at("graph_file").get<std::string>();
    auto bytes = ReadFileToString(graph_path, kMaxGraphBytes);
    if (!bytes.ok()) return corrupt(graph_path, "missing or unreadable: " + bytes.status().message());
    if (bytes->size() != m.at("graph_bytes").get<size_t>() ||
        Sha256Hex(*bytes) != m.at("graph_sha256").get<std::string>()) {
      return corrupt(graph_path, "checksum mismatch");
    }
    g.index = std::make_unique<hnswlib::HierarchicalNSW<float>>(&g.space, graph_path.string());
    g.index->setEf(kEfSearch);
    if (g.index->data_size_ != g.space.get_data_size()) return corrupt(graph_path, "dimensions differ");
    for (const auto& e : m.at("passages")) {
      const int64_t row = e.at(0).get<int64_t>();
      const auto label = e.at(1).get<hnswlib::labeltype>();
      if (label >= g.next_label || !g.index->label_lookup_.count(label)) {
        return corrupt(manifest_path, "label " + std::to_string(label) + " is not in the graph");
      }
      g.rows[row] = {label, e.at(2).get<uint64_t>()};
      g.labels[label] = row;
    }
  } catch (const std::exception& e) {
    return corrupt(dir, std::string("unreadable: ") + e.what());
  }
  return store;
}

uint64_t PassageTextHash(std::string_view text) { return Fnv1a64(text); }

}  // namespace wenyuan::vector
