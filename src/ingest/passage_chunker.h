// PassageChunker: cuts a cleaned document (one paragraph per line) into
// passages of about min..max code points. Whole paragraphs are kept together
// where they fit; a paragraph too long for one passage is cut between
// sentences, never inside one (a single sentence longer than
// `hard_max_chars`, which only broken text has, is cut at that length).
// Each passage is a contiguous range of the document, so its offsets slice
// the document text exactly. Stateless and thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "catalog/records.h"

namespace wenyuan::ingest {

struct ChunkOptions {
  size_t min_chars = 300;
  size_t max_chars = 600;
  size_t hard_max_chars = 2000;
};

std::vector<catalog::PassageInput> ChunkPassages(std::string_view document_text, const ChunkOptions& options = {});

}  // namespace wenyuan::ingest
