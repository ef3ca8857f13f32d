#include "catalog/workspace_schema.h"

namespace wenyuan::catalog {

const char* WorkspaceTablesMigration() {
  return R"sql(
      CREATE TABLE saved_draft (
        id INTEGER PRIMARY KEY,
        owner TEXT NOT NULL,
        kb TEXT NOT NULL,
        task TEXT NOT NULL,
        title TEXT NOT NULL,
        request TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX saved_draft_owner ON saved_draft(owner, updated_at);
      CREATE TABLE conversation (
        id INTEGER PRIMARY KEY,
        owner TEXT NOT NULL,
        kb TEXT NOT NULL,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX conversation_owner ON conversation(owner, updated_at);
      CREATE TABLE conversation_turn (
        conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, number)
      );
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        owner TEXT NOT NULL,
        kb TEXT NOT NULL,
        kind TEXT NOT NULL,
        rating INTEGER NOT NULL,
        comment TEXT NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        citations TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX feedback_kb ON feedback(kb, created_at);
      )sql";
}

}  // namespace wenyuan::catalog
