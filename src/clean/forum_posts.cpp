#include "clean/forum_posts.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "clean/article_lines.h"
#include "clean/forum_rules.h"
#include "clean/latin_stops.h"
#include "clean/thread_rows.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutsideMainText[] = "outside the main text";  // clean/main_text_finder.h
constexpr double kHeadlineShareOfThread = 0.34;               // of the title's words the posts have
constexpr size_t kMinPosts = 3;
constexpr size_t kMaxFurnitureChars = 80;
constexpr size_t kMinBodyHan = 20;  // a long run of Han text is a body line, punctuated or not
constexpr size_t kMaxProseAbove = 1;
constexpr size_t kMaxBodyLook = 8;        // lines under the last head where its body stands
constexpr size_t kFullLine = 30;          // Han characters of a hard-wrapped line of prose
constexpr size_t kMaxBlockReach = 2;      // lines a block reaches beyond its recurring line
constexpr size_t kMaxSignatureLines = 3;  // "簽名檔" over a motto
constexpr size_t kMaxSignatureChars = 40;
constexpr size_t kMinQuotedChars = 8;  // a wrapped "。" or "謝謝！" repeats without quoting

bool IsFullWidthDigit(char32_t c) { return c >= U'０' && c <= U'９'; }

// A short line that may be a post's furniture: no body line, not long.
bool IsShortPart(const PageLine& l) {
  return !l.blank() && l.core.size() <= kMaxFurnitureChars && !IsPostBodyLine(l.core);
}

// A shape that says something of its own: a number with a word ("a 9 H 9",
// "H：9", "Dec 9", "♥ 9 H") or two numbers ("9-9-9 9:9"). Words alone ("H
// H": 登录 注册, 点赞 回复) recur on any page, and so do a name ("a9"), a
// floor ("#9") and a list's number ("9 »"): such lines recur only by their
// text.
bool IsTellingShape(const std::u32string& shape) {
  const size_t numbers = static_cast<size_t>(std::count(shape.begin(), shape.end(), U'9'));
  const bool word = shape.find_first_of(U"Ha") != std::u32string::npos;
  return shape.size() >= 3 && numbers > 0 && (numbers >= 2 || word);
}

struct Recurrence {
  std::vector<size_t> at;  // the lines, in page order
  bool by_shape = false;   // the lines share a telling shape (else their text)
  bool titles = false;     // punctuated lines printed again and again: parts, no head or foot
  std::u32string shape;    // where by_shape
};

// True when a body line stands between lines `from` and `to`.
bool BodyBetween(const std::vector<PageLine>& lines, size_t from, size_t to) {
  for (size_t k = from + 1; k < to; ++k) {
    if (!lines[k].blank() && IsPostBodyLine(lines[k].core)) return true;
  }
  return false;
}

// A recurrence that parts posts: three times or more, a body between two
// of its lines nearly every time (a post may be one "+1").
bool PartsPosts(const std::vector<PageLine>& lines, const Recurrence& r) {
  if (r.at.size() < kMinPosts) return false;
  size_t with_body = 0;
  for (size_t k = 0; k + 1 < r.at.size(); ++k) with_body += BodyBetween(lines, r.at[k], r.at[k + 1]);
  const size_t gaps = r.at.size() - 1;
  return with_body >= kMinPosts - 1 && with_body * 4 >= gaps * 3;
}

// "a a 9, 9, 9:9a #9", "H 9-9-9 9:9 9H": a post's whole stamp, a date with
// its time of day (four numbers or more) and a word (the poster, a floor).
bool IsFullStamp(const std::u32string& shape) {
  constexpr size_t kMinNumbers = 4;
  const size_t numbers = static_cast<size_t>(std::count(shape.begin(), shape.end(), U'9'));
  return numbers >= kMinNumbers && shape.find(U"9:9") != std::u32string::npos &&
         shape.find_first_of(U"Ha") != std::u32string::npos;
}

// True when a body follows each of `heads`, before the next one.
bool PartsEveryPost(const std::vector<PageLine>& lines, const std::vector<size_t>& heads) {
  if (heads.size() < kMinPosts) return false;
  for (size_t k = 0; k < heads.size(); ++k) {
    const size_t end = k + 1 < heads.size() ? heads[k + 1] : std::min(lines.size(), heads[k] + kMaxBodyLook);
    if (!BodyBetween(lines, heads[k], end)) return false;
  }
  return true;
}

// How many of `heads` are followed by one of `feet` before the next head,
// a body between the head and the foot (a post's card or stamp over its
// body, its buttons under it); none unless the first head is such a post.
size_t PostsBetween(const std::vector<PageLine>& lines, const std::vector<size_t>& heads,
                    const std::vector<size_t>& feet) {
  size_t posts = 0;
  for (size_t k = 0; k < heads.size(); ++k) {
    const auto foot = std::upper_bound(feet.begin(), feet.end(), heads[k]);
    const bool post =
        foot != feet.end() && (k + 1 == heads.size() || *foot < heads[k + 1]) && BodyBetween(lines, heads[k], *foot);
    // The first head without a foot: an article's byline over its body,
    // the readers' comments under it.
    if (!post && k == 0) return 0;
    posts += post;
  }
  return posts;
}

// The block of short lines around line `at`: up to blank lines and body
// lines, at most kMaxBlockReach lines either way.
std::pair<size_t, size_t> BlockAround(const std::vector<PageLine>& lines, size_t at) {
  size_t first = at, last = at;
  while (first > 0 && at - first < kMaxBlockReach && IsShortPart(lines[first - 1])) --first;
  while (last + 1 < lines.size() && last - at < kMaxBlockReach && IsShortPart(lines[last + 1])) ++last;
  return {first, last};
}

// "版主", "参与者", "超级版主", "Keymaster": a poster's role on the board,
// printed under the name in the post's card.
bool IsPosterRole(const std::u32string& core) {
  constexpr size_t kMaxRole = 8;
  if (core.empty() || core.size() > kMaxRole) return false;
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  for (std::string_view role : {"版主", "管理员", "管理員", "站长", "站長", "参与者", "參與者", "旁观者", "旁觀者",
                                "协管员", "協管員", "会员", "會員", "Moderator", "Keymaster", "Participant"}) {
    if (s.ends_with(role)) return true;
  }
  return false;
}

// "2026-11-30 09:02", "Dec 3, 2026 10:41": a date with its time of day, digits
// around a colon after a date's digits.
bool HasDateAndTime(const std::u32string& shape) {
  const size_t time = shape.find(U"9:9");
  if (time == std::u32string::npos) return false;
  const std::u32string_view before(shape.data(), time);
  return before.find(U"9-9") != std::u32string_view::npos || before.find(U"9/9") != std::u32string_view::npos ||
         before.find(U"9H9") != std::u32string_view::npos || before.find(U"9, 9") != std::u32string_view::npos ||
         before.find(U"9.9") != std::u32string_view::npos;
}

// Within the thread (from line `first`): a quotation, a body line the page
// printed in an earlier post already, with the short lines right over it
// ("引用:", "原帖由 某人 於 … 發表", "Quote from alice"); and a note standing
// on its own between blank lines with a date and time in it ("本帖最後由 某人
// 於 2026-11-30 09:02 編輯", "Last edited by alice on Dec 3, 2026 10:41").
void MarkQuotesAndNotes(const std::vector<PageLine>& lines, size_t first, std::vector<bool>& furniture) {
  std::set<std::u32string> said;
  for (size_t i = first; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || furniture[i]) continue;
    if (IsPostBodyLine(l.core)) {
      const std::u32string text = WithoutSpaces(l.core);
      if (text.size() < kMinQuotedChars || said.insert(text).second) continue;
      furniture[i] = true;
      for (size_t k = i; k > first && IsShortPart(lines[k - 1]) && !furniture[k - 1]; --k) furniture[k - 1] = true;
      // The quotation's wrapped last piece under it ("氮氣測漏先"), cut
      // where the quoting post cut it: a short line found in an earlier
      // post's line.
      for (size_t k = i + 1; k < lines.size() && IsShortPart(lines[k]) && !furniture[k]; ++k) {
        const std::u32string piece = WithoutSpaces(lines[k].core);
        const bool quoted = std::any_of(said.begin(), said.end(), [&](const std::u32string& line) {
          return line.find(piece) != std::u32string::npos;
        });
        if (!quoted) break;
        furniture[k] = true;
      }
      continue;
    }
    const bool alone = (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank());
    if (alone && IsShortPart(l) && HasDateAndTime(LineShape(l.core))) furniture[i] = true;
  }
}

// The thread's title printed over the thread behind a label ("Thread: X",
// "主題：X") and again as the first post's title under its head (line
// `first`): the thread starts at its first post, and what stands above it
// is the board's (breadcrumbs, a first-visit notice, "Results 1 to 6 of
// 6", the thread's tools, the labelled title).
void MarkAboveTheThread(const std::vector<PageLine>& lines, size_t first, std::vector<bool>& furniture) {
  // The first post's title: right under its head (vBulletin) or right over
  // it (phpBB).
  auto printed_above = [&](size_t title) {
    if (title >= lines.size() || !lines[title].reason.empty() || furniture[title]) return false;
    const std::u32string text = WithoutSpaces(lines[title].core);
    if (text.size() < kMinQuotedChars) return false;
    for (size_t i = 0; i < title; ++i) {
      if (!lines[i].blank() && lines[i].reason.empty() && WithoutSpaces(lines[i].core).ends_with(text)) return true;
    }
    return false;
  };
  size_t under = first + 1;
  while (under < lines.size() && under - first <= kMaxBodyLook && (lines[under].blank() || furniture[under])) ++under;
  size_t over = first;
  while (over > 0 && lines[over - 1].blank()) --over;
  over = over > 0 ? over - 1 : lines.size();
  size_t title = lines.size();
  if (under - first <= kMaxBodyLook && printed_above(under)) {
    title = first;  // all above the head goes
  } else if (printed_above(over)) {
    title = over;  // all above the post's title goes
  }
  for (size_t i = 0; i < title && title < lines.size(); ++i) furniture[i] = !lines[i].blank();
}

}  // namespace

bool IsPostBodyLine(const std::u32string& core) {
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (c == U'。' || c == U'，' || c == U'！' || c == U'？' || c == U'；' || c == U'、') return true;
    if (IsLatinSentenceMark(core, i)) return true;
  }
  return CountHan(core) >= kMinBodyHan;
}

std::u32string LineShape(const std::u32string& core) {
  auto handle_char = [](char32_t c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_' || c == '.' || c == '-'; };
  std::u32string shape;
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    char32_t symbol = c;
    if (IsAsciiLetter(c)) {
      // A Latin word or a handle ("kernel_fan", "lin.0815", "miki0315"): one word.
      while (i + 1 < core.size() && handle_char(core[i + 1])) ++i;
      symbol = U'a';
    } else if (utf8::IsHan(c)) {
      symbol = U'H';
    } else if (IsAsciiDigit(c) || IsFullWidthDigit(c)) {
      // A count with thousands separators ("5,921") is one number like "386".
      while (i + 2 < core.size() && core[i + 1] == ',' && IsAsciiDigit(core[i + 2])) i += 2;
      symbol = U'9';
    } else if (utf8::IsSpace(c) || c == U'\u3000') {
      symbol = U' ';
    }
    const bool run = symbol == U'H' || symbol == U'9' || symbol == U'a' || symbol == U' ';
    if (run && !shape.empty() && shape.back() == symbol) continue;
    shape += symbol;
  }
  return shape;
}

ThreadSpan MarkForumPosts(std::vector<PageLine>& lines) {
  // Each short line under its text and, where its shape tells, its shape.
  // A post's title printed over each reply ("Re: 第一台公路車該買哪種？")
  // recurs by its text though it is punctuated.
  std::map<std::u32string, size_t> printed;
  for (const PageLine& l : lines) {
    if (!l.core.empty() && l.core.size() <= kMaxFurnitureChars) ++printed[WithoutSpaces(l.core)];
  }
  std::map<std::u32string, Recurrence> recurring;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    // A list item is a menu's, unless it is a post's whole stamp (a board
    // that prints its posts as a list: "* 小綠 2026-11-28 21:05 #1").
    if (l.core.empty() || (l.bullet && !IsFullStamp(LineShape(l.core)))) continue;
    const std::u32string text = WithoutSpaces(l.core);
    const bool repeated_title = l.core.size() <= kMaxFurnitureChars && printed[text] >= kMinPosts;
    const bool short_part = IsShortPart(l);
    if (!short_part && !repeated_title) continue;
    Recurrence& same_text = recurring[U"=" + text];
    same_text.at.push_back(i);
    same_text.titles = !short_part;
    if (!short_part) continue;
    const std::u32string shape = LineShape(l.core);
    if (!IsTellingShape(shape)) continue;
    Recurrence& same_shape = recurring[U"~" + shape];
    same_shape.at.push_back(i);
    same_shape.by_shape = true;
    same_shape.shape = shape;
  }
  // The recurrences that part posts, each set of lines once (a button row
  // recurs by its text and by its shape alike).
  std::vector<const Recurrence*> parts;
  for (const auto& entry : recurring) {
    const Recurrence& r = entry.second;
    if (!PartsPosts(lines, r)) continue;
    const auto same = std::find_if(parts.begin(), parts.end(), [&](const Recurrence* p) { return p->at == r.at; });
    if (same == parts.end()) {
      parts.push_back(&r);
    } else if (r.by_shape) {
      *same = &r;
    }
  }
  // A post's head and its foot: two recurrences, one of them by a telling
  // shape (menus recur by their text), each head followed by a foot before
  // the next head, a body between the two.
  size_t first = lines.size(), last = 0;
  bool open_end = false;  // the thread ends with a post's head, no foot
  for (const Recurrence* head : parts) {
    for (const Recurrence* foot : parts) {
      if (head == foot || (!head->by_shape && !foot->by_shape) || head->titles || foot->titles) continue;
      const size_t posts = PostsBetween(lines, head->at, foot->at);
      if (posts < kMinPosts || posts + 1 < head->at.size()) continue;
      first = std::min(first, head->at.front());
      last = std::max(last, foot->at.back());
    }
  }
  // Without feet: a head that tells the poster, the date and its time and
  // the floor on one line ("alice  December 2, 2026, 9:14pm  #1"), a body
  // after each of its lines.
  for (const Recurrence* head : parts) {
    if (first < last) break;
    if (head->by_shape && IsFullStamp(head->shape) && PartsEveryPost(lines, head->at)) {
      first = head->at.front();
      last = head->at.back();
      open_end = true;
    }
  }
  if (first >= last) return {};
  // A recurrence that interleaves with the posts found and reaches a little
  // beyond them widens the thread to its lines (a stamp over each card,
  // found as the foot of the card above it: the first stamp and the last
  // card are the thread's too).
  for (const Recurrence* r : parts) {
    if (r->titles || r->at.back() < first || r->at.front() > last) continue;
    if (r->at.front() < first && first - r->at.front() <= kMaxBodyLook) first = r->at.front();
    if (r->at.back() > last && r->at.back() - last <= kMaxBodyLook) {
      last = r->at.back();
      open_end = true;  // the last card, its body under it
    }
  }
  // Paragraphs above the first post (sentences ended, or full lines): an
  // article's, where the posts are its readers' comments. A thread's title
  // as a question is none.
  // A paragraph hard-wrapped over several lines counts once (a board's
  // first-visit notice over the thread is one paragraph).
  size_t prose_above = 0;
  for (size_t i = 0; i < first; ++i) {
    const PageLine& l = lines[i];
    const bool prose = !l.blank() && l.reason.empty() && IsPostBodyLine(l.core) &&
                       (HasSentenceEnd(l.core) || l.core.size() >= kFullLine) && l.core.back() != U'？';
    const bool wrapped_on = i > 0 && !lines[i - 1].blank() && lines[i - 1].reason.empty() &&
                            IsPostBodyLine(lines[i - 1].core) && lines[i - 1].core.size() >= kFullLine;
    prose_above += prose && !wrapped_on;
  }
  if (prose_above > kMaxProseAbove) return {};
  // The posts' parts: the recurrences within the thread.
  const size_t from = first >= kMaxBlockReach ? first - kMaxBlockReach : 0;
  std::erase_if(parts, [&](const Recurrence* r) { return r->at.front() < from || r->at.back() > last; });

  std::vector<bool> furniture(lines.size(), false);
  for (const Recurrence* r : parts) {
    for (size_t at : r->at) {
      const auto [block_first, block_last] = BlockAround(lines, at);
      for (size_t k = std::max(from, block_first); k <= std::min(last, block_last); ++k) furniture[k] = true;
    }
  }
  // A poster's role right under a block (the card reaches one line further
  // than the block: "铁皮青蛙" over "版主").
  for (size_t i = from; i < last; ++i) {
    if (furniture[i] && !furniture[i + 1] && !lines[i + 1].blank() && IsPosterRole(lines[i + 1].core)) {
      furniture[i + 1] = true;
    }
  }
  // A signature: a short block under a body, right over a post's furniture.
  for (size_t i = first; i < lines.size(); ++i) {
    if (!furniture[i] || (i > 0 && furniture[i - 1])) continue;
    size_t end = i;  // the block above ends at `end - 1`
    while (end > first && lines[end - 1].blank()) --end;
    if (end == first || furniture[end - 1]) continue;
    size_t start = end;
    while (start > first && IsShortPart(lines[start - 1]) && !furniture[start - 1]) --start;
    if (start == end || end - start > kMaxSignatureLines) continue;
    size_t above = start;
    while (above > first && lines[above - 1].blank()) --above;
    if (above == start || above == first || !IsPostBodyLine(lines[above - 1].core)) continue;  // a blank parts it
    bool short_lines = true;
    for (size_t k = start; k < end; ++k) short_lines &= lines[k].core.size() <= kMaxSignatureChars;
    if (!short_lines) continue;
    for (size_t k = start; k < end; ++k) furniture[k] = true;
  }
  // The topic's rows around its posts (clean/thread_rows.h): its summary,
  // the range of posts shown and the column header over them.
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::u32string& c = lines[i].core;
    if (!lines[i].blank() && (IsTopicSummary(c) || IsPostRangeRow(c) || IsPostColumnHeader(c))) furniture[i] = true;
  }
  MarkQuotesAndNotes(lines, first, furniture);
  MarkAboveTheThread(lines, first, furniture);
  // The first post's title right over it, printed a second time under the
  // thread's title.
  for (size_t i = first, seen = 0; i-- > 0 && seen < kMaxBlockReach + 1;) {
    if (lines[i].blank()) continue;
    ++seen;
    if (!lines[i].reason.empty() || furniture[i]) continue;
    const std::u32string text = WithoutSpaces(lines[i].core);
    for (size_t k = 0; k < i; ++k) {
      if (!lines[k].blank() && lines[k].reason.empty() && !furniture[k] && WithoutSpaces(lines[k].core) == text) {
        furniture[i] = true;
      }
    }
  }
  // Where the thread ends with a head, the last head's block (its card,
  // and the poster's role right under it) is furniture too.
  if (open_end) {
    const size_t block_last = BlockAround(lines, last).second;
    for (size_t k = last + 1; k <= block_last; ++k) furniture[k] = true;
    if (block_last + 1 < lines.size() && !lines[block_last + 1].blank() && IsPosterRole(lines[block_last + 1].core)) {
      furniture[block_last + 1] = true;
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i] && !lines[i].blank() && lines[i].reason.empty()) lines[i].reason = kForumFurniture;
  }
  // The last post's body under its head, where the thread ends with a head
  // (no foot closes the last post): the body lines after the last
  // furniture, up to a line that is neither.
  size_t end = last + 1;
  for (size_t k = end, seen_body = 0; open_end && k < lines.size() && k - last <= kMaxBodyLook + seen_body; ++k) {
    if (IsPostRangeRow(lines[k].core)) break;  // the range of posts shown closes them
    if (lines[k].blank() || furniture[k]) continue;
    if (!IsPostBodyLine(lines[k].core)) break;
    ++seen_body;
    end = k + 1;
  }
  return {first, end};
}

void KeepForumPostBodies(std::vector<PageLine>& lines, ThreadSpan thread) {
  for (size_t i = thread.first; i < thread.end && i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.reason == kOutsideMainText && IsPostBodyLine(l.core)) l.reason.clear();
  }
}

std::optional<size_t> KeepThreadTitle(std::vector<PageLine>& lines) {
  constexpr size_t kMaxLinesUp = 3, kMinTitle = 6, kMaxTitle = 60, kMinShared = 3;
  size_t header = lines.size();
  for (size_t i = 0; i < lines.size() && header == lines.size(); ++i) {
    if (lines[i].reason == kForumFurniture && IsForumPostHeader(lines[i].core)) header = i;
  }
  if (header == lines.size()) return std::nullopt;
  std::unordered_set<std::u32string> body;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i < header && lines[i].kept()) return std::nullopt;  // a title above is kept already
    if (i > header && lines[i].kept()) {
      for (auto& f : WordFeatures(lines[i].core)) body.insert(std::move(f));
    }
  }
  // Up past the header's neighbours the rules dropped (the thread's
  // buttons and page row), to the first line the main text left out.
  for (size_t i = header, seen = 0; i > 0 && seen < kMaxLinesUp;) {
    PageLine& l = lines[--i];
    if (l.blank()) continue;
    ++seen;
    if (l.reason != kOutsideMainText) continue;
    size_t shared = 0;
    const bool title = !l.bullet && l.core.size() >= kMinTitle && l.core.size() <= kMaxTitle &&
                       !HasSentenceEnd(l.core) && l.core.find(U'>') == std::u32string::npos &&
                       l.core.find(U'|') == std::u32string::npos;
    if (title && ShareInBody(l.core, body, &shared) >= kHeadlineShareOfThread && shared >= kMinShared) {
      l.reason.clear();
      return i;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

void MarkPostersNamesAgain(std::vector<PageLine>& lines) {
  constexpr size_t kMaxNameLineWords = 2;
  std::set<std::u32string> names;
  for (const PageLine& l : lines) {
    if (l.reason != kForumFurniture) continue;
    const auto words = SpaceSeparatedWords(l.core);
    if (words.size() >= 2 && words[0].size() >= 2) names.emplace(words[0]);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.reason.empty() || !IsShortPart(l)) continue;
    const auto words = SpaceSeparatedWords(l.core);
    if (words.empty() || words.size() > kMaxNameLineWords || !names.contains(std::u32string(words[0]))) continue;
    const size_t next = NextNonBlank(lines, i + 1);
    if (next < lines.size() && lines[next].reason.empty() && IsPostBodyLine(lines[next].core))
      l.reason = kForumFurniture;
  }
}

}  // namespace wenyuan::clean
