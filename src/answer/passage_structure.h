// What the lines of a stored passage say about a sentence's place in its
// document: a list item (（一） 一、 1. ①), a list's lead line (ending in
// ：), an article of a regulation (a line opening with 第N條, 第N點 or
// 第N項, or a line under one: its 項 and 款), and whether the article
// states a rule there. Passages keep the cleaned document's one paragraph a
// line (ingest/passage_chunker.h), so the numbering a regulation carries is
// at the start of a line. Stateless.
#pragma once

#include <cstddef>
#include <string_view>

namespace wenyuan::answer {

// Starts with a list marker: （一） (1) 一、 1. ① ⑴.
bool IsListItem(std::u32string_view line);

// A list item that only names something (a topic, a title, a system): what
// it says outside brackets, after its marker, is short (at most 16
// characters) and holds no comma, colon or rule. 「（一）資安事件通報程序
// （資安事件應於知悉後1小時內通報）。」 in a syllabus names a course topic;
// 「一、停機時間為…，共計10小時。」 states something.
bool IsNamingItem(std::u32string_view line);

// Ends with a colon: the lead line of a list ("應涵蓋下列主題：").
bool IsListLead(std::u32string_view line);

// Opens with an article's number: 第五條, 第 5 条, 第十二點, 第二項,
// after optional spaces or a Markdown heading's #s.
bool StartsArticle(std::u32string_view line);

struct SentencePlace {
  bool in_article = false;  // its line, or one above it in the passage, opens an article
  // The sentence states a rule (answer/question_type.h StatesRule), or it
  // is a list item (a 款) whose lead line in the article does.
  bool states_rule = false;
};

// Where the sentence [begin, end) of `passage` sits.
SentencePlace PlaceOf(std::u32string_view passage, size_t begin, size_t end);

}  // namespace wenyuan::answer
