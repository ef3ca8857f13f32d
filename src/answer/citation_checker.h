// CheckCitations: the grounding step after generation. A generated text
// cites its evidence as [n] (also ［n］, 【n】, [n, m] and [n][m]); given
// how many pieces of evidence the prompt held, every marker is rewritten as
// [n] when 1 <= n <= evidence_count, repeats of a number within one run of
// adjacent markers are folded, markers naming anything else are removed. Each sentence
// that states something (at least `min_claim_chars` letters or Han
// characters, not a bare heading such as "說明：") and cites nothing valid is
// reported as unsupported. A marker right after a sentence's end
// ("...通報。[1]") belongs to that sentence. Every sentence is also listed
// with the numbers it cites, so callers (eval's citation metrics) judge the
// same sentences this check does. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::answer {

// One sentence of the checked text: its words without markers, the valid
// evidence numbers it cites (ascending, unique), and whether it states
// something (a claim: long enough and not a heading; only claims can be
// unsupported).
struct CitedSentence {
  std::string text;
  std::vector<size_t> citations;
  bool claim = false;
};

struct CitationCheck {
  std::string text;                                // the text with only valid markers, normalised
  std::vector<size_t> cited;                       // valid evidence numbers cited, ascending, unique
  std::vector<std::string> removed;                // markers taken out, as written ("[7]", "[0]")
  size_t duplicates_folded = 0;                    // "[1][1]" counts 1
  std::vector<std::string> unsupported_sentences;  // as they read in `text`
  std::vector<CitedSentence> sentences;            // in order; blank ones left out
};

CitationCheck CheckCitations(std::string_view text, size_t evidence_count, size_t min_claim_chars = 8);

}  // namespace wenyuan::answer
