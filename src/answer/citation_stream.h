// CitationStreamFilter: the streaming side of the citation check. A model's
// text passes through as it comes, except citation markers ([n], ［n］,
// 【n】, [n, m]): from an opening bracket on, text is held back until the
// marker is complete, and then only the numbers that name evidence the
// prompt held (1..evidence_count) go on, each as "[n]"; a marker naming
// nothing valid is dropped, so a reader never sees a citation that the
// final check (citation_checker.h) removes. A bracket that does not open a
// marker ("[注意]", or no closing bracket within a few characters) is
// passed on as text. Not thread-safe (one stream owns one filter).
#pragma once

#include <string>
#include <string_view>

#include "llm/chat_types.h"

namespace wenyuan::answer {

class CitationStreamFilter {
 public:
  CitationStreamFilter(size_t evidence_count, llm::TokenSink out)
      : evidence_count_(evidence_count), out_(std::move(out)) {}
  // Passes on what can be passed; false when the sink asks to stop.
  bool Feed(std::string_view piece);
  // Passes on whatever is still held back (the stream ended).
  bool Finish();

 private:
  bool Emit(std::string_view text);
  size_t evidence_count_;
  llm::TokenSink out_;
  std::string held_;
};

}  // namespace wenyuan::answer
