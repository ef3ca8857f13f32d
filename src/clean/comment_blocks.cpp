#include "clean/comment_blocks.h"

#include <algorithm>
#include <string_view>

#include "clean/comment_threads.h"
#include "clean/dates_and_bylines.h"
#include "clean/forum_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeader = 60;
constexpr size_t kMaxHeaderHan = 16;
constexpr size_t kMaxReactionRow = 40;
constexpr size_t kMaxCommentLines = 4;  // a comment's or review's text under its header
constexpr size_t kMaxAnswerLines = 24;  // an answer's
constexpr size_t kMinComments = 3;
constexpr size_t kMinAnswers = 2;
constexpr size_t kMaxReplyLabel = 6;
constexpr char kAcceptedAnswerBadge[] = "accepted-answer badge";  // clean/answer_furniture.h's reason

// The label of "商戶回覆：…", "作者回复：…": a reply under the run.
bool IsReplyLine(std::u32string_view s) {
  for (size_t k = 2; k < s.size() && k <= kMaxReplyLabel + 1; ++k) {
    if (s[k] != U'：' && s[k] != ':') continue;
    const std::u32string_view label = s.substr(0, k);
    return label.ends_with(U"回覆") || label.ends_with(U"回复") || label.ends_with(U"答覆") || label.ends_with(U"答复");
  }
  return false;
}

// "[回复] [删除]" after the stamp, or "某人 回复 另一人 2026-12-05 21:30":
// a comment's header that prints its own action links, or a reply's that
// names whom it answers. Either closes its block as a reaction row would.
bool HasInlineActions(const std::u32string& core) {
  static constexpr std::u32string_view kReplies[] = {U"回复", U"回覆", U"回應", U"回应"};
  static constexpr std::u32string_view kActions[] = {U"删除", U"刪除", U"举报", U"舉報", U"检举", U"檢舉", U"引用"};
  auto in = [](const auto& list, std::u32string_view w) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  const std::vector<std::u32string_view> words = SpaceSeparatedWords(core);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::u32string_view w = words[i];
    // "[回复]", "[删除]": an action link after the stamp.
    if (w.size() > 2 && w.front() == U'[' && w.back() == U']') {
      const std::u32string_view inner = w.substr(1, w.size() - 2);
      if (in(kReplies, inner) || in(kActions, inner)) return true;
    }
    // "某人 回复 另一人 …": the replied word between two names, near the head.
    if (i > 0 && i < 3 && i + 2 < words.size() && in(kReplies, w)) return true;
  }
  return false;
}

// "评论 重要提示：…[发评论]", "網友留言": the comment area's heading right
// above a run of comments: a short line whose first word names comments.
bool IsRunHeading(const PageLine& l) {
  if (!l.kept() || l.core.size() > 48 || HasSentenceEnd(l.core)) return false;
  const std::vector<std::u32string_view> words = SpaceSeparatedWords(l.core);
  return !words.empty() && words.front().size() <= 6 && IsCommentWord(words.front());
}

struct Block {
  size_t header = 0;
  size_t end = 0;       // one past its last line
  size_t reaction = 0;  // its closing reaction row, or `end` when none
};

// The block opened by the header at `h`: up to the next blank line or
// header.
Block BlockAt(const std::vector<PageLine>& lines, size_t h) {
  Block b{h, h + 1, 0};
  while (b.end < lines.size() && !lines[b.end].blank() && !IsBlockHeaderShape(lines[b.end].core)) ++b.end;
  b.reaction = b.end;
  if (b.end > h + 1 && IsBlockReactionRow(lines[b.end - 1].core)) b.reaction = b.end - 1;
  return b;
}

// The blocks of the page in order, each opened by a header with text
// under it.
std::vector<Block> Blocks(const std::vector<PageLine>& lines) {
  std::vector<Block> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsBlockHeaderShape(lines[i].core)) continue;
    const Block b = BlockAt(lines, i);
    if (b.reaction > i + 1) out.push_back(b);
    i = b.end - 1;
  }
  return out;
}

// Nothing kept stands between two blocks.
bool Adjacent(const std::vector<PageLine>& lines, const Block& a, const Block& b) {
  for (size_t k = a.end; k < b.header; ++k) {
    if (lines[k].kept()) return false;
  }
  return true;
}

bool IsQuestionAndAnswers(const std::vector<PageLine>& lines) {
  return std::any_of(lines.begin(), lines.end(), [](const PageLine& l) {
    return !l.blank() && (l.reason == kAcceptedAnswerBadge || IsAnswerCountHeading(l.core));
  });
}

void MarkAnswers(std::vector<PageLine>& lines, const std::vector<Block>& blocks) {
  std::vector<const Block*> answers;
  for (const Block& b : blocks) {
    if (b.reaction < b.end && b.reaction - b.header - 1 <= kMaxAnswerLines) answers.push_back(&b);
  }
  if (answers.size() < kMinAnswers) return;
  for (PageLine& l : lines) {
    if (l.kept() && IsAnswerCountHeading(l.core)) l.reason = kForumFurniture;
  }
  for (const Block& b : blocks) {
    if (b.reaction - b.header - 1 > kMaxAnswerLines) continue;
    if (lines[b.header].kept()) lines[b.header].reason = kForumFurniture;
    if (b.reaction < b.end && lines[b.reaction].kept()) lines[b.reaction].reason = kForumFurniture;
    for (size_t k = b.header + 1; k < b.reaction; ++k) {
      if (lines[k].reason == kReadersComment) lines[k].reason.clear();
    }
  }
}

void MarkComments(std::vector<PageLine>& lines, const std::vector<Block>& blocks) {
  for (size_t i = 0; i < blocks.size();) {
    size_t j = i;
    size_t reacted = 0;
    while (j < blocks.size() && blocks[j].reaction - blocks[j].header - 1 <= kMaxCommentLines &&
           (j == i || Adjacent(lines, blocks[j - 1], blocks[j]))) {
      if (blocks[j].reaction < blocks[j].end || HasInlineActions(lines[blocks[j].header].core)) ++reacted;
      ++j;
    }
    if (j == i) {
      ++i;
      continue;
    }
    if (j - i >= kMinComments && reacted >= kMinComments) {
      for (size_t b = i; b < j; ++b) {
        for (size_t k = blocks[b].header; k < blocks[b].end; ++k) {
          if (lines[k].kept()) lines[k].reason = k == blocks[b].header ? kForumFurniture : kReadersComment;
        }
      }
      size_t above = blocks[i].header;
      while (above > 0 && lines[above - 1].blank()) --above;
      if (above > 0 && IsRunHeading(lines[above - 1])) lines[above - 1].reason = kForumFurniture;
      const size_t next = NextNonBlank(lines, blocks[j - 1].end);
      if (next < lines.size() && lines[next].kept() && IsReplyLine(lines[next].core)) {
        lines[next].reason = kReadersComment;
      }
    }
    i = j;
  }
}

// "2026年10月12日 23:02", "2026-10-12 23:02", "10月12日": a stamp and
// nothing else.
bool IsStampOnly(std::u32string_view s) {
  constexpr size_t kMaxStamp = 24;
  if (s.empty() || s.size() > kMaxStamp || !HasDateOrTime(s)) return false;
  return std::all_of(s.begin(), s.end(), [](char32_t c) {
    return IsAsciiDigit(c) || c == U'年' || c == U'月' || c == U'日' || c == ':' || c == '-' || c == '/' || c == '.' ||
           c == ' ';
  });
}

}  // namespace

bool IsSignedComment(const std::u32string& core) {
  constexpr size_t kMaxName = 16;
  for (std::u32string_view dash : {U" – ", U" — ", U" - "}) {
    const size_t at = core.rfind(dash);
    if (at == std::u32string::npos || at < 2) continue;
    const std::u32string_view tail = std::u32string_view(core).substr(at + dash.size());
    const size_t space = tail.find(U' ');
    if (space == std::u32string_view::npos || space == 0 || space > kMaxName) continue;
    const std::u32string name(tail.substr(0, space));
    const bool named =
        std::any_of(name.begin(), name.end(), [](char32_t c) { return utf8::IsHan(c) || IsAsciiLetter(c); });
    if (!named || HasSentencePunct(name) || HasDateOrTime(name) || !IsStampOnly(tail.substr(space + 1))) continue;
    // What is signed reads as a remark (a sentence's punctuation, or an
    // "@name" it answers), not as a listed title ("年度報告 – 研考會 2026-03-02").
    const std::u32string said = core.substr(0, at);
    return said.starts_with(U'@') || HasSentencePunct(said);
  }
  return false;
}

bool IsReputationRow(const std::u32string& core) {
  const std::vector<std::u32string_view> words = SpaceSeparatedWords(core);
  if (words.size() < 2) return false;
  auto number = [](std::u32string_view w) {
    return !w.empty() && IsAsciiDigit(w.front()) &&
           std::all_of(w.begin(), w.end(), [](char32_t c) { return IsAsciiDigit(c) || c == ','; });
  };
  if (!number(words.front())) return false;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::u32string_view w = words[i];
    if (w.size() < 2 || std::u32string_view(U"●•◆◇○").find(w.front()) == std::u32string_view::npos ||
        !number(w.substr(1))) {
      return false;
    }
  }
  return true;
}

void MarkSignedComments(std::vector<PageLine>& lines) {
  constexpr size_t kMinSigned = 2;
  std::vector<size_t> signed_lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    if (IsSignedComment(lines[i].core)) {
      signed_lines.push_back(i);
    } else if (IsReputationRow(lines[i].core)) {
      lines[i].reason = kForumFurniture;
    }
  }
  if (signed_lines.size() < kMinSigned) return;
  for (size_t i : signed_lines) lines[i].reason = kReadersComment;
}

bool IsBlockHeaderShape(const std::u32string& core) {
  return !core.empty() && core.size() <= kMaxHeader && !HasSentenceEnd(core) && CountHan(core) <= kMaxHeaderHan &&
         HasDateOrTime(core);
}

bool IsBlockReactionRow(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxReactionRow || HasSentenceEnd(core)) return false;
  static constexpr std::u32string_view kWords[] = {
      U"有用", U"沒用", U"没用", U"赞同", U"贊同", U"反对", U"反對", U"举报", U"舉報", U"檢舉", U"检举", U"回复",
      U"回覆", U"讚好", U"点赞", U"點讚", U"按讚", U"评论", U"評論", U"留言", U"分享", U"收藏", U"赞",   U"讚"};
  std::u32string rest = core;
  bool any = false;
  for (std::u32string_view w : kWords) {
    for (size_t at = rest.find(w); at != rest.npos; at = rest.find(w)) {
      rest.erase(at, w.size());
      any = true;
    }
  }
  return any && CountHan(rest) == 0;
}

bool IsAnswerCountHeading(const std::u32string& core) {
  if (core.size() > 14 || HasSentencePunct(core)) return false;
  std::u32string s = WithoutSpaces(core);
  for (std::u32string_view w : {U"其他", U"其它", U"全部", U"更多", U"共"}) {
    if (s.starts_with(w)) {
      s.erase(0, w.size());
      break;
    }
  }
  bool counted = false;
  while (!s.empty() && (utf8::IsDecimalDigit(s.front()) || s.front() == ',')) {
    s.erase(0, 1);
    counted = true;
  }
  if (!s.empty() && (s.front() == U'个' || s.front() == U'個' || s.front() == U'条' || s.front() == U'條'))
    s.erase(0, 1);
  bool named = false;
  for (std::u32string_view w : {U"回答", U"答案", U"解答"}) {
    if (s.starts_with(w)) {
      s.erase(0, w.size());
      named = true;
      break;
    }
  }
  if (!named) return false;
  if (!s.empty() && (s.front() == U'（' || s.front() == U'(') && s.size() >= 3 &&
      (s.back() == U'）' || s.back() == U')')) {
    const std::u32string inner = s.substr(1, s.size() - 2);
    counted = !inner.empty() &&
              std::all_of(inner.begin(), inner.end(), [](char32_t c) { return utf8::IsDecimalDigit(c) || c == ','; });
    s.clear();
  }
  return s.empty() && (counted || core.starts_with(U"其他") || core.starts_with(U"全部"));
}

void MarkRepeatedExcerpts(std::vector<PageLine>& lines) {
  constexpr size_t kMinExcerpt = 10;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    std::u32string_view s = lines[i].core;
    while (!s.empty() && (s.back() == '.' || s.back() == U'…' || s.back() == U'。' || s.back() == U' ')) {
      s.remove_suffix(1);
    }
    // Three dots or an ellipsis.
    const std::u32string_view tail = std::u32string_view(lines[i].core).substr(s.size());
    if (s.size() < kMinExcerpt || (tail.find(U"...") == tail.npos && tail.find(U'…') == tail.npos)) {
      continue;
    }
    // The earlier line goes on past the cut (one cut the same way is the
    // page's own line printed twice).
    for (size_t k = 0; k < i; ++k) {
      const std::u32string_view earlier = lines[k].core;
      if (!lines[k].blank() && earlier.starts_with(s) &&
          earlier.substr(s.size()).find_first_not_of(U".…。 ") != earlier.npos) {
        lines[i].reason = kQuotedExcerpt;
        break;
      }
    }
  }
}

void MarkCommentBlocks(std::vector<PageLine>& lines, bool thread_page) {
  MarkRepeatedExcerpts(lines);
  MarkSignedComments(lines);
  if (thread_page) return;
  const std::vector<Block> blocks = Blocks(lines);
  if (IsQuestionAndAnswers(lines)) {
    MarkAnswers(lines, blocks);
  } else {
    MarkComments(lines, blocks);
  }
}

}  // namespace wenyuan::clean
