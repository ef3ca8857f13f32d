#include "clean/record_fields.h"

#include <algorithm>

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
    if (value.size() >= kMinRepeatedValue) {
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

}  // namespace

void MarkRecordFields(std::vector<PageLine>& lines) {
  DropRepeatedHeadlineFields(lines);
  KeepHeadingsOverTables(lines);
  KeepPeopleRowsBelow(lines);
  DropPublicationInfoFields(lines);
}

}  // namespace wenyuan::clean
