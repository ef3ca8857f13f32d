// DocumentExporter: writes a knowledge base's documents out as records that
// Wenyuan (or anything else) can read back: JSON Lines (one object a line:
// id, title, text, url, date, author, source, the document's metadata, and
// its keywords, summary and categories) or `key: value` records in the
// shape agencies exchange (标题 / 链接 / 日期 / 作者 / 总结 / 关键词 / one line
// per taxonomy such as 行业 / other metadata / 内容 last, records separated
// by a blank line; a text line that could pass for a `key:` line is escaped
// with a leading backslash). Ingesting either file gives the same documents back:
// the same titles, texts, URLs, dates and authors (enrichment fields come
// back as metadata). Documents are written in id order.
#pragma once

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "catalog/catalog.h"
#include "catalog/enrichment_store.h"

namespace wenyuan::exporting {

enum class ExportFormat { kJsonl, kRecord };

// "jsonl" / "record"; false otherwise.
bool ParseExportFormat(std::string_view name, ExportFormat* format);

struct ExportedDocument {
  catalog::DocumentRecord document;
  std::string text;
  std::optional<catalog::StoredEnrichment> enrichment;
};

std::string FormatJsonl(const ExportedDocument& doc);   // one line, ending in '\n'
std::string FormatRecord(const ExportedDocument& doc);  // a block ending in a blank line

// Writes every document of the KB to `out`; returns how many. `progress`
// (may be empty) is called after each document.
Result<size_t> ExportKb(catalog::Catalog& catalog, const std::string& kb, ExportFormat format, std::FILE* out,
                        const std::function<void(size_t done, size_t total)>& progress = {});

}  // namespace wenyuan::exporting
