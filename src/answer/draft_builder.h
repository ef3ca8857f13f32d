// BuildDraft: a grounded answer (grounded_answerer.h) laid out in the
// sections of a drafting template (draft_template.h), ready to show, edit
// and export.
//
// Without a model (mode "extractive") the template's skeleton is filled:
// fixed text, the request, today's date in 民國 years and, in each evidence
// section in order, the next best evidence quotes, each cited [n]; the draft
// is labelled 未使用語言模型. With a model (mode "llm") the sections the
// model was asked to write take the model's text under each heading, and
// the sections Wenyuan fills (受文者, 發文日期, 字號...) are filled the same
// way as without one. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "answer/draft_template.h"
#include "answer/grounded_answerer.h"

namespace wenyuan::answer {

inline constexpr const char* kNoModelLabel = "未使用語言模型";

struct CalendarDate {
  int year = 1970;
  int month = 1;
  int day = 1;
};

// Today in the machine's local time zone.
CalendarDate LocalToday();
// "中華民國115年12月4日" for 2026-12-04.
std::string RocDate(CalendarDate date);

struct DraftSection {
  std::string heading;
  std::string body;  // lines separated by '\n'; citations as [n]
  bool written_by_model = false;
  bool needs_citations = false;  // its sentences must cite (evidence or the model's text)
};

struct Draft {
  std::string kb;
  std::string task;   // the template's task name
  std::string title;  // the template's title ("函")
  std::string request;
  std::string mode = "extractive";  // or "llm"
  std::string label;                // kNoModelLabel when extractive
  std::vector<DraftSection> sections;
  std::vector<Evidence> evidence;  // [1]..[n]

  // "heading：body" per section (a body of several lines starts on the next
  // line), sections separated by a blank line; the label first when set.
  std::string Text() const;
};

Draft BuildDraft(const DraftTemplate& tmpl, const GroundedAnswer& answer, CalendarDate today);

}  // namespace wenyuan::answer
