#include "eval/html_report.h"

#include <gtest/gtest.h>

namespace wenyuan::eval {
namespace {

TEST(HtmlReport, SelfContainedWithEscapedTextTablesAndSvgCharts) {
  ReportPage page;
  page.title = "評估 <drcd> & cmrc";
  page.notes = {"資料集：drcd-dev"};
  page.tables.push_back({"檢索", {"設定", "recall@1"}, {{"words+bigrams", "0.979"}, {"<script>", "1"}}});
  ReportChart curve;
  curve.title = "recall@k";
  curve.x_label = "k";
  curve.y_label = "recall";
  curve.series.push_back({"ours", {{1, 0.9}, {5, 0.99}, {20, 1.0}}});
  curve.series.push_back({"bm25", {{1, 0.8}, {5, 0.95}, {20, 0.99}}});
  page.charts.push_back(curve);
  ReportChart bars;
  bars.kind = ReportChart::Kind::kBars;
  bars.title = "throughput";
  bars.series.push_back({"search", {{1, 120}, {2, 230}, {8, 400}}});
  page.charts.push_back(bars);
  const std::string html = RenderHtmlReport(page);
  EXPECT_EQ(html.find("<script"), std::string::npos);  // escaped, and none of our own
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("評估 &lt;drcd&gt; &amp; cmrc"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));  // no outside resources
  EXPECT_EQ(html.find("https://"), std::string::npos);
  // Two charts, with a polyline per line series and a rect per bar.
  size_t svgs = 0;
  for (size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++svgs;
  EXPECT_EQ(svgs, 2u);
  size_t lines = 0;
  for (size_t at = html.find("<polyline"); at != std::string::npos; at = html.find("<polyline", at + 1)) ++lines;
  EXPECT_EQ(lines, 2u);
  EXPECT_NE(html.find("search 8: 400"), std::string::npos);
}

TEST(HtmlReport, EmptyChartsDoNotDivideByZero) {
  ReportChart empty;
  empty.title = "nothing";
  std::string svg = RenderSvgChart(empty);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  EXPECT_EQ(svg.find("inf"), std::string::npos);
  ReportChart flat;
  flat.series.push_back({"one", {{3, 0}}});
  svg = RenderSvgChart(flat);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::eval
