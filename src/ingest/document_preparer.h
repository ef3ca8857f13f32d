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

// Reads `bytes` (the contents of `path`) with `reader` and cleans every
// document. `folder_site`, if given, holds lines learnt from the file's
// sibling pages (LearnFolderBoilerplate). Documents are cleaned on up to
// `jobs` threads; the result is the same whatever `jobs` is.
Result<std::vector<PreparedDocument>> PrepareDocuments(const DocumentReader& reader, const std::filesystem::path& path,
                                                       std::string_view bytes,
                                                       const clean::SiteBoilerplate* folder_site = nullptr,
                                                       size_t jobs = 1);

// The same for documents already read (a batch of a record file read as a
// stream): site lines are learnt from the batch.
std::vector<PreparedDocument> PrepareExtracted(ExtractedDocuments extracted,
                                               const clean::SiteBoilerplate* folder_site = nullptr, size_t jobs = 1);

// Lines repeated across the web pages (.html, .htm) in `folder`: a site's
// header, footer and menus that its pages' markup did not mark as such.
// Reads at most `max_pages` pages, each under the size cap.
clean::SiteBoilerplate LearnFolderBoilerplate(const ReaderRegistry& readers, const std::filesystem::path& folder,
                                              size_t max_pages = 40);

// True for formats whose files in one folder usually come from one site.
bool IsWebPagePath(const std::filesystem::path& path);

}  // namespace wenyuan::ingest
