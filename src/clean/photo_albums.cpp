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

// "圖說1：", "图2：", "照片 3：", "圖片說明：": the label a numbered caption
// opens with; its length in code points, or 0.
size_t CaptionLabelLength(const std::u32string& core) {
  for (std::u32string_view word : {U"圖片說明", U"图片说明", U"圖說", U"图说", U"圖片", U"图片", U"照片", U"相片",
                                   U"附圖", U"附图", U"圖", U"图"}) {
    if (!core.starts_with(word)) continue;
    size_t i = word.size();
    while (i < core.size() && (utf8::IsSpace(core[i]) || IsAsciiDigit(core[i]))) ++i;
    if (i < core.size() && (core[i] == U'：' || core[i] == ':')) return i + 1;
    return 0;
  }
  return 0;
}

}  // namespace

bool IsNumberedCaption(const std::u32string& core) {
  const size_t label = CaptionLabelLength(core);
  return label > 0 && core.size() <= kMaxCaption + label && CountHanIn(core.substr(label)) >= kMinCaptionHan;
}

std::vector<size_t> NumberedCaptionsBelow(const std::vector<PageLine>& lines, size_t end) {
  size_t i = end, lead = 0;
  while (i < lines.size() && !IsPictureLine(lines[i]) && lead <= kMaxLead) {
    if (!lines[i].blank()) {
      if (lines[i].reason.empty() && HasSentenceEnd(lines[i].core)) return {};  // more prose: no pictures here
      ++lead;
    }
    ++i;
  }
  std::vector<size_t> keep;
  while (i < lines.size()) {
    if (lines[i].blank() || IsPictureLine(lines[i])) {
      ++i;
      continue;
    }
    if (!IsNumberedCaption(lines[i].core) || lines[i].bullet) break;
    keep.push_back(i++);
  }
  return keep;
}

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

bool IsBarePictureLabel(const std::u32string& core) {
  constexpr size_t kMaxName = 8, kMaxLabel = 24;
  std::u32string c = WithoutSpaces(core);
  if (c.empty() || c.size() > kMaxLabel) return false;
  auto plain = [](std::u32string_view s) {
    return !s.empty() && s.size() <= kMaxName && !HasSentencePunct(std::u32string(s));
  };
  // "（圖：寒冷天氣提示）": the picture word, a colon and a short name.
  if ((c.front() == U'（' && c.back() == U'）') || (c.front() == '(' && c.back() == ')')) {
    const std::u32string_view inner = std::u32string_view(c).substr(1, c.size() - 2);
    for (std::u32string_view word : {U"圖：", U"图：", U"圖:", U"图:", U"相片：", U"照片："}) {
      if (inner.starts_with(word)) return plain(inner.substr(word.size()));
    }
    return false;
  }
  // "產品圖片（由食物安全中心提供）": a short name ending in a picture word,
  // and at most who provided it in brackets.
  const size_t open = c.find_first_of(U"（(");
  std::u32string_view name = std::u32string_view(c).substr(0, open);
  if (open != std::u32string::npos) {
    const std::u32string_view credit = std::u32string_view(c).substr(open + 1);
    if (credit.empty() || (credit.back() != U'）' && credit.back() != ')') ||
        !(credit.starts_with(U"由") || credit.ends_with(U"提供）") || credit.ends_with(U"提供)"))) {
      return false;
    }
  }
  for (std::u32string_view word :
       {U"圖片",   U"图片",   U"照片",   U"相片",   U"示意圖", U"示意图", U"分布圖", U"分布图", U"位置圖", U"位置图",
        U"平面圖", U"平面图", U"路線圖", U"路线图", U"地圖",   U"地图",   U"流程圖", U"流程图", U"架構圖", U"架构图"}) {
    if (name.ends_with(word)) return plain(name);
  }
  return false;
}

namespace {

// "[監測站分布圖]": a picture shown by its alt text alone, in brackets, that
// only names it.
bool IsBracketedPictureLabel(const PageLine& l) {
  const std::u32string raw = WithoutSpaces(DecodeUtf32(l.raw));
  if (raw.size() < 3 || raw.front() != U'[' || raw.back() != U']') return false;
  const std::u32string inner = raw.substr(1, raw.size() - 2);
  return inner.find_first_of(U"[]") == std::u32string::npos && IsBarePictureLabel(inner);
}

}  // namespace

namespace {

// "相片集", "活動剪影", "图片集锦": a gallery's heading, a short name of
// pictures.
bool IsGalleryHeading(const std::u32string& core) {
  constexpr size_t kMaxHeading = 8;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() < 2 || s.size() > kMaxHeading || HasSentencePunct(s)) return false;
  for (std::u32string_view w : {U"相片", U"照片", U"圖片", U"图片", U"相簿", U"相冊", U"相册", U"剪影", U"花絮"}) {
    if (s.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// A gallery's heading over its thumbnails, each a picture with a caption
// the page printed above already (two or more): the thumbnails repeat the
// captions and go with their heading.
void MarkRepeatedGalleries(std::vector<PageLine>& lines) {
  constexpr size_t kMinThumbnails = 2;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || !lines[i].reason.empty() || !IsGalleryHeading(lines[i].core)) continue;
    size_t end = i + 1;
    const auto printed_above = [&](const std::u32string& caption) {
      for (size_t k = 0; k < i; ++k) {
        if (!lines[k].blank() && lines[k].core == caption) return true;
      }
      return false;
    };
    while (end < lines.size() && lines[end].placeholder && !lines[end].core.empty() && printed_above(lines[end].core)) {
      ++end;
    }
    if (end - i - 1 < kMinThumbnails) continue;
    for (size_t k = i; k < end; ++k) lines[k].reason = "gallery repeating the captions";
    i = end - 1;
  }
}

}  // namespace

void MarkBarePictureLabels(std::vector<PageLine>& lines) {
  MarkRepeatedGalleries(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !lines[i].reason.empty()) continue;
    // Under a picture, or beside it on its line ("[flow.png] 办理流程图").
    if ((i > 0 && IsPictureLine(lines[i - 1]) && IsBarePictureLabel(lines[i].core)) ||
        (lines[i].placeholder && IsBarePictureLabel(lines[i].core)) || IsBracketedPictureLabel(lines[i])) {
      lines[i].reason = "picture label";
    }
  }
}

}  // namespace wenyuan::clean
