// StatuteSections: the structure of a law or regulation printed on a web
// page ("第 五 章 附則" over "第 28 條" over its sentence), for the main-text
// finder (clean/main_text_finder.h). A statute's last chapter may be a
// heading, an article number and one short sentence: too little prose to
// weigh in the body's search, yet the law's end. Its history ("沿革：" and
// numbered entries) under its name is kept with its head. Pure functions,
// thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "clean/page_line.h"
#include "clean/prose_span.h"

namespace wenyuan::clean {

// A statute's heading: "第 五 章 附則", "第28條", "第二十八条", "第 3 節".
struct StatuteHeading {
  char32_t unit = 0;  // 編 章 節 條 款 (or their simplified forms, folded to these)
  size_t number = 0;
};

// The heading `core` is, if any (number 0 when it is none). The text after
// the unit may be a short title with no sentence in it.
StatuteHeading ParseStatuteHeading(const std::u32string& core);

// When the body holds a statute (two or more article headings), the
// chapters and articles below it that go on numbering its own (a later
// chapter, a later article) with their sentences and items belong to it.
// Returns the new end of the body.
size_t ExtendToStatuteTail(const std::vector<PageLine>& lines, ProseSpan body);

// "沿革：" over "1.中華民國一百零八年…制定公布全" and the line it wraps onto,
// "2.…修正公布第 3": a statute's history between its name and its
// articles. Of `between` (the lines between a headline and the body, in
// order), the history's heading and its numbered entries with their
// wrapped lines (no blank line inside an entry).
std::vector<size_t> StatuteHistoryLines(const std::vector<PageLine>& lines, const std::vector<size_t>& between);

// "第 一 章 總則" right over "第 1 條", the statute's first article, which
// the body or its head holds: the first chapter's (or part's, section's)
// heading, which the prose search left out above the body: its index.
std::optional<size_t> FirstChapterAbove(const std::vector<PageLine>& lines, ProseSpan body,
                                        const std::vector<size_t>& kept);

}  // namespace wenyuan::clean
