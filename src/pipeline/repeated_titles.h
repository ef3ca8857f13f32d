// Titles that name their document, decided with the whole knowledge base in
// view. A title that several documents of one KB share (a letterhead such
// as 「北辰市政府資訊服務處　人民陳情案件回覆」, a site's name, a bare kind
// of document such as 「公告」) names none of them, and a single document
// cannot tell: its own title choice (clean::ChooseTitle) only sees itself.
//
// RetitleRepeatedTitles finds the KB's titles held by `min_documents` or
// more documents of different content (exact copies share a title
// rightly) that are chrome: short (eight characters or fewer: a site's
// name, a kind of document), or a line those documents open with (a
// letterhead, a masthead). A long title that documents share without
// carrying it (the gazette's 「交通部令：修正「…」」 for every amendment of
// one rule) names a subject and stays. It remembers the chrome titles in
// the catalog (kb_repeated_title: a document ingested later with one is
// re-titled too, though it alone no longer repeats), also takes titles
// under three characters, and gives each such
// document a title from its own text that avoids them: its 標題 or 主旨
// field, else its first heading-like line that is not one of them, else
// its file name. It changes catalog rows only; the KB's index holds titles
// too (its title field and stored .ttl), and follows when the caller runs
// KbIndexWriter::Sync (search/kb_index.h), as `ingest` (at the end of each
// run) and `check` do. Use from one thread; one transaction.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "util/status.h"

namespace wenyuan::pipeline {

inline constexpr size_t kRepeatedTitleDocuments = 3;

struct Retitled {
  int64_t document_id = 0;
  std::string old_title;
  std::string new_title;
};

struct RetitleReport {
  std::vector<std::string> repeated;  // the titles found repeated, by name
  std::vector<Retitled> retitled;
};

// The title for a document of text `text` and file `source`, avoiding every
// title in `rejected`.
std::string TitleAvoiding(std::string_view text, std::string_view source, const std::set<std::string>& rejected);

Result<RetitleReport> RetitleRepeatedTitles(catalog::Catalog& catalog, const std::string& kb,
                                            size_t min_documents = kRepeatedTitleDocuments);

}  // namespace wenyuan::pipeline
