#include "clean/official_letters.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "clean/page_line.h"
#include "clean/record_closings.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxLetterTitle = 24, kHeadWindow = 12, kMaxFileLine = 80;

bool EndsWithAnyOf(const std::u32string& s, std::initializer_list<std::u32string_view> words, size_t* length) {
  for (std::u32string_view w : words) {
    if (s.size() > w.size() && s.ends_with(w)) {
      *length = w.size();
      return true;
    }
  }
  return false;
}

// ".pdf", ".docx" … at `s`'s end or before its size: the position after the
// extension, or npos.
size_t ExtensionEnd(const std::u32string& s) {
  for (std::u32string_view ext :
       {U".pdf", U".PDF", U".odt", U".ods", U".odp", U".docx", U".doc", U".xlsx", U".xls", U".pptx", U".ppt",
        U".zip", U".rar", U".7z",  U".csv", U".txt", U".rtf",  U".jpg", U".jpeg", U".png", U".gif",  U".tif"}) {
    for (size_t at = s.find(ext); at != std::u32string::npos; at = s.find(ext, at + 1)) {
      const size_t end = at + ext.size();
      if (end == s.size() || !utf8::IsAsciiAlnum(s[end])) return end;
    }
  }
  return std::u32string::npos;
}

// "（412KB）", "(1.2 MB)", "[38KB]": a file's size, spaces removed.
bool IsFileSize(const std::u32string& s) {
  if (s.size() < 4) return false;
  const char32_t open = s.front(), close = s.back();
  if (!((open == U'（' && close == U'）') || (open == '(' && close == ')') || (open == '[' && close == ']')))
    return false;
  const std::u32string inner = s.substr(1, s.size() - 2);
  size_t i = 0, digits = 0;
  while (i < inner.size() && (IsAsciiDigit(inner[i]) || inner[i] == '.' || inner[i] == ','))
    digits += IsAsciiDigit(inner[i++]);
  if (digits == 0) return false;
  const std::u32string unit = inner.substr(i);
  for (std::u32string_view u : {U"KB", U"MB", U"GB", U"kB", U"B", U"K", U"M", U"Kb", U"Mb", U"位元組", U"字节"}) {
    if (unit == u) return true;
  }
  return false;
}

// "PDF", "ODT", "docx": a file format's name as a download link or a
// download table prints it, without the dot.
bool IsFormatWord(const std::u32string& w) {
  std::u32string up;
  for (char32_t c : w) up += (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c;
  for (std::u32string_view f : {U"PDF",  U"ODT", U"ODS", U"ODP", U"DOC",  U"DOCX", U"XLS", U"XLSX", U"PPT",
                                U"PPTX", U"CSV", U"ZIP", U"RAR", U"7Z",   U"RTF",  U"TXT", U"EPUB", U"XML",
                                U"JSON", U"MP3", U"MP4", U"JPG", U"JPEG", U"PNG",  U"GIF", U"TIF",  U"TIFF"}) {
    if (up == f) return true;
  }
  return false;
}

// "8.6MB", "412 KB", "96kB": a file's size as a word of its own.
bool IsSizeWord(const std::u32string& w) {
  size_t i = 0, digits = 0;
  while (i < w.size() && (IsAsciiDigit(w[i]) || w[i] == '.' || w[i] == ',')) digits += IsAsciiDigit(w[i++]);
  if (digits == 0) return false;
  const std::u32string unit = w.substr(i);
  for (std::u32string_view u : {U"KB", U"MB", U"GB", U"kB", U"Kb", U"Mb", U"K", U"M"}) {
    if (unit == u) return true;
  }
  return false;
}

// The runs of ASCII letters, digits and '.' in `core`: the words a format
// and a size are written in, whatever brackets and cells sit around them.
std::vector<std::u32string> AsciiWords(const std::u32string& core) {
  std::vector<std::u32string> words;
  std::u32string w;
  for (char32_t c : core) {
    if (utf8::IsAsciiAlnum(c) || (c == '.' && !w.empty()) || (c == ',' && !w.empty() && IsAsciiDigit(w.back()))) {
      w += c;
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// "新巴士路線圖（PDF，1.2MB）", "[pdf.png] 全文   PDF   8.6MB   1,024": a file
// named with its format and its size, as a link or a download table's row.
bool IsFormatAndSizeLine(const std::u32string& core) {
  bool format = false, size = false;
  for (const std::u32string& w : AsciiWords(core)) {
    format = format || IsFormatWord(w);
    size = size || IsSizeWord(w);
  }
  return format && size;
}

// "檔案名稱   格式   大小   下載次數": a download table's header, every cell
// one of the words such tables are headed with.
bool IsDownloadTableHeader(const PageLine& l) {
  size_t cells = 0;
  for (size_t at = 0; at < l.core.size();) {
    while (at < l.core.size() && (l.core[at] == ' ' || l.core[at] == U'\u3000')) ++at;
    if (at >= l.core.size()) break;
    size_t end = l.core.find(U"  ", at);
    if (end == std::u32string::npos) end = l.core.size();
    const std::u32string cell = WithoutSpaces(l.core.substr(at, end - at));
    bool known = false;
    for (std::u32string_view w :
         {U"檔案名稱", U"档案名称", U"文件名稱", U"文件名称", U"檔名",     U"文件名", U"名稱",     U"名称",
          U"格式",     U"檔案格式", U"文件格式", U"類型",     U"类型",     U"大小",   U"檔案大小", U"文件大小",
          U"下載次數", U"下载次数", U"下載",     U"下载",     U"更新日期", U"說明",   U"说明"}) {
      known = known || cell == w;
    }
    if (!known) return false;
    ++cells;
    at = end;
  }
  return cells >= 2;
}

// "下載", "[2]下载", "Download": a link that fetches the row's file, a
// download table's last cell.
bool IsDownloadLinkCell(std::u32string cell) {
  if (!cell.empty() && cell.front() == '[') {
    const size_t close = cell.find(']');
    if (close == std::u32string::npos || !std::all_of(cell.begin() + 1, cell.begin() + close, IsAsciiDigit))
      return false;
    cell.erase(0, close + 1);
  }
  return cell == U"下載" || cell == U"下载" || cell == U"Download" || cell == U"下載檔案" || cell == U"下载文件";
}

// The last of `core`'s cells parted by two spaces or more, spaces removed.
std::u32string LastSpacedCell(const std::u32string& core) {
  const size_t gap = core.rfind(U"  ");
  return WithoutSpaces(gap == std::u32string::npos ? core : core.substr(gap));
}

// "CSV   UTF-8   站位即時資訊   [1]下載": a download table's row, cells
// spaced, the last a download link.
bool IsDownloadTableRow(const PageLine& l) {
  return SpacedCells(l.core) >= 2 && !HasSentenceEnd(l.core) && IsDownloadLinkCell(LastSpacedCell(l.core));
}

// "[pdf.png] 法規檔案下載 (PDF) [odt.png] (ODT)": a download link offered in
// file formats beside their type icons, no sizes.
bool IsFormatDownloadRow(const PageLine& l) {
  constexpr size_t kMaxRow = 40;
  if (!l.placeholder || l.core.size() > kMaxRow || HasSentenceEnd(l.core)) return false;
  if (l.core.find(U"下載") == std::u32string::npos && l.core.find(U"下载") == std::u32string::npos) return false;
  const auto words = AsciiWords(l.core);
  return std::any_of(words.begin(), words.end(), IsFormatWord);
}

// "仿單、外盒、外觀圖檔", "相關檔案", "下載專區", "資料資源下載網址": a short
// heading naming files or their download.
bool IsFilesHeading(const std::u32string& core) {
  constexpr size_t kMaxHeading = 16;
  std::u32string s = WithoutSpaces(core);
  if (!s.empty() && (s.back() == U'：' || s.back() == ':')) s.pop_back();
  if (s.empty() || s.size() > kMaxHeading || HasSentenceEnd(s)) return false;
  for (std::u32string_view w : {U"下載", U"下载"}) {
    if (s.find(w) != std::u32string::npos) return true;
  }
  for (std::u32string_view w : {U"檔", U"档", U"檔案", U"档案", U"文件", U"附件"}) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

bool IsDownloadHeading(const std::u32string& core) {
  std::u32string s = WithoutSpaces(core);
  if (!s.empty() && (s.back() == U'：' || s.back() == ':')) s.pop_back();
  for (std::u32string_view w : {U"附件下載", U"附件下载", U"檔案下載", U"档案下载", U"文件下載", U"文件下载",
                                U"附件檔案", U"附件档案", U"相關附件", U"相关附件", U"附件列表", U"下載附件",
                                U"下载附件", U"附檔下載", U"附档下载", U"相關檔案下載", U"相关文件下载", U"附件"}) {
    if (s == w) return true;
  }
  return false;
}

bool IsEDocumentNotice(const std::u32string& core) {
  std::string s;
  for (char32_t c : WithoutSpaces(core)) utf8::Append(s, c);
  return core.size() <= kMaxFileLine &&
         ContainsAny(s, {"效力同紙本", "效力同纸本", "與紙本公文具同等效力", "与纸质公文具有同等效力",
                         "与纸质公文具有同等法律效力", "與紙本具同等效力"});
}

}  // namespace

bool IsLetterTitle(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxLetterTitle) return false;
  for (char32_t c : s) {
    if (!utf8::IsHan(c)) return false;
  }
  size_t kind = 0;
  if (!EndsWithAnyOf(s, {U"開會通知單", U"开会通知单", U"書函", U"书函", U"函", U"令"}, &kind)) return false;
  const std::u32string body = s.substr(0, s.size() - kind);
  if (body.size() < 2) return false;
  size_t unit = 0;
  return EndsWithAnyOf(body, {U"部", U"署", U"局", U"院", U"會", U"会", U"府",   U"處",   U"处",
                              U"廳", U"厅", U"所", U"館", U"馆", U"校", U"學",   U"学",   U"中心",
                              U"室", U"司", U"辦", U"办", U"委", U"庭", U"公司", U"協會", U"协会"},
                       &unit) ||
         body.ends_with(U"大學") || body.ends_with(U"大学");
}

bool IsLetterFileField(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view label : {U"檔號", U"档号", U"保存年限"}) {
    if (s.size() > label.size() + 1 && s.starts_with(label) && (s[label.size()] == U'：' || s[label.size()] == ':')) {
      return true;
    }
  }
  return false;
}

bool IsAttachmentFileLine(const std::u32string& core) {
  if (core.size() > kMaxFileLine || HasSentenceEnd(core)) return false;
  const std::u32string s = WithoutSpaces(core);
  const size_t end = ExtensionEnd(s);
  if (end != std::u32string::npos && end >= 5 && end < s.size() && IsFileSize(s.substr(end))) return true;
  return CountHan(core) + 2 <= core.size() && IsFormatAndSizeLine(core);
}

namespace {

// Over the notice's first lines (its title and file fields aside), the
// page's header of the notice's fields ("發布單位：醫事司", "發布日期：115-11-28",
// with "更新日期" and "點閱次數" among them): a run of labelled fields (one
// short line among them passed over: the notice's own "衛生福利部　公告"
// between its 發文日期 and the page's fields), two of them or more saying
// who issued it and when (IsDocumentField), which are kept as its byline
// and date; the site's (update date, views) are not.
void KeepHeaderFieldsAbove(const std::vector<PageLine>& lines, size_t body_begin, const std::vector<size_t>& head,
                           std::vector<size_t>& kept) {
  constexpr size_t kMaxRun = 8, kMinDocumentFields = 2;
  auto previous = [&](size_t k) {
    while (k > 0 && lines[k - 1].blank()) --k;
    return k;  // one past the previous non-blank line
  };
  // Above the letter's title and file fields kept already, if any.
  size_t i = previous(head.empty() ? body_begin : *std::min_element(head.begin(), head.end()));
  std::vector<size_t> fields;
  size_t run = 0;
  bool passed = false;
  for (; i > 0 && run < kMaxRun; i = previous(i - 1), ++run) {
    const std::u32string& c = lines[i - 1].core;
    if (!IsLabelledField(c)) {
      // The notice's own title line between its fields and the page's
      // ("衛生福利部　公告"), passed over once.
      if (passed || run == 0 || c.size() > kMaxLetterTitle || HasSentenceEnd(c)) break;
      passed = true;
      continue;
    }
    if (IsDocumentField(c)) fields.push_back(i - 1);
  }
  if (fields.size() >= kMinDocumentFields) kept.insert(kept.end(), fields.begin(), fields.end());
}

void KeepLetterTitle(const std::vector<PageLine>& lines, size_t body_begin, std::vector<size_t>& kept) {
  size_t title = lines.size();
  for (size_t i = body_begin, n = 0; i > 0 && n < kHeadWindow;) {
    --i;
    if (lines[i].blank()) continue;
    ++n;
    if (IsLetterTitle(lines[i].core)) {
      title = i;
      break;
    }
  }
  if (title == lines.size()) return;
  kept.push_back(title);
  // The addressee under the contact lines ("受文者：…", "主送：…").
  for (size_t i = title + 1; i < body_begin; ++i) {
    const std::u32string s = WithoutSpaces(lines[i].core);
    for (std::u32string_view label : {U"受文者", U"受文單位", U"受文单位", U"主送"}) {
      if (s.size() > label.size() + 1 && s.starts_with(label) && (s[label.size()] == U'：' || s[label.size()] == ':')) {
        kept.push_back(i);
      }
    }
  }
  for (size_t i = title, n = 0; i > 0 && n < 3;) {
    --i;
    if (lines[i].blank()) continue;
    ++n;
    if (!IsLetterFileField(lines[i].core)) break;
    kept.push_back(i);
  }
}

}  // namespace

namespace {

// "G.N. 7421", "L.N. (E.) 12", "No. 45", "第7421號", "第 12 号公告", "公告第5号":
// a notice's own number on a line alone.
bool IsNoticeNumberLine(const std::u32string& core) {
  constexpr size_t kMaxNumberLine = 16;
  const std::u32string s = WithoutSpaces(core);
  if (s.empty() || s.size() > kMaxNumberLine ||
      !std::any_of(s.begin(), s.end(), [](char32_t c) { return IsAsciiDigit(c); })) {
    return false;
  }
  // Latin: abbreviated letters with dots, maybe a bracketed series, then digits.
  size_t i = 0;
  size_t letters = 0, dots = 0;
  while (i < s.size() && (IsAsciiLetter(s[i]) || s[i] == '.' || s[i] == '(' || s[i] == ')')) {
    letters += IsAsciiLetter(s[i]);
    dots += s[i] == '.';
    ++i;
  }
  if (letters >= 1 && dots >= 1 && i < s.size() &&
      std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), [](char32_t c) { return IsAsciiDigit(c); })) {
    return true;
  }
  // Han: 第…號 / 第…号, maybe with 公告 around it.
  std::u32string h = s;
  for (std::u32string_view kind : {U"公告", U"通告", U"告示"}) {
    if (h.starts_with(kind)) h.erase(0, kind.size());
    if (h.ends_with(kind)) h.erase(h.size() - kind.size());
  }
  if (h.size() < 3 || h.front() != U'第' || (h.back() != U'號' && h.back() != U'号')) return false;
  return std::all_of(h.begin() + 1, h.end() - 1, [](char32_t c) { return IsAsciiDigit(c) || c == U'年'; });
}

// "招標公告", "政府公告", "通告", "拍賣啟事": the kind of notice, a short line.
bool IsNoticeKindLine(const std::u32string& core) {
  constexpr size_t kMaxKind = 12;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() < 2 || s.size() > kMaxKind || HasSentencePunct(s)) return false;
  for (std::u32string_view kind :
       {U"公告", U"通告", U"告示", U"啟事", U"启事", U"公示", U"通知", U"聲明", U"声明", U"佈告", U"布告"}) {
    if (s.ends_with(kind)) return true;
  }
  return false;
}

}  // namespace

void KeepNumberedNoticeHead(const std::vector<PageLine>& lines, size_t top_kept, std::vector<size_t>& kept) {
  constexpr size_t kMaxHeadLines = 5, kMaxHeadLine = 40;
  size_t end = top_kept;
  while (end > 0 && lines[end - 1].blank()) --end;
  size_t top = end;
  while (top > 0 && end - top < kMaxHeadLines && !lines[top - 1].blank() && !lines[top - 1].bullet &&
         lines[top - 1].core.size() <= kMaxHeadLine && !HasSentenceEnd(lines[top - 1].core)) {
    --top;
  }
  if (top == end || !IsNoticeNumberLine(lines[top].core)) return;
  bool kind = false;
  for (size_t k = top + 1; k < end; ++k) kind = kind || IsNoticeKindLine(lines[k].core);
  if (!kind) return;
  for (size_t k = top; k < end; ++k) kept.push_back(k);
}

void KeepLetterHead(const std::vector<PageLine>& lines, size_t body_begin, std::vector<size_t>& kept) {
  const size_t before = kept.size();
  KeepLetterTitle(lines, body_begin, kept);
  const std::vector<size_t> head(kept.begin() + static_cast<std::ptrdiff_t>(before), kept.end());
  KeepHeaderFieldsAbove(lines, body_begin, head, kept);
  // A release's date alone right over its first line ("2026年12月5日" over
  // the headline, no blank line between): the release's date line.
  if (body_begin > 0 && body_begin < lines.size() && !lines[body_begin - 1].blank() &&
      IsSignatureDate(WithoutSpaces(lines[body_begin - 1].core))) {
    kept.push_back(body_begin - 1);
  }
}

size_t PastDownloadList(const std::vector<PageLine>& lines, size_t i) {
  auto next_non_blank = [&](size_t k) {
    while (k < lines.size() && lines[k].blank()) ++k;
    return k;
  };
  const size_t start = next_non_blank(i);
  size_t k = start;
  if (k < lines.size() && IsDownloadHeading(lines[k].core)) k = next_non_blank(k + 1);
  bool files = false;
  for (; k < lines.size(); k = next_non_blank(k + 1)) {
    const std::u32string& c = lines[k].core;
    const std::u32string s = WithoutSpaces(c.substr(SectionNumberLength(c)));
    if (!HasSentenceEnd(c) && c.size() <= kMaxFileLine && ExtensionEnd(s) == s.size() && s.size() > 4) {
      files = true;  // "1. 实施方案.pdf"
    } else if (!(files && (IsFileSize(s) || IsAttachmentFileLine(c))) && !(lines[k].placeholder && s.size() <= 12)) {
      break;  // not a size under a file, nor a type icon ("[pdf.png]")
    }
  }
  return files ? k : start;
}

void MarkAttachmentDownloads(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank() || !l.reason.empty()) continue;
    // A file name with its size; without one, a list item or a line with
    // the file type's icon ("* [pdf.gif] 實施計畫.pdf") under such a line.
    const bool listed_file = (l.bullet || l.placeholder) && i > 0 && lines[i - 1].reason == kAttachmentDownloads &&
                             ExtensionEnd(WithoutSpaces(l.core)) == WithoutSpaces(l.core).size();
    if (IsAttachmentFileLine(l.core) || listed_file || IsEDocumentNotice(l.core)) {
      l.reason = kAttachmentDownloads;
      continue;
    }
    if (IsFormatDownloadRow(l)) {
      l.reason = kAttachmentDownloads;
      continue;
    }
    // A table of files each with its download link: its rows, the header
    // over them and the heading naming the files or their download.
    if (IsDownloadTableRow(l) && !l.bullet) {
      size_t end = i;
      while (end < lines.size() && !lines[end].blank() && lines[end].reason.empty() && IsDownloadTableRow(lines[end]))
        ++end;
      size_t top = i;
      if (top > 0 && !lines[top - 1].blank() && SpacedCells(lines[top - 1].core) >= 2 &&
          IsDownloadLinkCell(LastSpacedCell(lines[top - 1].core))) {
        --top;  // the header: "檔案格式  編碼格式  描述  下載"
      }
      if (top == i && end == i + 1) continue;  // one row alone, with no header: not a table
      size_t above = top;
      while (above > 0 && lines[above - 1].blank()) --above;
      if (above > 0 && lines[above - 1].reason.empty() && IsFilesHeading(lines[above - 1].core))
        --above;
      else
        above = top;
      for (size_t k = above; k < end; ++k) {
        if (lines[k].reason.empty()) lines[k].reason = kAttachmentDownloads;
      }
      i = end - 1;
      continue;
    }
    const bool heading = IsDownloadHeading(l.core) || IsFilesHeading(l.core), header = IsDownloadTableHeader(l);
    if (!heading && !header) continue;
    // The heading may stand over the table's header, and the header over
    // the files.
    size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (heading && next < lines.size() && IsDownloadTableHeader(lines[next])) {
      do ++next;
      while (next < lines.size() && lines[next].blank());
    }
    if (next < lines.size() && IsAttachmentFileLine(lines[next].core)) l.reason = kAttachmentDownloads;
  }
}

bool IsNoticeContactField(const std::u32string& core) {
  constexpr size_t kMaxContactField = 60;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxContactField || HasSentenceEnd(s)) return false;
  for (std::u32string_view label :
       {U"联系人",   U"聯絡人", U"聯繫人", U"联系电话", U"聯絡電話", U"聯繫電話", U"联系单位", U"聯絡單位", U"联系部门",
        U"聯絡部門", U"电话",   U"電話",   U"电子邮箱", U"電子郵箱", U"电子信箱", U"電子信箱", U"电子邮件", U"電子郵件",
        U"邮箱",     U"郵箱",   U"传真",   U"傳真",     U"E-mail",   U"Email",    U"email"}) {
    if (s.size() > label.size() + 1 && s.starts_with(label) && (s[label.size()] == U'：' || s[label.size()] == ':')) {
      return true;
    }
  }
  return false;
}

void MarkLetterContactBlocks(std::vector<PageLine>& lines) {
  constexpr size_t kMinFields = 3;
  const auto contact = [](const std::u32string& core) {
    if (IsNoticeContactField(core)) return true;
    constexpr size_t kMinLabel = 2, kMaxLabel = 4;
    const std::u32string label = HanFieldLabel(WithoutSpaces(core), kMinLabel, kMaxLabel);
    for (std::u32string_view w : {U"地址", U"承辦人", U"承办人", U"聯絡地址", U"联系地址", U"通訊地址", U"通讯地址"}) {
      if (label == w) return true;
    }
    return false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !contact(lines[i].core)) continue;
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && contact(lines[end].core)) ++end;
    size_t above = i, below = end;
    while (above > 0 && lines[above - 1].blank()) --above;
    while (below < lines.size() && lines[below].blank()) ++below;
    const bool under_title = above > 0 && IsLetterTitle(lines[above - 1].core);
    const bool over_addressee = below < lines.size() && WithoutSpaces(lines[below].core).starts_with(U"受文");
    if (end - i >= kMinFields && (under_title || over_addressee)) {
      for (size_t k = i; k < end; ++k) {
        if (lines[k].reason.empty()) lines[k].reason = kLetterContactBlock;
      }
    }
    i = end - 1;
  }
}

std::vector<size_t> KeepEmptyLetterFields(std::vector<PageLine>& lines) {
  constexpr size_t kMaxLabel = 16;
  std::vector<size_t> back;
  const auto kept_field = [&](size_t k) {
    return k < lines.size() && lines[k].reason.empty() && IsLabelledField(lines[k].core);
  };
  const auto letter_field = [&](const std::u32string& core) {
    const std::u32string s = WithoutSpaces(core);
    for (std::u32string_view w :
         {U"受文者", U"發文日期", U"发文日期", U"發文字號", U"发文字号", U"速別", U"速别", U"密等", U"附件"}) {
      if (s.starts_with(w)) return true;
    }
    return false;
  };
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.reason.empty() || l.blank()) continue;
    const std::u32string s = WithoutSpaces(l.core);
    if (s.size() < 3 || s.size() > kMaxLabel + 1 || (s.back() != U'：' && s.back() != ':') ||
        CountHan(s) != s.size() - 1 || !letter_field(s)) {
      continue;
    }
    // Its neighbours, no blank line between: fields of the letter's head.
    if (kept_field(i - 1) && kept_field(i + 1) &&
        (letter_field(lines[i - 1].core) || letter_field(lines[i + 1].core))) {
      l.reason.clear();
      back.push_back(i);
    }
  }
  return back;
}

bool IsDisclosureNote(const std::u32string& core) {
  constexpr size_t kMaxNote = 14;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() < 5 || s.size() > kMaxNote) return false;
  const bool bracketed = (s.front() == U'（' && s.back() == U'）') || (s.front() == '(' && s.back() == ')');
  const std::string inner = EncodeUtf8(s.substr(1, s.size() - 2));
  if (bracketed && StartsWithAny(inner, {"信息公开", "信息公開", "資訊公開", "资讯公开", "公开方式", "公開方式"})) {
    return ContainsAny(inner, {"：", ":"});  // "（信息公开形式：主动公开）"
  }
  return bracketed && StartsWithAny(inner, {"此件", "本件"}) && ContainsAny(inner, {"公开", "公開"});
}

}  // namespace wenyuan::clean
