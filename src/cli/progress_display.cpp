#include "cli/progress_display.h"

#include <algorithm>

namespace wenyuan::cli {
namespace {

std::string Grouped(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Clock(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// The share of the work `f` has done, 0 to 1 (0 when no total is known).
double FractionDone(const ProgressFigures& f) {
  double fraction = 0;
  if (f.bytes_total) {
    fraction = static_cast<double>(f.bytes_done) / static_cast<double>(f.bytes_total);
  } else if (f.documents_total) {
    fraction = static_cast<double>(f.documents) / static_cast<double>(f.documents_total);
  }
  return std::min(1.0, fraction);
}

}  // namespace

ProgressDisplay::ProgressDisplay(std::string what, std::FILE* out, bool terminal, std::chrono::seconds log_interval)
    : what_(std::move(what)),
      out_(out),
      terminal_(terminal),
      interval_(terminal ? std::chrono::steady_clock::duration(std::chrono::milliseconds(200))
                         : std::chrono::steady_clock::duration(log_interval)),
      started_(std::chrono::steady_clock::now()),
      last_drawn_(started_) {}

std::string ProgressDisplay::Line(const ProgressFigures& f, const ProgressFigures& first, double seconds, bool bar) {
  constexpr double kMB = 1024.0 * 1024.0;
  const double fraction = FractionDone(f);
  const double fraction_since = fraction - std::min(fraction, FractionDone(first));
  std::string out;
  if (bar) {
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    out = "[" + std::string(static_cast<size_t>(filled), '=') + (filled < kWidth ? ">" : "") +
          std::string(static_cast<size_t>(std::max(0, kWidth - filled - 1)), ' ') + "] ";
  }
  out += Grouped(f.documents);
  if (f.documents_total) out += "/" + Grouped(f.documents_total);
  out += " documents";
  char buf[160];
  if (f.bytes_total) {
    const uint64_t bytes_since = f.bytes_done - std::min(f.bytes_done, first.bytes_done);
    const double rate = seconds > 0 ? static_cast<double>(bytes_since) / kMB / seconds : 0.0;
    std::snprintf(buf, sizeof buf, "  %.1f/%.1f MB  %.1f MB/s", static_cast<double>(f.bytes_done) / kMB,
                  static_cast<double>(f.bytes_total) / kMB, rate);
    out += buf;
  } else if (seconds > 0) {
    const size_t documents_since = f.documents - std::min(f.documents, first.documents);
    std::snprintf(buf, sizeof buf, "  %.0f/s", static_cast<double>(documents_since) / seconds);
    out += buf;
  }
  std::snprintf(buf, sizeof buf, "  %d%%", static_cast<int>(fraction * 100));
  out += buf;
  if (fraction_since > 0 && fraction < 1 && seconds > 1) {
    out += "  ETA " + Clock(seconds * (1 - fraction) / fraction_since);
  }
  return out;
}

void ProgressDisplay::Update(const ProgressFigures& figures) {
  const auto now = std::chrono::steady_clock::now();
  if (!started_yet_) {  // the pace is measured from here
    started_yet_ = true;
    started_ = last_drawn_ = now;
    first_ = figures;
    return;
  }
  if (now - last_drawn_ < interval_) return;
  last_drawn_ = now;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  if (terminal_) {
    // The cursor is left at the start of the line, so a log line written
    // meanwhile replaces the bar instead of running on after it.
    std::fprintf(out_, "\r%s\x1b[K\r", Line(figures, first_, seconds, true).c_str());
    drawn_ = true;
  } else {
    std::fprintf(out_, "%s: %s\n", what_.c_str(), Line(figures, first_, seconds, false).c_str());
  }
  std::fflush(out_);
}

void ProgressDisplay::Finish() {
  if (terminal_ && drawn_) std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
}

}  // namespace wenyuan::cli
