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

const char* const kPassageRowSelect =
    "SELECT p.id, p.document_id, p.number, p.text, p.start_offset, p.end_offset, d.title, d.source, d.date"
    " FROM passage p JOIN document d ON p.document_id = d.id ";

PassageRecord ReadPassageRow(const SqliteStatement& s) {
  PassageRecord p;
  p.id = s.ColumnInt(0);
  p.document_id = s.ColumnInt(1);
  p.number = s.ColumnInt(2);
  p.text = s.ColumnText(3);
  p.start = s.ColumnInt(4);
  p.end = s.ColumnInt(5);
  p.title = s.ColumnText(6);
  p.source = s.ColumnText(7);
  p.date = s.ColumnText(8);
  return p;
}

}  // namespace wenyuan::catalog
