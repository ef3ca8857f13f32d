// The terms of a snapshot that a text begins with: given a field, a term
// prefix P and a UTF-8 text S, every term P + S[0, j) (j >= 1, at a
// character boundary of S: terms are whole characters) some segment holds.
// One dictionary seek per step, and a step jumps past every length no term
// can have, to a character's end, or ends the walk where the term found
// sorts above the text (one or two seeks per segment when nothing
// matches):
// what finds the passages whose title a query names in full (the title
// keys, index_document.h), one seek walk per start in the query.
// Thread-safe (the snapshot is immutable).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/index_snapshot.h"
#include "util/status.h"

namespace wenyuan::index {

// The distinct terms (without the field byte, prefix included), sorted.
// Corruption if a segment's dictionary is damaged.
Result<std::vector<std::string>> TermsBeginning(const IndexSnapshot& snapshot, Field field, std::string_view prefix,
                                                std::string_view text);

}  // namespace wenyuan::index
