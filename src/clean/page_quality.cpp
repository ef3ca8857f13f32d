#include "clean/page_quality.h"

#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

size_t ContentChars(std::string_view text) {
  size_t n = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = utf8::NarrowFullWidth(utf8::DecodeNext(text, pos));
    n += utf8::IsHan(c) || utf8::IsAsciiAlnum(c);
  }
  return n;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool IsReferenceLine(std::string_view line) {
  line = utf8::Trim(line);
  if (line == "References" || line == "Visible links" || line == "Hidden links:") return true;  // lynx's headings
  if (line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www.")) return true;
  size_t i = 0;
  if (!line.empty() && line[0] == '[') ++i;
  size_t digits = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i, ++digits;
  if (digits == 0 || i >= line.size()) return false;
  if (line[i] == ']') return true;
  if (line[i] != '.' && line[i] != ')') return false;
  // lynx's numbered link list ("1. https://…", "2. javascript:…"); a list
  // of the page's own items numbered the same way ("1. 洛阳火车站") is text.
  std::string_view target = utf8::Trim(line.substr(i + 1));
  if (target.starts_with("www.")) return true;
  size_t scheme = 0;
  while (scheme < target.size() && utf8::IsAsciiLetter(static_cast<unsigned char>(target[scheme]))) ++scheme;
  return scheme > 0 && scheme < target.size() && target[scheme] == ':';
}

}  // namespace

std::string NoticeReason(std::string_view text) {
  if (ContentChars(text) < 300) {
    if (ContainsAny(text, {"Loading", "loading", "載入中", "加载中", "讀取中", "读取中", "請稍候", "请稍候", "正在加載",
                           "正在加载"})) {
      return "a loading notice, not the page";
    }
    if (ContainsAny(text,
                    {"404", "Not Found", "not found", "找不到", "頁面不存在", "页面不存在", "網頁不存在", "网页不存在",
                     "Access Denied", "拒絕存取", "拒绝访问", "enable JavaScript", "啟用 JavaScript", "启用JavaScript",
                     "啟用JavaScript", "Just a moment", "Checking your browser", "驗證您是真人", "验证您是真人"})) {
      return "an error or access-check page";
    }
  }
  return {};
}

std::string FailedPageReason(std::string_view text, bool web_page) {
  const size_t content = ContentChars(text);
  if (content == 0) return "nothing left after removing navigation and boilerplate";
  if (!web_page) return {};
  if (std::string notice = NoticeReason(text); !notice.empty()) return notice;
  if (content < kMinContentChars) {
    return "too little text (" + std::to_string(content) + " characters)";
  }
  size_t lines = 0, references = 0;
  LineReader reader(text);
  std::string_view line;
  while (reader.Next(line)) {
    if (utf8::Trim(line).empty()) continue;
    ++lines;
    references += IsReferenceLine(line);
  }
  if (lines >= 2 && references * 10 >= lines * 7) return "only references or links";
  return {};
}

}  // namespace wenyuan::clean
