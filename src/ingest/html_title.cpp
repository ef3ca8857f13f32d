#include "ingest/html_title.h"

#include <algorithm>
#include <cctype>

#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxSectionChars = 8;   // a section name in a menu is at most this long
constexpr size_t kMaxChromeMatch = 20;   // a site's name found in the header is at most this long
constexpr size_t kShortTitleChars = 8;   // a <title> part this short gives way to a heading
constexpr size_t kLabelChars = 4;        // a heading this short inside the <title> is a label ("公告")
constexpr size_t kMinHeadlineChars = 4;  // a heading shorter than this is no headline
constexpr size_t kMinSubheadChars = 6;   // a heading below <h1> needs this many to beat a <title>

// Without white space (ASCII and U+3000), ASCII letters lower-cased: the
// key two spellings of one title share.
std::string Key(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::DecodeNext(s, pos);
    if (utf8::IsSpace(c) || c == U'\u3000') continue;
    if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    utf8::Append(out, c);
  }
  return out;
}

size_t Chars(std::string_view s) { return utf8::CodePointCount(s); }

bool IsAsciiAlnumByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The <title> cut at its separators. "_" splits only between non-ASCII
// text ("原因？_烘焙吧"), not inside an identifier ("config_file"); "—"
// splits only alone, not as the Chinese dash "——".
std::vector<std::string> SplitTitle(std::string_view title) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    std::string_view t = utf8::Trim(current);
    if (!t.empty()) parts.emplace_back(t);
    current.clear();
  };
  for (size_t i = 0; i < title.size();) {
    std::string_view rest = title.substr(i);
    size_t cut = 0;
    for (std::string_view sep : {"｜", "|", " - ", " – ", " — ", "–"}) {
      if (rest.starts_with(sep)) {
        cut = sep.size();
        break;
      }
    }
    if (!cut && rest.starts_with("—") && !rest.substr(3).starts_with("—") &&
        !std::string_view(current).ends_with("—")) {
      cut = 3;
    }
    if (!cut && rest.starts_with("_") &&
        !(i > 0 && IsAsciiAlnumByte(title[i - 1]) && rest.size() > 1 && IsAsciiAlnumByte(rest[1]))) {
      cut = 1;
    }
    if (cut) {
      flush();
      i += cut;
    } else {
      current += title[i];
      ++i;
    }
  }
  flush();
  return parts;
}

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

// A file's name ("新加坡培训报告定稿.docx") or what made the file
// ("Microsoft Word", "Untitled"): not a title.
bool IsFileNameOrGenerator(std::string_view part) {
  for (std::string_view ext :
       {".doc", ".docx", ".pdf", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".wps", ".txt", ".htm", ".html", ".rtf"}) {
    if (EndsWithIgnoringCase(part, ext)) return true;
  }
  const std::string k = Key(part);
  if (k.starts_with("microsoftword") || k.starts_with("microsoftexcel") || k.starts_with("microsoftpowerpoint")) {
    return k.size() <= 24;
  }
  for (std::string_view generic : {"untitled", "untitleddocument", "document", "无标题文档", "無標題文件", "无标题",
                                   "無標題", "新建文档", "新文件"}) {
    if (k == generic) return true;
  }
  return false;
}

class TitleParts {
 public:
  explicit TitleParts(const HtmlTitleClues& clues) {
    for (const auto& s : clues.site_names) AddKey(site_keys_, s);
    for (const auto& s : clues.chrome) AddKey(chrome_keys_, s);
    for (const auto& s : clues.links) {
      if (Chars(s) <= kMaxSectionChars) AddKey(link_keys_, s);
    }
    for (const auto& s : clues.headings) AddKey(heading_keys_, s);
    for (const auto& s : clues.h1s) AddKey(heading_keys_, s);
  }

  // The site's own name: named by the page's metadata, logo or copyright
  // line, or (when it is no heading of the page) found in its header.
  bool IsSiteName(std::string_view part) const {
    const std::string k = Key(part);
    if (Chars(k) < 2) return false;
    for (const auto& s : site_keys_) {
      if (s.find(k) != std::string::npos || (Chars(s) >= 2 && k.find(s) != std::string::npos)) return true;
    }
    if (Chars(k) > kMaxChromeMatch || IsHeading(k)) return false;
    for (const auto& c : chrome_keys_) {
      if (c.find(k) != std::string::npos) return true;
    }
    return false;
  }

  // Not the page's own title: the site's name, a section's (a short link of
  // the menus), a file's name or a generator's.
  bool IsNotTitle(std::string_view part) const {
    if (IsFileNameOrGenerator(part) || IsSiteName(part)) return true;
    const std::string k = Key(part);
    return Chars(k) <= kMaxSectionChars && !IsHeading(k) &&
           std::find(link_keys_.begin(), link_keys_.end(), k) != link_keys_.end();
  }

  // A heading that names the site (a banner <h1>) is no headline.
  bool IsHeadline(std::string_view heading, size_t min_chars) const {
    const std::string k = Key(heading);
    if (Chars(k) < min_chars || IsFileNameOrGenerator(heading)) return false;
    for (const auto& s : site_keys_) {
      if (s == k) return false;
    }
    return true;
  }

 private:
  static void AddKey(std::vector<std::string>& keys, std::string_view s) {
    std::string k = Key(s);
    if (!k.empty()) keys.push_back(std::move(k));
  }
  bool IsHeading(const std::string& k) const {
    return std::find(heading_keys_.begin(), heading_keys_.end(), k) != heading_keys_.end();
  }

  std::vector<std::string> site_keys_, chrome_keys_, link_keys_, heading_keys_;
};

// A leading "site：" or trailing "：site" taken off a part.
std::string WithoutSiteLabel(const TitleParts& parts, std::string part) {
  constexpr std::string_view kColon = "：";
  if (size_t at = part.find(kColon); at != std::string::npos && parts.IsSiteName(part.substr(0, at))) {
    part = std::string(utf8::Trim(std::string_view(part).substr(at + kColon.size())));
  }
  if (size_t at = part.rfind(kColon); at != std::string::npos && parts.IsSiteName(part.substr(at + kColon.size()))) {
    part = std::string(utf8::Trim(std::string_view(part).substr(0, at)));
  }
  return part;
}

}  // namespace

bool IsCopyrightLine(std::string_view line) {
  for (std::string_view mark : {"©", "版權所有", "版权所有", "Copyright", "COPYRIGHT", "copyright",
                                "All rights reserved", "All Rights Reserved"}) {
    if (line.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

std::string ChooseHtmlTitle(const HtmlTitleClues& clues) {
  const TitleParts parts(clues);
  // The headline the page shows: its first <h1> that is not the site's
  // name, else its first heading that reads like a headline.
  std::string heading;
  bool heading_is_h1 = false;
  for (const auto& h : clues.h1s) {
    if (parts.IsHeadline(h, 2)) {
      heading = h;
      heading_is_h1 = true;
      break;
    }
  }
  if (heading.empty()) {
    for (const auto& h : clues.headings) {
      if (parts.IsHeadline(h, kMinHeadlineChars)) {
        heading = h;
        break;
      }
    }
  }
  const std::string heading_key = Key(heading);

  // The <title>'s parts that may be the page's own title; the one that is
  // the heading, else the one that holds it, else the longest.
  std::vector<std::string> kept;
  for (auto& part : SplitTitle(clues.title)) {
    std::string p = WithoutSiteLabel(parts, std::move(part));
    if (!p.empty() && !parts.IsNotTitle(p)) kept.push_back(std::move(p));
  }
  std::string best;
  if (!heading_key.empty()) {
    for (const auto& p : kept) {
      if (Key(p) == heading_key) return heading;
    }
    for (const auto& p : kept) {
      if (best.empty() && Key(p).find(heading_key) != std::string::npos) best = p;
    }
  }
  if (best.empty()) {
    for (const auto& p : kept) {
      if (Chars(p) > Chars(best)) best = p;
    }
  }
  if (heading.empty()) return best;
  if (best.empty()) return heading;
  const std::string best_key = Key(best);
  if (best_key.find(heading_key) != std::string::npos) {
    // "公告：本府…汰換作業" over the heading "公告"; the heading over
    // "数据中心节能技术要点（转载）".
    return Chars(heading_key) <= kLabelChars ? best : heading;
  }
  if (heading_key.find(best_key) != std::string::npos) return heading;
  // Unrelated: a short <title> ("出國報告") gives way to the headline, and
  // so does one no longer than it; a long one stays over a short heading
  // (a section's label).
  const size_t heading_chars = Chars(heading_key);
  if (!heading_is_h1 && heading_chars < kMinSubheadChars) return best;
  if (Chars(best_key) <= kShortTitleChars || heading_chars >= Chars(best_key)) return heading;
  return best;
}

}  // namespace wenyuan::ingest
