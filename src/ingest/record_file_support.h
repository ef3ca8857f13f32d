// What the readers of record files share: text files holding many records,
// each one document (the <page> crawl format, JSON Lines, `key: value`
// records). Two jobs: the head of a file as UTF-8 for recognising its format
// by content, and the rule that warnings about the file as a whole go with
// its first document. Stateless and thread-safe. (Its .cpp also holds the
// default DocumentReader::OpenRecordStream, for records of one line.)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extracted_document.h"

namespace wenyuan::ingest {

// The head of a file (its first bytes, possibly cut anywhere) as UTF-8 for
// sniffing, without a byte-order mark: as it is when it is UTF-8 (a character
// cut off at its end aside); else decoded (UTF-16, Big5, GB18030) up to its
// last whole line; empty when it does not read as text.
std::string SniffableHead(std::string_view raw_head);

// Puts `warnings` ahead of the first document's own warnings; does nothing
// when there is no document.
void AttachFileWarnings(ExtractedDocuments& docs, const std::vector<std::string>& warnings);

}  // namespace wenyuan::ingest
