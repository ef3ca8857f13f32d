#include "answer/draft_builder.h"

#include <ctime>

#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

std::string ChineseNumber(size_t n) {
  static const char* kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return kDigits[n];
  if (n < 20) return std::string("十") + kDigits[n % 10];
  if (n < 100) return std::string(kDigits[n / 10]) + "十" + kDigits[n % 10];
  return std::to_string(n);
}

std::string NumberPrefix(Numbering numbering, size_t i) {
  switch (numbering) {
    case Numbering::kChinese:
      return ChineseNumber(i) + "、";
    case Numbering::kArabic:
      return std::to_string(i) + ". ";
    case Numbering::kNone:
      break;
  }
  return "";
}

std::string ReplaceRequest(std::string text, const std::string& request) {
  static const std::string kMark = "{request}";
  for (size_t at = text.find(kMark); at != std::string::npos; at = text.find(kMark, at + request.size())) {
    text.replace(at, kMark.size(), request);
  }
  return text;
}

// A section Wenyuan fills itself; evidence sections take quotes from
// `next_quote` on.
std::string FillSection(const TemplateSection& s, const Draft& draft, CalendarDate today, size_t& next_quote) {
  switch (s.fill) {
    case SectionFill::kText:
    case SectionFill::kRequest:
      return ReplaceRequest(s.text, draft.request);
    case SectionFill::kDate:
      return RocDate(today);
    case SectionFill::kEvidence:
      break;
  }
  std::string body;
  for (size_t i = 1; i <= s.quotes && next_quote < draft.evidence.size(); ++i, ++next_quote) {
    if (!body.empty()) body += "\n";
    // A quote is one line of the section: its own line breaks are joined.
    std::string quote;
    for (char c : utf8::Trim(draft.evidence[next_quote].text)) {
      if (c != '\n' && c != '\r') quote += c;
    }
    body += NumberPrefix(s.numbering, i) + quote + "[" + std::to_string(next_quote + 1) + "]";
  }
  if (body.empty()) body = "（資料中未找到可引用的內容）";
  return body;
}

// The line starts with `heading` and a colon ("說明：", "說明:"); sets
// `rest` to what follows.
bool StartsWithHeading(std::string_view line, const std::string& heading, std::string_view& rest) {
  std::string_view l = utf8::Trim(line);
  while (l.starts_with("#") || l.starts_with("*")) l = utf8::Trim(l.substr(1));
  if (!l.starts_with(heading)) return false;
  l = l.substr(heading.size());
  while (l.starts_with("*")) l = l.substr(1);
  if (l.starts_with("：")) {
    rest = utf8::Trim(l.substr(std::string_view("：").size()));
  } else if (l.starts_with(":")) {
    rest = utf8::Trim(l.substr(1));
  } else if (utf8::Trim(l).empty()) {
    rest = {};
  } else {
    return false;
  }
  return true;
}

// The model's text cut at the headings it was asked to write, keyed by
// heading; text before the first heading goes to the first.
std::vector<std::string> SplitModelText(const std::string& text, const std::vector<std::string>& headings) {
  std::vector<std::string> bodies(headings.size());
  size_t current = 0;
  size_t pos = 0;
  while (pos <= text.size() && !headings.empty()) {
    size_t nl = text.find('\n', pos);
    std::string_view line(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() + 1 : nl + 1;
    std::string_view rest;
    bool heading_line = false;
    for (size_t h = 0; h < headings.size(); ++h) {
      if (StartsWithHeading(line, headings[h], rest)) {
        current = h;
        heading_line = true;
        break;
      }
    }
    std::string_view content = heading_line ? rest : utf8::Trim(line);
    if (content.empty()) continue;
    if (!bodies[current].empty()) bodies[current] += "\n";
    bodies[current] += content;
  }
  return bodies;
}

}  // namespace

CalendarDate LocalToday() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string RocDate(CalendarDate d) {
  return "中華民國" + std::to_string(d.year - 1911) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

std::string Draft::Text() const {
  std::string out;
  if (!label.empty()) out += "（" + label + "：以下各段為資料原文摘錄，請改寫後使用）\n\n";
  for (size_t i = 0; i < sections.size(); ++i) {
    const DraftSection& s = sections[i];
    if (i > 0) out += "\n";
    out += s.heading + "：";
    out += s.body.find('\n') == std::string::npos ? s.body : "\n" + s.body;
    out += "\n";
  }
  return out;
}

Draft BuildDraft(const DraftTemplate& tmpl, const GroundedAnswer& answer, CalendarDate today) {
  Draft draft;
  draft.kb = answer.kb;
  draft.task = tmpl.name;
  draft.title = tmpl.title;
  draft.request = answer.request;
  draft.mode = answer.mode;
  draft.evidence = answer.evidence;
  const bool by_model = answer.mode == "llm";
  if (!by_model) draft.label = kNoModelLabel;
  const std::vector<std::string> model_headings = tmpl.ModelSections();
  std::vector<std::string> model_bodies;
  if (by_model) model_bodies = SplitModelText(answer.text, model_headings);
  size_t next_quote = 0;
  size_t model_index = 0;
  bool model_text_placed = false;
  for (const TemplateSection& s : tmpl.sections) {
    DraftSection out;
    out.heading = s.heading;
    if (by_model && !s.guide.empty()) {
      out.body = model_bodies[model_index++];
      out.written_by_model = true;
    } else if (by_model && s.fill == SectionFill::kEvidence) {
      // A template that asks the model for no heading (qa): the model's
      // whole text stands in its first evidence section, no quotes beside it.
      if (!model_headings.empty() || model_text_placed) continue;
      out.body = answer.text;
      out.written_by_model = true;
      model_text_placed = true;
    } else {
      out.body = FillSection(s, draft, today, next_quote);
    }
    out.needs_citations = out.written_by_model || s.fill == SectionFill::kEvidence;
    draft.sections.push_back(std::move(out));
  }
  return draft;
}

}  // namespace wenyuan::answer
