#include "cli/output.h"

#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"
#include "server/json_views.h"
#include "util/utf8.h"

namespace wenyuan::cli {

int Fail(const Status& status, int code) {
  std::fprintf(stderr, "wenyuan: %s\n", status.message().c_str());
  return code;
}

int UsageError(const std::string& message) {
  std::fprintf(stderr, "wenyuan: %s\n", message.c_str());
  return 2;
}

void PrintJson(const nlohmann::json& j) {
  std::string s = server::DumpJson(j, 2);
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

bool StdoutIsTerminal() { return ::isatty(1) == 1; }

std::string RenderSnippet(const search::Snippet& snippet, size_t passage_chars, bool color) {
  const char* on = color ? "\033[1;33m" : "";
  const char* off = color ? "\033[0m" : "";
  utf8::CodePointIndex index(snippet.text);
  std::string out = snippet.begin > 0 ? "…" : "";
  size_t at = snippet.begin;
  for (const auto& h : snippet.highlights) {
    out += index.Slice(at - snippet.begin, h.begin - snippet.begin);
    out += on;
    out += index.Slice(h.begin - snippet.begin, h.end - snippet.begin);
    out += off;
    at = h.end;
  }
  out += index.Slice(at - snippet.begin, snippet.end - snippet.begin);
  if (snippet.end < passage_chars) out += "…";
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

void PrintGroundingReport(const answer::GroundedAnswer& a) {
  if (!a.unsupported_sentences.empty()) {
    std::printf("\n未附出處的句子 (unsupported sentences):\n");
    for (const auto& s : a.unsupported_sentences) std::printf("  - %s\n", s.c_str());
  }
  if (!a.removed_citations.empty()) {
    std::printf("\n已移除不存在的引用 (citations removed):");
    for (const auto& r : a.removed_citations) std::printf(" %s", r.c_str());
    std::printf("\n");
  }
  if (!a.missing_sections.empty()) {
    std::printf("\n缺少的段落 (missing sections):");
    for (const auto& s : a.missing_sections) std::printf(" %s", s.c_str());
    std::printf("\n");
  }
}

}  // namespace wenyuan::cli
