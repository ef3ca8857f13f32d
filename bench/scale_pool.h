// Distractor passages for the pooled retrieval figure: documents of the
// scale corpus (../shared/data/scale/zh-scale.jsonl.zst, read through
// `zstd -dc`), cut into passages of 300-600 code points by the ingest
// chunker, as the QA corpora's paragraphs are. The choice is fixed by a
// seed: a document is read when a hash of (seed, id) falls in a share of
// the hash range, its passages of at least 100 code points are kept, and
// the `count` passages with the smallest hash of (seed, passage id) are
// returned, so every run and every machine draws the same pool.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>

#include "eval/retrieval_eval.h"
#include "util/status.h"

namespace wenyuan::bench {

struct ScalePoolOptions {
  size_t count = 100000;
  uint64_t seed = 6;
  double document_share = 0.35;          // of the documents read (the rest skipped unparsed)
  std::chrono::seconds time_limit{180};  // reading stops here, with what it has
};

// Appends the passages to `corpus` (ids "<document id>#<n>", which no QA
// set uses). Fails if zstd cannot be run or the file yields no passage.
Status AppendScalePassages(const std::filesystem::path& zst, const ScalePoolOptions& options, eval::EvalCorpus& corpus);

}  // namespace wenyuan::bench
