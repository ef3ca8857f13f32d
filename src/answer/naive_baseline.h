// The naive answer baseline that eval reports beside ours (issue 7): the
// three sentences of the top passage that hold the most distinct characters
// of the question (after script folding when a folder is given), in that
// order, ties broken by position. It knows nothing of term weights, other
// passages or question types; it is there to show what ours adds.
// Stateless and thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "search/search_types.h"
#include "text/script_folder.h"

namespace wenyuan::answer {

std::vector<std::string> NaiveBaselineSentences(const search::SearchResponse& search, const text::ScriptFolder* folder,
                                                size_t max_sentences = 3);

}  // namespace wenyuan::answer
