// DraftTemplate: the shape of one drafting task (qa, press-release,
// petition-reply, official-document, legislator-qa), read from a small text
// file an agency can edit (templates/TASK.tmpl, compiled in as the default;
// DATA/templates/TASK.tmpl replaces it; docs/drafting.md documents the
// format). The file holds `key = value` lines: the task's name, title, the
// label of the user's text, and the model's instruction (intro, rules); then
// one `[heading]` block per section in document order, each saying how the
// section is filled without a model:
//   fill = text      the block's `text` as written ({request} is replaced)
//   fill = request   the same, meant to restate the user's text
//   fill = date      today's date in 民國 years (中華民國115年12月4日)
//   fill = evidence  up to `quotes` evidence quotes, each cited [n], numbered
//                    by `numbering` (none, chinese 一、二、, arabic 1. 2.)
// and, with `guide`, what the model is asked to write under the heading
// (sections without a guide are filled by Wenyuan around the model's text).
// Loading validates the whole file and names the file and line of the first
// mistake. Immutable once parsed; thread-safe.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "answer/task.h"
#include "util/status.h"

namespace wenyuan::answer {

enum class SectionFill { kText, kRequest, kDate, kEvidence };
enum class Numbering { kNone, kChinese, kArabic };

struct TemplateSection {
  std::string heading;
  SectionFill fill = SectionFill::kText;
  std::string text;   // kText / kRequest: may hold {request}
  std::string guide;  // what the model writes here; empty: Wenyuan fills it
  size_t quotes = 3;  // kEvidence: at most this many quotes
  Numbering numbering = Numbering::kNone;
};

struct DraftTemplate {
  Task task = Task::kQa;
  std::string name;  // "official-document"
  std::string title;
  std::string request_label;
  std::string intro;
  std::string rules;
  std::vector<TemplateSection> sections;
  std::string where;  // the file it came from ("DATA/templates/qa.tmpl", "built-in qa.tmpl")

  // The model's instruction: intro, one "heading：guide" line per section
  // with a guide, then the rules.
  std::string Instruction() const;
  // The headings the model is asked to write (those with a guide).
  std::vector<std::string> ModelSections() const;
  // The evidence quotes all sections together can hold.
  size_t TotalQuotes() const;
};

// Parses a template; `where` names the file in every error
// ("WHERE: line N: ...").
Result<DraftTemplate> ParseDraftTemplate(std::string_view text, const std::string& where);

// The template for `task`: `dir`/NAME.tmpl when `dir` is not empty and the
// file exists, else the built-in one. An invalid file is an error (never a
// silent fallback to the default).
Result<DraftTemplate> LoadDraftTemplate(Task task, const std::filesystem::path& dir);

// Each file in `dir` named TASK.tmpl parsed and checked; the first error.
Status ValidateTemplateDir(const std::filesystem::path& dir);

// The built-in template's text for a task name ("" if none).
std::string_view BuiltInTemplateText(std::string_view name);

// Compiled in from templates/ by cmake/embed_templates.cmake; the table
// ends with {nullptr, nullptr, 0}.
struct EmbeddedTemplate {
  const char* name;
  const char* data;
  size_t size;
};
extern const EmbeddedTemplate kEmbeddedTemplates[];

}  // namespace wenyuan::answer
