// Reading and cleaning one file's documents: the step `ingest` and `clean`
// share, so what `wenyuan clean FILE` shows is exactly what ingest indexes.
// Documents of a many-document file are cleaned together, so lines repeated
// across its pages (a site's header and footer) are recognised.
#pragma once

#include <chrono>
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
// `jobs` threads; the result is the same whatever `jobs` is. A document whose
// text passes limits.max_document_chars fails the whole file
// (kResourceExhausted naming the file and part) before anything is cleaned,
// so nothing of it is stored.
Result<std::vector<PreparedDocument>> PrepareDocuments(const DocumentReader& reader, const std::filesystem::path& path,
                                                       std::string_view bytes,
                                                       const clean::SiteBoilerplate* folder_site = nullptr,
                                                       size_t jobs = 1, const ResourceLimits& limits = {});

// The same for documents already read (a batch of a record file read as a
// stream): site lines are learnt from the batch.
std::vector<PreparedDocument> PrepareExtracted(ExtractedDocuments extracted,
                                               const clean::SiteBoilerplate* folder_site = nullptr, size_t jobs = 1);

// How much of a folder LearnFolderBoilerplate may read: it runs for the
// first changed page of a folder in each ingest (each upload, on a server),
// so its cost must not grow with what else sits in the folder.
struct FolderLearningLimits {
  size_t max_pages = 40;
  uint64_t max_page_bytes = 512ull << 10;    // larger pages are left out
  uint64_t max_total_bytes = 4ull << 20;     // all pages read, together
  std::chrono::milliseconds max_time{2000};  // no page is started after this
};

// Lines repeated across the web pages (.html, .htm) in `folder`: a site's
// header, footer and menus that its pages' markup did not mark as such.
// Reads pages in name order within `limits`; pages that fail to read or
// parse are left out.
clean::SiteBoilerplate LearnFolderBoilerplate(const ReaderRegistry& readers, const std::filesystem::path& folder,
                                              const FolderLearningLimits& limits = {});

// True for formats whose files in one folder usually come from one site.
bool IsWebPagePath(const std::filesystem::path& path);

}  // namespace wenyuan::ingest
