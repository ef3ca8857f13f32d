#include "export/document_exporter.h"

#include <map>
#include <nlohmann/json.hpp>

#include "catalog/document_queries.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::exporting {
namespace {

using nlohmann::json;

// The keyword texts and the summary's sentences run together.
std::vector<std::string> KeywordTexts(const std::optional<catalog::StoredEnrichment>& e) {
  std::vector<std::string> out;
  if (!e) return out;
  json k = json::parse(e->keywords_json, nullptr, false);
  if (!k.is_array()) return out;
  for (const auto& item : k) {
    if (item.is_object() && item.contains("text") && item["text"].is_string()) out.push_back(item["text"]);
  }
  return out;
}

std::string SummaryText(const std::optional<catalog::StoredEnrichment>& e) {
  std::string out;
  if (!e) return out;
  json s = json::parse(e->summary_json, nullptr, false);
  if (!s.is_array()) return out;
  for (const auto& item : s) {
    if (item.is_object() && item.contains("text") && item["text"].is_string()) out += item["text"].get<std::string>();
  }
  return out;
}

// taxonomy → its categories, most mentioned first (as stored).
std::map<std::string, std::vector<std::string>> Categories(const std::optional<catalog::StoredEnrichment>& e) {
  std::map<std::string, std::vector<std::string>> out;
  if (!e) return out;
  for (const auto& c : e->categories) out[c.taxonomy].push_back(c.category);
  return out;
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

// A value on one line: line breaks become spaces.
std::string OneLine(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return std::string(utf8::Trim(out));
}

// The record keys the exporter writes itself; metadata keys equal to one
// of them are skipped so a record never holds a key twice.
bool IsOwnRecordKey(std::string_view key) {
  for (std::string_view k : {"标题", "链接", "日期", "作者", "总结", "关键词", "内容", "id", "title", "text", "url",
                             "date", "author", "summary", "keywords", "source", "categories"}) {
    if (key == k) return true;
  }
  return false;
}

// A text line a record reader could take for a `key:` line ("發布日期：…"),
// or one that starts with the escape itself, gets a leading backslash.
bool NeedsEscape(std::string_view line) {
  if (line.starts_with('\\')) return true;
  constexpr size_t kKeyCodePoints = 16;
  size_t n = 0;
  for (size_t pos = 0; pos < line.size() && n <= kKeyCodePoints; ++n) {
    char32_t c = utf8::DecodeNext(line, pos);
    if (c == ':' || c == U'：') return true;
  }
  return false;
}

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* format) {
  if (name == "jsonl") {
    *format = ExportFormat::kJsonl;
    return true;
  }
  if (name == "record") {
    *format = ExportFormat::kRecord;
    return true;
  }
  return false;
}

std::string FormatJsonl(const ExportedDocument& doc) {
  const auto& d = doc.document;
  json out = json::object();
  out["id"] = std::to_string(d.id);
  out["title"] = d.title;
  out["text"] = doc.text;
  if (!d.url.empty()) out["url"] = d.url;
  if (!d.date.empty()) out["date"] = d.date;
  if (!d.author.empty()) out["author"] = d.author;
  out["source"] = d.source;
  json metadata = json::parse(d.metadata_json, nullptr, false);
  if (metadata.is_object()) {
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
      if (!IsOwnRecordKey(it.key()) && !out.contains(it.key())) out[it.key()] = it.value();
    }
  }
  auto keywords = KeywordTexts(doc.enrichment);
  if (!keywords.empty()) out["keywords"] = keywords;
  std::string summary = SummaryText(doc.enrichment);
  if (!summary.empty()) out["summary"] = summary;
  for (const auto& [taxonomy, categories] : Categories(doc.enrichment)) {
    if (!IsOwnRecordKey(taxonomy) && !out.contains(taxonomy)) out[taxonomy] = categories;
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string FormatRecord(const ExportedDocument& doc) {
  const auto& d = doc.document;
  std::string out;
  auto field = [&](std::string_view key, std::string_view value) {
    std::string v = OneLine(value);
    if (v.empty()) return;
    out.append(key).append(": ").append(v).append("\n");
  };
  field("标题", d.title);
  field("链接", d.url);
  field("日期", d.date);
  field("作者", d.author);
  field("总结", SummaryText(doc.enrichment));
  field("关键词", Join(KeywordTexts(doc.enrichment), ", "));
  for (const auto& [taxonomy, categories] : Categories(doc.enrichment)) {
    if (!IsOwnRecordKey(taxonomy)) field(taxonomy, Join(categories, ", "));
  }
  json metadata = json::parse(d.metadata_json, nullptr, false);
  if (metadata.is_object()) {
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
      if (IsOwnRecordKey(it.key()) || it.key().find(':') != std::string::npos) continue;
      field(it.key(), it.value().is_string() ? it.value().get<std::string>() : it.value().dump());
    }
  }
  // The text last, one paragraph a line; blank lines inside it would end
  // the record, so they are dropped (paragraphs stay apart by line breaks).
  out += "内容:\n";
  LineReader lines(doc.text);
  std::string_view line;
  while (lines.Next(line)) {
    if (utf8::Trim(line).empty()) continue;
    if (NeedsEscape(utf8::Trim(line))) out += '\\';
    out.append(utf8::Trim(line)).append("\n");
  }
  out += "\n";
  return out;
}

Result<size_t> ExportKb(catalog::Catalog& catalog, const std::string& kb_name, ExportFormat format, std::FILE* out,
                        const std::function<void(size_t, size_t)>& progress) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase kb, catalog.GetKb(kb_name));
  catalog::EnrichmentStore store(catalog.db());
  WY_ASSIGN_OR_RETURN(std::vector<int64_t> ids, store.DocumentIds(kb.id));
  size_t written = 0;
  for (int64_t id : ids) {
    ExportedDocument doc;
    WY_ASSIGN_OR_RETURN(doc.document, catalog.GetDocument(id));
    WY_ASSIGN_OR_RETURN(doc.text, catalog::GetDocumentText(catalog, id));
    WY_ASSIGN_OR_RETURN(doc.enrichment, store.Load(id));
    std::string block = format == ExportFormat::kJsonl ? FormatJsonl(doc) : FormatRecord(doc);
    if (std::fwrite(block.data(), 1, block.size(), out) != block.size()) {
      return Status::IOError("export of " + kb_name + ": write failed after " + std::to_string(written) + " documents");
    }
    ++written;
    if (progress) progress(written, ids.size());
  }
  return written;
}

}  // namespace wenyuan::exporting
