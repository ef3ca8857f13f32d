// The Han characters that make up almost all running Chinese text: the 2,000
// most frequent of Simplified text and the 2,000 most frequent of Traditional
// text, 2,956 in all (they cover about 98 % of the Han characters of news,
// encyclopaedia, law and gazette prose in either script). Encoding detection
// uses them to judge which decoding of a file reads as Chinese. A compile-time
// constant: no state, safe from any thread.
#pragma once

#include <cstddef>

namespace wenyuan::ingest {

// True if `cp` is one of the common characters (all lie in U+4E00..U+9FFF).
bool IsCommonHan(char32_t cp);

// How many characters the set holds.
size_t CommonHanCount();

}  // namespace wenyuan::ingest
