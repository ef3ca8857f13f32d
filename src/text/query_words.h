// Query words: which terms of a question carry its content and which are
// grammar. Stop words (的、了、是、在 …) and question words (什麼/什么、哪一、
// 如何、為何、多少、是否、嗎、呢 …) are small explicit lists, so that ranking
// can down-weight them rather than dropping them blindly: a question made
// only of them ("是什麼") still has terms to search with.
//
// Classify takes a term as WordAnalyzer produces it (normalised and folded to
// Simplified); the lists hold the Traditional forms too, so unfolded terms
// classify the same. The lists are constant; thread-safe.
#pragma once

#include <string_view>

namespace wenyuan::text {

enum class QueryWordKind { kContent, kStopWord, kQuestionWord };

QueryWordKind Classify(std::string_view folded_term);

std::string_view QueryWordKindName(QueryWordKind kind);  // "content", "stop", "question"

}  // namespace wenyuan::text
