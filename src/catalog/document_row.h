// The one way a document or passage row is read from the catalog: the SELECT list
// (with the passage count) and the function that turns a row of it into a
// DocumentRecord. Shared by Catalog and the document queries of the API.
#pragma once

#include "catalog/records.h"
#include "catalog/sqlite_db.h"

namespace wenyuan::catalog {

// "SELECT <every DocumentRecord column> FROM document d " (append a WHERE).
extern const char* const kDocumentRowSelect;

DocumentRecord ReadDocumentRow(const SqliteStatement& row);

// "SELECT <every PassageRecord column> FROM passage p JOIN document d …"
// (append a WHERE and an ORDER BY), and its row reader.
extern const char* const kPassageRowSelect;
PassageRecord ReadPassageRow(const SqliteStatement& row);

}  // namespace wenyuan::catalog
