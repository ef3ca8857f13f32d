#include "clean/answer_furniture.h"

#include <algorithm>
#include <string_view>

#include "clean/comment_blocks.h"
#include "clean/dates_and_bylines.h"
#include "clean/thread_rows.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// "8.6k", "256", "1.2万": a number, maybe with a decimal and a unit.
bool IsBareCount(const std::u32string& core) {
  constexpr size_t kMaxCount = 8;
  if (core.empty() || core.size() > kMaxCount || !IsAsciiDigit(core[0])) return false;
  size_t i = 0;
  while (i < core.size() && (IsAsciiDigit(core[i]) || core[i] == U'.' || core[i] == U',')) ++i;
  if (i == core.size()) return true;
  return i + 1 == core.size() && std::u32string_view(U"kKwW万萬").find(core[i]) != std::u32string_view::npos;
}

// "默认排序 时间排序": two to four words, each ending in 排序.
bool IsSortTabRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 30;
  if (core.size() > kMaxRow) return false;
  size_t words = 0;
  std::u32string word;
  auto end_word = [&] {
    if (word.empty()) return true;
    const bool sort = word.ends_with(U"排序");
    word.clear();
    ++words;
    return sort;
  };
  for (char32_t c : core) {
    if (utf8::IsSpace(c) || c == U'　' || c == U'|' || c == U'｜') {
      if (!end_word()) return false;
    } else {
      word += c;
    }
  }
  return end_word() && words >= 2 && words <= 4;
}

// "排序： 最新 | 最舊 | 最多讚好", "评论排序：热门｜最新", "Sort by: Newest |
// Top": a label ending in 排序 (or 排序方式) over two to five short options,
// one of them a sort order's word (最…, 按…, 时间, 热度, 默认…).
bool IsLabelledSortRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 40, kMaxLabel = 6, kMaxOption = 6;
  const size_t colon = core.find_first_of(U"：:");
  if (core.size() > kMaxRow || colon == std::u32string::npos || colon > kMaxLabel + 2) return false;
  const std::u32string_view label = std::u32string_view(core).substr(0, colon);
  if (!label.ends_with(U"排序") && !label.ends_with(U"排序方式") && label != U"Sort by" && label != U"Sort") {
    return false;
  }
  size_t options = 0;
  bool sort_word = false;
  std::u32string word;
  auto end_word = [&] {
    if (word.empty()) return true;
    const std::u32string_view w = word;
    sort_word = sort_word || w.starts_with(U"最") || w.starts_with(U"按") || w.starts_with(U"依") || w == U"時間" ||
                w == U"时间" || w == U"熱度" || w == U"热度" || w == U"熱門" || w == U"热门" || w == U"默認" ||
                w == U"默认" || w == U"預設" || w == U"相關度" || w == U"相关度" || w == U"Newest" || w == U"Oldest" ||
                w == U"Top" || w == U"Latest";
    const bool short_option = word.size() <= kMaxOption && !HasSentencePunct(word);
    word.clear();
    ++options;
    return short_option;
  };
  for (char32_t c : core.substr(colon + 1)) {
    if (utf8::IsSpace(c) || c == U'　' || c == U'|' || c == U'｜' || c == U'▾' || c == U'▼') {
      if (!end_word()) return false;
    } else {
      word += c;
    }
  }
  return end_word() && options >= 2 && options <= 5 && sort_word;
}

// "3個解答", "共12个回答", "5 則回答" (spaces taken out): how many answers.
bool IsAnswerCount(const std::string& s) {
  const std::u32string u = DecodeUtf32(s);
  size_t i = u.starts_with(U"共") ? 1 : 0;
  const size_t from = i;
  while (i < u.size() && IsAsciiDigit(u[i])) ++i;
  if (i == from || i - from > 5) return false;
  const std::u32string_view rest = std::u32string_view(u).substr(i);
  for (std::u32string_view unit : {U"个", U"個", U"則", U"则", U"條", U"条"}) {
    if (!rest.starts_with(unit)) continue;
    const std::u32string_view what = rest.substr(unit.size());
    return what == U"回答" || what == U"解答" || what == U"答案";
  }
  return false;
}

// "4 个回答    按票数排序 | 按时间排序", "12 個解答 排序： 最新 | 最多讚": an
// answer count with the sort row beside it.
bool IsAnswerCountWithSortRow(const std::u32string& core) {
  for (size_t at = core.find(U' '); at != std::u32string::npos; at = core.find(U' ', at + 1)) {
    const std::u32string count = WithoutSpaces(core.substr(0, at));
    const size_t from = core.find_first_not_of(U" \u3000", at);
    if (from == std::u32string::npos) return false;
    const std::u32string rest = core.substr(from);
    if (IsAnswerCount(EncodeUtf8(count)) && (IsSortTabRow(rest) || IsLabelledSortRow(rest))) return true;
  }
  return false;
}

// "[avatar] 一只焦虑的饭团 提问于 2026-01-09 21:14", "阿明 發問於 3 天前",
// "提问者：小林 · 2026-01-09": who asked the question and when, a name of
// one or two words beside an asking word and a date or an age.
bool IsAskersHeader(const std::u32string& core) {
  constexpr size_t kMaxHeader = 48, kMaxNameWords = 2;
  if (core.size() > kMaxHeader || HasSentenceEnd(core)) return false;
  static constexpr std::u32string_view kAsked[] = {U"提问于",   U"提問於", U"发问于", U"發問於", U"提问时间",
                                                   U"提問時間", U"提问者", U"提問者", U"发问者", U"發問者",
                                                   U"提问",     U"提問",   U"发问",   U"發問"};
  for (std::u32string_view word : kAsked) {
    const size_t at = core.find(word);
    if (at == std::u32string::npos) continue;
    const std::u32string name = core.substr(0, at);
    std::u32string when = core.substr(at + word.size());
    const size_t start = when.find_first_not_of(U" ：:·・•\u3000");
    when = start == std::u32string::npos ? U"" : when.substr(start);
    if (SpaceSeparatedWords(name).size() > kMaxNameWords || HasSentencePunct(name)) return false;
    // "提问者：小林 · 2026-01-09": the name after the word.
    // The date alone ("2026-01-09 21:14", "2026年1月9日"), not a sentence
    // that holds one.
    const bool date = !when.empty() && IsAsciiDigit(when.front()) && CountHan(when) <= 3 && IsDateLine(when);
    return date || IsTimeAgo(WithoutSpaces(when));
  }
  return false;
}

// "0 0 0", "12 3": a row of two to four bare counts (an answer's reactions
// without their icons).
bool IsCountRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 20, kMaxDigits = 5;
  size_t counts = 0, digits = 0;
  for (char32_t c : core + U" ") {
    if (IsAsciiDigit(c)) {
      if (++digits > kMaxDigits) return false;
    } else if (utf8::IsSpace(c)) {
      counts += digits > 0;
      digits = 0;
    } else {
      return false;
    }
  }
  return core.size() <= kMaxRow && counts >= 2 && counts <= 4;
}

// "2026-11-28 17:31" at the end of `s`, after " · ".
bool EndsWithDottedDate(const std::u32string& s) {
  const size_t dot = s.rfind(U'·');
  if (dot == std::u32string::npos) return false;
  std::u32string tail = WithoutSpaces(s.substr(dot + 1));
  size_t digits = 0;
  for (char32_t c : tail) {
    if (IsAsciiDigit(c)) {
      ++digits;
    } else if (c != U'-' && c != U'/' && c != U':' && c != U'.') {
      return false;
    }
  }
  return digits >= 8;
}

}  // namespace

bool IsDottedAgeHeader(const std::u32string& core) {
  constexpr size_t kMaxHeader = 40, kMaxWords = 4;
  if (core.size() > kMaxHeader || HasSentenceEnd(core) || core.find_first_of(U"，,、") != std::u32string::npos) {
    return false;
  }
  const size_t dot = core.find_last_of(U"·・•");
  if (dot == std::u32string::npos || dot == 0 || !IsTimeAgo(WithoutSpaces(core.substr(dot + 1)))) return false;
  const std::string head = EncodeUtf8(WithoutSpaces(core.substr(0, dot)));
  if (ContainsAny(head, {"记者", "記者", "来源", "來源", "编辑", "編輯", "作者", "通讯员", "通訊員"})) return false;
  size_t words = 0;
  bool in_word = false;
  for (char32_t c : core.substr(0, dot)) {
    const bool space = utf8::IsSpace(c) || c == U'\u3000';
    words += !space && !in_word;
    in_word = !space;
  }
  return words >= 1 && words <= kMaxWords;
}

bool IsVotersRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 120;
  if (core.size() > kMaxRow) return false;
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  for (std::string_view label : {"赞同来自", "贊同來自", "点赞来自", "點讚來自", "赞同者", "贊同者"}) {
    if (s.starts_with(label)) {
      const std::string_view rest = std::string_view(s).substr(label.size());
      return rest.starts_with("：") || rest.starts_with(":");
    }
  }
  return false;
}

std::string AnswerFurnitureReason(const PageLine& line) {
  const std::u32string& core = line.core;
  if (core.empty()) return {};
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  constexpr size_t kMaxBadge = 8;
  if (core.size() <= kMaxBadge + 2 &&
      EqualsAny(s, {"✓已被采纳", "✔已被采纳", "✓已被採納", "✔已被採納", "已被采纳", "已被採納", "已采纳", "已採納",
                    "✓已采纳", "✓已採納", "最佳答案", "最佳解答", "最佳回答", "采纳答案", "採納答案"})) {
    return "accepted-answer badge";
  }
  if (IsSortTabRow(core) || IsLabelledSortRow(core)) return "sort tabs";
  if (IsAnswerCount(s) || IsAnswerCountWithSortRow(core)) return "answer count";
  if (IsAskersHeader(core)) return "asker's header";
  if (IsVotersRow(core)) return "answer's voters";
  // "更新：", "问题补充：": the bare label over what the asker added.
  if (EqualsAny(s, {"更新：", "更新:", "补充：", "補充：", "问题补充：", "問題補充：", "补充:", "補充:"})) {
    return "asker's update label";
  }
  // A bulleted count with its unit ("* 8.6k"), or a count beside an icon.
  const bool unit = !core.empty() && !IsAsciiDigit(core.back());
  if (((line.bullet && unit) || (line.placeholder && !line.bullet)) && IsBareCount(core)) {
    return "reputation or reaction counter";
  }
  if (EqualsAny(s, {"邀请回答", "邀請回答", "撰写回答", "撰寫回答", "写回答", "寫回答", "我来回答", "我來回答"})) {
    return "answer button";
  }
  // "小林：改好了，谢谢！ · 2026-11-28 17:31".
  constexpr size_t kMaxName = 12, kMaxComment = 120;
  const size_t colon = core.find_first_of(U"：:");
  if (core.size() <= kMaxComment && colon != std::u32string::npos && colon > 0 && colon <= kMaxName &&
      EndsWithDottedDate(core)) {
    return "comment under an answer";
  }
  return {};
}

namespace {

// "评论", "評論 (2)", "1 条评论", "Comments": a bare label over comments.
bool IsBareCommentLabel(const std::u32string& core) {
  constexpr size_t kMaxLabel = 10;
  if (core.empty() || core.size() > kMaxLabel) return false;
  std::u32string s;
  for (char32_t c : WithoutSpaces(core)) {
    if (!IsAsciiDigit(c) && std::u32string_view(U"()（）条條則则").find(c) == std::u32string_view::npos) s += c;
  }
  return s == U"评论" || s == U"評論" || s == U"留言" || s == U"回复" || s == U"回覆" || s == U"Comments" ||
         s == U"Comment";
}

// "用户8842190 2026-11-18 15:26", "阿明 · 3小時前": a comment's header, a
// name and when.
bool IsCommentHeaderLine(const PageLine& l) {
  constexpr size_t kMaxHeader = 40;
  if (l.blank() || l.core.size() > kMaxHeader || HasSentenceEnd(l.core)) return false;
  if (IsDateLine(l.core)) return true;
  const auto words = SpaceSeparatedWords(l.core);
  return !words.empty() && IsTimeAgo(std::u32string(words.back()));
}

// The comment whose header is line `h`: one to three short kept lines
// under it, up to a blank line, a dropped line or the next header; gives
// back the line after it, or `h` where there is none.
size_t CommentEnd(const std::vector<PageLine>& lines, size_t h) {
  constexpr size_t kMaxText = 100, kMaxTextLines = 3;
  size_t end = h + 1;
  while (end < lines.size() && lines[end].kept() && !lines[end].bullet && lines[end].core.size() <= kMaxText &&
         end - h - 1 < kMaxTextLines && !IsCommentHeaderLine(lines[end])) {
    ++end;
  }
  if (end == h + 1 || (end < lines.size() && lines[end].kept() && !IsCommentHeaderLine(lines[end]))) return h;
  return end;
}

// Comments under an answer or a post: a bare comment label, a header right
// under it and one to three short lines of text up to a blank line, a
// dropped line or the next comment's header, and the comments right after
// it, each a header and its text, no blank line between.
void MarkLabelledComments(std::vector<PageLine>& lines) {
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    if (!IsBareCommentLabel(lines[i].core) || !IsCommentHeaderLine(lines[i + 1])) continue;
    size_t h = i + 1, end = CommentEnd(lines, h);
    if (end == h) continue;
    while (end < lines.size() && IsCommentHeaderLine(lines[end]) && CommentEnd(lines, end) != end) {
      end = CommentEnd(lines, end);
    }
    for (size_t k = i; k < end; ++k) {
      if (lines[k].kept()) lines[k].reason = "comment under an answer";
    }
    i = end - 1;
  }
}

// Over each answer's voters row, the answerer's header ("[avatar] 老根儿 -
// 北方阳台养肉七年"): the short line right above it, no sentence ended in
// it. On a page with two such rows or more, an answer's prose left out
// between its row and its date, and the question's topic tags
// right over the question ("多肉养护  冬季养护  景天科" over "…缺水？").
void MarkAnswerersHeaders(std::vector<PageLine>& lines) {
  constexpr size_t kMaxHeader = 40, kMinAnswers = 2;
  std::vector<size_t> voters;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank() && IsVotersRow(lines[i].core)) voters.push_back(i);
  }
  for (size_t i : voters) {
    if (i == 0) continue;
    PageLine& header = lines[i - 1];
    if (header.kept() && header.core.size() <= kMaxHeader && !HasSentenceEnd(header.core)) {
      header.reason = "answerer's header";
    }
  }
  const size_t answers = voters.size() - (!voters.empty() && voters.front() == 0);  // each under a header
  if (answers < kMinAnswers) return;
  // An answer's body between its voters row and its date ("2026-12-08
  // 08:17 发布") that the main-text finder left out (a short last answer)
  // comes back: its prose lines, where nothing else stands between.
  constexpr size_t kMaxBodyLines = 20;
  for (size_t v : voters) {
    std::vector<size_t> body;
    size_t k = v + 1;
    for (; k < lines.size() && k - v <= kMaxBodyLines; ++k) {
      const PageLine& l = lines[k];
      if (l.blank() || (l.placeholder && l.core.empty())) continue;
      if (l.reason != "outside the main text" || !IsProse(l)) break;
      body.push_back(k);
    }
    if (body.empty() || k >= lines.size() || !IsDateLine(lines[k].core)) continue;
    for (size_t b : body) lines[b].reason.clear();
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    const size_t next = NextNonBlank(lines, i + 1);
    if (IsTagRow(lines[i].core) && next < lines.size() && lines[next].kept() && !lines[next].core.empty() &&
        (lines[next].core.back() == U'？' || lines[next].core.back() == '?')) {
      lines[i].reason = "question's topic tags";
    }
    break;  // only the first kept line
  }
}

// "西瓜不是瓜：请问冷冻的饭最多能放多久？", "荞麦面条 回复 西瓜不是瓜：密封好
// 的话……": a comment printed as its author's name, a colon and what it
// says, a sentence.
bool IsNamedComment(const std::u32string& core) {
  constexpr size_t kMaxName = 24, kMaxNameWords = 3, kMaxComment = 160;
  const size_t colon = core.find_first_of(U"：:");
  if (core.size() > kMaxComment || colon == std::u32string::npos || colon == 0 || colon > kMaxName) return false;
  const std::u32string name = core.substr(0, colon), said = core.substr(colon + 1);
  return SpaceSeparatedWords(name).size() <= kMaxNameWords && !HasSentencePunct(name) && !IsDateLine(name) &&
         HasSentencePunct(said);
}

// A Q&A page: an answer count or the asker's header on it.
bool IsQuestionPage(const std::vector<PageLine>& lines) {
  return std::any_of(lines.begin(), lines.end(), [](const PageLine& l) {
    if (l.blank()) return false;
    return IsAnswerCount(EncodeUtf8(WithoutSpaces(l.core))) || IsAnswerCountWithSortRow(l.core) ||
           IsAskersHeader(l.core);
  });
}

// "2026-01-10 09:02": a date and time alone on a line.
bool IsBareStamp(const PageLine& l) {
  constexpr size_t kMaxStamp = 24;
  return !l.blank() && l.core.size() <= kMaxStamp && CountHan(l.core) <= 3 && IsDateLine(l.core) &&
         !HasSentenceEnd(l.core) && l.core.find_first_of(U"，,") == std::u32string::npos;
}

// On a Q&A page: each answer's head, one or two short lines (the
// answerer's name, maybe beside an avatar, and a one-line bio) over a bare
// date between blank lines ("[avatar] 荞麦面条" / "食品科学硕士，粮油加工方向" /
// "2026-01-10 09:02"), where two answers or more are so headed; the
// comments printed right under an answer's reaction row ("赞同 412 · 反对 ·
// 评论 27 …"), two or more, each a name, a colon and a sentence; and the
// question's tags right under its title ("米饭  淀粉  食品科学  冰箱").
void MarkAnswerHeads(std::vector<PageLine>& lines) {
  if (!IsQuestionPage(lines)) return;
  constexpr size_t kMaxHeadLine = 40, kMaxHeadLines = 2, kMinHeads = 2, kMinComments = 2;
  std::vector<size_t> heads;  // each head's lines, the stamp last
  size_t head_count = 0;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!IsBareStamp(lines[i]) || !lines[i + 1].blank()) continue;
    size_t top = i;
    while (top > 0 && i - top < kMaxHeadLines && !lines[top - 1].blank() &&
           lines[top - 1].core.size() <= kMaxHeadLine && !HasSentenceEnd(lines[top - 1].core) &&
           !lines[top - 1].bullet) {
      --top;
    }
    if (top == i || (top > 0 && !lines[top - 1].blank())) continue;
    for (size_t k = top; k <= i; ++k) heads.push_back(k);
    ++head_count;
  }
  if (head_count >= kMinHeads) {
    for (size_t k : heads) {
      if (lines[k].kept() || lines[k].reason == "outside the main text") lines[k].reason = "answerer's header";
    }
  }
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || !IsBlockReactionRow(lines[i].core)) continue;
    size_t end = i + 1;
    while (end < lines.size() && !lines[end].blank() && lines[end].kept() && IsNamedComment(lines[end].core)) ++end;
    if (end - i - 1 < kMinComments) continue;
    for (size_t k = i + 1; k < end; ++k) lines[k].reason = "comment under an answer";
    i = end - 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    const std::u32string& title = lines[i].core;
    const size_t next = NextNonBlank(lines, i + 1);
    if ((title.back() == U'？' || title.back() == '?') && next < lines.size() && lines[next].kept() &&
        IsTagRow(lines[next].core)) {
      lines[next].reason = "question's topic tags";
    }
    break;  // only under the first kept line
  }
}

}  // namespace

void MarkAnswerFurniture(std::vector<PageLine>& lines) {
  MarkLabelledComments(lines);
  MarkAnswerersHeaders(lines);
  MarkAnswerHeads(lines);
  // Where several answers' headers say who wrote them how long ago, they
  // and their rows of reaction counts are the Q&A page's furniture.
  constexpr size_t kMinHeaders = 2;
  size_t headers = 0;
  for (const PageLine& l : lines) headers += !l.blank() && IsDottedAgeHeader(l.core);
  const bool answers = headers >= kMinHeaders;
  for (PageLine& l : lines) {
    if (l.blank() || !l.reason.empty()) continue;
    if (std::string why = AnswerFurnitureReason(l); !why.empty()) {
      l.reason = why;
    } else if (answers && IsDottedAgeHeader(l.core)) {
      l.reason = "answer header";
    } else if (answers && !l.table && IsCountRow(l.core)) {
      l.reason = "reaction counter";
    }
  }
}

}  // namespace wenyuan::clean
