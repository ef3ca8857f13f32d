// Reads .xlsx (Office Open XML spreadsheets) as records. Sheets come in
// workbook order; each starts with a line holding the sheet's name. The first
// non-empty row of a sheet is its header, and every later row becomes one
// line "header1: value1 | header2: value2" (empty cells left out, a cell under
// an empty header written as its bare value). A lone cell above the header (a
// title row such as "113年度預算表") stays a plain line instead of becoming
// the header. Cells are shared strings, inline strings, formula results,
// booleans or numbers; numbers in a date format become ISO dates. Formulas
// themselves and error values (#DIV/0!) are left out. Sheets are separated
// by a blank line.
//
// Limits: the archive's caps on unpacked bytes (OfficeArchive), a cap on
// the cells read (past it, reading stops with a warning) and the per-parse
// output budget (util/resource_budget.h): a shared string is stored once but
// may be referenced by every cell, and a header cell is repeated on every
// row, so the text is counted as it is produced and a file whose text would
// pass the budget is refused, as is one whose rows take longer to read than
// the parse time budget.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/office_archive.h"
#include "ingest/xml_scanner.h"
#include "util/resource_budget.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxColumns = 16384;  // Excel's own limit (XFD)
constexpr size_t kMaxSheets = 1000;
constexpr size_t kMaxSharedStrings = 4'000'000;

// "x:row" → "row": some writers put SpreadsheetML in a prefixed namespace.
std::string_view Local(std::string_view name) {
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

struct SheetRef {
  std::string name;
  std::string part;  // e.g. "xl/worksheets/sheet1.xml"
};

// "B12" → 1 (zero-based column), or nullopt when the reference is malformed.
std::optional<size_t> ColumnOf(std::string_view ref) {
  size_t col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    col = col * 26 + static_cast<size_t>(ref[i] - 'A' + 1);
    if (col > kMaxColumns) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  return col - 1;
}

// Text of every <t> outside phonetic runs (<rPh>), per <si> of sharedStrings.
Result<std::vector<std::string>> ParseSharedStrings(std::string_view xml, const std::string& where) {
  std::vector<std::string> out;
  bool in_si = false, in_t = false, too_many = false;
  int in_phonetic = 0;
  std::string current;
  Status s = ScanXml(
      xml,
      [&](const XmlTag& tag) {
        const std::string_view name = Local(tag.name);
        if (name == "si") {
          if (out.size() >= kMaxSharedStrings) {
            too_many = true;
            return;
          }
          if (tag.self_closing)
            out.emplace_back();
          else if (!tag.closing) {
            in_si = true;
            current.clear();
          } else if (in_si) {
            out.push_back(std::move(current));
            current.clear();
            in_si = false;
          }
        } else if (name == "rPh") {
          if (!tag.self_closing) in_phonetic += tag.closing ? -1 : 1;
          if (in_phonetic < 0) in_phonetic = 0;
        } else if (name == "t") {
          in_t = !tag.closing && !tag.self_closing;
        }
      },
      [&](std::string_view text) {
        if (in_si && in_t && in_phonetic == 0) current += text;
      });
  if (!s.ok()) return s.WithContext(where + ": xl/sharedStrings.xml");
  if (too_many) {
    return Status::ResourceExhausted(where + ": xl/sharedStrings.xml holds more than " +
                                     std::to_string(kMaxSharedStrings) + " strings (the limit)");
  }
  return out;
}

// Which cell styles (indexes into cellXfs) show numbers as dates or times.
struct DateStyle {
  bool date = false;
  bool time = false;
  bool seconds = false;
};

DateStyle DateStyleOfFormat(std::string_view code) {
  DateStyle st;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  bool quoted = false;
  int bracket = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      if (c == '"') quoted = false;
      continue;
    }
    if (c == '"')
      quoted = true;
    else if (c == '\\' || c == '_' || c == '*')
      ++i;  // escaped / padding character
    else if (c == '[')
      ++bracket;
    else if (c == ']')
      bracket = std::max(0, bracket - 1);
    else if (bracket > 0) {
      // [h], [mm], [ss] are elapsed times; [Red], [$-404] are not dates.
      if (c == 'h' || c == 'H') st.time = true;
    } else if (c == ';') {
      break;  // only the first section decides
    } else if (code.size() - i >= 7 && lower(c) == 'g' && lower(code[i + 1]) == 'e' && lower(code[i + 2]) == 'n' &&
               lower(code[i + 6]) == 'l') {
      i += 6;  // "General"
    } else if ((c == 'e' || c == 'E') && i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) {
      ++i;  // scientific notation, 0.00E+00
    } else {
      switch (c) {
        case 'y':
        case 'Y':
        case 'd':
        case 'D':
        case 'e':
        case 'g':
        case 'G':
          st.date = true;
          break;
        case 'h':
        case 'H':
          st.time = true;
          break;
        case 's':
        case 'S':
          st.seconds = true;
          break;
        default:
          break;
      }
    }
  }
  if (!st.date && !st.time) st.seconds = false;
  return st;
}

DateStyle DateStyleOfBuiltin(int id) {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
    return {true, false, false};
  }
  if (id == 22) return {true, true, false};
  if (id == 18 || id == 20 || id == 32) return {false, true, false};
  if (id == 19 || id == 21 || id == 33 || (id >= 45 && id <= 47)) return {false, true, true};
  return {};
}

// Styles: for each xf in cellXfs, how it shows numbers. A malformed styles
// part adds a warning and leaves every cell a plain number.
std::vector<DateStyle> ParseCellStyles(std::string_view xml, std::vector<std::string>& warnings) {
  std::map<int, DateStyle> custom;
  std::vector<DateStyle> out;
  bool in_cell_xfs = false;
  Status scanned = ScanXml(
      xml,
      [&](const XmlTag& tag) {
        const std::string_view name = Local(tag.name);
        if (name == "numFmt" && !tag.closing) {
          int id = 0;
          std::string id_text = XmlAttribute(tag, "numFmtId");
          std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
          custom[id] = DateStyleOfFormat(XmlAttribute(tag, "formatCode"));
        } else if (name == "cellXfs") {
          in_cell_xfs = !tag.closing && !tag.self_closing;
        } else if (name == "xf" && in_cell_xfs && !tag.closing) {
          int id = 0;
          std::string id_text = XmlAttribute(tag, "numFmtId");
          std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
          auto it = custom.find(id);
          out.push_back(it != custom.end() ? it->second : DateStyleOfBuiltin(id));
        }
      },
      [](std::string_view) {});
  if (!scanned.ok()) {
    warnings.push_back("xl/styles.xml: " + scanned.message() + "; dates are shown as numbers");
    return {};
  }
  return out;
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar, inverse.
void CivilFromDays(long long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long yy = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yy + (m <= 2));
}

// An Excel serial date-time as text, or nullopt when out of range.
std::optional<std::string> FormatSerial(double serial, DateStyle style, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) return std::nullopt;  // 9999-12-31
  long long days = static_cast<long long>(std::floor(serial));
  double fraction = serial - static_cast<double>(days);
  long long secs = std::llround(fraction * 86400.0);
  if (secs >= 86400) {
    ++days;
    secs -= 86400;
  }
  char buf[64];
  std::string out;
  if (style.date) {
    // 1900 system: serial 1 is 1900-01-01, and Excel counts a 1900-02-29 that
    // never was, so serials from 61 on are one day ahead. 1904 system: 0 is 1904-01-01.
    long long unix_days;
    if (date1904)
      unix_days = days - 24107;
    else
      unix_days = days - (days >= 61 ? 25569 : 25568);
    if (!date1904 && days == 0) return std::nullopt;
    int y;
    unsigned m, d;
    CivilFromDays(unix_days, y, m, d);
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    out = buf;
  }
  if (style.time && (!style.date || secs != 0)) {
    std::snprintf(buf, sizeof buf, style.seconds ? "%02lld:%02lld:%02lld" : "%02lld:%02lld", secs / 3600,
                  (secs / 60) % 60, secs % 60);
    if (!out.empty()) out += ' ';
    out += buf;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// A stored number as people would read it: "96.4", not "96.400000000000006".
std::string FormatNumber(std::string_view raw) {
  std::string trimmed(utf8::Trim(raw));
  char* end = nullptr;
  double v = std::strtod(trimmed.c_str(), &end);
  if (trimmed.empty() || end != trimmed.c_str() + trimmed.size() || !std::isfinite(v)) {
    return trimmed;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

struct WorkbookInfo {
  std::vector<SheetRef> sheets;
  bool date1904 = false;
};

// Sheet names and parts in workbook order, from workbook.xml and its rels.
Result<WorkbookInfo> ParseWorkbook(OfficeArchive& zip) {
  const std::string& where = zip.where();
  WY_ASSIGN_OR_RETURN(std::string workbook, zip.ReadXml("xl/workbook.xml"));
  std::map<std::string, std::string> targets;  // relationship id → part
  auto rels = zip.ReadXml("xl/_rels/workbook.xml.rels");
  if (rels.ok()) {
    Status scanned = ScanXml(
        *rels,
        [&](const XmlTag& tag) {
          if (Local(tag.name) == "Relationship" && !tag.closing) {
            targets[XmlAttribute(tag, "Id")] = ResolvePartTarget("xl", XmlAttribute(tag, "Target"));
          }
        },
        [](std::string_view) {});
    if (!scanned.ok()) return scanned.WithContext(zip.where() + ": xl/_rels/workbook.xml.rels");
  } else if (rels.status().code() != StatusCode::kNotFound) {
    return rels.status();
  }
  WorkbookInfo info;
  size_t position = 0;
  Status s = ScanXml(
      workbook,
      [&](const XmlTag& tag) {
        if (tag.closing) return;
        const std::string_view name = Local(tag.name);
        if (name == "workbookPr") {
          std::string v = XmlAttribute(tag, "date1904");
          info.date1904 = v == "1" || v == "true";
        } else if (name == "sheet") {
          ++position;
          SheetRef ref;
          ref.name = std::string(utf8::Trim(XmlAttribute(tag, "name")));
          auto it = targets.find(XmlAttribute(tag, "r:id"));
          ref.part = it != targets.end() ? it->second : "xl/worksheets/sheet" + std::to_string(position) + ".xml";
          if (ref.name.empty()) ref.name = "Sheet" + std::to_string(position);
          info.sheets.push_back(std::move(ref));
        }
      },
      [](std::string_view) {});
  if (!s.ok()) return s.WithContext(where + ": xl/workbook.xml");
  return info;
}

// Walks one worksheet and writes its records.
class SheetWriter {
 public:
  SheetWriter(const std::vector<std::string>& shared, const std::vector<DateStyle>& styles, bool date1904,
              size_t cell_budget, Budget& output, const Deadline& deadline, std::string where)
      : shared_(shared),
        styles_(styles),
        date1904_(date1904),
        cell_budget_(cell_budget),
        output_(output),
        deadline_(deadline),
        where_(std::move(where)) {}

  void OnTag(const XmlTag& tag) {
    if (full_) return;
    const std::string_view name = Local(tag.name);
    if (name == "row") {
      if (!tag.closing) {
        row_.clear();
        next_column_ = 0;
      }
      if (tag.closing || tag.self_closing) EndRow();
    } else if (name == "c") {
      if (!tag.closing) {
        in_cell_ = true;
        value_.clear();
        inline_text_.clear();
        type_ = XmlAttribute(tag, "t");
        std::string style = XmlAttribute(tag, "s");
        style_ = 0;
        std::from_chars(style.data(), style.data() + style.size(), style_);
        auto col = ColumnOf(XmlAttribute(tag, "r"));
        column_ = col ? *col : next_column_;
        next_column_ = column_ + 1;
      }
      if (tag.closing || tag.self_closing) EndCell();
    } else if (name == "v") {
      in_value_ = !tag.closing && !tag.self_closing;
    } else if (name == "is") {
      in_inline_ = !tag.closing && !tag.self_closing;
    } else if (name == "t") {
      in_inline_t_ = in_inline_ && !tag.closing && !tag.self_closing;
    } else if (name == "rPh") {
      if (!tag.self_closing) in_phonetic_ = !tag.closing;
    }
  }
  void OnText(std::string_view text) {
    if (!in_cell_) return;
    if (in_value_)
      value_ += text;
    else if (in_inline_t_ && !in_phonetic_)
      inline_text_ += text;
  }

  // Lays out the rows read: title lines, then records under the header.
  // Fails when the text would pass the output budget.
  Result<std::string> Finish() {
    WY_RETURN_IF_ERROR(status_);
    size_t width = 0;
    for (const auto& row : rows_) width = std::max(width, row.size());
    std::string out;
    size_t i = 0;
    // Lone cells above a wider table are titles ("113年度預算表", "單位：千元").
    while (width >= 2 && i < rows_.size() && rows_[i].size() == 1) {
      out += rows_[i].begin()->second + "\n";
      ++i;
    }
    if (i == rows_.size()) return out;
    const std::map<size_t, std::string>& header = rows_[i++];
    if (i == rows_.size()) {  // a header alone is all there is: keep it
      std::string line;
      for (const auto& cell : header) {
        if (!line.empty()) line += " | ";
        line += cell.second;
      }
      return out + line + "\n";
    }
    for (; i < rows_.size(); ++i) {
      std::string line;
      for (const auto& [col, text] : rows_[i]) {
        if (!line.empty()) line += " | ";
        auto h = header.find(col);
        if (h != header.end()) {
          // Cell text was charged when read; the repeated header is new text.
          WY_RETURN_IF_ERROR(output_.Charge(h->second.size() + 2, where_));
          line += h->second + ": ";
        }
        line += text;
      }
      out += line + "\n";
    }
    return out;
  }
  size_t cells() const { return cells_; }
  bool full() const { return full_; }

 private:
  void EndCell() {
    if (!in_cell_) return;
    in_cell_ = false;
    std::string text = CellText();
    std::string trimmed(utf8::Trim(text));
    if (trimmed.empty() || column_ >= kMaxColumns) return;
    if (cells_ >= cell_budget_) {
      full_ = true;
      return;
    }
    // Separators and line ends count too, so a million one-letter cells
    // cannot slip under the budget.
    if (Status s = output_.Charge(trimmed.size() + 3, where_); !s.ok()) {
      status_ = std::move(s);
      full_ = true;
      return;
    }
    ++cells_;
    row_[column_] = OneLine(trimmed);
  }

  std::string CellText() const {
    if (type_ == "s") {
      size_t index = 0;
      std::string v(utf8::Trim(value_));
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
      if (ec != std::errc() || p != v.data() + v.size() || index >= shared_.size()) return {};
      return shared_[index];
    }
    if (type_ == "inlineStr") return inline_text_;
    if (type_ == "str") return value_;
    if (type_ == "b") {
      std::string v(utf8::Trim(value_));
      return v == "1" ? "TRUE" : v == "0" ? "FALSE" : v;
    }
    if (type_ == "e") return {};  // #DIV/0!, #N/A: not content
    if (value_.empty()) return inline_text_;
    if (style_ >= 0 && static_cast<size_t>(style_) < styles_.size()) {
      DateStyle ds = styles_[static_cast<size_t>(style_)];
      if (ds.date || ds.time) {
        std::string v(utf8::Trim(value_));
        char* end = nullptr;
        double serial = std::strtod(v.c_str(), &end);
        if (end == v.c_str() + v.size()) {
          if (auto formatted = FormatSerial(serial, ds, date1904_)) return *formatted;
        }
      }
    }
    return FormatNumber(value_);
  }

  static std::string OneLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return out;
  }

  void EndRow() {
    if (!row_.empty()) rows_.push_back(std::move(row_));
    row_.clear();
    if (Status s = deadline_.Check(where_); !s.ok()) {
      status_ = std::move(s);
      full_ = true;
    }
  }

  const std::vector<std::string>& shared_;
  const std::vector<DateStyle>& styles_;
  bool date1904_;
  size_t cell_budget_;
  Budget& output_;
  const Deadline& deadline_;
  std::string where_;
  Status status_;  // the output budget's refusal, if any

  std::vector<std::map<size_t, std::string>> rows_;  // non-empty rows, in order
  std::map<size_t, std::string> row_;
  size_t cells_ = 0;
  bool full_ = false;

  bool in_cell_ = false, in_value_ = false, in_inline_ = false, in_inline_t_ = false;
  bool in_phonetic_ = false;
  std::string type_;
  int style_ = 0;
  size_t column_ = 0, next_column_ = 0;
  std::string value_, inline_text_;
};

class XlsxReader : public DocumentReader {
 public:
  explicit XlsxReader(ResourceLimits limits) : limits_(limits) {}
  std::vector<std::string> Extensions() const override { return {"xlsx", "xlsm"}; }

  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    const std::string where = path.string();
    WY_ASSIGN_OR_RETURN(OfficeArchive zip, OfficeArchive::Open(bytes, where, "XLSX"));
    WY_ASSIGN_OR_RETURN(WorkbookInfo book, ParseWorkbook(zip));
    if (book.sheets.size() > kMaxSheets) {
      return Status::ResourceExhausted(where + ": " + std::to_string(book.sheets.size()) +
                                       " sheets, over the limit of " + std::to_string(kMaxSheets));
    }
    std::vector<std::string> shared;
    auto shared_xml = zip.ReadXml("xl/sharedStrings.xml");
    if (shared_xml.ok()) {
      WY_ASSIGN_OR_RETURN(shared, ParseSharedStrings(*shared_xml, where));
    } else if (shared_xml.status().code() != StatusCode::kNotFound) {
      return shared_xml.status();
    }
    ExtractedDocument doc;
    std::vector<DateStyle> styles;
    if (auto styles_xml = zip.ReadXml("xl/styles.xml"); styles_xml.ok()) {
      styles = ParseCellStyles(*styles_xml, doc.warnings);
    } else if (styles_xml.status().code() != StatusCode::kNotFound) {
      return styles_xml.status();
    }

    doc.format = "xlsx";
    size_t cells = 0;
    const size_t max_cells = static_cast<size_t>(limits_.max_cells);
    Budget output = ParseOutputBudget(limits_);
    const Deadline deadline(limits_.max_parse_time);
    for (const auto& sheet : book.sheets) {
      auto xml = zip.ReadXml(sheet.part);
      if (!xml.ok()) {
        if (xml.status().code() != StatusCode::kNotFound) return xml.status();
        // A chart sheet or a dangling reference: nothing to read.
        continue;
      }
      SheetWriter writer(shared, styles, book.date1904, max_cells - cells, output, deadline,
                         where + ": sheet " + sheet.name);
      Status scanned = ScanXml(
          *xml, [&](const XmlTag& t) { writer.OnTag(t); }, [&](std::string_view text) { writer.OnText(text); });
      if (!scanned.ok()) return scanned.WithContext(where + ": " + sheet.part);
      cells += writer.cells();
      WY_ASSIGN_OR_RETURN(std::string body, writer.Finish());
      if (!body.empty()) {
        if (!doc.text.empty()) doc.text += '\n';
        doc.text += sheet.name + "\n" + body;
      }
      if (writer.full()) {
        doc.warnings.push_back("sheet " + sheet.name + ": stopped after " + std::to_string(max_cells) +
                               " cells (the limit); the rest was not read");
        break;
      }
    }
    if (book.sheets.empty()) doc.warnings.push_back("the workbook lists no sheets");
    doc.title = CoreTitle(zip, doc.warnings);
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }

 private:
  ResourceLimits limits_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeXlsxReader(ResourceLimits limits) { return std::make_unique<XlsxReader>(limits); }

}  // namespace wenyuan::ingest
