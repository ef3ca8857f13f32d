#include "clean/gallery_captions.h"

#include <set>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxGalleryGap = 16;  // lines between the kept text and the gallery
constexpr size_t kMinPictures = 3;
constexpr size_t kMaxCaption = 80;
constexpr size_t kMinCaptionHan = 6;

bool IsCaption(const PageLine& l) {
  if (l.blank() || l.bullet || l.reason != "outside the main text" || l.core.size() > kMaxCaption) return false;
  if (!HasSentenceEnd(l.core) || CountHan(l.core) < kMinCaptionHan) return false;
  return l.core.find_first_of(U"|｜>[]") == std::u32string::npos;
}

}  // namespace

std::vector<size_t> KeepGalleryCaptions(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  size_t last = lines.size();
  std::set<std::u32string> kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    last = i;
    kept.insert(WithoutSpaces(lines[i].core));
  }
  if (last == lines.size()) return out;
  for (size_t i = last + 1; i < lines.size() && i <= last + kMaxGalleryGap; ++i) {
    if (!IsPictureOnly(lines[i])) continue;
    // The run of pictures, each right over its caption (blank lines
    // between pairs allowed).
    std::vector<size_t> captions;
    size_t k = i;
    while (k + 1 < lines.size() && IsPictureOnly(lines[k]) && IsCaption(lines[k + 1])) {
      captions.push_back(k + 1);
      k += 2;
      while (k < lines.size() && lines[k].blank()) ++k;
    }
    if (captions.size() < kMinPictures) continue;
    for (size_t c : captions) {
      if (!kept.insert(WithoutSpaces(lines[c].core)).second) continue;
      lines[c].reason.clear();
      out.push_back(c);
    }
    return out;
  }
  return out;
}

}  // namespace wenyuan::clean
