#include "clean/photo_albums.h"

#include "clean/article_lines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCaption = 60, kMinCaptionHan = 4, kMaxLead = 4;

size_t CountHanIn(const std::u32string& s) {
  size_t n = 0;
  for (char32_t c : s) n += utf8::IsHan(c);
  return n;
}

// A picture's placeholder line ("[IMG_6201.jpg]") with nothing else.
bool IsPictureLine(const PageLine& l) { return l.placeholder && l.core.empty(); }

}  // namespace

bool IsFileNameCaption(const std::u32string& core) {
  if (core.empty()) return false;
  // Letters, digits, '_', '-', '.' only: a file name.
  bool ascii = true;
  for (char32_t c : core) {
    if (!(c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '_' || c == '-' || c == '.' || c == ' '))) {
      ascii = false;
    }
  }
  if (ascii) return true;
  // A short word and the picture's number: "活動照片8", "照片 3", "圖1".
  size_t end = core.size();
  while (end > 0 && (IsAsciiDigit(core[end - 1]) || utf8::IsSpace(core[end - 1]))) --end;
  return end < core.size() && end <= 6 && !HasSentencePunct(core);
}

std::vector<size_t> AlbumCaptionsBelow(const std::vector<PageLine>& lines, size_t end,
                                       const std::unordered_set<std::u32string>& body) {
  // Over the album's heading and buttons ("活動照片（共12張） (BUTTON) 下載相簿").
  size_t i = end, lead = 0;
  while (i < lines.size() && !IsPictureLine(lines[i]) && lead <= kMaxLead) {
    if (!lines[i].blank()) {
      if (lines[i].reason.empty() && HasSentenceEnd(lines[i].core)) return {};  // more prose: no album here
      ++lead;
    }
    ++i;
  }
  std::vector<size_t> keep;
  size_t captioned = 0;
  while (i < lines.size()) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    if (!IsPictureLine(lines[i])) break;
    const size_t c = i + 1;
    if (c >= lines.size() || lines[c].blank() || IsPictureLine(lines[c])) {
      ++i;
      continue;
    }
    const PageLine& cap = lines[c];
    ++captioned;
    size_t shared = 0;
    if (!cap.bullet && cap.core.size() <= kMaxCaption && CountHanIn(cap.core) >= kMinCaptionHan &&
        !IsFileNameCaption(cap.core) && (cap.reason.empty() || cap.reason == "image name") &&
        ShareInBody(cap.core, body, &shared) > 0 && shared >= 1) {
      keep.push_back(c);
    }
    i = c + 1;
  }
  if (captioned < 2) return {};
  return keep;
}

}  // namespace wenyuan::clean
