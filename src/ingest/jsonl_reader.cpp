// Reads JSON Lines records: one JSON object a line, each one document.
//   title                     → title
//   text, else content, else body → text (an array of strings: one a line);
//                               a record without any takes its title as text
//   url, author               → url, author
//   date                      → date, normalised by FindFirstDate; a date it
//                               cannot read stays in metadata["date"]
//   id                        → part (else "line-N"); a repeated id gets "line-N"
//   any other scalar key      → metadata (numbers and booleans as written,
//                               arrays of scalars joined with "、")
// A line that is not a JSON object, has neither text nor title, or is longer
// than kMaxLineBytes gives a warning naming the line and is skipped; the
// other lines are still read. A file with no usable record fails naming the
// file and the first problem. Texts are capped at kMaxTextBytes and
// metadata at kMaxMetadataEntries keys, with a warning naming the line.
// A file too large to read whole is read as a stream of chunks of lines
// (ReadLineRecords); the limits then apply per record.
// Recognised by content when the first non-empty line is a JSON object with a
// "text", "content" or "title" key (a line longer than the sniffed head
// counts when those keys come before the cut); also by .jsonl and .ndjson.
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/record_file_support.h"
#include "ingest/text_decoding.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using nlohmann::json;

constexpr size_t kMaxLineBytes = size_t{16} << 20;
constexpr size_t kMaxTextBytes = size_t{4} << 20;
constexpr size_t kMaxFieldBytes = size_t{64} << 10;  // title, url, metadata values
constexpr size_t kMaxIdBytes = 200;
constexpr size_t kMaxWarnings = 50;
constexpr size_t kMaxMetadataEntries = 100;

std::string_view Utf8Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

bool IsBlank(std::string_view line) { return std::string_view(utf8::Trim(line)).empty(); }

// A scalar as text: strings as they are, numbers and booleans as JSON writes
// them; null and containers give nothing.
std::string ScalarText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number()) return v.dump();
  return {};
}

// A scalar, or an array of scalars joined with `separator`.
std::string FieldText(const json& v, std::string_view separator) {
  if (!v.is_array()) return ScalarText(v);
  std::string out;
  for (const auto& item : v) {
    std::string s = ScalarText(item);
    if (s.empty()) continue;
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

// Records the top-level keys of an object until the input ends or breaks;
// used to sniff a first line that the head cut off.
class TopLevelKeys : public nlohmann::json_sax<json> {
 public:
  std::set<std::string> keys;
  bool object = false;
  size_t error_position = 0;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    if (depth_ == 0) object = true;
    ++depth_;
    return true;
  }
  bool key(string_t& k) override {
    if (depth_ == 1) keys.insert(k);
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    ++depth_;
    return depth_ > 1;  // a top-level array is not a record
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    error_position = position;
    return false;
  }

 private:
  size_t depth_ = 0;
};

bool RecognisesJsonl(std::string_view raw_head) {
  const std::string decoded = SniffableHead(raw_head);
  std::string_view head = decoded;
  LineReader lines(head);
  std::string_view line;
  while (lines.Next(line)) {
    if (IsBlank(line)) continue;
    std::string_view t = utf8::Trim(line);
    if (!t.starts_with("{")) return false;
    // The last line of the head may be cut; then the keys before the cut count.
    const bool cut = line.data() + line.size() == head.data() + head.size();
    TopLevelKeys sax;
    const bool whole = json::sax_parse(t.begin(), t.end(), &sax, json::input_format_t::json, /*strict=*/true);
    if (!whole && !(cut && sax.error_position >= t.size())) return false;
    if (!sax.object) return false;
    return sax.keys.count("text") || sax.keys.count("content") || sax.keys.count("title");
  }
  return false;
}

class JsonlReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"jsonl", "ndjson"}; }
  bool RecognisesContent(std::string_view head) const override { return RecognisesJsonl(head); }

  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    std::set<std::string> parts;
    WY_ASSIGN_OR_RETURN(RecordBatch batch, ReadLineRecords(path, bytes, 1, parts));
    ExtractedDocuments& docs = batch.documents;
    std::vector<std::string>& problems = batch.problems;
    if (docs.empty()) {
      return Status::InvalidArgument(
          path.string() + ": no usable JSON record" +
          (problems.empty() ? std::string(" (the file is empty)") : " (" + problems.front() + ")"));
    }
    // Decoding's problems and lines that gave no document are reported with
    // the first document.
    if (problems.size() > kMaxWarnings) {
      const size_t more = problems.size() - kMaxWarnings;
      problems.resize(kMaxWarnings);
      problems.push_back(std::to_string(more) + " more lines skipped");
    }
    AttachFileWarnings(docs, problems);
    return std::move(docs);
  }

  bool ReadsLineRecords() const override { return true; }

  Result<RecordBatch> ReadLineRecords(const std::filesystem::path& path, std::string_view bytes, size_t first_line,
                                      std::set<std::string>& parts) const override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeTextKeeping(bytes, path.string()));
    const std::string decoded_text = std::move(decoded.text);
    const std::string_view raw = decoded.text_is_input ? bytes : std::string_view(decoded_text);
    RecordBatch out;
    ExtractedDocuments& docs = out.documents;
    std::vector<std::string>& problems = out.problems;  // for lines that gave no document
    problems = std::move(decoded.warnings);
    LineReader lines(raw);
    std::string_view line;
    while (lines.Next(line)) {
      if (IsBlank(line)) continue;
      const size_t line_number = first_line - 1 + lines.line_number();
      const std::string where = "line " + std::to_string(line_number);
      if (line.size() > kMaxLineBytes) {
        problems.push_back(where + ": " + std::to_string(line.size()) + " bytes, over the " +
                           std::to_string(kMaxLineBytes >> 20) + " MiB limit for one record; skipped");
        continue;
      }
      json record = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
      if (record.is_discarded()) {
        problems.push_back(where + ": not valid JSON; skipped");
        continue;
      }
      if (!record.is_object()) {
        problems.push_back(where + ": not a JSON object; skipped");
        continue;
      }
      ExtractedDocument doc = FromRecord(record, line_number);
      if (doc.text.empty()) {
        problems.push_back(where + ": no text, content, body or title; skipped");
        continue;
      }
      if (parts.count(doc.part)) {
        const std::string unique = "line-" + std::to_string(line_number);
        doc.warnings.push_back(where + ": id \"" + doc.part + "\" repeats an earlier record; named " + unique);
        doc.part = unique;
      }
      parts.insert(doc.part);
      docs.push_back(std::move(doc));
    }
    return out;
  }

 private:
  static ExtractedDocument FromRecord(const json& record, size_t line_number) {
    const std::string where = "line " + std::to_string(line_number);
    ExtractedDocument doc;
    doc.format = "jsonl";
    auto capped = [&](std::string s, size_t max, std::string_view field) {
      if (s.size() > max) {
        doc.warnings.push_back(where + ": " + std::string(field) + " cut at " + std::to_string(max) + " bytes");
        s = std::string(Utf8Prefix(s, max));
      }
      return s;
    };
    bool have_text = false;
    bool metadata_cut = false;
    for (const char* key : {"text", "content", "body"}) {
      auto it = record.find(key);
      if (it == record.end()) continue;
      std::string t = FieldText(*it, "\n");
      if (have_text || std::string_view(utf8::Trim(t)).empty()) {
        // A second text-like field is kept as metadata, not lost.
        if (!t.empty() && have_text) doc.metadata[key] = capped(t, kMaxTextBytes, key);
        continue;
      }
      doc.text = capped(std::move(t), kMaxTextBytes, key);
      have_text = true;
    }
    for (const auto& [key, value] : record.items()) {
      if (key == "text" || key == "content" || key == "body") continue;
      if (key == "id") {
        std::string id = ScalarText(value);
        if (!id.empty() && id.size() <= kMaxIdBytes &&
            id.find_first_of(std::string_view("\n\r\t#\0", 5)) == std::string::npos) {
          doc.part = id;
        }
        continue;
      }
      std::string v = FieldText(value, "、");
      if (v.empty()) continue;
      v = capped(std::move(v), kMaxFieldBytes, key);
      if (key == "title") {
        doc.title = std::string(utf8::Trim(v));
      } else if (key == "url") {
        doc.url = std::string(utf8::Trim(v));
      } else if (key == "author") {
        doc.author = std::string(utf8::Trim(v));
      } else if (key == "date") {
        doc.date = FindFirstDate(v);
        if (doc.date.empty()) doc.metadata["date"] = v;
      } else if (doc.metadata.size() < kMaxMetadataEntries) {
        doc.metadata[key] = v;
      } else if (!metadata_cut) {
        doc.warnings.push_back(where + ": more than " + std::to_string(kMaxMetadataEntries) +
                               " keys; the rest are dropped");
        metadata_cut = true;
      }
    }
    if (doc.part.empty()) doc.part = "line-" + std::to_string(line_number);
    if (!have_text) doc.text = doc.title;
    return doc;
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeJsonlReader() { return std::make_unique<JsonlReader>(); }

}  // namespace wenyuan::ingest
