#include "ingest/ocr.h"

#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

bool IsCjk(char32_t cp) {
  return utf8::IsHan(cp) || (cp >= 0x3000 && cp <= 0x30FF) ||  // CJK punctuation, kana
         (cp >= 0x3100 && cp <= 0x312F) ||                     // bopomofo
         (cp >= 0xFF01 && cp <= 0xFF60) ||                     // full-width forms
         (cp >= 0xFE30 && cp <= 0xFE4F);                       // CJK compatibility forms
}

// One line with white space between CJK characters removed and runs of
// other white space made one space.
std::string TidyLine(std::string_view line) {
  std::vector<char32_t> cps;
  for (size_t pos = 0; pos < line.size();) cps.push_back(utf8::DecodeNext(line, pos));
  std::string out;
  char32_t prev = 0;  // last non-space code point written
  bool pending_space = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t cp = cps[i];
    if (utf8::IsSpace(cp) || cp == '\f') {
      pending_space = prev != 0;
      continue;
    }
    if (pending_space && !(IsCjk(prev) && IsCjk(cp))) out += ' ';
    pending_space = false;
    utf8::Append(out, cp);
    prev = cp;
  }
  return out;
}

std::string FirstLineOf(std::string_view s) { return std::string(utf8::Trim(s.substr(0, s.find('\n')))); }

}  // namespace

std::string TidyOcrText(std::string_view raw) {
  std::string out;
  LineReader lines(raw);
  std::string_view line;
  bool blank_pending = false;
  while (lines.Next(line)) {
    std::string tidy = TidyLine(line);
    if (tidy.empty()) {
      blank_pending = !out.empty();
      continue;
    }
    if (blank_pending) out += '\n';
    blank_pending = false;
    out += tidy;
    out += '\n';
  }
  return out;
}

Result<std::string> RecogniseText(const std::filesystem::path& image, std::string_view languages,
                                  const SubprocessLimits& limits) {
  // An absolute path can never be mistaken for an option.
  const std::string file = std::filesystem::absolute(image).string();
  auto run = RunSubprocess({"tesseract", file, "-", "-l", std::string(languages)}, limits);
  if (!run.ok()) return run.status();
  if (run->exit_code != 0) {
    // Tesseract's stderr opens with banners; the error is usually the last line.
    std::string why;
    LineReader lines(run->stderr_text);
    std::string_view line;
    while (lines.Next(line)) {
      std::string_view t = utf8::Trim(line);
      if (!t.empty()) why = std::string(t);
    }
    if (why.empty()) why = FirstLineOf(run->stdout_text);
    if (why.size() > 200 || !utf8::IsValid(why)) why = "unreadable message";
    return Status::InvalidArgument("tesseract could not read the image (exit status " + std::to_string(run->exit_code) +
                                   (why.empty() ? ")" : "; " + why + ")"));
  }
  if (!utf8::IsValid(run->stdout_text)) {
    return Status::Corruption("tesseract returned invalid UTF-8");
  }
  return TidyOcrText(run->stdout_text);
}

}  // namespace wenyuan::ingest
