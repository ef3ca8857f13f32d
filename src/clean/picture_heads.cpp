#include "clean/picture_heads.h"

#include "clean/article_lines.h"
#include "clean/dates_and_bylines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";  // clean/main_text_finder.h
constexpr size_t kMaxCaptionLines = 3, kMinCaptionHan = 8, kMaxHeadline = 40;

bool AtMargin(const PageLine& l) { return !l.raw.empty() && l.raw.front() != ' ' && l.raw.front() != '\t'; }

}  // namespace

std::vector<size_t> KeepHeadlineOverPicture(std::vector<PageLine>& lines) {
  std::vector<size_t> kept;
  size_t first = 0;
  while (first < lines.size() && (lines[first].blank() || !lines[first].reason.empty())) ++first;
  // The kept text's head: a byline or date line among its first lines
  // ("南方周末记者 黄知远 …", "发自…", then the date).
  constexpr size_t kMaxHeadLines = 3;
  bool byline = false;
  for (size_t i = first, seen = 0; i < lines.size() && seen < kMaxHeadLines && !byline; ++i) {
    if (lines[i].blank() || !lines[i].reason.empty()) continue;
    ++seen;
    byline = IsBylineLine(lines[i].core) || IsDateLine(lines[i].core);
  }
  if (!byline) return kept;
  // The caption, right above the bylines.
  std::vector<size_t> caption;
  size_t at = PreviousNonBlank(lines, first);
  while (at < lines.size() && caption.size() < kMaxCaptionLines && lines[at].reason == kOutside && !lines[at].bullet &&
         !AtMargin(lines[at]) && lines[at].core.find_first_of(U"|｜>»›") == std::u32string::npos) {
    caption.push_back(at);
    at = at > 0 && !lines[at - 1].blank() ? at - 1 : lines.size();
  }
  if (at == lines.size() && !caption.empty()) at = PreviousNonBlank(lines, caption.back());
  std::u32string caption_text;
  for (auto it = caption.rbegin(); it != caption.rend(); ++it) caption_text += lines[*it].core;
  if (!caption.empty() && CountHan(caption_text) < kMinCaptionHan) return kept;
  // The picture.
  if (at >= lines.size() || lines[at].reason != "image placeholder") return kept;
  // The headline over it.
  const size_t headline = PreviousNonBlank(lines, at);
  if (headline >= lines.size()) return kept;
  PageLine& h = lines[headline];
  if (h.reason != kOutside || h.bullet || !AtMargin(h) || h.core.size() > kMaxHeadline || HasSentenceEnd(h.core) ||
      !LooksLikeHeadline(h)) {
    return kept;
  }
  h.reason.clear();
  kept.push_back(headline);
  for (size_t k : caption) lines[k].reason.clear();
  if (!caption.empty()) kept.push_back(caption.back());  // its first line starts a paragraph
  return kept;
}

}  // namespace wenyuan::clean
