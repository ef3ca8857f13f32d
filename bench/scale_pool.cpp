#include "scale_pool.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "ingest/passage_chunker.h"
#include "util/utf8.h"

namespace wenyuan::bench {
namespace {

uint64_t Fnv1a(uint64_t seed, std::string_view s) {
  uint64_t h = 1469598103934665603ull ^ (seed * 0x9e3779b97f4a7c15ull);
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

// The value of the "id" key, which the scale corpus writes first.
std::string_view IdOf(std::string_view line) {
  constexpr std::string_view kKey = "{\"id\": \"";
  if (!line.starts_with(kKey)) return {};
  size_t end = line.find('"', kKey.size());
  return end == std::string_view::npos ? std::string_view{} : line.substr(kKey.size(), end - kKey.size());
}

struct PipeCloser {
  void operator()(FILE* f) const { pclose(f); }
};
struct LineFree {
  void operator()(char* p) const { free(p); }  // NOLINT: getline's buffer
};

struct Candidate {
  uint64_t rank;
  catalog::PassageRecord passage;
  std::string id;
};

}  // namespace

Status AppendScalePassages(const std::filesystem::path& zst, const ScalePoolOptions& options,
                           eval::EvalCorpus& corpus) {
  std::error_code ec;
  if (!std::filesystem::exists(zst, ec)) return Status::NotFound(zst.string() + ": no such file");
  const std::string command = "zstd -dc --long=27 '" + zst.string() + "' 2>/dev/null";
  std::unique_ptr<FILE, PipeCloser> pipe(popen(command.c_str(), "r"));
  if (!pipe) return Status::IOError("cannot run zstd for " + zst.string());

  const auto deadline = std::chrono::steady_clock::now() + options.time_limit;
  // A share of 1 or more reads every document (UINT64_MAX as a double does
  // not convert back to an integer).
  const uint64_t threshold = options.document_share >= 1.0
                                 ? UINT64_MAX
                                 : static_cast<uint64_t>(options.document_share * static_cast<double>(UINT64_MAX));
  std::vector<Candidate> candidates;
  char* raw = nullptr;
  size_t capacity = 0;
  ssize_t got;
  size_t lines = 0;
  while ((got = getline(&raw, &capacity, pipe.get())) > 0) {
    std::string_view line(raw, static_cast<size_t>(got));
    if (++lines % 4096 == 0 && std::chrono::steady_clock::now() > deadline) {
      std::fprintf(stderr, "bench: scale corpus read stopped at the time limit, line %zu\n", lines);
      break;
    }
    std::string_view id = IdOf(line);
    if (id.empty() || Fnv1a(options.seed, id) > threshold) continue;
    nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
    if (!doc.is_object() || !doc["text"].is_string()) continue;
    std::string text = doc["text"].get<std::string>();
    std::erase(text, '\r');
    const std::string title = doc.value("title", "");
    const auto passages = ingest::ChunkPassages(text);
    for (size_t n = 0; n < passages.size(); ++n) {
      if (utf8::CodePointCount(passages[n].text) < 100) continue;
      Candidate c;
      c.id = std::string(id) + "#" + std::to_string(n);
      c.rank = Fnv1a(options.seed + 1, c.id);
      c.passage.text = passages[n].text;
      c.passage.title = title;
      candidates.push_back(std::move(c));
    }
  }
  std::unique_ptr<char, LineFree> buffer(raw);
  if (candidates.empty()) return Status::IOError(zst.string() + ": no passage read (is zstd installed?)");
  const size_t keep = std::min(options.count, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep), candidates.end(),
                    [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
  for (size_t i = 0; i < keep; ++i) {
    Candidate& c = candidates[i];
    c.passage.document_id = static_cast<int64_t>(corpus.passages.size());
    c.passage.source = c.id;
    corpus.ids.push_back(std::move(c.id));
    corpus.passages.push_back(std::move(c.passage));
  }
  if (keep < options.count) {
    std::fprintf(stderr, "bench: only %zu scale passages (asked for %zu)\n", keep, options.count);
  }
  return Status::Ok();
}

}  // namespace wenyuan::bench
