// Reads `key: value` records, the shape of many exports and scraped lists:
//   标题：…   链接：…   摘要：…   关键词：…
//   內容：…（which may run on over the following lines）
// Keys may be Simplified, Traditional or English, followed by an ASCII ':'
// or a full-width '：'. Known keys fill the document's fields:
//   title   标题 標題 题目 題目 题名 題名 title headline
//   url     链接 鏈接 連結 连结 网址 網址 原文链接 原文連結 url link
//   text    内容 內容 正文 全文 文本 text content body
//   summary 总结 總結 摘要 简介 簡介 概要 summary abstract description
//   date    日期 时间 時間 发布时间 發布時間 发布日期 發布日期 … date published
//   author  作者 记者 記者 author, else 来源 來源 出处 出處 source …
// 关键词/關鍵詞/keywords/标签…, the known metadata keys (分类, 栏目, id, …)
// and any other short `key:` go to metadata under the key as written; so
// does a second url, date or author and the summary when the record has a
// text. A record's text is its text field (and any unkeyed lines that follow
// a one-line field such as the title); without one, the summary; without
// that, the title.
//
// A record ends at a blank line followed by a `key:` line, or where a second
// title key starts the next one. A value continues on the following lines
// that are not `key:` lines; inside a text or summary only known keys end it
// (and a line that starts with a backslash is text whatever follows: the
// backslash escapes it and is dropped),
// so prose such as "注意：…" stays prose. Each record is one document with
// part "record-N". Lines before the first key, and records with neither
// title nor text, give warnings naming the line; a file without any record
// fails naming the file. Values are capped (kMaxTextBytes for texts, and
// a record keeps at most kMaxMetadataEntries metadata keys), with a warning.
// A file too large to read whole is read as a stream (OpenRecordStream):
// the parser keeps the record under way between chunks of lines, so the
// documents, parts and line numbers are those of a whole read; a record over
// the per-record limit is skipped (keeping its number) with a warning.
// Recognised by content: at least two known keys, at least one of them a
// title, url, text or summary, on separate lines among the first eight
// non-empty lines (not in front matter, HTML or JSON).
#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/line_parser_stream.h"
#include "ingest/record_file_support.h"
#include "ingest/text_decoding.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMaxTextBytes = size_t{4} << 20;
constexpr size_t kMaxFieldBytes = size_t{64} << 10;
constexpr size_t kMaxKeyCodePoints = 16;
constexpr size_t kKeySearchBytes = 100;  // the colon must come this early
constexpr size_t kSniffLines = 8;
constexpr size_t kMaxWarnings = 50;
constexpr size_t kMaxMetadataEntries = 100;

enum class Field { kTitle, kUrl, kText, kSummary, kDate, kAuthor, kSource, kKeywords, kMeta, kFree };

struct KnownKey {
  std::string_view name;  // ASCII ones in lower case
  Field field;
};

constexpr std::array kKnownKeys = {
    KnownKey{"标题", Field::kTitle},        KnownKey{"標題", Field::kTitle},
    KnownKey{"题目", Field::kTitle},        KnownKey{"題目", Field::kTitle},
    KnownKey{"题名", Field::kTitle},        KnownKey{"題名", Field::kTitle},
    KnownKey{"title", Field::kTitle},       KnownKey{"headline", Field::kTitle},
    KnownKey{"链接", Field::kUrl},          KnownKey{"鏈接", Field::kUrl},
    KnownKey{"連結", Field::kUrl},          KnownKey{"连结", Field::kUrl},
    KnownKey{"网址", Field::kUrl},          KnownKey{"網址", Field::kUrl},
    KnownKey{"原文链接", Field::kUrl},      KnownKey{"原文鏈接", Field::kUrl},
    KnownKey{"原文連結", Field::kUrl},      KnownKey{"url", Field::kUrl},
    KnownKey{"link", Field::kUrl},          KnownKey{"内容", Field::kText},
    KnownKey{"內容", Field::kText},         KnownKey{"正文", Field::kText},
    KnownKey{"全文", Field::kText},         KnownKey{"文本", Field::kText},
    KnownKey{"text", Field::kText},         KnownKey{"content", Field::kText},
    KnownKey{"body", Field::kText},         KnownKey{"总结", Field::kSummary},
    KnownKey{"總結", Field::kSummary},      KnownKey{"摘要", Field::kSummary},
    KnownKey{"简介", Field::kSummary},      KnownKey{"簡介", Field::kSummary},
    KnownKey{"概要", Field::kSummary},      KnownKey{"summary", Field::kSummary},
    KnownKey{"abstract", Field::kSummary},  KnownKey{"description", Field::kSummary},
    KnownKey{"日期", Field::kDate},         KnownKey{"时间", Field::kDate},
    KnownKey{"時間", Field::kDate},         KnownKey{"发布时间", Field::kDate},
    KnownKey{"發布時間", Field::kDate},     KnownKey{"發佈時間", Field::kDate},
    KnownKey{"发布日期", Field::kDate},     KnownKey{"發布日期", Field::kDate},
    KnownKey{"發佈日期", Field::kDate},     KnownKey{"发表时间", Field::kDate},
    KnownKey{"發表時間", Field::kDate},     KnownKey{"date", Field::kDate},
    KnownKey{"published", Field::kDate},    KnownKey{"作者", Field::kAuthor},
    KnownKey{"记者", Field::kAuthor},       KnownKey{"記者", Field::kAuthor},
    KnownKey{"author", Field::kAuthor},     KnownKey{"来源", Field::kSource},
    KnownKey{"來源", Field::kSource},       KnownKey{"出处", Field::kSource},
    KnownKey{"出處", Field::kSource},       KnownKey{"发布单位", Field::kSource},
    KnownKey{"發布單位", Field::kSource},   KnownKey{"发布机构", Field::kSource},
    KnownKey{"發布機關", Field::kSource},   KnownKey{"source", Field::kSource},
    KnownKey{"关键词", Field::kKeywords},   KnownKey{"關鍵詞", Field::kKeywords},
    KnownKey{"关键字", Field::kKeywords},   KnownKey{"關鍵字", Field::kKeywords},
    KnownKey{"标签", Field::kKeywords},     KnownKey{"標籤", Field::kKeywords},
    KnownKey{"keywords", Field::kKeywords}, KnownKey{"tags", Field::kKeywords},
    KnownKey{"分类", Field::kMeta},         KnownKey{"分類", Field::kMeta},
    KnownKey{"类别", Field::kMeta},         KnownKey{"類別", Field::kMeta},
    KnownKey{"栏目", Field::kMeta},         KnownKey{"欄目", Field::kMeta},
    KnownKey{"语言", Field::kMeta},         KnownKey{"語言", Field::kMeta},
    KnownKey{"编号", Field::kMeta},         KnownKey{"編號", Field::kMeta},
    KnownKey{"id", Field::kMeta},           KnownKey{"category", Field::kMeta},
    KnownKey{"lang", Field::kMeta},         KnownKey{"language", Field::kMeta},
};

std::string_view Utf8Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

struct KeyLine {
  std::string key;    // as written
  std::string value;  // trimmed
  Field field = Field::kFree;
  bool known = false;
};

// A key is short and made of Han characters or ASCII letters (digits, '_',
// '-' and at most two inner spaces after the first character).
bool IsKeyShaped(std::string_view key) {
  size_t count = 0, spaces = 0;
  for (size_t pos = 0; pos < key.size();) {
    const char32_t cp = utf8::DecodeNext(key, pos);
    const bool first = count == 0;
    if (++count > kMaxKeyCodePoints) return false;
    if (utf8::IsHan(cp) || utf8::IsAsciiLetter(cp)) continue;
    if (first) return false;
    if ((cp >= '0' && cp <= '9') || cp == '_' || cp == '-') continue;
    if (cp == ' ' && ++spaces <= 2) continue;
    return false;
  }
  return count > 0;
}

std::optional<KeyLine> ParseKeyLine(std::string_view line) {
  const std::string_view t = utf8::Trim(line);
  const std::string_view window = t.substr(0, kKeySearchBytes);
  const size_t ascii = window.find(':');
  const size_t wide = window.find("：");
  const size_t colon = std::min(ascii, wide);
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  const size_t colon_len = colon == wide ? std::string_view("：").size() : 1;
  const std::string_view key = utf8::Trim(t.substr(0, colon));
  std::string_view value = t.substr(colon + colon_len);
  if (colon == ascii && value.starts_with("//")) return std::nullopt;  // a URL, not a key
  if (!IsKeyShaped(key)) return std::nullopt;
  KeyLine out;
  out.key = std::string(key);
  out.value = std::string(utf8::Trim(value));
  const std::string lower = AsciiLower(key);
  for (const auto& k : kKnownKeys) {
    if (k.name == lower) {
      out.field = k.field;
      out.known = true;
      break;
    }
  }
  return out;
}

bool IsBlank(std::string_view line) { return utf8::Trim(line).empty(); }

// The last code point of `s` and the first of `t` are both outside ASCII
// (Han text, full-width punctuation): they join without a space.
bool JoinsTight(std::string_view s, std::string_view t) {
  if (s.empty() || t.empty()) return true;
  return static_cast<unsigned char>(s.back()) >= 0x80 && static_cast<unsigned char>(t.front()) >= 0x80;
}

bool IsLongField(Field f) { return f == Field::kText || f == Field::kSummary; }
bool IsOneLineField(Field f) {
  return f == Field::kTitle || f == Field::kUrl || f == Field::kDate || f == Field::kAuthor || f == Field::kSource;
}

struct Value {
  std::string key;  // as written
  Field field;
  std::string text;
  bool cut = false;
};

class RecordParser : public LineRecordParser<RecordParser> {
 public:
  // A record whose lines add up to more than `max_record_bytes` is skipped
  // (its number is used all the same, so later parts keep their names).
  explicit RecordParser(size_t max_record_bytes = SIZE_MAX) : LineRecordParser(max_record_bytes) {}

  // Part of the record under way, if any, is dropped.
  void OnSkippedLine() {
    if (!values_.empty()) DropRecordText();
    saw_blank_ = false;
  }

  void OnLine(std::string_view line) { ParseLine(line); }

  // The end of the file.
  void Finish() {
    if (!values_.empty()) FinishRecord();
  }

 private:
  void ParseLine(std::string_view line) {
    if (IsBlank(line)) {
      saw_blank_ = true;
      return;
    }
    const bool in_long = open_ && IsLongField(values_[*open_].field);
    // "\發布日期：…" inside a text is text, not a key: the escape that
    // `wenyuan export --format record` writes; the backslash is dropped.
    if (in_long && utf8::Trim(line).starts_with('\\')) {
      CountRecordBytes(line);
      Append(values_[*open_], utf8::Trim(line).substr(1), /*new_line=*/true);
      saw_blank_ = false;
      return;
    }
    std::optional<KeyLine> kl = ParseKeyLine(line);
    if (kl && (kl->known || !in_long)) {
      if (!values_.empty() && (saw_blank_ || (kl->field == Field::kTitle && has_title_))) {
        FinishRecord();
      }
      has_title_ |= kl->field == Field::kTitle;
      if (values_.empty()) first_line_ = line_number_;
      CountRecordBytes(line);
      if (too_large_) values_.clear();  // only the open value's kind is kept
      values_.push_back(Value{kl->key, kl->field, {}, too_large_});
      open_ = values_.size() - 1;
      Append(values_.back(), kl->value, /*new_line=*/false);
    } else if (!open_) {
      if (!preamble_reported_) {
        Warn("line " + std::to_string(line_number_) + ": text before the first `key:` line skipped");
        preamble_reported_ = true;
      }
    } else if (IsOneLineField(values_[*open_].field)) {
      // Unkeyed lines after a title or a date are the record's body.
      CountRecordBytes(line);
      if (too_large_) values_.clear();
      values_.push_back(Value{"", Field::kText, {}, too_large_});
      open_ = values_.size() - 1;
      Append(values_.back(), utf8::Trim(line), false);
    } else {
      CountRecordBytes(line);
      Append(values_[*open_], utf8::Trim(line), /*new_line=*/true);
    }
    saw_blank_ = false;
  }

  // Adds a line to the size of the record under way; past the limit, the
  // record's text is dropped and no more is kept.
  void CountRecordBytes(std::string_view line) {
    record_bytes_ += line.size() + 1;
    if (record_bytes_ > max_record_bytes_ && !too_large_) DropRecordText();
  }

  void DropRecordText() {
    too_large_ = true;
    for (Value& v : values_) {
      v.text.clear();
      v.text.shrink_to_fit();
      v.cut = true;
    }
  }

 private:
  void Warn(std::string message) {
    if (warnings_given_ < kMaxWarnings) pending_warnings_.push_back(std::move(message));
    ++warnings_given_;
  }

  void Append(Value& v, std::string_view s, bool new_line) {
    if (v.cut || s.empty()) return;
    const size_t max = IsLongField(v.field) ? kMaxTextBytes : kMaxFieldBytes;
    std::string_view sep;
    if (!v.text.empty() && new_line) {
      sep = IsLongField(v.field) ? "\n" : (JoinsTight(v.text, s) ? "" : " ");
    }
    if (v.text.size() + sep.size() + s.size() > max) {
      v.text += sep;
      v.text += Utf8Prefix(s, max - std::min(max, v.text.size()));
      v.cut = true;
      Warn("line " + std::to_string(line_number_) + ": the value of " +
           (v.key.empty() ? std::string("the text") : "\"" + v.key + "\"") + " is cut at " + std::to_string(max) +
           " bytes");
      return;
    }
    v.text += sep;
    v.text += s;
  }

  void AddMeta(ExtractedDocument& doc, const std::string& key, const std::string& value) {
    if (value.empty()) return;
    if (doc.metadata.size() >= kMaxMetadataEntries && doc.metadata.count(key) == 0) {
      if (!metadata_cut_) {
        Warn("line " + std::to_string(first_line_) + ": a record with more than " +
             std::to_string(kMaxMetadataEntries) + " keys; the rest are dropped");
      }
      metadata_cut_ = true;
      return;
    }
    std::string& slot = doc.metadata[key];
    if (!slot.empty()) slot += "、";
    slot += value;
  }

  void FinishRecord() {
    if (too_large_) {
      ++record_count_;
      Warn("line " + std::to_string(first_line_) + ": a record of more than " + std::to_string(max_record_bytes_) +
           " bytes, over the limit for one record; skipped");
      ResetRecord();
      return;
    }
    ExtractedDocument doc;
    doc.format = "record";
    std::string body, summary, summary_key, source;
    bool body_cut = false;
    metadata_cut_ = false;
    for (const Value& v : values_) {
      switch (v.field) {
        case Field::kTitle:
          if (doc.title.empty())
            doc.title = v.text;
          else
            AddMeta(doc, v.key, v.text);
          break;
        case Field::kUrl:
          if (doc.url.empty())
            doc.url = v.text;
          else
            AddMeta(doc, v.key, v.text);
          break;
        case Field::kText:
          if (v.text.empty()) break;
          if (!body.empty()) body += '\n';
          if (body.size() + v.text.size() <= kMaxTextBytes) {
            body += v.text;
          } else if (!body_cut) {
            Warn("line " + std::to_string(first_line_) + ": the record's text is cut at " +
                 std::to_string(kMaxTextBytes) + " bytes");
            body_cut = true;
          }
          break;
        case Field::kSummary:
          if (v.text.empty()) break;
          if (!summary.empty()) summary += '\n';
          summary += v.text;
          if (summary_key.empty()) summary_key = v.key;
          break;
        case Field::kDate: {
          std::string iso = FindFirstDate(v.text);
          if (doc.date.empty() && !iso.empty())
            doc.date = iso;
          else
            AddMeta(doc, v.key, v.text);
          break;
        }
        case Field::kAuthor:
          if (doc.author.empty())
            doc.author = v.text;
          else
            AddMeta(doc, v.key, v.text);
          break;
        case Field::kSource:
          if (source.empty()) source = v.text;
          AddMeta(doc, v.key, v.text);
          break;
        case Field::kKeywords:
        case Field::kMeta:
        case Field::kFree:
          AddMeta(doc, v.key, v.text);
          break;
      }
    }
    if (doc.author.empty() && !source.empty()) {
      doc.author = source;
      // The source became the author; keep it once.
      for (const Value& v : values_) {
        auto it = doc.metadata.find(v.key);
        if (v.field == Field::kSource && it != doc.metadata.end() && it->second == source) {
          doc.metadata.erase(it);
        }
      }
    }
    if (!body.empty()) {
      doc.text = std::move(body);
      if (!summary.empty()) AddMeta(doc, summary_key, summary);
    } else if (!summary.empty()) {
      doc.text = std::move(summary);
    } else {
      doc.text = doc.title;
    }
    if (doc.text.empty()) {
      Warn("line " + std::to_string(first_line_) + ": a record with neither title nor text skipped");
    } else {
      doc.part = "record-" + std::to_string(++record_count_);
      docs_.push_back(std::move(doc));
    }
    ResetRecord();
  }

  void ResetRecord() {
    values_.clear();
    open_.reset();
    has_title_ = false;
    too_large_ = false;
    record_bytes_ = 0;
  }

  size_t first_line_ = 0;
  bool preamble_reported_ = false;
  bool has_title_ = false;     // the record being read has a title key
  bool metadata_cut_ = false;  // FinishRecord dropped keys past the limit
  bool saw_blank_ = false;     // a blank line since the last line read
  bool too_large_ = false;     // the record under way is over the limit
  size_t record_bytes_ = 0;    // of the record under way
  size_t record_count_ = 0;    // records numbered so far
  size_t warnings_given_ = 0;
  std::vector<Value> values_;   // the record being read, in order
  std::optional<size_t> open_;  // the value that unkeyed lines continue
};

bool RecognisesRecords(std::string_view raw_head) {
  const std::string decoded = SniffableHead(raw_head);
  std::string_view head = decoded;
  LineReader lines(head);
  std::string_view line;
  size_t seen = 0, known = 0;
  bool core = false;
  while (seen < kSniffLines && lines.Next(line)) {
    if (IsBlank(line)) continue;
    const std::string_view t = utf8::Trim(line);
    if (seen == 0 && (t.starts_with("---") || t.starts_with("<") || t.starts_with("{") || t.starts_with("["))) {
      return false;  // front matter, markup or JSON
    }
    ++seen;
    std::optional<KeyLine> kl = ParseKeyLine(t);
    if (!kl || !kl->known) continue;
    ++known;
    core |= kl->field == Field::kTitle || kl->field == Field::kUrl || kl->field == Field::kText ||
            kl->field == Field::kSummary;
  }
  return known >= 2 && core;
}

class RecordReader : public DocumentReader {
 public:
  // No extension of its own: such exports come as .txt and are recognised by
  // their content.
  std::vector<std::string> Extensions() const override { return {}; }
  bool RecognisesContent(std::string_view head) const override { return RecognisesRecords(head); }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, path.string()));
    RecordParser parser;
    ExtractedDocuments docs = parser.Parse(decoded.text);
    if (docs.empty()) {
      const std::vector<std::string> problems = parser.TakeProblems();
      return Status::InvalidArgument(path.string() + ": no `key: value` record found" +
                                     (problems.empty() ? std::string() : " (" + problems.front() + ")"));
    }
    AttachFileWarnings(docs, decoded.warnings);
    return docs;
  }
  bool ReadsLineRecords() const override { return true; }
  std::unique_ptr<RecordStream> OpenRecordStream(const std::filesystem::path& path,
                                                 size_t max_record_bytes) const override {
    return std::make_unique<LineParserStream<RecordParser>>(path, max_record_bytes);
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeRecordReader() { return std::make_unique<RecordReader>(); }

}  // namespace wenyuan::ingest
