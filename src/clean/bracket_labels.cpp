#include "clean/bracket_labels.h"

#include <string>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxItem = 12;  // one tag or link behind its icon

}  // namespace

bool IsPictureLabelLine(std::string_view raw) {
  std::u32string s = DecodeUtf32(utf8::Trim(raw));
  if (s.size() < 4 || s.front() != '[' || s.back() != ']') return false;
  s = s.substr(1, s.size() - 2);
  if (s.find(']') != std::u32string::npos) return false;
  for (std::u32string_view word : {U"头图",  U"頭圖",  U"题图",  U"題圖",  U"配图",  U"配圖",    U"封面图",  U"封面圖",
                                   U"封面",  U"主图",  U"主圖",  U"图片",  U"圖片",  U"照片",    U"图",      U"圖",
                                   U"image", U"Image", U"IMAGE", U"photo", U"Photo", U"picture", U"Picture", U"img"}) {
    if (!s.starts_with(word)) continue;
    size_t i = word.size();
    while (i < s.size() && (IsAsciiDigit(s[i]) || s[i] == ' ')) ++i;
    return i < s.size() && (s[i] == U'：' || s[i] == ':') && i + 1 < s.size();
  }
  return false;
}

bool IsIconLabelledRow(std::string_view raw) {
  const std::u32string s = DecodeUtf32(utf8::Trim(raw));
  if (s.empty() || s.front() != '[') return false;
  std::u32string label;
  size_t items = 0;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '[') return false;
    const size_t close = s.find(']', i);
    if (close == std::u32string::npos) return false;
    const std::u32string this_label = s.substr(i + 1, close - i - 1);
    // "[ ]", "[x]": a form's check boxes, not icons.
    if (utf8::Trim(EncodeUtf8(this_label)).empty() || this_label == U"x" || this_label == U"X") return false;
    if (!label.empty() && this_label != label) return false;
    label = this_label;
    size_t next = s.find('[', close);
    if (next == std::u32string::npos) next = s.size();
    const std::u32string item = DecodeUtf32(utf8::Trim(EncodeUtf8(s.substr(close + 1, next - close - 1))));
    if (item.empty() || item.size() > kMaxItem || HasSentencePunct(item)) return false;
    ++items;
    i = next;
  }
  return items >= 2;
}

void MarkBracketLabels(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    if (!l.kept()) continue;
    if (IsPictureLabelLine(l.raw)) {
      l.reason = "image placeholder";
    } else if (IsIconLabelledRow(l.raw)) {
      l.reason = "tag list";
    }
  }
}

}  // namespace wenyuan::clean
