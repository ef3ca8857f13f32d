#include "catalog/document_row.h"

namespace wenyuan::catalog {

const char* const kDocumentRowSelect =
    "SELECT d.id, d.kb_id, d.source, d.title, d.date, d.format, d.content_hash, d.ingested_at,"
    " (SELECT COUNT(*) FROM passage p WHERE p.document_id = d.id), d.url, d.author, d.script,"
    " d.metadata, d.fingerprint, COALESCE(d.duplicate_of, 0) FROM document d ";

DocumentRecord ReadDocumentRow(const SqliteStatement& s) {
  DocumentRecord d;
  d.id = s.ColumnInt(0);
  d.kb_id = s.ColumnInt(1);
  d.source = s.ColumnText(2);
  d.title = s.ColumnText(3);
  d.date = s.ColumnText(4);
  d.format = s.ColumnText(5);
  d.content_hash = s.ColumnText(6);
  d.ingested_at = s.ColumnText(7);
  d.passage_count = s.ColumnInt(8);
  d.url = s.ColumnText(9);
  d.author = s.ColumnText(10);
  d.script = s.ColumnText(11);
  d.metadata_json = s.ColumnText(12);
  d.fingerprint = static_cast<uint64_t>(s.ColumnInt(13));
  d.duplicate_of = s.ColumnInt(14);
  return d;
}

}  // namespace wenyuan::catalog
