#include "catalog/workspace_store.h"

#include "catalog/access_store.h"

namespace wenyuan::catalog {
namespace {

Status NoDraft(int64_t id) { return Status::NotFound("no saved draft " + std::to_string(id)); }
Status NoConversation(int64_t id) { return Status::NotFound("no conversation " + std::to_string(id)); }

SavedDraft ReadDraftRow(const SqliteStatement& s, bool with_body) {
  SavedDraft d;
  d.id = s.ColumnInt(0);
  d.owner = s.ColumnText(1);
  d.kb = s.ColumnText(2);
  d.task = s.ColumnText(3);
  d.title = s.ColumnText(4);
  d.request = s.ColumnText(5);
  if (with_body) d.body = s.ColumnText(6);
  d.created_at = s.ColumnText(7);
  d.updated_at = s.ColumnText(8);
  return d;
}

constexpr const char* kDraftColumns =
    "SELECT id, owner, kb, task, title, request, body, created_at, updated_at FROM saved_draft ";

Conversation ReadConversationRow(const SqliteStatement& s) {
  Conversation c;
  c.id = s.ColumnInt(0);
  c.owner = s.ColumnText(1);
  c.kb = s.ColumnText(2);
  c.title = s.ColumnText(3);
  c.created_at = s.ColumnText(4);
  c.updated_at = s.ColumnText(5);
  return c;
}

constexpr const char* kConversationColumns = "SELECT id, owner, kb, title, created_at, updated_at FROM conversation ";

}  // namespace

Result<int64_t> SaveDraft(Catalog& catalog, const SavedDraft& d) {
  const std::string now = IsoNowUtc();
  if (d.id == 0) {
    WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                       catalog.db(),
                                       "INSERT INTO saved_draft (owner, kb, task, title, request, body, created_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    stmt.Bind(1, d.owner).Bind(2, d.kb).Bind(3, d.task).Bind(4, d.title).Bind(5, d.request).Bind(6, d.body);
    WY_RETURN_IF_ERROR(stmt.Bind(7, now).Bind(8, now).Run());
    return catalog.db().LastInsertRowId();
  }
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "UPDATE saved_draft SET kb = ?, task = ?, title = ?, "
                                                          "request = ?, body = ?, updated_at = ? "
                                                          "WHERE id = ? AND owner = ?"));
  stmt.Bind(1, d.kb).Bind(2, d.task).Bind(3, d.title).Bind(4, d.request).Bind(5, d.body).Bind(6, now);
  WY_RETURN_IF_ERROR(stmt.Bind(7, d.id).Bind(8, d.owner).Run());
  if (catalog.db().Changes() == 0) return NoDraft(d.id);
  return d.id;
}

Result<std::vector<SavedDraft>> ListDrafts(Catalog& catalog, const std::string& owner, int64_t limit) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(), std::string(kDraftColumns) +
                                                                 "WHERE owner = ? ORDER BY updated_at DESC, id DESC "
                                                                 "LIMIT ?"));
  stmt.Bind(1, owner).Bind(2, limit);
  return stmt.ReadRows([](const SqliteStatement& s) { return ReadDraftRow(s, false); });
}

Result<SavedDraft> GetDraft(Catalog& catalog, const std::string& owner, int64_t id) {
  WY_ASSIGN_OR_RETURN(
      auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kDraftColumns) + "WHERE id = ? AND owner = ?"));
  stmt.Bind(1, id).Bind(2, owner);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return NoDraft(id);
  return ReadDraftRow(stmt, true);
}

Status DeleteDraft(Catalog& catalog, const std::string& owner, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(), "DELETE FROM saved_draft WHERE id = ? AND owner = ?"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, id).Bind(2, owner).Run());
  if (catalog.db().Changes() == 0) return NoDraft(id);
  return Status::Ok();
}

Result<int64_t> CreateConversation(Catalog& catalog, const std::string& owner, const std::string& kb,
                                   const std::string& title) {
  const std::string now = IsoNowUtc();
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "INSERT INTO conversation (owner, kb, title, created_at, "
                                                          "updated_at) VALUES (?, ?, ?, ?, ?)"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, owner).Bind(2, kb).Bind(3, title).Bind(4, now).Bind(5, now).Run());
  return catalog.db().LastInsertRowId();
}

Result<int64_t> AppendTurn(Catalog& catalog, const std::string& owner, int64_t conversation_id,
                           const std::string& question, const std::string& answer_json) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(catalog.db()));
  const std::string now = IsoNowUtc();
  WY_ASSIGN_OR_RETURN(
      auto touch,
      SqliteStatement::Prepare(catalog.db(), "UPDATE conversation SET updated_at = ? WHERE id = ? AND owner = ?"));
  WY_RETURN_IF_ERROR(touch.Bind(1, now).Bind(2, conversation_id).Bind(3, owner).Run());
  if (catalog.db().Changes() == 0) return NoConversation(conversation_id);
  WY_ASSIGN_OR_RETURN(auto next, SqliteStatement::Prepare(catalog.db(),
                                                          "SELECT COALESCE(MAX(number), 0) + 1 FROM conversation_turn "
                                                          "WHERE conversation_id = ?"));
  next.Bind(1, conversation_id);
  WY_ASSIGN_OR_RETURN(bool row, next.Step());
  const int64_t number = row ? next.ColumnInt(0) : 1;
  WY_ASSIGN_OR_RETURN(auto insert, SqliteStatement::Prepare(catalog.db(),
                                                            "INSERT INTO conversation_turn (conversation_id, number, "
                                                            "question, answer, created_at) VALUES (?, ?, ?, ?, ?)"));
  WY_RETURN_IF_ERROR(
      insert.Bind(1, conversation_id).Bind(2, number).Bind(3, question).Bind(4, answer_json).Bind(5, now).Run());
  WY_RETURN_IF_ERROR(txn->Commit());
  return number;
}

Result<std::vector<Conversation>> ListConversations(Catalog& catalog, const std::string& owner, int64_t limit) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kConversationColumns) +
                                                                            "WHERE owner = ? ORDER BY updated_at "
                                                                            "DESC, id DESC LIMIT ?"));
  stmt.Bind(1, owner).Bind(2, limit);
  return stmt.ReadRows(ReadConversationRow);
}

Result<Conversation> GetConversation(Catalog& catalog, const std::string& owner, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                     catalog.db(), std::string(kConversationColumns) + "WHERE id = ? AND owner = ?"));
  stmt.Bind(1, id).Bind(2, owner);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return NoConversation(id);
  Conversation c = ReadConversationRow(stmt);
  WY_ASSIGN_OR_RETURN(auto turns,
                      SqliteStatement::Prepare(catalog.db(),
                                               "SELECT number, question, answer, created_at FROM "
                                               "conversation_turn WHERE conversation_id = ? ORDER BY number"));
  turns.Bind(1, id);
  WY_ASSIGN_OR_RETURN(c.turns, turns.ReadRows([](const SqliteStatement& s) {
    return ConversationTurn{s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3)};
  }));
  return c;
}

Status DeleteConversation(Catalog& catalog, const std::string& owner, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto txn, SqliteTransaction::Begin(catalog.db()));
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(), "DELETE FROM conversation WHERE id = ? AND owner = ?"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, id).Bind(2, owner).Run());
  if (catalog.db().Changes() == 0) return NoConversation(id);
  WY_ASSIGN_OR_RETURN(
      auto turns, SqliteStatement::Prepare(catalog.db(), "DELETE FROM conversation_turn WHERE conversation_id = ?"));
  WY_RETURN_IF_ERROR(turns.Bind(1, id).Run());
  return txn->Commit();
}

Result<int64_t> InsertFeedback(Catalog& catalog, const FeedbackRecord& f) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "INSERT INTO feedback (owner, kb, kind, rating, comment, "
                                                          "question, answer, citations, created_at) VALUES "
                                                          "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  stmt.Bind(1, f.owner).Bind(2, f.kb).Bind(3, f.kind).Bind(4, static_cast<int64_t>(f.rating)).Bind(5, f.comment);
  stmt.Bind(6, f.question).Bind(7, f.answer).Bind(8, f.citations.empty() ? "[]" : f.citations);
  WY_RETURN_IF_ERROR(stmt.Bind(9, f.created_at.empty() ? IsoNowUtc() : f.created_at).Run());
  return catalog.db().LastInsertRowId();
}

Result<std::vector<FeedbackRecord>> ListFeedback(Catalog& catalog, const std::string& kb, int64_t limit) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "SELECT id, owner, kb, kind, rating, comment, question, "
                                                          "answer, citations, created_at FROM feedback "
                                                          "WHERE (? = '' OR kb = ?) ORDER BY id DESC LIMIT ?"));
  stmt.Bind(1, kb).Bind(2, kb).Bind(3, limit);
  return stmt.ReadRows([](const SqliteStatement& s) {
    FeedbackRecord f;
    f.id = s.ColumnInt(0);
    f.owner = s.ColumnText(1);
    f.kb = s.ColumnText(2);
    f.kind = s.ColumnText(3);
    f.rating = static_cast<int>(s.ColumnInt(4));
    f.comment = s.ColumnText(5);
    f.question = s.ColumnText(6);
    f.answer = s.ColumnText(7);
    f.citations = s.ColumnText(8);
    f.created_at = s.ColumnText(9);
    return f;
  });
}

}  // namespace wenyuan::catalog
