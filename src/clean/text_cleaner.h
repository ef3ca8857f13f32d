// TextCleaner: turns extracted text into the stored text that passages and
// offsets point into. It never drops a character of content: it normalises
// line ends, removes control characters and trailing blanks, and lays the
// text out as one paragraph per line with no empty lines. With
// join_wrapped_lines (PDF output), lines inside a block that were broken by
// the page width are joined: Han to Han with nothing between, Latin words
// with one space; a numbered section ("壹、", "一、", "1.2 ") starts a new
// paragraph and a numbered heading stands alone. Stateless and thread-safe.
//
// Boilerplate removal and repair of damaged text belong here too (issue 4).
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::clean {

struct CleanOptions {
  // Lines in one block (no blank line between them) are one paragraph
  // unless a line ends a sentence (PDF text).
  bool join_wrapped_lines = false;
  // Only lines that reach the text's wrap width (measured from the text:
  // Chinese characters count two columns) continue into the next line,
  // unless they end a sentence: hard-wrapped plain text and crawled pages,
  // where short lines (headings, captions, list items) stand alone. A Latin
  // word or number cut by the wrap ("Op" + "enAI") is rejoined without a
  // space when the whole word occurs elsewhere in the text. A table's row
  // laid out in spaced columns (two gaps of three spaces or more) is no
  // wrapped line, however wide: it neither goes on nor takes the line above.
  bool join_full_lines = false;
};

std::string CleanText(std::string_view raw, const CleanOptions& options);

}  // namespace wenyuan::clean
