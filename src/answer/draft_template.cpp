#include "answer/draft_template.h"

#include <charconv>
#include <system_error>

#include "util/file_io.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

constexpr uint64_t kMaxTemplateBytes = 256 << 10;

Status LineError(const std::string& where, size_t line, const std::string& message) {
  return Status::InvalidArgument(where + ": line " + std::to_string(line) + ": " + message);
}

Result<SectionFill> ParseFill(std::string_view v) {
  if (v == "text") return SectionFill::kText;
  if (v == "request") return SectionFill::kRequest;
  if (v == "date") return SectionFill::kDate;
  if (v == "evidence") return SectionFill::kEvidence;
  return Status::InvalidArgument("fill must be text, request, date or evidence, not '" + std::string(v) + "'");
}

Result<Numbering> ParseNumbering(std::string_view v) {
  if (v == "none") return Numbering::kNone;
  if (v == "chinese") return Numbering::kChinese;
  if (v == "arabic") return Numbering::kArabic;
  return Status::InvalidArgument("numbering must be none, chinese or arabic, not '" + std::string(v) + "'");
}

Status SetTemplateKey(DraftTemplate& t, std::string_view key, const std::string& value) {
  if (key == "task") {
    WY_ASSIGN_OR_RETURN(t.task, ParseTask(value));
    t.name = value;
  } else if (key == "title") {
    t.title = value;
  } else if (key == "request_label") {
    t.request_label = value;
  } else if (key == "intro") {
    t.intro = value;
  } else if (key == "rules") {
    t.rules = value;
  } else {
    return Status::InvalidArgument("unknown key '" + std::string(key) +
                                   "' (before the first [section]: task, title, request_label, intro, rules)");
  }
  return Status::Ok();
}

Status SetSectionKey(TemplateSection& s, std::string_view key, const std::string& value) {
  if (key == "fill") {
    WY_ASSIGN_OR_RETURN(s.fill, ParseFill(value));
  } else if (key == "text") {
    s.text = value;
  } else if (key == "guide") {
    s.guide = value;
  } else if (key == "numbering") {
    WY_ASSIGN_OR_RETURN(s.numbering, ParseNumbering(value));
  } else if (key == "quotes") {
    size_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > 20) {
      return Status::InvalidArgument("quotes must be a whole number from 1 to 20, not '" + value + "'");
    }
    s.quotes = n;
  } else {
    return Status::InvalidArgument("unknown key '" + std::string(key) +
                                   "' in a section (fill, text, guide, quotes, numbering)");
  }
  return Status::Ok();
}

}  // namespace

std::string DraftTemplate::Instruction() const {
  std::string out = intro;
  for (const TemplateSection& s : sections) {
    if (s.guide.empty()) continue;
    out += "\n" + s.heading + "：" + s.guide;
  }
  if (!rules.empty()) out += "\n" + rules;
  return out;
}

std::vector<std::string> DraftTemplate::ModelSections() const {
  std::vector<std::string> out;
  for (const TemplateSection& s : sections) {
    if (!s.guide.empty()) out.push_back(s.heading);
  }
  return out;
}

size_t DraftTemplate::TotalQuotes() const {
  size_t n = 0;
  for (const TemplateSection& s : sections) {
    if (s.fill == SectionFill::kEvidence) n += s.quotes;
  }
  return n;
}

Result<DraftTemplate> ParseDraftTemplate(std::string_view text, const std::string& where) {
  if (!utf8::IsValid(text)) return Status::InvalidArgument(where + ": not UTF-8 text");
  DraftTemplate t;
  t.where = where;
  std::vector<size_t> section_lines;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    std::string_view line = utf8::Trim(raw);
    if (!line.empty() && line.back() == '\r') line = utf8::Trim(line.substr(0, line.size() - 1));
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      if (line.back() != ']' || line.size() < 3) return LineError(where, line_no, "a section line reads [heading]");
      std::string heading(utf8::Trim(line.substr(1, line.size() - 2)));
      if (heading.empty()) return LineError(where, line_no, "a section needs a heading");
      for (const TemplateSection& s : t.sections) {
        if (s.heading == heading) return LineError(where, line_no, "section [" + heading + "] appears twice");
      }
      t.sections.push_back({});
      t.sections.back().heading = std::move(heading);
      section_lines.push_back(line_no);
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      return LineError(where, line_no, "expected 'key = value', '[heading]' or a '#' comment");
    }
    std::string_view key = utf8::Trim(line.substr(0, eq));
    std::string value(utf8::Trim(line.substr(eq + 1)));
    Status s = t.sections.empty() ? SetTemplateKey(t, key, value) : SetSectionKey(t.sections.back(), key, value);
    if (!s.ok()) return LineError(where, line_no, s.message());
  }
  if (t.name.empty()) return Status::InvalidArgument(where + ": 'task = NAME' is missing (one of " + TaskNames() + ")");
  if (t.title.empty()) return Status::InvalidArgument(where + ": 'title = ...' is missing");
  if (t.request_label.empty()) return Status::InvalidArgument(where + ": 'request_label = ...' is missing");
  if (t.intro.empty()) return Status::InvalidArgument(where + ": 'intro = ...' (the model's instruction) is missing");
  if (t.sections.empty()) return Status::InvalidArgument(where + ": no [section] (the draft needs at least one)");
  bool has_evidence = false;
  for (size_t i = 0; i < t.sections.size(); ++i) {
    const TemplateSection& s = t.sections[i];
    if ((s.fill == SectionFill::kText || s.fill == SectionFill::kRequest) && s.text.empty()) {
      return LineError(where, section_lines[i], "section [" + s.heading + "] fills with text but has no 'text = ...'");
    }
    has_evidence = has_evidence || s.fill == SectionFill::kEvidence;
  }
  if (!has_evidence) {
    return Status::InvalidArgument(where + ": no section has 'fill = evidence' (a draft must quote its sources)");
  }
  return t;
}

std::string_view BuiltInTemplateText(std::string_view name) {
  for (const EmbeddedTemplate* e = kEmbeddedTemplates; e->name; ++e) {
    if (name == e->name) return {e->data, e->size};
  }
  return {};
}

Result<DraftTemplate> LoadDraftTemplate(Task task, const std::filesystem::path& dir) {
  const std::string name(SpecFor(task).name);
  DraftTemplate t;
  if (!dir.empty()) {
    const std::filesystem::path path = dir / (name + ".tmpl");
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, kMaxTemplateBytes));
      WY_ASSIGN_OR_RETURN(t, ParseDraftTemplate(text, path.string()));
      if (t.task != task) {
        return Status::InvalidArgument(path.string() + ": says 'task = " + t.name + "' but is named " + name + ".tmpl");
      }
      return t;
    }
  }
  std::string_view text = BuiltInTemplateText(name);
  if (text.empty()) return Status::Internal("no built-in template for task " + name);
  return ParseDraftTemplate(text, "built-in " + name + ".tmpl");
}

Status ValidateTemplateDir(const std::filesystem::path& dir) {
  for (const TaskSpec& spec : AllTasks()) {
    WY_RETURN_IF_ERROR(LoadDraftTemplate(spec.task, dir).status());
  }
  return Status::Ok();
}

}  // namespace wenyuan::answer
