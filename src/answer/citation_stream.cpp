#include "answer/citation_stream.h"

#include <array>

namespace wenyuan::answer {
namespace {

constexpr size_t kMaxMarkerBytes = 24;

struct Bracket {
  std::string_view open, close;
};
constexpr std::array<Bracket, 3> kBrackets = {{{"[", "]"}, {"［", "］"}, {"【", "】"}}};

// Where the next opening bracket starts (npos if none) and which.
size_t FindOpen(std::string_view s, const Bracket** which) {
  size_t best = std::string_view::npos;
  for (const Bracket& b : kBrackets) {
    size_t at = s.find(b.open);
    if (at < best) {
      best = at;
      *which = &b;
    }
  }
  return best;
}

// A prefix of an opening bracket at the end of `s` (a split UTF-8 "［").
size_t PartialOpenAtEnd(std::string_view s) {
  for (const Bracket& b : kBrackets) {
    for (size_t n = b.open.size() - 1; n > 0; --n) {
      if (s.size() >= n && s.substr(s.size() - n) == b.open.substr(0, n)) return n;
    }
  }
  return 0;
}

}  // namespace

bool CitationStreamFilter::Emit(std::string_view text) { return text.empty() || !out_ || out_(text); }

bool CitationStreamFilter::Feed(std::string_view piece) {
  held_.append(piece);
  for (;;) {
    const Bracket* bracket = nullptr;
    size_t open = FindOpen(held_, &bracket);
    if (open == std::string::npos) {
      size_t keep = PartialOpenAtEnd(held_);
      bool ok = Emit(std::string_view(held_).substr(0, held_.size() - keep));
      held_.erase(0, held_.size() - keep);
      return ok;
    }
    if (!Emit(std::string_view(held_).substr(0, open))) return false;
    held_.erase(0, open);
    const size_t body_start = bracket->open.size();
    size_t close = held_.find(bracket->close, body_start);
    if (close == std::string::npos) {
      if (held_.size() < kMaxMarkerBytes) return true;  // wait for the rest of the marker
      if (!Emit(bracket->open)) return false;           // too long: not a marker
      held_.erase(0, bracket->open.size());
      continue;
    }
    std::string_view body = std::string_view(held_).substr(body_start, close - body_start);
    // Numbers separated by commas or spaces, nothing else.
    std::string valid;
    bool is_marker = !body.empty();
    size_t n = 0;
    bool in_number = false;
    auto end_number = [&]() {
      if (in_number && n >= 1 && n <= evidence_count_) valid += "[" + std::to_string(n) + "]";
      n = 0;
      in_number = false;
    };
    for (size_t i = 0; i < body.size() && is_marker; ++i) {
      char c = body[i];
      if (c >= '0' && c <= '9') {
        n = n * 10 + static_cast<size_t>(c - '0');
        in_number = true;
      } else if (c == ',' || c == ' ') {
        end_number();
      } else if (body.substr(i).starts_with("，") || body.substr(i).starts_with("、")) {
        end_number();
        i += 2;
      } else {
        is_marker = false;
      }
    }
    end_number();
    const size_t consumed = close + bracket->close.size();
    if (is_marker) {
      if (!Emit(valid)) return false;
    } else if (!Emit(std::string_view(held_).substr(0, consumed))) {
      return false;
    }
    held_.erase(0, consumed);
  }
}

bool CitationStreamFilter::Finish() {
  bool ok = Emit(held_);
  held_.clear();
  return ok;
}

}  // namespace wenyuan::answer
