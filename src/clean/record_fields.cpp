#include "clean/record_fields.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxLabel = 8;  // Han characters of a field's label
constexpr size_t kMinRepeatedValue = 10;
constexpr size_t kHeadlineLines = 3;  // a headline wraps onto at most this many lines
constexpr size_t kMaxHeadingAboveTable = 12;
constexpr size_t kMaxGapBelowBody = 2;  // non-blank dropped lines passed over below the body

size_t Indent(std::string_view raw) {
  size_t n = 0;
  while (n < raw.size() && raw[n] == ' ') ++n;
  return n;
}

// "議案名稱  本院委員…": the value of a label-and-value row (a label of Han
// characters, then two spaces, an ideographic space or a colon); empty if
// the line is not one.
std::u32string FieldValue(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() && i < kMaxLabel + 1 && (utf8::IsHan(core[i]) || core[i] == '/' || core[i] == U'／')) ++i;
  if (i < 2 || i > kMaxLabel + 2 || i >= core.size()) return {};
  size_t v = i;
  if (core[v] == U'：' || core[v] == ':') {
    ++v;
  } else if (core[v] == U'　' || (core[v] == ' ' && v + 1 < core.size() && core[v + 1] == ' ')) {
    while (v < core.size() && utf8::IsSpace(core[v])) ++v;
  } else {
    return {};
  }
  return WithoutSpaces(core.substr(v));
}

// "主旨：預告修正…", "事由：…": an official letter's subject, the letter's
// own first line even where it repeats the headline's words.
bool IsSubjectField(const std::u32string& core) {
  constexpr size_t kLabel = 2;
  const std::u32string label = HanFieldLabel(core, kLabel, kLabel);
  return label == U"主旨" || label == U"事由";
}

// A field row (kept) whose value, with its continuation lines (indented
// deeper than the row, no label of their own), is a run of one to three kept
// lines above it: the headline printed again.
void DropRepeatedHeadlineFields(std::vector<PageLine>& lines) {
  std::vector<size_t> kept_above;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !lines[i].reason.empty()) continue;
    // An infobox's "中文名  北辰溪" row names the entry as a field does: it
    // is the box's, and stays.
    std::u32string value = lines[i].table ? std::u32string() : FieldValue(lines[i].core);
    if (value.size() >= kMinRepeatedValue && !IsSubjectField(lines[i].core)) {
      std::vector<size_t> rows{i};
      const size_t indent = Indent(lines[i].raw);
      for (size_t k = i + 1; k < lines.size() && !lines[k].blank() && lines[k].reason.empty() &&
                             Indent(lines[k].raw) > indent + 2 && FieldValue(lines[k].core).empty();
           ++k) {
        value += WithoutSpaces(lines[k].core);
        rows.push_back(k);
      }
      bool repeated = false;
      for (size_t s = 0; s < kept_above.size() && !repeated; ++s) {
        std::u32string run;
        for (size_t n = s; n < kept_above.size() && n < s + kHeadlineLines; ++n) {
          run += WithoutSpaces(lines[kept_above[n]].core);
          if (run == value) repeated = true;
          if (run.size() >= value.size()) break;
        }
      }
      if (repeated) {
        for (size_t k : rows) lines[k].reason = kRepeatedHeadlineField;
        i = rows.back();
        continue;
      }
    }
    kept_above.push_back(i);
  }
}

// "日期        會期            狀態": cells laid out with runs of spaces.
size_t SpaceLaidCells(std::string_view raw) {
  const std::string_view t = utf8::Trim(raw);
  if (t.empty()) return 0;
  size_t cells = 1;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == ' ' && t[i + 1] == ' ') {
      ++cells;
      while (i + 1 < t.size() && t[i + 1] == ' ') ++i;
    }
  }
  return cells;
}

bool LooksLikeTableHeaderRow(const PageLine& l) { return l.reason.empty() && (l.table || SpaceLaidCells(l.raw) >= 3); }

// "審議進度" dropped as a link list's last item, right above a kept table.
void KeepHeadingsOverTables(std::vector<PageLine>& lines) {
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.reason != "menu or link list" || l.bullet || l.placeholder || l.core.size() > kMaxHeadingAboveTable ||
        CountHan(l.core) < 2 || HasSentencePunct(l.core) ||
        l.core.find_first_of(U"[]【】|｜") != std::u32string::npos) {
      continue;
    }
    size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (next < lines.size() && LooksLikeTableHeaderRow(lines[next])) l.reason.clear();
  }
}

// Label rows and name rows right below the main text's last kept line.
void KeepPeopleRowsBelow(std::vector<PageLine>& lines) {
  size_t last_kept = lines.size();
  for (size_t i = lines.size(); i > 0; --i) {
    if (!lines[i - 1].blank() && lines[i - 1].reason.empty()) {
      last_kept = i - 1;
      break;
    }
  }
  if (last_kept == lines.size()) return;
  size_t gap = 0;
  for (size_t i = last_kept + 1; i < lines.size() && gap <= kMaxGapBelowBody; ++i) {
    PageLine& l = lines[i];
    if (l.blank()) continue;
    if (IsPeopleLabel(l.core)) {
      // The label stays only with its names (on its row or the next one).
      size_t next = i + 1;
      while (next < lines.size() && lines[next].blank()) ++next;
      const std::u32string& core = l.core;
      const size_t colon = core.find_first_of(U"：:");
      const bool names_inline = colon != std::u32string::npos && IsNameRow(core.substr(colon + 1));
      if (names_inline) {
        l.reason.clear();
        gap = 0;
        continue;
      }
      if (next < lines.size() && IsNameRow(lines[next].core) && !lines[next].bullet) {
        l.reason.clear();
        lines[next].reason.clear();
        i = next;
        gap = 0;
        continue;
      }
      break;
    }
    if (l.reason != "outside the main text") break;
    ++gap;
  }
}

// "第三章 信仰的潮汐", "推薦序 潮水退去之後", "結語 下一次漲潮": a line of a
// book's table of contents.
bool IsChapterLine(const std::u32string& core) {
  constexpr size_t kMaxChapter = 40;
  if (core.empty() || core.size() > kMaxChapter || HasSentenceEnd(core)) return false;
  for (std::u32string_view part :
       {U"推薦序", U"推荐序", U"自序", U"代序", U"序",   U"前言", U"導論", U"导论", U"導言", U"导言", U"緒論",
        U"绪论",   U"結語",   U"结语", U"結論", U"结论", U"後記", U"后记", U"附錄", U"附录", U"尾聲", U"尾声"}) {
    if (core.starts_with(part)) return true;
  }
  if (core[0] != U'第') return false;
  size_t i = 1;
  while (i < core.size() &&
         (IsAsciiDigit(core[i]) ||
          std::u32string_view(U"一二三四五六七八九十百零〇").find(core[i]) != std::u32string_view::npos)) {
    ++i;
  }
  return i > 1 && i < core.size() &&
         std::u32string_view(U"章篇部講讲卷輯辑").find(core[i]) != std::u32string_view::npos;
}

// "ISBN：978…", "叢書系列：…", "規格：平裝 / 352頁": a field of a book's details.
bool IsDetailField(const std::u32string& core) {
  const size_t colon = core.find_first_of(U"：:");
  return colon != std::u32string::npos && colon > 0 && colon <= kMaxLabel && colon + 1 < core.size() &&
         !HasSentenceEnd(core);
}

// Below the body: outside the main text, or taken for a related list (a
// "推薦序" line reads like a 推薦 heading).
bool DroppedBelow(const PageLine& l) {
  return l.reason == "outside the main text" || l.reason == "related-articles list";
}

// A book's table of contents ("目錄" over its chapters) right below a
// product page's description, and the book's details block under it with
// its ISBN ("詳細資料" over "ISBN：…", "規格：…"): the book's own, kept
// though the main-text finder saw a run of short lines end the body there.
void KeepBookContentsBelow(std::vector<PageLine>& lines) {
  constexpr size_t kMinChapters = 3;
  size_t i = lines.size();
  for (size_t k = lines.size(); k > 0; --k) {
    if (!lines[k - 1].blank() && lines[k - 1].reason.empty()) {
      i = k;
      break;
    }
  }
  auto next_line = [&](size_t k) {
    while (k < lines.size() && lines[k].blank()) ++k;
    return k;
  };
  i = next_line(i);
  if (i >= lines.size() || !DroppedBelow(lines[i])) return;
  const std::string heading = EncodeUtf8(WithoutSpaces(lines[i].core));
  if (heading != "目錄" && heading != "目录" && heading != "目次") return;
  size_t end = next_line(i + 1), chapters = 0;
  while (end < lines.size() && DroppedBelow(lines[end]) && IsChapterLine(lines[end].core)) {
    ++chapters;
    end = next_line(end + 1);
  }
  if (chapters < kMinChapters) return;
  for (size_t k = i; k < end; ++k) lines[k].reason.clear();
  // The details block: a short heading over label：value fields with an ISBN.
  if (end >= lines.size() || !DroppedBelow(lines[end]) || lines[end].core.size() > kMaxHeadingAboveTable ||
      HasSentencePunct(lines[end].core)) {
    return;
  }
  size_t fields_end = next_line(end + 1);
  bool isbn = false;
  while (fields_end < lines.size() && DroppedBelow(lines[fields_end]) && IsDetailField(lines[fields_end].core)) {
    isbn = isbn || lines[fields_end].core.starts_with(U"ISBN");
    fields_end = next_line(fields_end + 1);
  }
  if (!isbn) return;
  for (size_t k = end; k < fields_end; ++k) lines[k].reason.clear();
}

}  // namespace

bool IsNameRow(const std::u32string& core) {
  size_t names = 0, len = 0;
  auto end_name = [&] {
    if (len == 0) return true;
    const bool ok = len >= 2 && len <= 4;
    names += ok;
    len = 0;
    return ok;
  };
  for (char32_t c : core) {
    if (utf8::IsSpace(c) || c == U'　' || c == U'、') {
      if (!end_name()) return false;
    } else if (utf8::IsHan(c)) {
      ++len;
    } else {
      return false;
    }
  }
  return end_name() && names >= 2;
}

bool IsPeopleLabel(const std::u32string& core) {
  std::u32string label = core;
  const size_t colon = label.find_first_of(U"：:");
  if (colon != std::u32string::npos) label.resize(colon);
  while (!label.empty() && utf8::IsSpace(label.back())) label.pop_back();
  if (label.size() < 3 || label.size() > 6 || CountHan(label) != label.size()) return false;
  // A role (提案, 連署, 出席 …) and the kind of person (人, 委員, 代表 …).
  const std::u32string_view l = label;
  bool role = false;
  for (std::u32string_view r :
       {U"提案", U"連署", U"连署", U"附署", U"聯署", U"联署", U"附議", U"附议", U"出席", U"列席", U"請假", U"请假",
        U"缺席", U"簽署", U"签署", U"發起", U"发起", U"審查", U"审查", U"主持", U"參加", U"参加", U"與會", U"与会"}) {
    role = role || l.starts_with(r);
  }
  if (!role) return false;
  for (std::u32string_view kind : {U"人", U"者", U"委員", U"委员", U"代表", U"人員", U"人员", U"議員", U"议员", U"單位",
                                   U"单位", U"機關", U"机关"}) {
    if (l.ends_with(kind)) return true;
  }
  return false;
}

namespace {

// The label of a "label：value" line, or "" ("ISBN：978-…" -> "ISBN").
std::u32string ColonLabel(const std::u32string& core) {
  constexpr size_t kMaxFieldLabel = 6;
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon == 0 || colon + 1 >= core.size()) return {};
  std::u32string label = WithoutSpaces(core.substr(0, colon));
  return label.size() <= kMaxFieldLabel ? label : std::u32string();
}

// "ISBN", "GPN", "頁數", "定價", "委託單位", "類別": a field of a publication's
// catalogue entry rather than of what it says.
bool IsCatalogueLabel(const std::u32string& label) {
  for (std::u32string_view w :
       {U"ISBN",     U"ISSN", U"GPN",  U"EISBN", U"頁數", U"页数", U"定價", U"定价", U"售價", U"售价", U"委託單位",
        U"委托单位", U"類別", U"类别", U"開本",  U"开本", U"裝訂", U"装订", U"語言", U"语言", U"版次", U"刊期"}) {
    if (label == w) return true;
  }
  return false;
}

// A publication's landing page prints a block of "label：value" fields (at
// least three in a row) with a catalogue number among them (ISBN, ISSN,
// GPN): its catalogue fields go, its author and date fields stay; a short
// "出版品資訊" heading over the block goes with them.
void DropPublicationInfoFields(std::vector<PageLine>& lines) {
  constexpr size_t kMinBlock = 3, kMaxHeading = 8;
  for (size_t i = 0; i < lines.size();) {
    size_t end = i;
    bool numbered = false;
    while (end < lines.size() && !lines[end].blank() && !ColonLabel(lines[end].core).empty()) {
      const std::u32string label = ColonLabel(lines[end].core);
      numbered = numbered || label == U"ISBN" || label == U"ISSN" || label == U"GPN" || label == U"EISBN";
      ++end;
    }
    if (end - i >= kMinBlock && numbered) {
      for (size_t k = i; k < end; ++k) {
        if (lines[k].reason.empty() && IsCatalogueLabel(ColonLabel(lines[k].core))) lines[k].reason = kCatalogueField;
      }
      const size_t h = i > 0 ? i - 1 : lines.size();
      if (h < lines.size() && lines[h].reason.empty() && lines[h].core.size() <= kMaxHeading &&
          (lines[h].core.ends_with(U"資訊") || lines[h].core.ends_with(U"信息") || lines[h].core.ends_with(U"資料") ||
           lines[h].core.ends_with(U"资料"))) {
        lines[h].reason = kCatalogueField;
      }
    }
    i = end > i ? end : i + 1;
  }
}

// The labels of a government site's disclosure box ("索 引 号：…   分    类：…",
// "名    称：…", "文    号：…"), with the spaces of their layout taken out.
constexpr std::u32string_view kBoxLabels[] = {
    U"索引号",   U"索引號",   U"信息索引", U"資訊索引", U"主题分类", U"主題分類", U"分类",     U"分類",
    U"发布机关", U"發布機關", U"发布机构", U"發布機構", U"发文机关", U"發文機關", U"生成日期", U"成文日期",
    U"发布日期", U"發布日期", U"发文日期", U"發文日期", U"信息名称", U"資訊名稱", U"名称",     U"名稱",
    U"标题",     U"標題",     U"发文字号", U"發文字號", U"文号",     U"文號",     U"主题词",   U"主題詞",
    U"内容概述", U"內容概述", U"有效期",   U"效力状态", U"效力狀態"};

// The box label that starts `s` at `at` with its colon, or "".
std::u32string_view BoxLabelAt(const std::u32string& s, size_t at) {
  for (std::u32string_view label : kBoxLabels) {
    const size_t colon = at + label.size();
    if (s.compare(at, label.size(), label) == 0 && colon < s.size() && (s[colon] == U'：' || s[colon] == ':')) {
      return label;
    }
  }
  return {};
}

// A box row's fields, label to value (spaces taken out): the line starts
// with a label (a box label, or two to five Han characters) and its
// colon; further fields on the row start with a box label. Empty when the
// line is no such row.
std::vector<std::pair<std::u32string, std::u32string>> BoxRowFields(const std::u32string& core) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 5;
  const std::u32string s = WithoutSpaces(core);
  std::vector<std::pair<std::u32string, std::u32string>> fields;
  size_t i = 0;
  if (const std::u32string_view label = BoxLabelAt(s, 0); !label.empty()) {
    i = label.size() + 1;
    fields.emplace_back(std::u32string(label), std::u32string());
  } else {
    const size_t colon = s.find_first_of(U"：:");
    if (colon == std::u32string::npos || colon < kMinLabel || colon > kMaxLabel) return fields;
    for (size_t k = 0; k < colon; ++k) {
      if (!utf8::IsHan(s[k])) return fields;
    }
    i = colon + 1;
    fields.emplace_back(s.substr(0, colon), std::u32string());
  }
  while (i < s.size()) {
    const std::u32string_view label = BoxLabelAt(s, i);
    if (!label.empty()) {
      fields.emplace_back(std::u32string(label), std::u32string());
      i += label.size() + 1;
    } else {
      fields.back().second += s[i++];
    }
  }
  return fields;
}

bool IsTitleLabel(std::u32string_view l) {
  return l == U"名称" || l == U"名稱" || l == U"信息名称" || l == U"資訊名稱" || l == U"标题" || l == U"標題";
}

bool IsNumberLabel(std::u32string_view l) {
  return l == U"文号" || l == U"文號" || l == U"发文字号" || l == U"發文字號";
}

// A disclosure box over a notice whose title and number rows the notice
// prints again right below it (its title, then "环办环评函〔2026〕412号"):
// the box repeats the document, as a headline printed twice does, and goes
// whole, while the document's own title and number lines stay. A box whose
// number the document does not print stays (its rows are the record's own
// date and number lines).
void DropRepeatedMetadataBox(std::vector<PageLine>& lines) {
  constexpr size_t kMinRows = 3, kLinesBelow = 12;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t end = i;
    std::u32string title, number;
    while (end < lines.size() && !lines[end].blank()) {
      const auto fields = BoxRowFields(lines[end].core);
      if (fields.empty()) break;
      for (const auto& [label, value] : fields) {
        if (IsTitleLabel(label)) title = value;
        if (IsNumberLabel(label)) number = value;
      }
      ++end;
    }
    if (end - i < kMinRows || title.empty() || number.empty()) {
      i = std::max(i, end);
      continue;
    }
    size_t title_below = lines.size(), number_below = lines.size();
    for (size_t k = end, seen = 0; k < lines.size() && seen < kLinesBelow; ++k) {
      if (lines[k].blank()) continue;
      ++seen;
      const std::u32string c = WithoutSpaces(lines[k].core);
      if (c == title && title_below == lines.size()) title_below = k;
      if (c == number && number_below == lines.size()) number_below = k;
    }
    if (title_below < lines.size() && number_below < lines.size()) {
      for (size_t k = i; k < end; ++k) {
        if (lines[k].reason.empty()) lines[k].reason = kRepeatedMetadataBox;
      }
      // The document's own title and number lines are what the box repeated.
      for (size_t k : {title_below, number_below}) {
        if (lines[k].reason == "outside the main text") lines[k].reason.clear();
      }
    }
    i = end;
  }
}
}  // namespace

void MarkRecordFields(std::vector<PageLine>& lines) {
  DropRepeatedHeadlineFields(lines);
  DropRepeatedMetadataBox(lines);
  KeepHeadingsOverTables(lines);
  KeepPeopleRowsBelow(lines);
  DropPublicationInfoFields(lines);
  KeepBookContentsBelow(lines);
}

}  // namespace wenyuan::clean
