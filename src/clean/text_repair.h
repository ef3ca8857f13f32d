// TextRepair: undoes damage that conversions and crawlers leave in text,
// without touching content:
//   - HTML entities (&amp; &nbsp; &#x4E2D; and doubly escaped &amp;amp;)
//     decoded, and stray HTML tags (<br>, </p>, <span class=…>) removed;
//   - pinyin readings a conversion tool put after characters, a Han
//     character followed by a parenthesised syllable with tone marks
//     (中(zhōng)國(guó) → 中國), removed;
//   - U+FFFD left where a line was cut inside a character removed;
//   - full-width Latin letters and digits made ASCII (safe: they mean the
//     same); full-width punctuation is left alone;
//   - encoding damage that cannot be undone dropped and counted: an ASCII
//     "?" standing for a character a conversion could not map (between two
//     Chinese characters, in text that uses full-width punctuation) with
//     the broken character next to it ("布局?”饼R向" → "布局”向"), and
//     closing tags that lost their "<" ("?从啻?/a>");
//   - word-segmentation spaces (人民网 记者 报道) removed between Chinese
//     characters, when the text shows that pattern, and kept between Latin
//     words.
// Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::clean {

struct RepairStats {
  size_t entities = 0;
  size_t tags = 0;
  size_t pinyin = 0;
  size_t replacement_chars = 0;
  size_t full_width = 0;
  size_t segmentation_spaces = 0;
  size_t damaged_runs = 0;  // encoding damage dropped: lost characters, broken tag tails
};

std::string RepairText(std::string_view text, RepairStats* stats = nullptr);

// True when many Chinese characters are separated by single spaces, as in
// word-segmented corpora (at least a quarter of Han-to-Han joins, and ten).
bool LooksWordSegmented(std::u32string_view text);

}  // namespace wenyuan::clean
