// LatinStops: where a Latin mark in a line ends a sentence or a clause (a
// ".", ",", "!" or "?" after a letter, before a space or the line's end),
// and where a dot only shortens a word: a month or a title before a number
// ("Jan. 8, 2026", "No. 5"), a word with a dot inside it ("p.m.", "e.g.").
// A post's stamp ("Jan. 8, 2026 10:42 p.m.") is then no sentence. Pure
// function, thread-safe.
#pragma once

#include <string>

namespace wenyuan::clean {

// True when `core[i]` is a Latin sentence or clause mark, not an
// abbreviation's dot.
bool IsLatinSentenceMark(const std::u32string& core, size_t i);

}  // namespace wenyuan::clean
