#include "clean/document_cleaner.h"

#include "clean/page_quality.h"
#include "clean/text_cleaner.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {

CleanedDocument CleanDocument(std::string_view raw, SourceLayout layout, const SiteBoilerplate* site) {
  CleanedDocument out;
  std::string repaired = RepairText(raw, &out.repairs);
  FilterResult filtered = FilterBoilerplate(repaired, layout == SourceLayout::kWebDump, site);
  out.dropped = std::move(filtered.dropped);
  CleanOptions options;
  options.join_wrapped_lines = layout == SourceLayout::kPaged;
  options.join_full_lines = layout == SourceLayout::kPlainText || layout == SourceLayout::kWebDump;
  out.text = CleanText(filtered.text, options);
  out.failure = FailedPageReason(out.text, layout == SourceLayout::kWebDump || filtered.web_mode);
  if (!out.failure.empty()) {
    // A page that is only a notice says so better than "nothing left".
    if (std::string notice = NoticeReason(repaired); !notice.empty()) out.failure = notice;
    out.text.clear();
  }
  return out;
}

std::string GuessTitle(std::string_view text) {
  constexpr size_t kMaxTitle = 60;
  LineReader lines(text);
  std::string_view line;
  std::string first;
  for (int n = 0; lines.Next(line) && n < 6; ++n) {
    line = utf8::Trim(line);
    if (line.empty()) continue;
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
  return out;
}

}  // namespace wenyuan::clean
