// SseParser: splits a text/event-stream (Server-Sent Events) into events as
// the bytes arrive, in chunks cut anywhere. Follows the WHATWG rules the
// OpenAI-compatible servers use: lines end in \n, \r\n or \r; "data:" lines
// of one event are joined with \n; ":" lines are comments; a blank line ends
// the event; one space after the colon is dropped. Thread-compatible.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::llm {

struct SseEvent {
  std::string event;  // the "event:" field, empty when not given
  std::string data;
};

class SseParser {
 public:
  // Appends to `out` each event completed by `chunk`.
  void Feed(std::string_view chunk, std::vector<SseEvent>& out);
  // Ends the stream: an event still open (no blank line after it) is
  // completed, as a server that closes without the final blank line means.
  void Finish(std::vector<SseEvent>& out);

 private:
  void HandleLine(std::string_view line, std::vector<SseEvent>& out);
  void Dispatch(std::vector<SseEvent>& out);

  std::string pending_;   // bytes of an unfinished line
  bool skip_lf_ = false;  // the previous chunk ended in \r
  SseEvent current_;
  bool has_data_ = false;
};

}  // namespace wenyuan::llm
