#include "clean/record_tails.h"

#include "clean/article_lines.h"
#include "clean/link_lists.h"
#include "clean/record_item_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinFields = 4;      // fields that make the kept text a record
constexpr size_t kMaxTableGap = 10;   // lines between the last kept line and the table
constexpr size_t kMaxLeftOutGap = 3;  // left-out lines between them, the heading among them
constexpr size_t kMaxHeading = 24;
constexpr size_t kMinRows = 3;

bool LeftOut(const PageLine& l) { return !l.blank() && l.reason == "outside the main text"; }

// "索书号  条码号  年卷期  馆藏地": a table's row, marked by the spaced-table
// rule or three cells or more parted by gaps of two spaces or more; or as
// many cells as the rows of a table the record keeps (`kept_cells`: two
// for "星期一      10:00 – 20:00").
bool IsRow(const PageLine& l, size_t kept_cells = 0) {
  if (l.blank() || l.bullet || HasSentenceEnd(l.core)) return l.table && !l.blank() && !l.bullet;
  const size_t cells = SpacedCells(l.core);
  return l.table || cells >= kMinRows || (kept_cells >= 2 && cells == kept_cells);
}

// The cells of the rows of the kept text's tables, where three rows or more
// in a row have the same count of two or more; else 0.
size_t KeptRowCells(const std::vector<PageLine>& lines) {
  size_t run = 0, cells = 0;
  for (const PageLine& l : lines) {
    const size_t n = l.kept() && !l.bullet && !HasSentenceEnd(l.core) ? SpacedCells(l.core) : 0;
    run = n >= 2 && n == cells ? run + 1 : (n >= 2 ? 1 : 0);
    cells = n;
    if (run >= kMinRows) return cells;
  }
  return 0;
}

bool IsShortHeading(const PageLine& l) {
  return !l.blank() && !l.bullet && !l.table && l.core.size() <= kMaxHeading && !HasSentencePunct(l.core) &&
         l.core.find_first_of(U"：:[]|｜") == std::u32string::npos && !IsRelatedHeading(l.core);
}

void Restore(std::vector<PageLine>& lines, size_t i, std::vector<size_t>& out) {
  lines[i].reason.clear();
  out.push_back(i);
}

// "地址：…", "電話：…", "聯絡人：…": a field a site's contact footer, or a
// press release's contact block, also prints.
bool IsContactField(const std::u32string& core) {
  const std::string s = EncodeUtf8(core);
  return StartsWithAny(s,
                       {"地址",     "電話",     "电话",     "傳真",     "传真",     "電郵",     "电邮",     "郵箱",
                        "邮箱",     "信箱",     "Email",    "E-mail",   "網址",     "网址",     "客服",     "熱線",
                        "热线",     "服務時間", "服务时间", "辦公時間", "办公时间", "統一編號", "统一编号", "郵遞區號",
                        "邮编",     "聯絡",     "联络",     "聯繫",     "联系",     "電子郵件", "电子邮件", "電子信箱",
                        "电子信箱", "新聞聯絡", "新闻联络", "媒體聯絡", "媒体联络", "承辦人",   "承办人"});
}

// The end of the run of left-out, unbulleted fields from `begin`, and
// whether one of them is more than a contact footer's.
size_t LeftOutFieldsEnd(const std::vector<PageLine>& lines, size_t begin, bool& more_than_contact) {
  size_t end = begin;
  while (end < lines.size() && LeftOut(lines[end]) && !lines[end].bullet && IsShortLabelField(lines[end].core)) {
    more_than_contact = more_than_contact || !IsContactField(lines[end].core);
    ++end;
  }
  return end;
}

// An article's facts box right under its body (blank lines only between):
// a short name line, maybe, over kMinBoxFields fields or more, no blank
// line between, one of them more than a contact footer's ("營業時間：…",
// "人均消費：…"). Gives back the line after the box, or `from`.
size_t KeepFactsBox(std::vector<PageLine>& lines, size_t from, std::vector<size_t>& out) {
  constexpr size_t kMinBoxFields = 3, kMaxBlank = 2, kMaxName = 16;
  size_t i = from, blank = 0;
  while (i < lines.size() && lines[i].blank() && blank <= kMaxBlank) ++i, ++blank;
  if (i >= lines.size() || !LeftOut(lines[i]) || lines[i].bullet) return from;
  const size_t begin = i;
  const bool named =
      !IsShortLabelField(lines[i].core) && lines[i].core.size() <= kMaxName && !HasSentencePunct(lines[i].core);
  if (named) ++i;
  bool more_than_contact = false;
  const size_t end = LeftOutFieldsEnd(lines, i, more_than_contact);
  if (end - i < kMinBoxFields || !more_than_contact || (end < lines.size() && !lines[end].blank())) return from;
  for (size_t k = begin; k < end; ++k) Restore(lines, k, out);
  return end;
}

// A label's colon ("地址："), not a time's ("08:00").
bool HasLabelColon(const std::u32string& core) {
  for (size_t i = 0; i < core.size(); ++i) {
    if ((core[i] == U'：' || core[i] == ':') && !(i > 0 && IsAsciiDigit(core[i - 1]))) return true;
  }
  return false;
}

bool IsKeptSpacedRow(const PageLine& l) { return l.kept() && SpacedCells(l.core) >= 2 && !HasLabelColon(l.core); }

// "调料" between "八角  1个" and "盐  适量": a short sub-heading left out
// alone inside a block of kept rows of spaced cells, a row right above and
// right below it (no blank line between).
void KeepHeadingsInsideBlocks(std::vector<PageLine>& lines, std::vector<size_t>& out) {
  constexpr size_t kMaxSubHeading = 8;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (!LeftOut(l) || l.bullet || l.core.size() > kMaxSubHeading || HasSentencePunct(l.core) ||
        l.core.find_first_of(U"|｜[]") != std::u32string::npos) {
      continue;
    }
    if (SpacedCells(l.core) == 1 && IsKeptSpacedRow(lines[i - 1]) && IsKeptSpacedRow(lines[i + 1])) {
      Restore(lines, i, out);
    }
  }
}

// A listing's party block a little below its kept text (blank lines and
// up to kMaxWidgets dropped buttons between): a heading that names an
// information block ("車商資訊", "公司简介", "房東資料"), a name line maybe,
// and two fields or more, one more than a contact footer's ("營業時間：…"),
// ended by a blank line, the end or a dropped line.
void KeepPartyBlock(std::vector<PageLine>& lines, size_t from, std::vector<size_t>& out) {
  constexpr size_t kMaxWidgets = 2, kMaxHeading = 10, kMaxName = 24, kMinBlockFields = 2;
  size_t i = from, widgets = 0;
  for (; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (!IsWidgetReason(lines[i].reason) || ++widgets > kMaxWidgets) break;
  }
  if (i >= lines.size() || !LeftOut(lines[i]) || lines[i].bullet) return;
  const std::u32string& h = lines[i].core;
  bool names_block = false;
  for (std::u32string_view w : {U"資訊", U"资讯", U"信息", U"資料", U"资料", U"簡介", U"简介", U"介紹", U"介绍"}) {
    names_block = names_block || std::u32string_view(h).ends_with(w);
  }
  if (h.size() > kMaxHeading || HasSentencePunct(h) || IsShortLabelField(h) || !names_block) return;
  const size_t heading = i++;
  const bool named = i < lines.size() && LeftOut(lines[i]) && !lines[i].bullet && !IsShortLabelField(lines[i].core) &&
                     lines[i].core.size() <= kMaxName && !HasSentenceEnd(lines[i].core) &&
                     lines[i].core.find(U'，') == std::u32string::npos;
  if (named) ++i;
  bool more_than_contact = false;
  const size_t end = LeftOutFieldsEnd(lines, i, more_than_contact);
  if (end - i < kMinBlockFields || !more_than_contact || (end < lines.size() && LeftOut(lines[end]))) return;
  for (size_t k = heading; k < end; ++k) Restore(lines, k, out);
}

// "基本資料" over "學校類別：資助", "學生性別：男女", …: a short heading left
// out right over a run of three kept fields or more (no blank line
// between), a blank line right above it and a kept line above that
// (blank lines and dropped widgets between): the record's section heading.
void KeepHeadingsOverFieldRuns(std::vector<PageLine>& lines, std::vector<size_t>& out) {
  constexpr size_t kMaxSectionHeading = 8, kMinRun = 3;
  for (size_t i = 1; i + kMinRun < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (!LeftOut(l) || l.bullet || l.core.size() > kMaxSectionHeading || CountHan(l.core) < 2 ||
        HasSentencePunct(l.core) || l.core.find_first_of(U"|｜[]") != std::u32string::npos) {
      continue;
    }
    bool run = true;
    for (size_t k = i + 1; k <= i + kMinRun; ++k) run = run && lines[k].kept() && IsShortLabelField(lines[k].core);
    if (!run) continue;
    // Set apart from what is above by a blank line, as sections are.
    if (!lines[i - 1].blank()) continue;
    size_t above = i;
    while (above > 0 && (lines[above - 1].blank() || IsWidgetReason(lines[above - 1].reason))) --above;
    if (above > 0 && lines[above - 1].kept()) Restore(lines, i, out);
  }
}

// Dropped only for its place or its shape (clean/record_item_lists.h), and
// no bulleted link.
bool Reclaimable(const PageLine& l) { return !l.blank() && !l.kept() && !l.bullet && ReclaimableForRecord(l); }

// The end of the block from `i` (up to a blank line), or `i` when a line
// of it is not reclaimable.
size_t ReclaimableBlockEnd(const std::vector<PageLine>& lines, size_t i) {
  size_t end = i;
  while (end < lines.size() && !lines[end].blank()) {
    if (!Reclaimable(lines[end])) return i;
    ++end;
  }
  return end;
}

// A section's body: rows of a table, fields, a sentence, or short items.
bool IsSectionBody(const std::vector<PageLine>& lines, size_t begin, size_t end, size_t kept_cells) {
  constexpr size_t kMinItems = 3, kMaxItem = 32, kMinSentence = 20;
  if (end <= begin) return false;
  bool rows = true, fields = true, items = end - begin >= kMinItems, sentence = false;
  for (size_t k = begin; k < end; ++k) {
    const std::u32string& c = lines[k].core;
    rows = rows && IsRow(lines[k], kept_cells);
    fields = fields && IsShortLabelField(c);
    items = items && c.size() <= kMaxItem && !HasSentenceEnd(c) && c.find_first_of(U"|｜") == std::u32string::npos;
    sentence = sentence || (c.size() >= kMinSentence && HasSentenceEnd(c));
  }
  return (rows && end - begin >= 2) || fields || items || sentence;
}

// The sections that go on under a record's table: each a short heading
// over a block (no blank line between) of rows, fields, a sentence or
// short items, all left out or taken for a menu and none bulleted, one
// blank line or more between; the first block that is none of these, a
// line dropped for what it is, or a "related" heading ends them.
void KeepSectionsUnder(std::vector<PageLine>& lines, size_t from, size_t kept_cells, std::vector<size_t>& out) {
  size_t i = from;
  while (true) {
    while (i < lines.size() && lines[i].blank()) ++i;
    if (i >= lines.size() || !Reclaimable(lines[i])) return;
    const PageLine& h = lines[i];
    if (h.core.size() > kMaxHeading || HasSentencePunct(h.core) || IsRelatedHeading(h.core) ||
        h.core.find_first_of(U"：:[]|｜") != std::u32string::npos) {
      return;
    }
    const size_t end = ReclaimableBlockEnd(lines, i + 1);
    if (end == i + 1 || !IsSectionBody(lines, i + 1, end, kept_cells)) return;
    for (size_t k = i; k < end; ++k) Restore(lines, k, out);
    i = end;
  }
}

}  // namespace

// Right under the last kept line (past blank lines), the record's location
// box: a short heading naming a place ("景点位置", "地點", "交通位置",
// "Location") over one line of address (no sentence, a digit or an
// administrative unit in it), with the map under it (a picture or a link
// to it: "[map_static.png]", "查看地图 >").
void KeepLocationBox(std::vector<PageLine>& lines, size_t from, std::vector<size_t>& out) {
  constexpr size_t kMaxHeading = 8, kMaxAddress = 60;
  const size_t h = NextNonBlank(lines, from);
  if (h >= lines.size() || !LeftOut(lines[h]) || lines[h].bullet || lines[h].core.size() > kMaxHeading) return;
  const std::u32string& heading = lines[h].core;
  bool place = false;
  for (std::u32string_view w : {U"位置", U"地址", U"地點", U"地点", U"位置信息", U"位置資訊", U"Location"}) {
    place = place || std::u32string_view(heading).ends_with(w);
  }
  if (!place || HasSentencePunct(heading)) return;
  const size_t a = h + 1;
  if (a >= lines.size() || !LeftOut(lines[a]) || lines[a].bullet || lines[a].core.size() > kMaxAddress ||
      HasSentenceEnd(lines[a].core) || lines[a].core.find_first_of(U"：:") != std::u32string::npos ||
      lines[a].core.find_first_of(U"省市縣县區区鎮镇鄉乡村路街號号") == std::u32string::npos) {
    return;
  }
  const size_t map = a + 1;
  if (map >= lines.size() || lines[map].blank()) return;
  const std::string m(lines[map].raw);
  if (!lines[map].placeholder && !ContainsAny(m, {"地图", "地圖", "map", "Map"})) return;
  Restore(lines, h, out);
  Restore(lines, a, out);
}

// The label of "label：value" (spaces aside) when it is short (up to
// twelve characters, enumeration commas allowed) and a value follows; or
// empty.
std::u32string BlockFieldLabel(const std::u32string& core) {
  constexpr size_t kMinLabel = 1, kMaxLabel = 12;
  return HanFieldLabel(WithoutSpaces(core), kMinLabel, kMaxLabel, /*commas=*/true);
}

// A notice's block right under its body (blank lines only between): a
// heading whose last word every field under it ends with, two fields or
// more ("疑義、異議、申訴及檢舉受理單位" over "疑義、異議受理單位：…",
// "申訴受理單位：…"; "报名联系人" over "市区报名点联系人：…"): the heading
// names what the fields give, as the notice's own text does.
void KeepNamedFieldBlock(std::vector<PageLine>& lines, size_t from, std::vector<size_t>& out) {
  constexpr size_t kMaxBlank = 2, kMaxHeading = 20, kWord = 2, kMinFields = 2;
  size_t i = from, blank = 0;
  while (i < lines.size() && lines[i].blank() && blank <= kMaxBlank) ++i, ++blank;
  if (i >= lines.size() || !LeftOut(lines[i]) || lines[i].bullet) return;
  const std::u32string heading = WithoutSpaces(lines[i].core);
  if (heading.size() <= kWord || heading.size() > kMaxHeading || HasSentenceEnd(heading) ||
      heading.find_first_of(U"：:，") != std::u32string::npos) {
    return;
  }
  const std::u32string word = heading.substr(heading.size() - kWord);
  size_t end = i + 1;
  while (end < lines.size() && LeftOut(lines[end]) && !lines[end].bullet) {
    const std::u32string label = BlockFieldLabel(lines[end].core);
    if (label.empty() || !label.ends_with(word)) break;
    ++end;
  }
  if (end - i - 1 < kMinFields || (end < lines.size() && !lines[end].blank())) return;
  for (size_t k = i; k < end; ++k) Restore(lines, k, out);
}

std::vector<size_t> KeepRecordTails(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  KeepHeadingsInsideBlocks(lines, out);
  KeepHeadingsOverFieldRuns(lines, out);
  size_t fields = 0, last = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    fields += IsShortLabelField(lines[i].core);
    last = i;
  }
  if (last == lines.size()) return out;
  KeepPartyBlock(lines, last + 1, out);
  KeepLocationBox(lines, last + 1, out);
  KeepNamedFieldBlock(lines, last + 1, out);
  if (fields < kMinFields) {
    KeepFactsBox(lines, last + 1, out);
    return out;
  }
  // The fields right under the last kept line.
  size_t i = last + 1;
  while (i < lines.size() && LeftOut(lines[i]) && !lines[i].bullet && IsShortLabelField(lines[i].core)) {
    Restore(lines, i, out);
    ++i;
  }
  // The table a little below, and its heading.
  const size_t kept_cells = KeptRowCells(lines);
  size_t left_out = 0;
  for (size_t gap = 0; i < lines.size() && gap <= kMaxTableGap; ++i, ++gap) {
    if (lines[i].blank() || (!lines[i].reason.empty() && !LeftOut(lines[i]))) continue;
    // A table another rule kept already is the one sought.
    if (lines[i].kept() && !IsRow(lines[i], kept_cells)) return out;
    if (!IsRow(lines[i], kept_cells)) {
      if (++left_out > kMaxLeftOutGap) return out;
      continue;
    }
    size_t end = i;
    while (end < lines.size() && IsRow(lines[end], kept_cells)) ++end;
    if (end - i < kMinRows) return out;
    // The heading: the nearest line above that is not blank, a row of
    // tabs or buttons dropped for what it is aside.
    size_t h = i;
    while (h > last + 1 && (lines[h - 1].blank() || (!lines[h - 1].reason.empty() && !LeftOut(lines[h - 1])))) {
      --h;
    }
    if (h > last + 1 && IsRelatedHeading(lines[h - 1].core)) return out;
    if (h > last + 1 && LeftOut(lines[h - 1]) && IsShortHeading(lines[h - 1])) Restore(lines, h - 1, out);
    for (size_t k = i; k < end; ++k) {
      if (LeftOut(lines[k])) Restore(lines, k, out);
    }
    if (end < lines.size() && lines[end].blank()) KeepSectionsUnder(lines, end, kept_cells, out);
    return out;
  }
  return out;
}

}  // namespace wenyuan::clean
