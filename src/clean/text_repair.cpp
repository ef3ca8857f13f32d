#include "clean/text_repair.h"

#include <vector>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

bool IsToneMarked(char32_t c) {
  static constexpr std::u32string_view kTone = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
  return kTone.find(c) != std::u32string_view::npos;
}

bool IsPinyinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || IsToneMarked(c); }

// CJK punctuation that, like Han characters, takes no space around it.
bool IsCjkPunct(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || c == U'“' ||
         c == U'”' || c == U'‘' || c == U'’' || c == U'…' || c == U'·';
}

bool IsCjk(char32_t c) { return utf8::IsHan(c) || IsCjkPunct(c); }

// Decodes one entity at text[i] ('&'); returns its length or 0.
size_t DecodeEntity(std::u32string_view text, size_t i, std::u32string& out) {
  size_t semi = text.find(U';', i);
  if (semi == std::u32string_view::npos || semi - i > 10 || semi == i + 1) return 0;
  std::u32string_view name = text.substr(i + 1, semi - i - 1);
  char32_t cp = 0;
  if (name == U"amp")
    cp = '&';
  else if (name == U"lt")
    cp = '<';
  else if (name == U"gt")
    cp = '>';
  else if (name == U"quot")
    cp = '"';
  else if (name == U"apos" || name == U"#39")
    cp = '\'';
  else if (name == U"nbsp")
    cp = ' ';
  else if (name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      char32_t c = name[k];
      int d = (c >= '0' && c <= '9')          ? int(c - '0')
              : (hex && c >= 'a' && c <= 'f') ? int(c - 'a' + 10)
              : (hex && c >= 'A' && c <= 'F') ? int(c - 'A' + 10)
                                              : -1;
      if (d < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  } else {
    return 0;
  }
  out += cp;
  return semi - i + 1;
}

// Length of an HTML tag at text[i] ('<'), or 0 if it is not one.
size_t TagLength(std::u32string_view text, size_t i) {
  size_t j = i + 1;
  if (j < text.size() && text[j] == '/') ++j;
  size_t name_start = j;
  while (j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z') ||
                             (j > name_start && text[j] >= '0' && text[j] <= '9'))) {
    ++j;
  }
  if (j == name_start || j - name_start > 10 || j >= text.size()) return 0;
  if (text[j] == '>') return j - i + 1;
  if (text[j] == '/' && j + 1 < text.size() && text[j + 1] == '>') return j - i + 2;
  if (text[j] != ' ') return 0;
  size_t close = text.find(U'>', j);
  if (close == std::u32string_view::npos || close - i > 300) return 0;
  if (text.substr(j, close - j).find(U'<') != std::u32string_view::npos) return 0;
  if (text.substr(j, close - j).find(U'=') == std::u32string_view::npos) return 0;
  return close - i + 1;
}

// Length of "(zhōng)" at text[i] after a Han character, or 0.
size_t PinyinLength(std::u32string_view text, size_t i) {
  char32_t open = text[i];
  char32_t close = open == U'(' ? U')' : U'）';
  size_t j = i + 1;
  bool marked = false;
  while (j < text.size() && IsPinyinLetter(text[j]) && j - i <= 7) {
    marked |= IsToneMarked(text[j]);
    ++j;
  }
  if (j == i + 1 || j >= text.size() || text[j] != close || !marked) return 0;
  return j - i + 1;
}

// Closing tags that lost their "<" in a bad conversion ("?从啻?/a>").
size_t BrokenTagTailLength(std::u32string_view text, size_t i) {
  if (text[i] != '/' || (i > 0 && text[i - 1] == '<')) return 0;
  for (std::u32string_view tag :
       {U"a>", U"p>", U"span>", U"div>", U"font>", U"b>", U"li>", U"td>", U"strong>", U"em>"}) {
    if (text.substr(i + 1, tag.size()) == tag) return tag.size() + 1;
  }
  return 0;
}

bool IsQuestionWord(char32_t c) {
  return std::u32string_view(U"嗎吗呢麼么什誰谁哪何怎幾几否").find(c) != std::u32string_view::npos;
}

// A byte of a GBK or Big5 character left over when its partner was lost:
// an ASCII letter or symbol wedged between two Han characters ("饼R向").
bool IsOrphanTrail(std::u32string_view text, size_t i) {
  if (i == 0 || i + 1 >= text.size()) return false;
  char32_t c = text[i];
  bool trail = c >= 0x40 && c <= 0x7E && !(c >= '0' && c <= '9');
  return trail && utf8::IsHan(text[i - 1]) && utf8::IsHan(text[i + 1]);
}

// Repairs of every kind counted so far.
size_t RepairCount(const RepairStats& s) {
  return s.entities + s.tags + s.pinyin + s.replacement_chars + s.full_width + s.segmentation_spaces + s.damaged_runs;
}

}  // namespace

bool LooksWordSegmented(std::u32string_view text) {
  size_t spaced = 0, joined = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (!IsCjk(text[i])) continue;
    if (IsCjk(text[i + 1]))
      ++joined;
    else if (text[i + 1] == ' ' && i + 2 < text.size() && IsCjk(text[i + 2]))
      ++spaced;
  }
  return spaced >= 10 && spaced * 3 >= joined;
}

std::string RepairText(std::string_view input, RepairStats* stats) {
  RepairStats local;
  RepairStats& st = stats ? *stats : local;
  const size_t repairs_before = RepairCount(st);
  const std::u32string text = DecodeUtf32(input);

  // Text written with full-width punctuation has no ASCII "?" between two
  // Chinese characters except where a conversion lost a character.
  size_t full_width_marks = 0;
  for (char32_t c : text) full_width_marks += c == U'，' || c == U'？' || c == U'。';
  const bool lossy_question_marks = full_width_marks >= 5;
  std::vector<bool> drop(text.size(), false);
  // At most one character out per character in: `out` is sized for all
  // and written in place (`n` of them so far), no append per character.
  std::u32string out(text.size(), U'\0');
  size_t n_out = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (drop[i]) continue;
    if (c == '?' || c == '/') {
      // A closing tag that lost its "<", with the damaged run before it
      // that starts at a "?" ("?从啻?/a>").
      size_t tail = 0, n = 0;
      for (size_t k = i; k < text.size() && k <= i + 5 && !utf8::IsSpace(text[k]); ++k) {
        if ((n = BrokenTagTailLength(text, k)) != 0) {
          tail = k;
          break;
        }
        if (c == '/') break;
      }
      if (n != 0) {
        ++st.damaged_runs;
        i = tail + n - 1;
        continue;
      }
    }
    if (c == '?' && lossy_question_marks && n_out > 0 && IsCjk(out[n_out - 1]) && !IsQuestionWord(out[n_out - 1]) &&
        i + 1 < text.size() && IsCjk(text[i + 1])) {
      // A character the conversion could not map; a broken neighbour
      // ("?”饼R向": 齊 lost its first byte) goes with it.
      size_t j = i + 1;
      if (j < text.size() && IsCjkPunct(text[j])) ++j;
      if (j + 1 < text.size() && utf8::IsHan(text[j]) && IsOrphanTrail(text, j + 1)) drop[j] = drop[j + 1] = true;
      ++st.damaged_runs;
      continue;
    }
    if (c == '<') {
      if (size_t n = TagLength(text, i)) {
        ++st.tags;
        i += n - 1;
        continue;
      }
    }
    if ((c == U'(' || c == U'（') && n_out > 0 && utf8::IsHan(out[n_out - 1])) {
      if (size_t n = PinyinLength(text, i)) {
        ++st.pinyin;
        i += n - 1;
        continue;
      }
    }
    if (c == utf8::kReplacement) {
      ++st.replacement_chars;
      continue;
    }
    char32_t narrow = utf8::NarrowFullWidth(c);
    if (narrow != c && utf8::IsAsciiAlnum(narrow)) {
      ++st.full_width;
      c = narrow;
    }
    out[n_out++] = c;
  }
  out.resize(n_out);

  // Entities after tags, so an escaped "&lt;br&gt;" stays text; twice, for
  // doubly escaped "&amp;amp;".
  for (int pass = 0; pass < 2; ++pass) {
    if (out.find(U'&') == std::u32string::npos) break;
    std::u32string decoded;
    decoded.reserve(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
      if (out[i] == '&') {
        size_t n = DecodeEntity(out, i, decoded);
        if (n) {
          ++st.entities;
          i += n - 1;
          continue;
        }
      }
      decoded += out[i];
    }
    out.swap(decoded);
  }

  if (LooksWordSegmented(out)) {
    // A segmenter put a space between every two tokens; only a space
    // between two Latin words or numbers was there before it.
    std::u32string joined;
    joined.reserve(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
      if (out[i] == ' ' && !joined.empty() && i + 1 < out.size() && joined.back() != ' ' && joined.back() != '\n' &&
          out[i + 1] != ' ' && out[i + 1] != '\n' &&
          !(utf8::IsAsciiAlnum(joined.back()) && utf8::IsAsciiAlnum(out[i + 1])) &&
          (IsCjk(joined.back()) || IsCjk(out[i + 1]) || !utf8::IsAsciiAlnum(joined.back()) ||
           !utf8::IsAsciiAlnum(out[i + 1]))) {
        ++st.segmentation_spaces;
        continue;
      }
      joined += out[i];
    }
    out.swap(joined);
  }

  // Nothing repaired: every character came through as it was and none was
  // U+FFFD, so the input was well-formed UTF-8, which is its own encoding.
  if (RepairCount(st) == repairs_before) return std::string(input);
  return EncodeUtf8(out);
}

}  // namespace wenyuan::clean
