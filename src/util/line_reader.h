// LineReader: walks the lines of a text in place (split on '\n', which is
// not part of the line; a '\r' before it is), counting them from 1 for error
// messages. Views into the text; the text must outlive the reader.
#pragma once

#include <cstddef>
#include <string_view>

namespace wenyuan {

class LineReader {
 public:
  explicit LineReader(std::string_view text) : rest_(text), done_(text.empty()) {}

  // Sets `line` to the next line and returns true, or returns false at the end.
  bool Next(std::string_view& line) {
    if (done_) return false;
    size_t nl = rest_.find('\n');
    line = rest_.substr(0, nl);
    if (nl == std::string_view::npos) {
      done_ = true;
    } else {
      rest_.remove_prefix(nl + 1);
      done_ = rest_.empty();
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_number_;
    return true;
  }
  size_t line_number() const { return line_number_; }  // of the last line returned

 private:
  std::string_view rest_;
  bool done_;
  size_t line_number_ = 0;
};

}  // namespace wenyuan
