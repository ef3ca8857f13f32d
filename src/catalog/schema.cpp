#include "catalog/schema.h"

#include <algorithm>
#include <string>
#include <vector>

#include "catalog/workspace_schema.h"

namespace wenyuan::catalog {
namespace {

// Append only: never edit a migration that has shipped.
const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> kMigrations = {
      // 1: knowledge bases, documents, passages.
      R"sql(
      CREATE TABLE kb (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}'
      );
      CREATE TABLE document (
        id INTEGER PRIMARY KEY,
        kb_id INTEGER NOT NULL REFERENCES kb(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        UNIQUE (kb_id, source)
      );
      CREATE TABLE passage (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        UNIQUE (document_id, number)
      );
      )sql",
      // 2: many documents per source file, metadata, near-duplicates.
      R"sql(
      CREATE TABLE source_file (
        id INTEGER PRIMARY KEY,
        kb_id INTEGER NOT NULL REFERENCES kb(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        UNIQUE (kb_id, path)
      );
      ALTER TABLE document ADD COLUMN file_id INTEGER REFERENCES source_file(id) ON DELETE CASCADE;
      ALTER TABLE document ADD COLUMN url TEXT NOT NULL DEFAULT '';
      ALTER TABLE document ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE document ADD COLUMN script TEXT NOT NULL DEFAULT '';
      ALTER TABLE document ADD COLUMN fingerprint INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE document ADD COLUMN duplicate_of INTEGER REFERENCES document(id) ON DELETE SET NULL;
      CREATE INDEX document_file ON document(file_id);
      CREATE INDEX passage_document ON passage(document_id);
      )sql",
      // 3: API keys (stored as SHA-256 hashes) and the audit log.
      R"sql(
      CREATE TABLE api_key (
        id INTEGER PRIMARY KEY,
        prefix TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL,
        kbs TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        revoked_at TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        key_prefix TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        kb TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        status INTEGER NOT NULL,
        remote TEXT NOT NULL DEFAULT ''
      );
      )sql",
      // 4: enrichment (issue 9): keywords, summary, categories per document.
      R"sql(
      CREATE TABLE document_enrichment (
        document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
        keywords TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL DEFAULT '[]',
        enriched_at TEXT NOT NULL
      );
      CREATE TABLE document_category (
        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        taxonomy TEXT NOT NULL,
        category TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (document_id, taxonomy, category)
      );
      CREATE INDEX document_category_name ON document_category(taxonomy, category);
      )sql",
      // 5: a change counter per KB, bumped in the same transaction as any
      // change of its documents or passages, so "has this KB changed since"
      // is one row read instead of a count over every passage (issue 14).
      R"sql(
      ALTER TABLE kb ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
      CREATE TRIGGER document_inserted AFTER INSERT ON document BEGIN
        UPDATE kb SET generation = generation + 1 WHERE id = NEW.kb_id;
      END;
      CREATE TRIGGER document_updated AFTER UPDATE ON document BEGIN
        UPDATE kb SET generation = generation + 1 WHERE id IN (OLD.kb_id, NEW.kb_id);
      END;
      CREATE TRIGGER document_deleted AFTER DELETE ON document BEGIN
        UPDATE kb SET generation = generation + 1 WHERE id = OLD.kb_id;
      END;
      CREATE TRIGGER passage_inserted AFTER INSERT ON passage BEGIN
        UPDATE kb SET generation = generation + 1 WHERE id = (SELECT kb_id FROM document WHERE id = NEW.document_id);
      END;
      CREATE TRIGGER passage_updated AFTER UPDATE ON passage BEGIN
        UPDATE kb SET generation = generation + 1 WHERE id = (SELECT kb_id FROM document WHERE id = NEW.document_id);
      END;
      CREATE TRIGGER passage_deleted AFTER DELETE ON passage BEGIN
        UPDATE kb SET generation = generation + 1 WHERE id = (SELECT kb_id FROM document WHERE id = OLD.document_id);
      END;
      )sql",
      // 6: durable ingest jobs (issue 15): an upload answered 202 is recorded
      // here before the answer, resumed at the next start if the server
      // died, and stays visible at GET /api/jobs/ID. `files` is a JSON array
      // of {name, path, state, error, documents} (server/ingest_queue.h).
      R"sql(
      CREATE TABLE ingest_job (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kb TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        files TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX ingest_job_state ON ingest_job(state);
      )sql",
      // 7: staff accounts (issue 19): argon2id password hashes, roles per KB,
      // lock-out state; directory (LDAP) accounts get a row at first sign-in.
      // The query log behind the admin usage page.
      R"sql(
      CREATE TABLE user_account (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'local',
        role TEXT NOT NULL,
        kbs TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        disabled_at TEXT NOT NULL DEFAULT '',
        failed_sign_ins INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER NOT NULL DEFAULT 0,
        last_sign_in TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX audit_log_time ON audit_log(time);
      CREATE TABLE query_log (
        id INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        route TEXT NOT NULL,
        kb TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL DEFAULT '',
        ms REAL NOT NULL,
        status INTEGER NOT NULL,
        found INTEGER NOT NULL DEFAULT -1,
        question TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX query_log_time ON query_log(time);
      )sql",
      // 8: the drafting workspace (issue 16): drafts, conversations, feedback.
      WorkspaceTablesMigration(),
      // 9: a document's near-duplicates found without a scan: when the
      // original changes or goes, they are given passages of their own, and
      // deleting a document no longer scans the table to clear the links.
      R"sql(
      CREATE INDEX document_duplicate_of ON document(duplicate_of);
      )sql",
      // 10: documents and passages per KB kept as counters, changed in the
      // same transaction as the rows (like generation, migration 5), so
      // listing KBs (kb list, /api/kb, /metrics) reads rows instead of
      // counting every passage (issue 20). A document's delete removes its
      // passages by cascade after the document row is gone (their trigger
      // then finds no KB), so the document's own trigger subtracts them
      // first. category_generation moves with every change of a document's
      // categories (enrichment), for what search keeps of them in memory.
      R"sql(
      ALTER TABLE kb ADD COLUMN category_generation INTEGER NOT NULL DEFAULT 0;
      CREATE TRIGGER category_inserted AFTER INSERT ON document_category BEGIN
        UPDATE kb SET category_generation = category_generation + 1
          WHERE id = (SELECT kb_id FROM document WHERE id = NEW.document_id);
      END;
      CREATE TRIGGER category_updated AFTER UPDATE ON document_category BEGIN
        UPDATE kb SET category_generation = category_generation + 1
          WHERE id IN (SELECT kb_id FROM document WHERE id IN (OLD.document_id, NEW.document_id));
      END;
      CREATE TRIGGER category_deleted AFTER DELETE ON document_category BEGIN
        UPDATE kb SET category_generation = category_generation + 1
          WHERE id = (SELECT kb_id FROM document WHERE id = OLD.document_id);
      END;
      ALTER TABLE kb ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE kb ADD COLUMN passage_count INTEGER NOT NULL DEFAULT 0;
      UPDATE kb SET
        document_count = (SELECT COUNT(*) FROM document d WHERE d.kb_id = kb.id),
        passage_count = (SELECT COUNT(*) FROM passage p JOIN document d ON p.document_id = d.id
                         WHERE d.kb_id = kb.id);
      CREATE TRIGGER document_counted AFTER INSERT ON document BEGIN
        UPDATE kb SET document_count = document_count + 1 WHERE id = NEW.kb_id;
      END;
      CREATE TRIGGER document_uncounted BEFORE DELETE ON document BEGIN
        UPDATE kb SET document_count = document_count - 1,
          passage_count = passage_count - (SELECT COUNT(*) FROM passage WHERE document_id = OLD.id)
          WHERE id = OLD.kb_id;
      END;
      CREATE TRIGGER document_moved_counts AFTER UPDATE OF kb_id ON document WHEN OLD.kb_id <> NEW.kb_id BEGIN
        UPDATE kb SET document_count = document_count - 1,
          passage_count = passage_count - (SELECT COUNT(*) FROM passage WHERE document_id = NEW.id)
          WHERE id = OLD.kb_id;
        UPDATE kb SET document_count = document_count + 1,
          passage_count = passage_count + (SELECT COUNT(*) FROM passage WHERE document_id = NEW.id)
          WHERE id = NEW.kb_id;
      END;
      CREATE TRIGGER passage_counted AFTER INSERT ON passage BEGIN
        UPDATE kb SET passage_count = passage_count + 1
          WHERE id = (SELECT kb_id FROM document WHERE id = NEW.document_id);
      END;
      CREATE TRIGGER passage_uncounted AFTER DELETE ON passage BEGIN
        UPDATE kb SET passage_count = passage_count - 1
          WHERE id = (SELECT kb_id FROM document WHERE id = OLD.document_id);
      END;
      CREATE TRIGGER passage_moved_counts AFTER UPDATE OF document_id ON passage
        WHEN OLD.document_id <> NEW.document_id BEGIN
        UPDATE kb SET passage_count = passage_count - 1
          WHERE id = (SELECT kb_id FROM document WHERE id = OLD.document_id);
        UPDATE kb SET passage_count = passage_count + 1
          WHERE id = (SELECT kb_id FROM document WHERE id = NEW.document_id);
      END;
      )sql",
      // 11: titles
      // found repeated across a KB's documents (a letterhead, a masthead;
      // pipeline/repeated_titles.h), remembered so that a document ingested
      // later with that title is re-titled too, though it alone no longer
      // repeats. The index lets the titles held by several documents be
      // counted without reading the documents' rows (6x faster on 8,000
      // gazette documents).
      R"sql(
      CREATE TABLE kb_repeated_title (
        kb_id INTEGER NOT NULL REFERENCES kb(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        PRIMARY KEY (kb_id, title)
      ) WITHOUT ROWID;
      CREATE INDEX document_kb_title ON document(kb_id, title, content_hash);
      )sql",
  };
  return kMigrations;
}

Result<int> ReadVersion(SqliteDb& db) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(db, "PRAGMA user_version"));
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? static_cast<int>(stmt.ColumnInt(0)) : 0;
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(Migrations().size()); }

Result<int> MigrateSchema(SqliteDb& db) { return MigrateSchemaTo(db, LatestSchemaVersion()); }

Result<int> MigrateSchemaTo(SqliteDb& db, int target) {
  WY_ASSIGN_OR_RETURN(int version, ReadVersion(db));
  const int latest = LatestSchemaVersion();
  if (version > latest) {
    return Status::Unsupported(db.path() + ": catalog schema version " + std::to_string(version) +
                               " is newer than this wenyuan supports (" + std::to_string(latest) +
                               "); use a newer wenyuan");
  }
  while (version < std::min(target, latest)) {
    WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(db));
    // Another process may have migrated while we waited for the lock.
    WY_ASSIGN_OR_RETURN(int now, ReadVersion(db));
    if (now != version) {
      version = now;
      continue;
    }
    WY_RETURN_IF_ERROR(db.Exec(Migrations()[static_cast<size_t>(version)]));
    WY_RETURN_IF_ERROR(db.Exec("PRAGMA user_version = " + std::to_string(version + 1)));
    WY_RETURN_IF_ERROR(txn->Commit());
    ++version;
  }
  return version;
}

}  // namespace wenyuan::catalog
