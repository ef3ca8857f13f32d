// A result entry for a stored passage: its id (DESIGN.md's
// "<kb>/<document>#<passage>"), document fields, whole text and score. Every
// engine (keyword, vector, the tests' reference) builds its hits with it;
// the caller adds the snippet.
#pragma once

#include <string>

#include "catalog/records.h"
#include "search/search_types.h"

namespace wenyuan::search {

SearchHit HitOf(const std::string& kb, const catalog::PassageRecord& rec, double score);

}  // namespace wenyuan::search
