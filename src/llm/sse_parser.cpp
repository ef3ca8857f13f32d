#include "llm/sse_parser.h"

namespace wenyuan::llm {

void SseParser::Feed(std::string_view chunk, std::vector<SseEvent>& out) {
  for (char c : chunk) {
    if (skip_lf_) {
      skip_lf_ = false;
      if (c == '\n') continue;
    }
    if (c == '\r' || c == '\n') {
      HandleLine(pending_, out);
      pending_.clear();
      skip_lf_ = c == '\r';
      continue;
    }
    pending_.push_back(c);
  }
}

void SseParser::Finish(std::vector<SseEvent>& out) {
  if (!pending_.empty()) {
    HandleLine(pending_, out);
    pending_.clear();
  }
  Dispatch(out);
}

void SseParser::HandleLine(std::string_view line, std::vector<SseEvent>& out) {
  if (line.empty()) {
    Dispatch(out);
    return;
  }
  if (line.front() == ':') return;  // comment (keep-alive)
  std::string_view field = line;
  std::string_view value;
  if (size_t colon = line.find(':'); colon != std::string_view::npos) {
    field = line.substr(0, colon);
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field == "data") {
    if (has_data_) current_.data.push_back('\n');
    current_.data.append(value);
    has_data_ = true;
  } else if (field == "event") {
    current_.event = std::string(value);
  }
  // "id" and "retry" do not matter to a one-shot request.
}

void SseParser::Dispatch(std::vector<SseEvent>& out) {
  if (has_data_) out.push_back(std::move(current_));
  current_ = SseEvent{};
  has_data_ = false;
}

}  // namespace wenyuan::llm
