#include "clean/record_names.h"

#include <algorithm>
#include <string_view>

#include "clean/latin_names.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";  // clean/main_text_finder.h
constexpr size_t kMinCrumb = 2;
constexpr size_t kMaxName = 40;       // characters of an item's name line
constexpr size_t kMaxNameReach = 12;  // non-blank lines from the breadcrumb to the name
constexpr size_t kMaxFactReach = 8;   // lines under the name where its location stands
constexpr size_t kMinLocationHan = 4;

std::u32string Trimmed(std::u32string_view s) {
  while (!s.empty() && utf8::IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && utf8::IsSpace(s.back())) s.remove_suffix(1);
  return std::u32string(s);
}

// The breadcrumb's last crumb: the text after its last arrow.
std::u32string LastCrumb(const std::u32string& core) {
  const size_t arrow = core.find_last_of(U">›»＞/");
  if (arrow == std::u32string::npos) return {};
  return Trimmed(std::u32string_view(core).substr(arrow + 1));
}

// The crumbs between the first (the home page) and the last: "江淮工业大学"
// in "首页 > 院校库 > 江淮工业大学 > 录取分数线", where the last names the
// record's tab.
std::vector<std::u32string> MiddleCrumbs(const std::u32string& core) {
  std::vector<std::u32string> crumbs;
  size_t from = 0;
  for (size_t i = 0; i <= core.size(); ++i) {
    if (i < core.size() && std::u32string_view(U">›»＞").find(core[i]) == std::u32string_view::npos) continue;
    crumbs.push_back(Trimmed(std::u32string_view(core).substr(from, i - from)));
    from = i + 1;
  }
  if (crumbs.size() < 3) return {};
  return {crumbs.begin() + 1, crumbs.end() - 1};
}

// "您所在的位置：首页 > 院校库 > …": the page's breadcrumb, by the reason a
// rule dropped it for.
bool IsCrumbLine(const PageLine& l) {
  return l.reason == "breadcrumb" ||
         (l.reason == "category path" && l.core.find_first_of(U">›»＞") != std::u32string::npos);
}

bool HasLinkMark(const std::u32string& core) { return core.find_first_of(U"|｜>»›<") != std::u32string::npos; }

// The map links a page prints after an address.
constexpr std::u32string_view kMapLinks[] = {U"[查看地圖]", U"[查看地图]", U"查看地圖", U"查看地图", U"[地圖]",
                                             U"[地图]",     U"地圖",       U"地图",     U"[Map]",    U"Map"};

std::u32string WithoutMapLink(const std::u32string& core) {
  for (std::u32string_view link : kMapLinks) {
    if (core.size() <= link.size() || !std::u32string_view(core).ends_with(link)) continue;
    std::u32string before = core.substr(0, core.size() - link.size());
    if (!utf8::IsSpace(before.back())) continue;
    while (!before.empty() && utf8::IsSpace(before.back())) before.pop_back();
    return before;
  }
  return core;
}

bool IsDigit(char32_t c) { return IsAsciiDigit(c) || (c >= U'０' && c <= U'９'); }

// A number right before one of `units` somewhere in `s`.
bool HasNumberBefore(const std::u32string& s, std::initializer_list<std::u32string_view> units) {
  for (std::u32string_view unit : units) {
    for (size_t at = s.find(unit); at != std::u32string::npos; at = s.find(unit, at + 1)) {
      if (at > 0 && IsDigit(s[at - 1])) return true;
    }
  }
  return false;
}

// "The Summer at the Tidal Flats", "Licenciatura em Gestão do Património
// Cultural": two Latin words or more, letters (accented ones too), spaces
// and a name's marks only.
bool IsLatinRecordName(const std::u32string& core) {
  constexpr size_t kMaxLatinName = 60;
  if (core.size() > kMaxLatinName || SpaceSeparatedWords(core).size() < 2) return false;
  for (char32_t c : core) {
    if (!IsLatinLetter(c) && c != ' ' && c != '\'' && c != '-' && c != ':' && c != '&') return false;
  }
  return true;
}

constexpr size_t kMinFieldRows = 3;

// "院校所在地：安徽  合肥", "作者: …": a "label: value" row.
bool IsFieldRowLine(const PageLine& l) {
  constexpr size_t kMaxRowChars = 64, kMaxLabel = 8;
  const size_t colon = l.core.find_first_of(U":：");
  return colon != std::u32string::npos && colon > 0 && colon <= kMaxLabel && colon + 1 < l.core.size() &&
         l.core.size() <= kMaxRowChars && !HasSentenceEnd(l.core);
}

// Three "label: value" rows or more among the lines under `name`, before
// any other heading at the margin ("作者: …", "出版社: …" under a book's
// name; a section label has the page's own title at the margin under it).
bool FieldRowsUnder(const std::vector<PageLine>& lines, size_t name) {
  constexpr size_t kReach = 12;
  size_t rows = 0;
  for (size_t i = name + 1; i < lines.size() && i - name <= kReach && rows < kMinFieldRows; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    if (!l.raw.empty() && l.raw.front() != ' ' && l.raw.front() != '\t') return false;
    rows += IsFieldRowLine(l);
  }
  return rows >= kMinFieldRows;
}

// The name's own block of fields: from `from`, the lines left out up to a
// blank line, where all are "label: value" rows and three or more.
size_t FieldBlockEnd(const std::vector<PageLine>& lines, size_t from) {
  size_t end = from;
  while (end < lines.size() && lines[end].reason == kOutside && !lines[end].bullet && IsFieldRowLine(lines[end])) {
    ++end;
  }
  const bool closed = end == lines.size() || lines[end].blank() || !lines[end].reason.empty();
  return end - from >= kMinFieldRows && closed ? end : from;
}

// Its name in Latin letters right under the name line `name` ("The
// Summer at the Tidal Flats").
bool IsLatinNameUnder(const std::vector<PageLine>& lines, size_t name) {
  const size_t next = NextNonBlank(lines, name + 1);
  return next < lines.size() && lines[next].reason == kOutside && !lines[next].bullet &&
         IsLatinRecordName(lines[next].core);
}

// Kept text below the name line `name`, and, where the line is the crumb
// itself, its Latin name or field rows under it (a section label repeats
// the crumb: "公告事項", "新聞稿").
bool HasNameProof(const std::vector<PageLine>& lines, size_t name, const std::u32string& crumb) {
  bool text_below = false;
  for (size_t i = name + 1; i < lines.size() && !text_below; ++i)
    text_below = !lines[i].blank() && lines[i].reason.empty();
  if (!text_below) return false;
  const bool whole_crumb =
      lines[name].core.find(crumb) == std::u32string::npos || lines[name].core.size() == crumb.size();
  return !whole_crumb || IsLatinNameUnder(lines, name) || FieldRowsUnder(lines, name);
}

}  // namespace

bool IsLocationLine(const std::u32string& core) {
  const std::u32string s = WithoutMapLink(core);
  if (s.empty() || CountHan(s) < kMinLocationHan || HasSentenceEnd(s) || HasLinkMark(s)) return false;
  // A street number at the end: "海濱街28號", "川沙路5218号".
  if ((s.back() == U'號' || s.back() == U'号') && s.size() >= 2 && IsDigit(s[s.size() - 2])) return true;
  // How far: a number with its unit, and a word of distance ("距離…約3.2公里",
  // "步行約6分鐘"; an altitude, "海拔：2000公尺", is none).
  const bool far = s.find_first_of(U"距離离約约") != std::u32string::npos || s.find(U"步行") != std::u32string::npos ||
                   s.find(U"車程") != std::u32string::npos || s.find(U"车程") != std::u32string::npos;
  return far && HasNumberBefore(s, {U"公里", U"公尺", U"km", U"分鐘", U"分钟"});
}

std::vector<size_t> KeepRecordName(std::vector<PageLine>& lines) {
  std::vector<size_t> kept;
  size_t crumb_at = lines.size();
  for (size_t i = 0; i < lines.size() && crumb_at == lines.size(); ++i) {
    if (IsCrumbLine(lines[i])) crumb_at = i;
  }
  if (crumb_at == lines.size()) return kept;
  const std::u32string crumb = LastCrumb(lines[crumb_at].core);
  if (crumb.size() < kMinCrumb) return kept;
  const std::vector<std::u32string> middle = MiddleCrumbs(lines[crumb_at].core);
  size_t name = lines.size();
  for (size_t i = crumb_at + 1, seen = 0; i < lines.size() && seen < kMaxNameReach; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    ++seen;
    const bool soft = l.reason.empty() || l.reason == kOutside || l.reason == "menu or link list";
    const bool at_margin = !l.raw.empty() && l.raw.front() != ' ' && l.raw.front() != '\t';
    // The last crumb in the line, or a middle crumb as the whole line
    // (the record's name over the tab the crumb ends at).
    // That one needs no margin: it is the crumb itself; nor does a line
    // that is the last crumb and nothing more (its proof is asked below).
    const bool middle_crumb =
        l.core.size() >= kMinCrumb && std::find(middle.begin(), middle.end(), l.core) != middle.end();
    const bool crumbed = (at_margin && l.core.size() >= crumb.size() && l.core.find(crumb) != std::u32string::npos) ||
                         middle_crumb || WithoutSpaces(l.core) == crumb;
    const bool named = soft && !l.bullet && l.core.size() <= kMaxName && crumbed &&
                       l.core.find_first_of(U"。！？；，、!?;,") == std::u32string::npos && !HasLinkMark(l.core);
    // The main text starting above any name; or at the name, kept already
    // (its facts under it may not be).
    if (l.reason.empty() && !named) return kept;
    if (!named) continue;
    // A dropped line that names a crumb with no proof under it (a side
    // list's heading repeating a middle crumb, "學士學位課程") is passed:
    // the record's name may stand further down.
    if (!l.reason.empty() && !HasNameProof(lines, i, crumb)) continue;
    name = i;
    break;
  }
  if (name == lines.size() || !HasNameProof(lines, name, crumb)) return kept;
  const size_t next = NextNonBlank(lines, name + 1);
  const bool latin_name = IsLatinNameUnder(lines, name);
  lines[name].reason.clear();
  kept.push_back(name);
  if (latin_name) {
    lines[next].reason.clear();
    kept.push_back(next);
  }
  // Its fields in its block ("院校所在地：…", "院校类型：…").
  const size_t fields = latin_name ? next + 1 : name + 1;
  const size_t fields_end = FieldBlockEnd(lines, fields);
  for (size_t i = fields; i < fields_end; ++i) {
    lines[i].reason.clear();
    kept.push_back(i);
  }
  for (size_t i = name + 1; i < lines.size() && i - name <= kMaxFactReach; ++i) {
    PageLine& l = lines[i];
    if (l.blank()) continue;
    if (l.reason.empty() && !IsLocationLine(l.core)) break;
    if (l.reason == kOutside && !l.bullet && IsLocationLine(l.core)) {
      l.reason.clear();
      kept.push_back(i);
    }
  }
  return kept;
}

std::vector<size_t> KeepMarginHeadings(std::vector<PageLine>& lines) {
  constexpr size_t kMaxHeading = 10, kMinKeptHeadings = 2;
  auto is_heading = [](const PageLine& l) {
    return !l.blank() && !l.bullet && !l.raw.empty() && l.raw.front() != ' ' && l.raw.front() != '\t' &&
           l.core.size() >= 2 && l.core.size() <= kMaxHeading && CountHan(l.core) == l.core.size();
  };
  auto text_under = [&](size_t i) {
    const size_t next = NextNonBlank(lines, i + 1);
    return next < lines.size() && lines[next].reason.empty() && !is_heading(lines[next]);
  };
  size_t kept_headings = 0;
  for (size_t i = 0; i < lines.size(); ++i)
    kept_headings += is_heading(lines[i]) && lines[i].reason.empty() && text_under(i);
  std::vector<size_t> kept;
  if (kept_headings < kMinKeptHeadings) return kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.reason != "menu or link list" || !is_heading(l) || !text_under(i)) continue;
    l.reason.clear();
    kept.push_back(i);
  }
  return kept;
}

std::string WithoutTrailingMapLink(std::string_view line) {
  const std::u32string core = DecodeUtf32(utf8::Trim(line));
  const std::u32string cut = WithoutMapLink(core);
  if (cut == core || CountHan(cut) < kMinLocationHan) return std::string(line);
  return EncodeUtf8(cut);
}

}  // namespace wenyuan::clean
