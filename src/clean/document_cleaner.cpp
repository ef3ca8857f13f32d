#include "clean/document_cleaner.h"

#include "clean/main_text_finder.h"
#include "clean/page_line.h"
#include "clean/page_quality.h"
#include "clean/record_closings.h"
#include "clean/text_cleaner.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// An agency's name ends so: 政府, 處, 局, 部, 署, 委員會, 中心, 公司 …
bool EndsWithAgency(std::string_view s) {
  for (std::string_view suffix : {"政府", "處",     "处",     "局", "部", "署", "會", "会", "院",   "所",   "中心",
                                  "公司", "辦公室", "办公室", "科", "廳", "厅", "館", "馆", "大學", "大学", "公所"}) {
    if (s.ends_with(suffix)) return true;
  }
  return false;
}

}  // namespace

CleanedDocument CleanDocument(std::string_view raw, SourceLayout layout, const SiteBoilerplate* site,
                              std::string_view title) {
  CleanedDocument out;
  std::string repaired = RepairText(raw, &out.repairs);
  const std::string repaired_title = RepairText(title);
  CleanOptions options;
  options.join_wrapped_lines = layout == SourceLayout::kPaged;
  options.join_full_lines = layout == SourceLayout::kPlainText || layout == SourceLayout::kWebDump;
  FilterResult filtered =
      FilterBoilerplate(repaired, layout == SourceLayout::kWebDump, site, layout == SourceLayout::kPlainText,
                        layout == SourceLayout::kWebPage, repaired_title);
  out.text = CleanText(filtered.text, options);
  out.failure = FailedPageReason(out.text, layout == SourceLayout::kWebDump || filtered.web_mode);
  if (layout == SourceLayout::kWebPage && filtered.web_mode && !out.failure.empty()) {
    // An HTML file whose article is too short to stand out from the page
    // (a one-paragraph notice) is read as a document, not a crawled page.
    filtered = FilterBoilerplate(repaired, false, site, false);
    out.text = CleanText(filtered.text, options);
    out.failure = FailedPageReason(out.text, filtered.web_mode);
  }
  out.dropped = std::move(filtered.dropped);
  out.fields = std::move(filtered.fields);
  if (!out.failure.empty()) {
    // A page that is only a notice says so better than "nothing left".
    if (std::string notice = NoticeReason(repaired); !notice.empty()) out.failure = notice;
    out.text.clear();
  }
  return out;
}

namespace {

constexpr size_t kFieldScanLines = 40;
constexpr size_t kMaxFieldTitle = 100;

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::DecodeNext(s, pos);
    if (!utf8::IsSpace(c) && c != U'\u3000') utf8::Append(out, c);
  }
  return out;
}

// The value of a "NAME：value" line (or of a line holding only NAME, on
// the next non-empty line) among the first lines of `text`; "" if none.
std::string FieldValue(std::string_view text, std::initializer_list<std::string_view> names) {
  LineReader lines(text);
  std::string_view line;
  bool value_next = false;
  for (size_t n = 0; lines.Next(line) && n < kFieldScanLines; ++n) {
    std::string_view t = utf8::Trim(line);
    if (t.empty()) continue;
    if (value_next) return std::string(t);
    std::string_view rest = t;
    while (rest.starts_with("#")) rest.remove_prefix(1);
    rest = utf8::Trim(rest);
    for (std::string_view name : names) {
      if (!rest.starts_with(name)) continue;
      std::string_view after = rest.substr(name.size());
      if (utf8::Trim(after).empty()) {
        value_next = true;
        break;
      }
      for (std::string_view sep : {"：", ":", "　", " "}) {
        if (after.starts_with(sep)) return std::string(utf8::Trim(after.substr(sep.size())));
      }
    }
  }
  return {};
}

// "有關…一案，復請查照。" → "有關…一案": the closing formula of an official
// letter's subject is not its title.
std::string WithoutClosingFormula(std::string s) {
  while (s.ends_with("。") || s.ends_with(".")) s.resize(s.size() - (s.ends_with(".") ? 1 : 3));
  size_t comma = s.rfind("，");
  if (comma != std::string::npos) {
    std::string_view clause = std::string_view(s).substr(comma + 3);
    if (utf8::CodePointCount(clause) <= 10 && StartsWithAny(clause, {"復請", "复请", "請", "请", "敬請", "敬请", "惠請",
                                                                     "惠请", "函請", "函请", "希", "謹請"})) {
      s.resize(comma);
    }
  }
  if (utf8::CodePointCount(s) > kMaxFieldTitle) s = utf8::SliceCodePoints(s, 0, kMaxFieldTitle);
  return s;
}

}  // namespace

bool IsLetterhead(std::string_view line) {
  std::string s = WithoutSpaces(line);
  size_t chars = utf8::CodePointCount(s);
  if (chars < 3 || chars > 40) return false;
  std::u32string u = DecodeUtf32(s);
  if (HasSentencePunct(u)) return false;
  // The kind of document after the agency's name.
  for (std::string_view kind :
       {"人民陳情案件回覆", "人民陈情案件回复", "陳情案件回覆", "陈情案件回复", "新聞稿", "新闻稿", "新聞資料",
        "開會通知單", "书函", "書函", "公告", "通知", "函", "回覆", "回复", "簽", "令"}) {
    if (s.size() > kind.size() && s.ends_with(kind)) {
      s.resize(s.size() - kind.size());
      break;
    }
  }
  return utf8::CodePointCount(s) >= 3 && EndsWithAgency(s);
}

std::string ChooseTitle(std::string_view reader_title, bool reader_title_is_heading, std::string_view text) {
  if (std::string t = FieldValue(text, {"標題", "标题", "題目", "题目"}); !t.empty()) {
    return utf8::SliceCodePoints(t, 0, kMaxFieldTitle);
  }
  const bool reader_ok = !utf8::Trim(reader_title).empty() && !IsLetterhead(reader_title);
  if (reader_ok && reader_title_is_heading) return std::string(reader_title);
  if (std::string t = FieldValue(text, {"主旨", "案由"}); !t.empty()) return WithoutClosingFormula(std::move(t));
  if (reader_ok) return std::string(reader_title);
  return GuessTitle(text);
}

std::string GuessTitle(std::string_view text) {
  constexpr size_t kMaxTitle = 60;
  LineReader lines(text);
  std::string_view line;
  std::string first;
  for (int n = 0; lines.Next(line) && n < 6; ++n) {
    line = utf8::Trim(line);
    if (line.empty() || IsLetterhead(line) || IsDocumentField(DecodeUtf32(line))) continue;
    if (first.empty()) first = utf8::SliceCodePoints(line, 0, 40);
    size_t chars = utf8::CodePointCount(line);
    if (chars >= 4 && chars <= kMaxTitle && !line.ends_with("。") && !line.ends_with("，")) {
      return std::string(line);
    }
  }
  return first;
}

std::string DescribeRepairs(const RepairStats& s) {
  std::string out;
  auto add = [&](size_t n, const char* what) {
    if (n == 0) return;
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + what;
  };
  add(s.entities, "HTML entities decoded");
  add(s.tags, "stray HTML tags removed");
  add(s.pinyin, "pinyin readings removed");
  add(s.replacement_chars, "broken characters (U+FFFD) removed");
  add(s.full_width, "full-width letters or digits narrowed");
  add(s.segmentation_spaces, "word-segmentation spaces removed");
  add(s.damaged_runs, "runs of encoding damage dropped");
  return out;
}

}  // namespace wenyuan::clean
