// Reads the `<page>` crawl format: many crawled pages in one file, each
//   <lang="cn">            (optional; applies to the pages after it)
//   <page="cn-3">          (the record's id; attributes such as url="…" are kept)
//   <text>
//   …the page as text, one rendered line a line…
//   </text>
//   </page> §
// Tags may share a line (`<page="a"><text>…</text></page> §`). Each record
// becomes one ExtractedDocument with part = its id, format "crawl", the text
// with its original line breaks (nothing is cleaned here), metadata "lang",
// the url of a url="…" attribute or of a first text line that is a bare URL,
// and the first date FindFirstDate sees. Titles are left to the cleaner
// unless the record states one (title="…").
//
// The input is hostile: a record that is not closed, a stray tag or stray
// text, an empty or repeated id give a warning naming the line, and the
// other records are still read; a record's text is capped at
// kMaxPageTextBytes, its metadata at kMaxMetadataEntries keys. A file with
// no record at all fails naming the file. Other tags inside a record
// (<url="…">, <title="…">, <date="…">) fill those fields or metadata.
// A file too large to read whole is read as a stream (OpenRecordStream):
// the parser keeps the page under way, the <lang> and the ids seen between
// chunks of lines, so the documents are those of a whole read; a page over
// the per-record limit is skipped with a warning naming its first line.
// Recognised by content: the first thing in the file is a <lang="…"> or
// <page="…"> tag and a <page …> and a <text> tag follow.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <set>
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

constexpr size_t kMaxPageTextBytes = size_t{4} << 20;
constexpr size_t kMaxTagBytes = 4096;
constexpr size_t kMaxIdBytes = 200;
constexpr size_t kMaxWarningsPerPage = 20;
constexpr size_t kMaxMetadataEntries = 100;
// Dates are looked for this far into a page: crawled pages open with menus.
constexpr size_t kDateWindowCodePoints = 2000;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The longest prefix of `s` no longer than `max` bytes that ends on a code
// point boundary.
std::string_view Utf8Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// A tag as written: `<name="value" key="value" …>`, `<name key=value>` or `</name>`.
struct Tag {
  std::string name;   // lower case; "/page" for a closing tag
  std::string value;  // the value right after the name, if any
  std::vector<std::pair<std::string, std::string>> attributes;
};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':';
}

// Reads a value at `pos` ("…", '…' or a bare word); false if unterminated.
bool ReadValue(std::string_view s, size_t& pos, std::string& value) {
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) {
    const char quote = s[pos];
    size_t close = s.find(quote, pos + 1);
    if (close == std::string_view::npos) return false;
    value = std::string(s.substr(pos + 1, close - pos - 1));
    pos = close + 1;
    return true;
  }
  size_t start = pos;
  while (pos < s.size() && !IsAsciiSpace(s[pos])) ++pos;
  value = std::string(s.substr(start, pos - start));
  return true;
}

// Parses the inside of a tag (between '<' and '>'); false if it is not one.
bool ParseTag(std::string_view inner, Tag& tag) {
  size_t pos = 0;
  bool closing = false;
  if (pos < inner.size() && inner[pos] == '/') {
    closing = true;
    ++pos;
  }
  size_t name_start = pos;
  while (pos < inner.size() && IsNameChar(inner[pos]) && inner[pos] != ':') ++pos;
  if (pos == name_start) return false;
  tag.name = (closing ? "/" : "") + utf8::AsciiLower(inner.substr(name_start, pos - name_start));
  if (pos < inner.size() && inner[pos] == '=') {
    ++pos;
    if (!ReadValue(inner, pos, tag.value)) return false;
  }
  while (true) {
    while (pos < inner.size() && IsAsciiSpace(inner[pos])) ++pos;
    if (pos >= inner.size()) break;
    if (inner[pos] == '/' && pos + 1 == inner.size()) break;  // <x/>
    size_t key_start = pos;
    while (pos < inner.size() && IsNameChar(inner[pos])) ++pos;
    if (pos == key_start) return false;
    std::string key = utf8::AsciiLower(inner.substr(key_start, pos - key_start));
    std::string value;
    if (pos < inner.size() && inner[pos] == '=') {
      ++pos;
      if (!ReadValue(inner, pos, value)) return false;
    }
    tag.attributes.emplace_back(std::move(key), std::move(value));
  }
  return true;
}

bool StartsWithTag(std::string_view line, std::string_view tag_start) {
  std::string_view t = TrimAscii(line);
  if (t.size() < tag_start.size()) return false;
  return utf8::AsciiLower(t.substr(0, tag_start.size())) == tag_start;
}

// A line that opens a new record or closes one: while reading a record's
// text, such a line means its </text> is missing.
bool IsRecordBoundary(std::string_view line) {
  return StartsWithTag(line, "<page=") || StartsWithTag(line, "<page ") || StartsWithTag(line, "</page>");
}

bool LooksLikeUrl(std::string_view s) {
  if (!(s.starts_with("http://") || s.starts_with("https://"))) return false;
  if (s.size() < 12 || s.size() > 2048) return false;
  return std::none_of(s.begin(), s.end(),
                      [](char c) { return IsAsciiSpace(c) || static_cast<unsigned char>(c) < 0x20; });
}

// The first non-empty line of `text`, if it is nothing but a URL.
std::string LeadingUrl(std::string_view text) {
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    std::string_view t = utf8::Trim(line);
    if (t.empty()) continue;
    return LooksLikeUrl(t) ? std::string(t) : std::string();
  }
  return {};
}

bool SafeId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes || !utf8::IsValid(id)) return false;
  return std::none_of(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '#'; });
}

class CrawlParser : public LineRecordParser<CrawlParser> {
 public:
  // A page whose lines add up to more than `max_record_bytes` is skipped.
  explicit CrawlParser(size_t max_record_bytes = SIZE_MAX) : LineRecordParser(max_record_bytes) {}

  // Part of the page under way, if any, is dropped.
  void OnSkippedLine() {
    if (state_ != State::kOutside) DropPageText();
  }

  void OnLine(std::string_view line) {
    if (state_ != State::kOutside) {
      page_bytes_ += line.size() + 1;
      if (page_bytes_ > max_record_bytes_) DropPageText();
    }
    ParseLine(line);
  }

  // The end of the file.
  void Finish() {
    if (state_ == State::kInText) {
      Warn("line " + std::to_string(line_number_) + ": the file ends inside page " + Quoted(current_.part) +
           " (no </text>); its text so far is kept");
    } else if (state_ != State::kOutside) {
      Warn("line " + std::to_string(line_number_) + ": the file ends inside page " + Quoted(current_.part) +
           " (no </page>)");
    }
    if (state_ != State::kOutside) FinishPage();
  }

  size_t line_count() const { return line_number_; }

 private:
  enum class State { kOutside, kInPage, kInText, kAfterText };

  static std::string Quoted(const std::string& s) { return "\"" + s + "\""; }
  std::string Here() const { return "line " + std::to_string(line_number_); }

  void Warn(std::string message) {
    if (state_ == State::kOutside) {
      if (file_warnings_given_++ < kMaxWarningsPerPage) pending_warnings_.push_back(std::move(message));
      return;
    }
    if (current_.warnings.size() < kMaxWarningsPerPage) {
      current_.warnings.push_back(std::move(message));
    } else if (current_.warnings.size() == kMaxWarningsPerPage) {
      current_.warnings.push_back(Here() + ": more problems in this page; no more are listed");
    }
  }

  void ParseLine(std::string_view line) {
    size_t pos = 0;
    if (state_ == State::kInText && IsRecordBoundary(line)) {
      Warn(Here() + ": page " + Quoted(current_.part) + " has no </text>; its text ends here");
      EndText();
    }
    while (pos <= line.size()) {
      if (state_ == State::kInText) {
        const size_t close = FindCaseless(line, "</text>", pos);
        if (close == std::string_view::npos) {
          // The line that opened the text adds nothing when empty after <text>.
          if (!(pos > 0 && pos == line.size())) AppendText(line.substr(pos), true);
          return;
        }
        AppendText(line.substr(pos, close - pos), false);
        EndText();
        pos = close + 7;
        continue;
      }
      while (pos < line.size() && (IsAsciiSpace(line[pos]))) ++pos;
      if (line.substr(pos).starts_with("§")) {
        pos += std::string_view("§").size();
        continue;
      }
      if (pos >= line.size()) return;
      if (line[pos] != '<') {
        StrayText(line.substr(pos));
        return;
      }
      const size_t close = line.find('>', pos);
      if (close == std::string_view::npos || close - pos > kMaxTagBytes) {
        Warn(Here() + ": a tag that does not close on its line is skipped");
        return;
      }
      Tag tag;
      if (!ParseTag(line.substr(pos + 1, close - pos - 1), tag)) {
        Warn(Here() + ": malformed tag skipped");
      } else {
        HandleTag(tag);
      }
      pos = close + 1;
    }
  }

  static size_t FindCaseless(std::string_view s, std::string_view needle, size_t from) {
    for (size_t at = s.find('<', from); at != std::string_view::npos; at = s.find('<', at + 1)) {
      if (s.size() - at >= needle.size() && utf8::AsciiLower(s.substr(at, needle.size())) == needle) return at;
    }
    return std::string_view::npos;
  }

  void StrayText(std::string_view s) {
    if (state_ == State::kInPage) {
      Warn(Here() + ": text outside <text> in page " + Quoted(current_.part) + " skipped");
    } else if (state_ == State::kAfterText) {
      Warn(Here() + ": text after </text> in page " + Quoted(current_.part) + " skipped");
    } else if (!stray_reported_) {
      Warn(Here() + ": text outside any <page> skipped (\"" + std::string(Utf8Prefix(utf8::Trim(s), 40)) + "\")");
      stray_reported_ = true;
    }
  }

  void HandleTag(const Tag& tag) {
    if (tag.name == "lang") {
      lang_ = tag.value;
      for (const auto& [k, v] : tag.attributes) {
        if (k == "lang" || k == "value") lang_ = v;
      }
    } else if (tag.name == "/lang") {
      lang_.clear();
    } else if (tag.name == "page") {
      if (state_ != State::kOutside) {
        Warn(Here() + ": page " + Quoted(current_.part) + " has no </page> before the next <page>");
        FinishPage();
      }
      StartPage(tag);
    } else if (tag.name == "text") {
      if (state_ == State::kOutside) {
        Tag anonymous;
        StartPage(anonymous);
        Warn(Here() + ": <text> outside any <page>; read as page " + Quoted(current_.part));
      } else if (state_ == State::kAfterText) {
        Warn(Here() + ": a second <text> in page " + Quoted(current_.part) + "; its text is added");
      }
      state_ = State::kInText;
    } else if (tag.name == "/text") {
      Warn(Here() + ": </text> without <text> skipped");
    } else if (tag.name == "/page") {
      if (state_ == State::kOutside) {
        Warn(Here() + ": </page> without <page> skipped");
      } else {
        if (state_ == State::kInPage) {
          Warn(Here() + ": page " + Quoted(current_.part) + " has no <text>");
        }
        FinishPage();
      }
    } else if (!tag.name.empty() && tag.name[0] != '/' && state_ != State::kOutside) {
      // <url="…">, <title="…">, <date="…"> and the like inside a record.
      SetField(tag.name, tag.value);
    } else {
      Warn(Here() + ": unknown tag <" + std::string(Utf8Prefix(tag.name, 40)) + "> skipped");
    }
  }

  void SetField(const std::string& key, const std::string& value) {
    if (value.empty() || !utf8::IsValid(value)) return;
    if (key == "url" || key == "href" || key == "link") {
      current_.url = value;
    } else if (key == "title") {
      current_.title = value;
    } else if (key == "date") {
      std::string iso = FindFirstDate(value);
      if (!iso.empty())
        current_.date = iso;
      else
        current_.metadata["date"] = value;
    } else if (key == "author") {
      current_.author = value;
    } else if (key == "id") {
      // The record's id is its part, set when the page opened.
    } else if (current_.metadata.size() < kMaxMetadataEntries || current_.metadata.count(key)) {
      current_.metadata[key] = value;
    }
  }

  void StartPage(const Tag& tag) {
    current_ = ExtractedDocument{};
    current_.format = "crawl";
    ++page_count_;
    std::string id = tag.value;
    for (const auto& [k, v] : tag.attributes) {
      if (id.empty() && k == "id") id = v;
    }
    state_ = State::kInPage;
    if (!SafeId(id)) {
      std::string fallback = "page-" + std::to_string(page_count_);
      if (tag.name == "page") {
        Warn(Here() + ": page without a usable id; named " + Quoted(fallback));
      }
      id = fallback;
    }
    if (ids_.count(id) != 0) {
      std::string unique = id + "~" + std::to_string(page_count_);
      Warn(Here() + ": page id " + Quoted(id) + " repeats an earlier page; named " + Quoted(unique));
      id = unique;
    }
    ids_.insert(id);
    current_.part = id;
    if (!lang_.empty()) current_.metadata["lang"] = lang_;
    for (const auto& [k, v] : tag.attributes) SetField(k, v);
    truncated_ = false;
    too_large_ = false;
    page_text_.clear();
    page_line_ = line_number_;
    // This line counts from the page's tag on; later lines are counted whole.
    page_bytes_ = 0;
  }

  void AppendText(std::string_view s, bool line_end) {
    if (truncated_) return;
    if (page_text_.size() + s.size() + 1 > kMaxPageTextBytes) {
      page_text_ += Utf8Prefix(s, kMaxPageTextBytes - std::min(kMaxPageTextBytes, page_text_.size()));
      truncated_ = true;
      Warn(Here() + ": page " + Quoted(current_.part) + " is longer than " + std::to_string(kMaxPageTextBytes >> 20) +
           " MiB; the rest is dropped");
      return;
    }
    page_text_ += s;
    if (line_end) page_text_ += '\n';
  }

  void EndText() { state_ = State::kAfterText; }

  // The page under way is over the limit: nothing more of it is kept.
  void DropPageText() {
    too_large_ = true;
    truncated_ = true;  // AppendText keeps nothing more
    page_text_.clear();
    page_text_.shrink_to_fit();
    current_.metadata.clear();
    current_.warnings.clear();
  }

  void FinishPage() {
    if (too_large_) {
      state_ = State::kOutside;
      Warn("line " + std::to_string(page_line_) + ": page " + Quoted(current_.part) + " is more than " +
           std::to_string(max_record_bytes_) + " bytes, over the limit for one record; skipped");
      current_ = ExtractedDocument{};
      page_text_.clear();
      too_large_ = false;
      return;
    }
    while (!page_text_.empty() && (page_text_.back() == '\n' || page_text_.back() == '\r')) {
      page_text_.pop_back();
    }
    current_.text = std::move(page_text_);
    page_text_.clear();
    if (current_.url.empty()) current_.url = LeadingUrl(current_.text);
    if (current_.date.empty()) current_.date = FindFirstDate(current_.text, kDateWindowCodePoints);
    docs_.push_back(std::move(current_));
    current_ = ExtractedDocument{};
    state_ = State::kOutside;
  }

  size_t page_line_ = 0;   // where the page under way starts
  size_t page_bytes_ = 0;  // of the lines of the page under way after its first
  bool too_large_ = false;
  size_t file_warnings_given_ = 0;
  State state_ = State::kOutside;
  ExtractedDocument current_;
  std::string page_text_;
  bool truncated_ = false;
  bool stray_reported_ = false;
  size_t page_count_ = 0;
  std::string lang_;
  std::set<std::string> ids_;
};

bool RecognisesCrawl(std::string_view raw_head) {
  const std::string decoded = SniffableHead(raw_head);
  std::string_view head = decoded;
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  head.remove_prefix(start);
  const std::string lower = utf8::AsciiLower(head);
  if (!(lower.starts_with("<lang=") || lower.starts_with("<page=") || lower.starts_with("<page "))) {
    return false;
  }
  const size_t page = std::min(lower.find("<page="), lower.find("<page "));
  return page != std::string::npos && lower.find("<text>", page) != std::string::npos;
}

class CrawlReader : public DocumentReader {
 public:
  // Crawl files carry no extension of their own (.txt is usual): they are
  // recognised by their content.
  std::vector<std::string> Extensions() const override { return {}; }
  bool RecognisesContent(std::string_view head) const override { return RecognisesCrawl(head); }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, path.string()));
    CrawlParser parser;
    ExtractedDocuments docs = parser.Parse(decoded.text);
    if (docs.empty()) {
      const std::vector<std::string> problems = parser.TakeProblems();
      std::string why = problems.empty() ? "" : " (" + problems.front() + ")";
      return Status::InvalidArgument(path.string() + ": line " + std::to_string(parser.line_count()) +
                                     ": no <page> record found in this crawl file" + why);
    }
    AttachFileWarnings(docs, decoded.warnings);
    return docs;
  }
  bool ReadsLineRecords() const override { return true; }
  std::unique_ptr<RecordStream> OpenRecordStream(const std::filesystem::path& path,
                                                 size_t max_record_bytes) const override {
    return std::make_unique<LineParserStream<CrawlParser>>(path, max_record_bytes);
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeCrawlReader() { return std::make_unique<CrawlReader>(); }

}  // namespace wenyuan::ingest
