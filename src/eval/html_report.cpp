#include "eval/html_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "util/markup_escape.h"

namespace wenyuan::eval {
namespace {

// Colour-blind-safe palette (Okabe-Ito).
constexpr const char* kColours[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                    "#CC79A7", "#56B4E9", "#F0E442", "#000000"};
constexpr size_t kColourCount = sizeof(kColours) / sizeof(kColours[0]);

std::string Number(double v) {
  char buf[32];
  if (std::fabs(v) >= 1000 || v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else if (std::fabs(v) >= 10) {
    std::snprintf(buf, sizeof buf, "%.1f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.3g", v);
  }
  return buf;
}

// A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten.
double NiceCeiling(double v) {
  if (v <= 0) return 1;
  double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= v) return m * p;
  }
  return 10 * p;
}

}  // namespace

std::string RenderSvgChart(const ReportChart& chart, int width, int height) {
  const int left = 60, right = 20, top = 30, bottom = 50;
  const int plot_w = width - left - right, plot_h = height - top - bottom;
  double x_min = std::numeric_limits<double>::max(), x_max = std::numeric_limits<double>::lowest();
  double y_max = 0;
  size_t bar_count = 0;
  for (const auto& s : chart.series) {
    bar_count = std::max(bar_count, s.points.size());
    for (auto [x, y] : s.points) {
      x_min = std::min(x_min, x);
      x_max = std::max(x_max, x);
      y_max = std::max(y_max, y);
    }
  }
  if (x_min > x_max) x_min = 0, x_max = 1;
  if (x_max == x_min) x_max = x_min + 1;
  y_max = NiceCeiling(y_max);
  auto sx = [&](double x) { return left + (x - x_min) / (x_max - x_min) * plot_w; };
  auto sy = [&](double y) { return top + plot_h - y / y_max * plot_h; };

  std::string svg;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                "role=\"img\" aria-label=\"",
                width, height, width, height);
  svg += buf + EscapeMarkup(chart.title) + "\">";
  svg += "<title>" + EscapeMarkup(chart.title) + "</title>";
  std::snprintf(buf, sizeof buf, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">", left);
  svg += buf + EscapeMarkup(chart.title) + "</text>";
  // Axes, grid and ticks.
  for (int i = 0; i <= 4; ++i) {
    double y = y_max * i / 4;
    std::snprintf(buf, sizeof buf,
                  "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" "
                  "font-size=\"11\" text-anchor=\"end\">",
                  left, sy(y), left + plot_w, sy(y), left - 6, sy(y) + 4);
    svg += buf + Number(y) + "</text>";
  }
  std::snprintf(buf, sizeof buf, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", left, top + plot_h,
                left + plot_w, top + plot_h);
  svg += buf;
  std::snprintf(buf, sizeof buf, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">", left + plot_w / 2,
                height - 8);
  svg += buf + EscapeMarkup(chart.x_label) + "</text>";
  std::snprintf(buf, sizeof buf,
                "<text x=\"14\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">",
                top + plot_h / 2, top + plot_h / 2);
  svg += buf + EscapeMarkup(chart.y_label) + "</text>";

  if (chart.kind == ReportChart::Kind::kBars) {
    // Bars: one group per point index, one bar per series; x values label the groups.
    const size_t series = std::max<size_t>(1, chart.series.size());
    const double group_w = bar_count ? static_cast<double>(plot_w) / static_cast<double>(bar_count) : plot_w;
    const double bar_w = group_w * 0.8 / static_cast<double>(series);
    for (size_t s = 0; s < chart.series.size(); ++s) {
      for (size_t i = 0; i < chart.series[s].points.size(); ++i) {
        auto [x, y] = chart.series[s].points[i];
        double bx = left + group_w * static_cast<double>(i) + group_w * 0.1 + bar_w * static_cast<double>(s);
        std::snprintf(buf, sizeof buf, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                      bx, sy(y), std::max(1.0, bar_w - 1), top + plot_h - sy(y), kColours[s % kColourCount]);
        svg += buf + EscapeMarkup(chart.series[s].name) + " " + Number(x) + ": " + Number(y) + "</title></rect>";
        if (s == 0) {
          std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">",
                        left + group_w * (static_cast<double>(i) + 0.5), top + plot_h + 14);
          svg += buf + Number(x) + "</text>";
        }
      }
    }
  } else {
    for (int i = 0; i <= 4; ++i) {
      double x = x_min + (x_max - x_min) * i / 4;
      std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">", sx(x),
                    top + plot_h + 16);
      svg += buf + Number(x) + "</text>";
    }
    for (size_t s = 0; s < chart.series.size(); ++s) {
      std::string path;
      for (auto [x, y] : chart.series[s].points) {
        std::snprintf(buf, sizeof buf, "%s%.1f,%.1f", path.empty() ? "" : " ", sx(x), sy(y));
        path += buf;
      }
      std::snprintf(buf, sizeof buf, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"",
                    kColours[s % kColourCount]);
      svg += buf + path + "\"/>";
      for (auto [x, y] : chart.series[s].points) {
        std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>", sx(x), sy(y),
                      kColours[s % kColourCount]);
        svg += buf + EscapeMarkup(chart.series[s].name) + " " + Number(x) + ": " + Number(y) + "</title></circle>";
      }
    }
  }
  // Legend.
  for (size_t s = 0; s < chart.series.size(); ++s) {
    int lx = left + 10 + static_cast<int>(s % 4) * 140, ly = top + 6 + static_cast<int>(s / 4) * 14;
    std::snprintf(buf, sizeof buf,
                  "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" "
                  "font-size=\"11\">",
                  lx, ly, kColours[s % kColourCount], lx + 14, ly + 9);
    svg += buf + EscapeMarkup(chart.series[s].name) + "</text>";
  }
  svg += "</svg>";
  return svg;
}

std::string RenderHtmlReport(const ReportPage& page) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"zh-Hant\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
      EscapeMarkup(page.title) +
      "</title><style>"
      "body{font-family:system-ui,'Noto Sans CJK TC','WenQuanYi Micro Hei',sans-serif;margin:2em auto;max-width:"
      "980px;padding:0 1em;color:#222}"
      "table{border-collapse:collapse;margin:1em 0;font-size:14px}th,td{border:1px solid #ccc;padding:4px 8px;"
      "text-align:right}th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}"
      "figure{margin:1.5em 0}svg{max-width:100%;height:auto;font-family:inherit}"
      "</style></head><body>\n<h1>" +
      EscapeMarkup(page.title) + "</h1>\n";
  for (const auto& n : page.notes) html += "<p>" + EscapeMarkup(n) + "</p>\n";
  for (const auto& t : page.tables) {
    html += "<h2>" + EscapeMarkup(t.title) + "</h2>\n<table><thead><tr>";
    for (const auto& c : t.columns) html += "<th scope=\"col\">" + EscapeMarkup(c) + "</th>";
    html += "</tr></thead><tbody>\n";
    for (const auto& row : t.rows) {
      html += "<tr>";
      for (const auto& cell : row) html += "<td>" + EscapeMarkup(cell) + "</td>";
      html += "</tr>\n";
    }
    html += "</tbody></table>\n";
  }
  for (const auto& c : page.charts) html += "<figure>" + RenderSvgChart(c) + "</figure>\n";
  html += "</body></html>\n";
  return html;
}

}  // namespace wenyuan::eval
