#include "clean/section_index.h"

#include <unordered_map>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinEntries = 3;
constexpr size_t kMaxEntryChars = 40;
constexpr size_t kMinEntryChars = 2;

bool IsNumberingChar(char32_t c) {
  return (c >= '0' && c <= '9') || c == '.' || c == U'．' || c == U'、' || IsBullet(c) || utf8::IsSpace(c);
}

bool IsIndexLabel(const std::u32string& core) {
  return core == U"目录" || core == U"目錄" || core == U"Contents" || core == U"CONTENTS" || core == U"本文目录" ||
         core == U"本文目錄" || core == U"文章目录" || core == U"文章目錄";
}

// A list item: a bullet or a number in front of its text.
bool IsListEntry(const PageLine& l) {
  if (l.core.empty() || l.core.size() > kMaxEntryChars) return false;
  return l.bullet || (l.core[0] >= '0' && l.core[0] <= '9');
}

// A paragraph of text, not a headline with a comma in it: prose that is
// long or ends a sentence.
bool IsParagraph(const PageLine& l) {
  constexpr size_t kMinParagraph = 40;
  if (!IsProse(l)) return false;
  const char32_t last = l.core.back();
  return l.core.size() > kMinParagraph || last == U'。' || last == U'！' || last == U'？';
}

// Does a line with this text, other than the entry at `entry`, have prose
// within kProseBelow non-blank lines below it (a paragraph, see IsParagraph)?
bool HeadsProse(const std::vector<PageLine>& lines,
                const std::unordered_map<std::u32string, std::vector<size_t>>& headings, const std::u32string& key,
                size_t entry) {
  constexpr size_t kProseBelow = 4;
  auto it = headings.find(key);
  if (it == headings.end()) return false;
  for (size_t at : it->second) {
    if (at == entry) continue;
    for (size_t i = at + 1, seen = 0; i < lines.size() && seen < kProseBelow; ++i) {
      if (lines[i].blank()) continue;
      ++seen;
      if (IsParagraph(lines[i])) return true;
    }
  }
  return false;
}

}  // namespace

std::u32string WithoutNumbering(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() && IsNumberingChar(core[i])) ++i;
  std::u32string out;
  for (; i < core.size(); ++i) {
    if (!utf8::IsSpace(core[i])) out += core[i];
  }
  return out;
}

void MarkSectionIndex(std::vector<PageLine>& lines) {
  // Where the lines that could be headings (no bullet, short) stand, by
  // their text without numbering.
  std::unordered_map<std::u32string, std::vector<size_t>> headings;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || l.bullet || l.core.size() > kMaxEntryChars) continue;
    std::u32string key = WithoutNumbering(l.core);
    if (key.size() >= kMinEntryChars) headings[key].push_back(i);
  }
  auto repeated_elsewhere = [&](size_t i) {
    const PageLine& l = lines[i];
    if (!l.reason.empty() || !IsListEntry(l)) return false;
    const std::u32string key = WithoutNumbering(l.core);
    if (key.size() < kMinEntryChars) return false;
    auto it = headings.find(key);
    if (it == headings.end()) return false;
    for (size_t at : it->second) {
      if (at != i) return true;
    }
    return false;
  };
  for (size_t i = 0; i < lines.size();) {
    if (!repeated_elsewhere(i)) {
      ++i;
      continue;
    }
    std::vector<size_t> entries;
    size_t j = i;
    while (j < lines.size() && (lines[j].blank() || repeated_elsewhere(j))) {
      if (!lines[j].blank()) entries.push_back(j);
      ++j;
    }
    // Most entries name a section of text (a heading with prose below it),
    // not a list of other articles under a section name.
    size_t sections = 0;
    for (size_t k : entries) sections += HeadsProse(lines, headings, WithoutNumbering(lines[k].core), k);
    if (entries.size() >= kMinEntries && sections * 2 >= entries.size()) {
      for (size_t k : entries) lines[k].reason = "table of contents";
      size_t above = i;
      while (above > 0 && lines[above - 1].blank()) --above;
      if (above > 0 && IsIndexLabel(lines[above - 1].core)) lines[above - 1].reason = "table of contents";
    }
    i = j;
  }
}

}  // namespace wenyuan::clean
