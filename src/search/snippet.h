// Snippets: the window of a passage that best shows why it matched, with
// the matched ranges marked. Offsets are code points into the passage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/search_types.h"
#include "text/bigram_tokenizer.h"

namespace wenyuan::search {

// The window of about `chars` code points of `text` with the most query-term
// hits, and the hit ranges inside it (passage offsets). A hit is a token of
// `tokenizer` (overlapping hits merged) equal to a query term; a query term
// of one Han character hits every token that holds it. The passage is walked
// once, token by token, without storing its tokens.
Snippet MakeSnippet(std::string_view text, const text::BigramTokenizer& tokenizer,
                    const std::vector<std::string>& query_terms, size_t chars);

}  // namespace wenyuan::search
