#include "clean/headline_lists.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "clean/dates_and_bylines.h"
#include "clean/promotion_rules.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinHeadlineRun = 3;

// "…下對指令 3天前", "…的理解與展望 2月前", "…5小時前", "…3个月前": a listed headline
// with how long ago it was posted.
bool EndsWithRelativeDate(const std::u32string& core) {
  if (core.empty() || core.back() != U'前') return false;
  size_t end = core.size() - 1;
  for (std::u32string_view unit :
       {U"小時", U"小时", U"分鐘", U"分钟", U"天", U"週", U"周", U"個月", U"个月", U"月", U"年"}) {
    if (std::u32string_view(core).substr(0, end).ends_with(unit)) {
      end -= unit.size();
      size_t digits = 0;
      while (end > 0 && IsAsciiDigit(core[end - 1])) {
        --end;
        ++digits;
      }
      return digits > 0 && digits <= 3;
    }
  }
  return false;
}

// "【地址】", "【工程類別】□新建　□變更設計", "【設計建築物高度】　　m　　【構造種類】":
// a field of a printed form, a bracketed label with nothing after it but
// blanks to fill in, boxes to tick or another label. A listed headline
// with a tag ("【影音】某某新聞標題") goes on with its words.
bool IsFormFieldLine(const std::u32string& core) {
  if (core.empty() || core.front() != U'【') return false;
  const size_t close = core.find(U'】');
  if (close == std::u32string::npos) return false;
  const std::u32string_view rest = std::u32string_view(core).substr(close + 1);
  if (rest.find_first_not_of(U" \u3000\u00a0") == std::u32string_view::npos) return true;
  return rest.find_first_of(U"【□☐■") != std::u32string_view::npos ||
         rest.find(U"\u3000\u3000") != std::u32string_view::npos;
}

bool LooksLikeListedHeadline(const PageLine& l) {
  constexpr size_t kMaxHeadline = 40, kMaxDatedHeadline = 60;
  const auto& c = l.core;
  if (IsFormFieldLine(c)) return false;
  const size_t max = EndsWithRelativeDate(c) ? kMaxDatedHeadline : kMaxHeadline;
  if (c.size() < 6 || c.size() > max || CountHan(c) < 4 || HasSentenceEnd(c)) return false;
  if (c.back() == U'：' || c.back() == ':' || c.back() == U'，') return false;
  // "發布時間：2024-07-08": a field, not a headline.
  size_t colon = c.find_first_of(U"：:");
  if (colon <= 6 && max == kMaxHeadline) return false;  // npos is never <= 6; "研究：…3天前" is a headline
  return SectionNumberLength(c) == 0 || l.bullet;
}

bool IsListEndingReason(const std::string& reason) {
  return reason == "copyright notice" || reason == "reprint notice" || reason == "disclaimer notice" ||
         reason == "related-articles list" || reason == "headline list" || reason == kRepeatedHeadlineList;
}

// "…拓闊計劃 | 11月6日", "…新规 03-12": a month and day in the last cell
// or after the last space of a listed headline.
bool EndsWithMonthDay(const std::u32string& core) {
  const size_t gap = core.find_last_of(U" |\u3000");
  if (gap == std::u32string::npos) return false;
  const std::u32string_view tail = std::u32string_view(core).substr(gap + 1);
  auto digits = [&](size_t from) {
    size_t to = from;
    while (to < tail.size() && IsAsciiDigit(tail[to])) ++to;
    return to - from;
  };
  const size_t month = digits(0);
  if (month == 0 || month > 2 || month >= tail.size()) return false;
  const char32_t mark = tail[month];
  if (mark != U'月' && mark != '-' && mark != '/') return false;
  const size_t day = digits(month + 1), end = month + 1 + day;
  if (day == 0 || day > 2) return false;
  if (mark != U'月') return end == tail.size();
  return end + 1 == tail.size() && (tail[end] == U'日' || tail[end] == U'號' || tail[end] == U'号');
}

bool CarriesDate(const std::u32string& core) {
  return IsDateLine(core) || EndsWithMonthDay(core) || EndsWithRelativeDate(core);
}

// "市府推動智慧路燈建置 2024-05-01", "…擴大範圍 | 3月8日", "…3天前": the date
// after the headline, where a list of articles puts it. A law's history
// and a schedule open with theirs.
bool EndsWithDate(const std::u32string& core) {
  if (EndsWithMonthDay(core) || EndsWithRelativeDate(core)) return true;
  const size_t gap = core.find_last_of(U" |\u3000");
  return gap != std::u32string::npos && gap > 0 && IsDateLine(core.substr(gap + 1));
}

// "2026/12/20(日) 14:30 某劇院 小劇場", "12月27日（週六）19:30 …": a line that
// opens with a date, its weekday in brackets and a time of day: an event's
// session or an appointment, not a listed article.
bool OpensWithScheduledTime(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() &&
         (IsAsciiDigit(core[i]) || std::u32string_view(U"/-.年月日").find(core[i]) != std::u32string_view::npos)) {
    ++i;
  }
  if (i < 3 || i >= core.size() || (core[i] != '(' && core[i] != U'（')) return false;
  const size_t close = core.find_first_of(U")）", i);
  constexpr size_t kMaxWeekday = 3;  // "日", "週六", "星期六"
  if (close == std::u32string::npos || close - i - 1 == 0 || close - i - 1 > kMaxWeekday) return false;
  const std::u32string_view day = std::u32string_view(core).substr(i + 1, close - i - 1);
  if (std::u32string_view(U"一二三四五六日天").find(day.back()) == std::u32string_view::npos) return false;
  i = close + 1;
  while (i < core.size() && utf8::IsSpace(core[i])) ++i;
  return i + 4 < core.size() && IsAsciiDigit(core[i]) && IsAsciiDigit(core[i + 1]) && core[i + 2] == ':' &&
         IsAsciiDigit(core[i + 3]);
}

// "2015年9月24日 青岛市人民代表大会常务委员会公告公布", "中華民國98年12月24日文參字第
// 09834235111號令修正", "2015年11月1日 施行", "CNS 3221（99年5月18日修訂公布）":
// a dated step of a law's or a standard's history
// (when it was passed, approved, promulgated, amended, put in force). A
// run of them is the law's own record, not a list of other articles.
bool IsEnactmentStep(const std::u32string& core) {
  if (!IsDateLine(core)) return false;
  std::u32string_view tail(core);
  while (!tail.empty() && std::u32string_view(U" \u3000。）)").find(tail.back()) != std::u32string_view::npos) {
    tail.remove_suffix(1);
  }
  for (std::u32string_view act : {U"通過", U"通过", U"批准", U"公布", U"公佈", U"發布", U"发布", U"施行", U"修正",
                                  U"修訂", U"修订", U"訂定", U"订定", U"訂頒", U"订颁", U"制定", U"廢止", U"废止"}) {
    if (tail.ends_with(act)) return true;
  }
  return false;
}

// Whether the first non-blank line above line `i` ends a list or a notice
// (IsListEndingReason): what stands right above a run of headlines.
bool UnderAList(const std::vector<PageLine>& lines, size_t i) {
  for (size_t k = i; k > 0;) {
    --k;
    if (!lines[k].blank()) return IsListEndingReason(lines[k].reason);
  }
  return false;
}

// A run of headline-shaped lines under a notice or another list, or each
// carrying a date (after the headline, outside a web page).
void MarkHeadlineRuns(std::vector<PageLine>& lines, bool web_page) {
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].blank() || !lines[i].reason.empty() || !LooksLikeListedHeadline(lines[i])) {
      ++i;
      continue;
    }
    std::vector<size_t> run;
    size_t j = i;
    size_t dated = 0, dated_at_end = 0, scheduled = 0;
    while (j < lines.size() && (lines[j].blank() || (lines[j].reason.empty() && LooksLikeListedHeadline(lines[j])))) {
      if (!lines[j].blank()) {
        run.push_back(j);
        dated += CarriesDate(lines[j].core);
        dated_at_end += EndsWithDate(lines[j].core);
        scheduled += OpensWithScheduledTime(lines[j].core);
      }
      ++j;
    }
    // What stands above the run: a notice or another list. An event's
    // sessions, each a date with its weekday and time, are no headlines.
    const bool under_list = UnderAList(lines, i);
    const bool law_history =
        std::all_of(run.begin(), run.end(), [&](size_t k) { return IsEnactmentStep(lines[k].core); });
    const bool dated_run = dated == run.size() && scheduled < run.size() && (web_page || dated_at_end == run.size());
    if (run.size() >= kMinHeadlineRun && !law_history && (under_list || dated_run)) {
      for (size_t k : run) lines[k].reason = "headline list";
    }
    i = j;
  }
}

// "【延伸閱讀】", "【相關新聞】", "【熱門專題】", "〔往期回顧〕": a section name that
// says its list is of other articles. Outside a web page a bracketed name
// is more often the document's own part ("【修正前】", "【裁判全文】").
bool NamesOtherArticles(const std::u32string& name) {
  for (std::u32string_view word : {U"相關", U"相关", U"延伸", U"熱門", U"热门", U"推薦", U"推荐", U"往期", U"更多",
                                   U"精選", U"精选", U"專題", U"专题", U"閱讀", U"阅读", U"新聞", U"新闻", U"文章",
                                   U"報導", U"报道", U"回顧", U"回顾", U"焦點", U"焦点", U"最新"}) {
    if (name.find(word) != std::u32string::npos) return true;
  }
  return false;
}

// Lists of other articles' headlines under section names, wherever they
// sit: a bracketed section name over at least three headline-shaped lines;
// or a bare name over at least three listed (bulleted) headlines, when the
// list stands right below another headline list or repeats headlines found
// elsewhere on the page (a site lists its stories under several names). An
// article's own sub-heading over its bullet points is neither.
void MarkSectionHeadlineLists(std::vector<PageLine>& lines, bool web_page) {
  // A line's core -> how often the page has it; counted where first asked
  // (most pages have no bare section name over bulleted headlines). Views
  // into the lines' cores, which outlive it.
  std::optional<std::unordered_map<std::u32string_view, size_t>> seen;
  auto times_seen = [&](const std::u32string& core) {
    if (!seen) {
      seen.emplace();
      for (const auto& l : lines) {
        if (!l.blank()) ++(*seen)[l.core];
      }
    }
    return (*seen)[core];
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    bool bracketed = false;
    if (!lines[i].reason.empty() || lines[i].blank() || !IsSectionName(lines[i].core, &bracketed)) continue;
    std::vector<size_t> items;
    size_t bullets = 0;
    // A byline or a bare date under a bracketed name (a provider's logo,
    // "[聯合新聞網]") is an article's head, not a listed headline.
    bool article_head = false;
    for (size_t j = i + 1, blanks = 0; j < lines.size() && blanks < 2; ++j) {
      if (lines[j].blank()) {
        ++blanks;
        continue;
      }
      if (!lines[j].reason.empty() || !LooksLikeListedHeadline(lines[j])) break;
      blanks = 0;
      article_head = article_head || IsBylineLine(lines[j].core) || IsDateLine(lines[j].core);
      items.push_back(j);
      bullets += lines[j].bullet;
    }
    if (items.size() < kMinHeadlineRun || article_head) continue;
    if (!web_page && !NamesOtherArticles(lines[i].core)) continue;
    if (!bracketed) {
      if (!web_page || bullets < items.size()) continue;
      // Not under another list, at least half of them must be headlines the
      // page has elsewhere too (counted only here: most pages never get here).
      const auto repeated = [&] {
        return static_cast<size_t>(
            std::count_if(items.begin(), items.end(), [&](size_t k) { return times_seen(lines[k].core) > 1; }));
      };
      if (!UnderAList(lines, i) && repeated() * 2 < items.size()) continue;
    }
    lines[i].reason = "headline list";
    for (size_t k : items) lines[k].reason = "headline list";
    i = items.back();
  }
}

}  // namespace

bool IsSectionName(const std::u32string& core, bool* bracketed) {
  constexpr size_t kMaxBracketedName = 12, kMaxBareName = 8;
  *bracketed = false;
  if (core.size() < 2) return false;
  const size_t open = std::u32string_view(U"【[〔［").find(core.front());
  if (open != std::u32string_view::npos) {
    if (core.back() != std::u32string_view(U"】]〕］")[open]) return false;
    const std::u32string inner = core.substr(1, core.size() - 2);
    if (inner.size() < 2 || inner.size() > kMaxBracketedName || CountHan(inner) < 2) return false;
    if (HasSentencePunct(inner) || inner.find_first_of(U"：:【】[]") != std::u32string::npos) return false;
    if (IsBylineLine(core)) return false;  // "【记者 王小明】"
    *bracketed = true;
    return true;
  }
  return core.size() <= kMaxBareName &&
         std::all_of(core.begin(), core.end(), [](char32_t c) { return utf8::IsHan(c) || c == ' ' || c == U'　'; });
}

void MarkHeadlineLists(std::vector<PageLine>& lines, bool web_page) {
  MarkHeadlineRuns(lines, web_page);
  MarkSectionHeadlineLists(lines, web_page);
}

}  // namespace wenyuan::clean
