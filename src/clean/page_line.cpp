#include "clean/page_line.h"

#include <algorithm>

#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kShortLineChars = 12;

// "南屿市市民服务中心.jpg": a picture's file name, whatever its script; and
// "編輯" after a wiki's section heading ("歷史[編輯]"), its edit link.
bool IsPlaceholderName(std::u32string_view inner) {
  for (std::u32string_view edit : {U"編輯", U"编辑", U"編輯原始碼", U"编辑源代码", U"edit", U"Edit", U"修改"}) {
    if (inner == edit) return true;
  }
  for (std::u32string_view ext : {U".jpg", U".jpeg", U".png", U".gif", U".webp", U".svg", U".bmp", U".JPG", U".PNG"}) {
    if (inner.size() > ext.size() && inner.ends_with(ext)) return true;
  }
  return false;
}

// Whether the line's character at `i` is a bullet. "○○年度", "○○市": two
// circles in a row are a blank for a name or a year in a form or a model
// text, not a bullet.
bool IsBulletAt(std::u32string_view line, size_t i) {
  if (!IsBullet(line[i])) return false;
  return line[i] != U'○' || i + 1 >= line.size() || line[i + 1] != U'○';
}

// The line without leading bullets and bracketed non-Han fragments
// ("[ logo _ share ]", "[img-1.jpg?w=600]"), trimmed.
std::u32string Core(const std::u32string& line, bool* had_bullet, bool* had_placeholder) {
  // Never longer than the line: sized for it and written in place (`n`
  // characters so far), trimmed in place; no append or copy per character.
  std::u32string out(line.size(), U'\0');
  size_t n = 0;
  size_t i = 0;
  while (i < line.size() && (utf8::IsSpace(line[i]) || IsBulletAt(line, i))) {
    if (!utf8::IsSpace(line[i])) *had_bullet = true;
    ++i;
  }
  if (const size_t text = AfterLynxCircleBullet(line, i); text != i) {
    *had_bullet = true;
    i = text;
  }
  for (; i < line.size(); ++i) {
    if (line[i] == '[') {
      size_t close = line.find(']', i);
      if (close != std::u32string::npos && close - i < 120) {
        bool han = false;
        for (size_t k = i; k < close; ++k) han |= utf8::IsHan(line[k]);
        if (!han || IsPlaceholderName(std::u32string_view(line).substr(i + 1, close - i - 1))) {
          *had_placeholder = true;
          i = close;
          continue;
        }
      }
    }
    out[n++] = line[i];
  }
  out.resize(n);
  size_t b = 0, e = out.size();
  while (b < e && (utf8::IsSpace(out[b]) || IsBulletAt(out, b))) ++b;
  while (e > b && utf8::IsSpace(out[e - 1])) --e;
  out.erase(e);
  out.erase(0, b);
  return out;
}

}  // namespace

bool PageLine::blank() const { return utf8::Trim(raw).empty(); }

std::string PageLine::CoreUtf8() const { return EncodeUtf8(core); }

PageLine MakePageLine(std::string_view raw) {
  PageLine l;
  l.raw = raw;
  l.core = Core(DecodeUtf32(raw), &l.bullet, &l.placeholder);
  return l;
}

std::vector<PageLine> MakePageLines(std::string_view text) {
  std::vector<PageLine> lines;
  LineReader reader(text);
  std::string_view raw;
  while (reader.Next(raw)) lines.push_back(MakePageLine(raw));
  return lines;
}

std::vector<std::u32string_view> SpaceSeparatedWords(std::u32string_view s) {
  std::vector<std::u32string_view> out;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && utf8::IsSpace(s[i])) ++i;
    size_t end = i;
    while (end < s.size() && !utf8::IsSpace(s[end])) ++end;
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end;
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  // Sized first, then written in place: no append per character.
  size_t bytes = 0;
  for (char32_t c : s) bytes += utf8::EncodedSize(c);
  std::string out(bytes, '\0');
  char* p = out.data();
  for (char32_t c : s) p = utf8::EncodeTo(p, c);
  return out;
}

std::u32string WithoutSpaces(const std::u32string& s) {
  std::u32string out;
  for (char32_t ch : s) {
    if (!utf8::IsSpace(ch)) out += ch;
  }
  return out;
}

std::u32string DecodeUtf32(std::string_view s) {
  // Sized for the code points (bytes that do not continue a sequence) and
  // written in place, no append per character; a stray continuation byte
  // decodes as one more U+FFFD, appended past that.
  std::u32string out(static_cast<size_t>(std::count_if(
                         s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })),
                     U'\0');
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) {
    const char32_t c = utf8::DecodeNext(s, pos);
    if (n < out.size()) {
      out[n] = c;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

size_t SpacedCells(const std::u32string& core) {
  size_t cells = 0, gap = 0;
  bool in_cell = false;
  for (char32_t c : core) {
    if (utf8::IsSpace(c)) {
      gap += c == U'\u3000' ? 2 : 1;
      continue;
    }
    if (!in_cell || gap >= 2) ++cells;
    in_cell = true;
    gap = 0;
  }
  return cells;
}

bool IsBullet(char32_t c) {
  return c == '*' || c == U'•' || c == U'□' || c == U'■' || c == U'●' || c == U'○' || c == U'◆' || c == U'·' ||
         c == '+' || c == '-' || c == U'▪' || c == U'►' || c == U'▶';
}

size_t AfterLynxCircleBullet(const std::u32string& s, size_t at) {
  if (at + 2 >= s.size() || s[at] != 'o' || s[at + 1] != ' ') return at;
  size_t text = at + 1;
  while (text < s.size() && utf8::IsSpace(s[text])) ++text;
  return text < s.size() && s[text] >= 0x2E80 ? text : at;
}

bool IsSentencePunct(char32_t c) {
  static constexpr std::u32string_view kPunct = U"。！？；：，、「」『』（）!?;:,.…—";
  return kPunct.find(c) != std::u32string_view::npos;
}

bool HasSentencePunct(const std::u32string& s) { return std::any_of(s.begin(), s.end(), IsSentencePunct); }

bool HasSentenceEnd(const std::u32string& s) {
  return std::any_of(s.begin(), s.end(),
                     [](char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；'; });
}

size_t NextNonBlank(const std::vector<PageLine>& lines, size_t i) {
  while (i < lines.size() && lines[i].blank()) ++i;
  return i;
}

size_t PreviousNonBlank(const std::vector<PageLine>& lines, size_t i) {
  while (i > 0) {
    if (!lines[--i].blank()) return i;
  }
  return lines.size();
}

bool IsShortLine(const std::u32string& core) {
  return !core.empty() && core.size() <= kShortLineChars && !HasSentencePunct(core);
}

bool IsShortLabelField(const std::u32string& core) {
  constexpr size_t kMaxLabel = 8;
  size_t label = 0;
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (c == U'：' || c == ':') {
      return label > 0 && std::any_of(core.begin() + static_cast<long>(i) + 1, core.end(),
                                      [](char32_t v) { return !utf8::IsSpace(v); });
    }
    if (utf8::IsSpace(c) || c == U'\u3000') continue;
    if (IsSentencePunct(c) || ++label > kMaxLabel) return false;
  }
  return false;
}

std::u32string HanFieldLabel(const std::u32string& spaceless, size_t min_label, size_t max_label, bool commas) {
  const size_t colon = spaceless.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon < min_label || colon > max_label || colon + 1 >= spaceless.size()) {
    return {};
  }
  for (size_t i = 0; i < colon; ++i) {
    if (!utf8::IsHan(spaceless[i]) && !(commas && spaceless[i] == U'、')) return {};
  }
  return spaceless.substr(0, colon);
}

bool IsProse(const PageLine& l) {
  if (l.core.size() < 16) return false;
  size_t spaces = 0, latin_punct = 0;
  for (size_t i = 0; i < l.core.size(); ++i) {
    char32_t c = l.core[i];
    if (c == U'。' || c == U'，' || c == U'；' || c == U'！' || c == U'？') return true;
    spaces += c == ' ';
    latin_punct += (c == ',' || c == '.') && i + 1 < l.core.size() && l.core[i + 1] == ' ';
  }
  // English prose: words and sentence punctuation.
  return l.core.size() >= 40 && spaces >= 6 && latin_punct >= 1;
}

size_t CountHan(const std::u32string& s) { return static_cast<size_t>(std::count_if(s.begin(), s.end(), utf8::IsHan)); }

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

bool EqualsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text == w; });
}

bool StartsWithAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.starts_with(w); });
}

}  // namespace wenyuan::clean
