// HtmlReport: one self-contained HTML page that shows an evaluation to the
// people deciding whether to trust Wenyuan: tables of the metrics per
// configuration (and per query script and length), and charts drawn as
// inline SVG (recall@k curves, the latency distribution, throughput against
// concurrent clients). No scripts, fonts or styles from anywhere else: the
// file opens on a machine without network. Pure functions.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace wenyuan::eval {

struct ReportTable {
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // cells as shown
};

struct ReportSeries {
  std::string name;
  std::vector<std::pair<double, double>> points;  // (x, y)
};

struct ReportChart {
  enum class Kind { kLine, kBars };
  Kind kind = Kind::kLine;
  std::string title;
  std::string x_label, y_label;
  std::vector<ReportSeries> series;
};

struct ReportPage {
  std::string title;
  std::vector<std::string> notes;  // paragraphs under the title (data set, date, machine)
  std::vector<ReportTable> tables;
  std::vector<ReportChart> charts;
};

std::string RenderHtmlReport(const ReportPage& page);

// The SVG of one chart (also used inside the page).
std::string RenderSvgChart(const ReportChart& chart, int width = 640, int height = 320);

}  // namespace wenyuan::eval
