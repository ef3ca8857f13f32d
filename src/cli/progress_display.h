// ProgressDisplay: how a long command shows where it stands. On a terminal,
// one line rewritten in place (like pv or cargo): a bar, documents, MB of
// input done of the total, MB/s and the time left. Elsewhere (a log file,
// a pipe), one plain line at most every `log_interval`, so logs show
// progress without a line per document. Updates may come as often as
// wanted: drawing is throttled. Rates and the time left are measured from
// the first update, over the work done since (a display made before its
// phase starts, or a phase that begins with work already done, shows its
// own pace). Not thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace wenyuan::cli {

struct ProgressFigures {
  size_t documents = 0;
  size_t documents_total = 0;                // 0: unknown (the bytes tell the share done)
  uint64_t bytes_done = 0, bytes_total = 0;  // 0 total: no bytes to show
};

class ProgressDisplay {
 public:
  // `what` names the work ("ingest"); `terminal`: whether `out` is one.
  ProgressDisplay(std::string what, std::FILE* out, bool terminal,
                  std::chrono::seconds log_interval = std::chrono::seconds(10));
  void Update(const ProgressFigures& figures);
  // Clears the terminal line (the summary follows it).
  void Finish();

  // "[=====>     ] 12,345 documents  123.4/540.0 MB  12.3 MB/s  ETA 0:42":
  // `f` now, `seconds` after `first` (the figures of the first update),
  // whose work the rate and the time left leave out.
  static std::string Line(const ProgressFigures& f, const ProgressFigures& first, double seconds, bool bar);

 private:
  std::string what_;
  std::FILE* out_;
  bool terminal_;
  std::chrono::steady_clock::duration interval_;
  std::chrono::steady_clock::time_point started_, last_drawn_;
  ProgressFigures first_;
  bool started_yet_ = false;
  bool drawn_ = false;
};

}  // namespace wenyuan::cli
