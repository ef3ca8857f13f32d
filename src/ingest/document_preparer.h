// Reading and cleaning one file's documents: the step `ingest` and `clean`
// share, so what `wenyuan clean FILE` shows is exactly what ingest indexes.
// Documents of a many-document file are cleaned together, so lines repeated
// across its pages (a site's header and footer) are recognised.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "clean/document_cleaner.h"
#include "ingest/document_reader.h"

namespace wenyuan::ingest {

struct PreparedDocument {
  ExtractedDocument extracted;
  clean::CleanedDocument cleaned;  // cleaned.failure set: not to be indexed
  std::string title;               // the reader's, else guessed from the text
};

// The cleaning layout a reader's format implies.
clean::SourceLayout LayoutForFormat(std::string_view format);

// Reads `bytes` (the contents of `path`) with `reader` and cleans every document.
Result<std::vector<PreparedDocument>> PrepareDocuments(const DocumentReader& reader,
                                                       const std::filesystem::path& path,
                                                       std::string_view bytes);

}  // namespace wenyuan::ingest
