#include "clean/post_boundaries.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "clean/forum_posts.h"
#include "clean/forum_rules.h"
#include "clean/mail_quotes.h"
#include "clean/thread_events.h"
#include "clean/thread_tail.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxShortChars = 80;
constexpr size_t kMinBoundaries = 3;  // posts' heads holding furniture over a body
constexpr size_t kMinHrChars = 30;    // a rule across the text; lynx prints a form field as 20 "_"
constexpr size_t kMinRuleChars = 2;   // "---", a mail's "-- " over a signature
constexpr size_t kMaxNameChars = 20;  // "Cadence_Lin", "騎不動的小陳"
constexpr size_t kMinNamedPosts = 3;  // rules each with a name under it
constexpr size_t kMaxSignatureLines = 3;
constexpr size_t kMaxSignatureChars = 40;
constexpr size_t kMinQuotedChars = 8;  // a wrapped "謝謝！" repeats without quoting
constexpr size_t kMaxQuoteHeaderChars = 120;
constexpr size_t kMaxNameWordChars = 16;
constexpr size_t kMaxToggleChars = 12;  // "點擊展開…", "在原文中查看 ↓"
constexpr size_t kMaxAboveTitle = 4;    // a loading notice, a breadcrumb
constexpr size_t kMaxTitleReach = 3;    // the title right over the first boundary, or in it

bool KeptBody(const PageLine& l) { return l.kept() && IsPostBodyLine(l.core); }
bool KeptShort(const PageLine& l) { return l.kept() && l.core.size() <= kMaxShortChars && !IsPostBodyLine(l.core); }
bool IsFurniture(const PageLine& l) { return l.reason == kForumFurniture; }

void MarkFurniture(PageLine& l) {
  if (l.kept()) l.reason = kForumFurniture;
}

bool Unindented(const PageLine& l) { return !l.raw.empty() && !utf8::IsSpace(static_cast<unsigned char>(l.raw[0])); }

// "-----", "_____", "═════" of at least `min_chars`: a rule (its core may
// be empty where the bullet rules took the dashes for a bullet).
bool IsRuleLine(const PageLine& l, size_t min_chars) {
  const std::u32string t = DecodeUtf32(utf8::Trim(l.raw));
  if (t.size() < min_chars) return false;
  return std::all_of(t.begin(), t.end(),
                     [](char32_t c) { return std::u32string_view(U"-_=─—━═~").find(c) != std::u32string_view::npos; });
}

// "騎不動的小陳", "Cadence_Lin": a poster's name, a short line of one or two
// words without punctuation or digits alone.
bool IsNameLine(const PageLine& l) {
  return KeptShort(l) && l.core.size() <= kMaxNameChars && !HasSentencePunct(l.core) &&
         SpaceSeparatedWords(l.core).size() <= 2 && !std::all_of(l.core.begin(), l.core.end(), IsAsciiDigit);
}

// Posts parted by rules across the text: a rule under a body (or its
// picture), the poster's name alone under it, the body under the name.
// The first post's name stands over its body with the names' shape. Only
// where a name comes back (a poster replies), so that an article's
// sections under rules and headings stay.
void MarkRulePartedNames(std::vector<PageLine>& lines) {
  std::vector<size_t> names;
  size_t first_rule = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsRuleLine(lines[i], kMinHrChars)) continue;
    const size_t above = PreviousNonBlank(lines, i);
    if (above == lines.size() || !(KeptBody(lines[above]) || lines[above].placeholder)) continue;
    const size_t name = NextNonBlank(lines, i + 1);
    if (name >= lines.size() || !IsNameLine(lines[name]) || name + 1 >= lines.size() || !lines[name + 1].blank())
      continue;
    const size_t body = NextNonBlank(lines, name + 1);
    if (body >= lines.size() || !IsPostBodyLine(lines[body].core)) continue;
    first_rule = std::min(first_rule, i);
    names.push_back(name);
  }
  if (names.size() < kMinNamedPosts) return;
  std::set<std::u32string> shapes;
  for (size_t n : names) shapes.insert(LineShape(lines[n].core));
  // The first post's name: over its body (and pictures) above the first rule.
  size_t k = first_rule;
  while (k > 0 && (lines[k - 1].blank() || KeptBody(lines[k - 1]) || lines[k - 1].placeholder)) --k;
  if (k > 0 && IsNameLine(lines[k - 1]) && shapes.contains(LineShape(lines[k - 1].core)) &&
      PreviousNonBlank(lines, k - 1) < lines.size()) {
    names.push_back(k - 1);
  }
  std::map<std::u32string, size_t> said;
  for (size_t n : names) ++said[WithoutSpaces(lines[n].core)];
  if (std::none_of(said.begin(), said.end(), [](const auto& e) { return e.second >= 2; })) return;
  for (size_t n : names) MarkFurniture(lines[n]);
}

// A boundary: the lines between two kept body lines (or the page's ends).
struct Zone {
  size_t first = 0, end = 0;  // [first, end)
  bool body_above = false, body_below = false, furniture = false;
};

std::vector<Zone> Zones(const std::vector<PageLine>& lines) {
  std::vector<Zone> zones;
  for (size_t i = 0; i < lines.size();) {
    if (KeptBody(lines[i])) {
      ++i;
      continue;
    }
    Zone z;
    z.first = i;
    while (i < lines.size() && !KeptBody(lines[i])) z.furniture |= IsFurniture(lines[i++]);
    z.end = i;
    z.body_above = z.first > 0;
    z.body_below = z.end < lines.size() && !lines[z.end].bullet;  // a list of other threads is no post
    zones.push_back(z);
  }
  return zones;
}

// "1 条回复 最后回复 …": the first two words of a line.
std::u32string LeadingWords(const std::u32string& core) {
  const auto words = SpaceSeparatedWords(core);
  if (words.size() < 2) return {};
  return std::u32string(words[0]) + U" " + std::u32string(words[1]);
}

// "老陈 2026 年 11 月 30 日 09:11 4" → "9 H 9 H 9 H 9:9 9": the shape of a
// line after its first word (a poster's name, Han or Latin alike).
std::u32string TailShape(const std::u32string& core) {
  const auto words = SpaceSeparatedWords(core);
  if (words.size() < 2) return {};
  const size_t at = static_cast<size_t>(words[1].data() - core.data());
  return LineShape(core.substr(at));
}

bool IsTellingShape(const std::u32string& shape) {
  const bool number = shape.find(U'9') != std::u32string::npos;
  const bool word = shape.find_first_of(U"Ha") != std::u32string::npos;
  return shape.size() >= 3 && number && word;
}

// In each boundary holding furniture: a block's short lines between two
// lines dropped already (a name between the avatar and the rank), or
// over one at the block's top (an avatar's letter over the name, counters
// over the buttons), and short lines shaped like the thread's furniture.
// A wrapped line's end under its body line, a code sample under its
// label ("代码: 全选") are neither.
void MarkBoundaryBlocks(std::vector<PageLine>& lines, const std::vector<Zone>& zones) {
  std::map<std::u32string, size_t> leading, shapes, tails;  // tails: a stamp after each poster's name
  for (const PageLine& l : lines) {
    if (!IsFurniture(l) || l.core.size() > kMaxShortChars) continue;
    const std::u32string words = LeadingWords(l.core);
    if (!words.empty()) ++leading[words];
    const std::u32string shape = LineShape(l.core);
    if (IsTellingShape(shape)) ++shapes[shape];
    const std::u32string tail = TailShape(l.core);
    if (IsTellingShape(tail)) ++tails[tail];
  }
  auto twice = [](const std::map<std::u32string, size_t>& seen, const std::u32string& key) {
    const auto it = seen.find(key);
    return !key.empty() && it != seen.end() && it->second >= 2;
  };
  auto dropped = [&](size_t k) { return !lines[k].blank() && !lines[k].reason.empty(); };
  std::vector<size_t> marked;
  for (const Zone& z : zones) {
    if (!z.body_above || !z.body_below) continue;
    for (size_t i = z.first; i < z.end; ++i) {
      if (!KeptShort(lines[i])) continue;
      if (twice(leading, LeadingWords(lines[i].core)) || twice(shapes, LineShape(lines[i].core)) ||
          twice(tails, TailShape(lines[i].core))) {
        marked.push_back(i);
        continue;
      }
      if (!z.furniture || (i > z.first && KeptShort(lines[i - 1]))) continue;  // not a run's first line
      size_t end = i;
      while (end < z.end && KeptShort(lines[end])) ++end;
      const bool top_edge = i == 0 || lines[i - 1].blank();
      const bool below = end < lines.size() && dropped(end);
      if (below && (top_edge || dropped(i - 1))) {
        for (size_t k = i; k < end; ++k) marked.push_back(k);
      }
    }
  }
  for (size_t k : marked) MarkFurniture(lines[k]);
}

// A signature: up to three short lines right under a rule, the rule under
// a post's body or its foot (the action row: "回复 举报"), a blank and the
// boundary's furniture (or a short line) under them.
void MarkSignaturesUnderRules(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsRuleLine(lines[i], kMinRuleChars)) continue;
    const size_t above = PreviousNonBlank(lines, i);
    // Under the mail delimiter the body may end with a command or a code
    // line, no sentence.
    const bool mail_delimiter = utf8::Trim(lines[i].raw) == "--";
    if (above == lines.size() ||
        !(IsPostBodyLine(lines[above].core) || IsFurniture(lines[above]) || (mail_delimiter && lines[above].kept()))) {
      continue;
    }
    size_t end = i + 1;
    while (end < lines.size() && !lines[end].blank() && end - i <= kMaxSignatureLines &&
           (!lines[end].kept() || lines[end].core.size() <= kMaxSignatureChars)) {
      ++end;
    }
    if (end == i + 1 || end >= lines.size() || !lines[end].blank()) continue;
    const size_t below = NextNonBlank(lines, end);
    if (below >= lines.size() || KeptBody(lines[below])) continue;
    for (size_t k = i; k < end; ++k) MarkFurniture(lines[k]);
  }
}

bool IsCutShort(const std::u32string& core) { return core.ends_with(U"…") || core.ends_with(U"..."); }

// Quotations of earlier posts: a header ending in a colon over lines the
// page printed above already (however they were wrapped), a short line
// cut with an ellipsis under them; and a line that is a poster's name,
// then an earlier post's words.
void MarkQuotations(std::vector<PageLine>& lines) {
  // Posters' names: a line of the furniture that is one word ("阿正"), and
  // for a header every word of the furniture ("帖子 由 lvxiaobu » …").
  std::set<std::u32string> names, words_of_furniture;
  for (const PageLine& l : lines) {
    if (!IsFurniture(l)) continue;
    const auto words = SpaceSeparatedWords(l.core);
    if (l.core.size() <= kMaxNameWordChars && words.size() == 1) names.insert(WithoutSpaces(l.core));
    for (std::u32string_view w : words) {
      if (w.size() <= kMaxNameWordChars) words_of_furniture.emplace(w);
    }
  }
  std::u32string said;  // every line, spaces taken out, run together
  std::vector<size_t> said_until(lines.size() + 1, 0);
  for (size_t i = 0; i < lines.size(); ++i) {
    said_until[i] = said.size();
    if (!lines[i].blank()) said += WithoutSpaces(lines[i].core);
  }
  said_until[lines.size()] = said.size();
  // Printed above line `before`; or, cut short ("……"), printed in full
  // below it (an excerpt of the accepted answer over the thread).
  auto quoted = [&](size_t line, size_t before) {
    std::u32string text = WithoutSpaces(lines[line].core);
    if (text.size() < kMinQuotedChars) return false;
    if (std::u32string_view(said).substr(0, said_until[before]).find(text) != std::u32string_view::npos) return true;
    if (!IsCutShort(text)) return false;
    while (!text.empty() && (text.back() == U'…' || text.back() == U'.')) text.pop_back();
    return text.size() >= kMinQuotedChars &&
           std::u32string_view(said).substr(said_until[line + 1]).find(text) != std::u32string_view::npos;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    const auto words = SpaceSeparatedWords(l.core);
    if (words.empty()) continue;
    std::u32string poster(words[0]);
    if (poster.starts_with(U"@")) poster.erase(0, 1);
    // "小米老爹 請問樓主，坪林到最高點那段大概要爬多久？"
    if (l.kept() && words.size() >= 2 && names.contains(poster)) {
      const std::u32string rest = WithoutSpaces(l.core).substr(words[0].size());
      if (rest.size() >= kMinQuotedChars &&
          std::u32string_view(said).substr(0, said_until[i]).find(rest) != std::u32string_view::npos) {
        lines[i].reason = kForumFurniture;
        continue;
      }
    }
    // The header names a poster the thread printed in its furniture: a
    // line with a colon ("阿正 說：", "tsai.hm：", "lvxiaobu 写了: ↑ 2026年…",
    // "@zhangyue_dev 在 … 中说："), or one the forum rules took for a post's
    // stamp ("小魚 發表於 2026-11-29 08:15").
    while (!poster.empty() && (poster.back() == U':' || poster.back() == U'：')) poster.pop_back();
    // A colon after a word, not a time's ("21:13").
    bool colon = false;
    for (size_t k = 1; k < l.core.size(); ++k) {
      colon |= (l.core[k] == U':' || l.core[k] == U'：') && !IsAsciiDigit(l.core[k - 1]);
    }
    if (std::any_of(poster.begin(), poster.end(), IsAsciiDigit)) continue;  // "#0": a floor
    const bool header = (IsFurniture(l) && names.contains(poster)) ||
                        ((names.contains(poster) || words_of_furniture.contains(poster)) &&
                         l.core.size() <= kMaxQuoteHeaderChars && colon && !HasSentenceEnd(l.core));
    if (!header) continue;
    const size_t first = NextNonBlank(lines, i + 1);
    if (first >= lines.size() || first - i > 2 || !quoted(first, i)) continue;
    MarkFurniture(lines[i]);
    size_t k = first;
    for (; k < lines.size() && !lines[k].blank(); ++k) {
      if (!quoted(k, i) && !(IsCutShort(lines[k].core) && lines[k].core.size() <= kMaxSignatureChars)) break;
      MarkFurniture(lines[k]);
    }
    // The quotation's toggle right under it ("在原文中查看 ↓"), a blank
    // under that.
    if (k + 1 < lines.size() && KeptShort(lines[k]) && lines[k].core.size() <= kMaxToggleChars &&
        !HasSentencePunct(lines[k].core) && lines[k + 1].blank()) {
      MarkFurniture(lines[k]);
    }
  }
}

// The board's lines around the thread's title: the first boundary's short
// lines under the title (the starter line, counters, a pager) and the few
// kept lines over it (a loading notice, a breadcrumb).
void MarkAroundTheTitle(std::vector<PageLine>& lines, const std::vector<Zone>& zones) {
  // The first boundary holding furniture over a post's body (the page's
  // top where the title is no body line), up to the first between two.
  // Only where the page sets its text in from its headings (a text dump;
  // an HTML page's text is all flush left).
  size_t set_in = 0, flush = 0;
  for (const PageLine& l : lines) {
    if (!KeptBody(l)) continue;
    ++(Unindented(l) ? flush : set_in);
  }
  if (set_in <= flush) return;
  for (const Zone& z : zones) {
    if (!z.furniture || !z.body_below) continue;
    const size_t from = z.first > kMaxTitleReach ? z.first - kMaxTitleReach : 0;
    size_t title = lines.size();
    for (size_t k = z.end; k-- > from;) {
      if (lines[k].kept() && Unindented(lines[k])) {
        title = k;
        break;
      }
    }
    if (title == lines.size()) {
      if (z.body_above) return;
      continue;
    }
    // Down to the first post's head: a heading over the first post's text
    // ("问题描述") is the post's.
    size_t head_end = title + 1;
    for (size_t k = title + 1; k < z.end; ++k) {
      if (!lines[k].blank() && !lines[k].reason.empty()) head_end = k;
    }
    for (size_t k = title + 1; k < head_end; ++k) {
      if (KeptShort(lines[k])) MarkFurniture(lines[k]);
    }
    size_t above = 0;
    for (size_t k = 0; k < title; ++k) above += lines[k].kept();
    if (above > kMaxAboveTitle) return;
    for (size_t k = 0; k < title; ++k) MarkFurniture(lines[k]);
    return;
  }
}

}  // namespace

void MarkPostBoundaries(std::vector<PageLine>& lines) {
  MarkRulePartedNames(lines);
  const std::vector<Zone> zones = Zones(lines);
  // Each post's head holds furniture over its body (the first one's may
  // share the page's top with the title).
  const size_t heads = static_cast<size_t>(
      std::count_if(zones.begin(), zones.end(), [](const Zone& z) { return z.furniture && z.body_below; }));
  if (heads < kMinBoundaries) return;
  MarkSignaturesUnderRules(lines);
  MarkQuotations(lines);
  MarkMailQuotes(lines);
  MarkBoundaryBlocks(lines, Zones(lines));
  MarkAroundTheTitle(lines, Zones(lines));
  MarkThreadTail(lines);
  MarkThreadEvents(lines);
}

}  // namespace wenyuan::clean
