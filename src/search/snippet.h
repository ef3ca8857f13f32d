// Snippets: the window of a passage that best shows why it matched, with
// the matched ranges marked. Offsets are code points into the passage.
#pragma once

#include <string>
#include <vector>

#include "search/search_types.h"
#include "text/bigram_tokenizer.h"

namespace wenyuan::search {

// The window of about `chars` code points of `text` with the most query-term
// hits, and the hit ranges inside it (passage offsets). A query term of one
// Han character hits every token that holds it.
Snippet MakeSnippet(const std::string& text, const std::vector<text::Token>& tokens,
                    const std::vector<std::string>& query_terms, size_t chars);

}  // namespace wenyuan::search
