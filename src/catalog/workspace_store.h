// The drafting workspace's rows (workspace_schema.h): saved drafts,
// conversations with their turns, and feedback. Free functions over a
// Catalog's connection. Every read, change and delete of a draft or a
// conversation names its owner, and a row of another owner is NotFound
// (never "forbidden", so ids do not leak); feedback is listed by KB for
// admins. Multi-row changes run in one transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace wenyuan::catalog {

struct SavedDraft {
  int64_t id = 0;
  std::string owner;
  std::string kb;
  std::string task;
  std::string title;
  std::string request;
  std::string body;  // the draft as JSON (server/draft_json.h); empty in listings
  std::string created_at;
  std::string updated_at;
};

// Inserts (id 0) or replaces the owner's draft `id`; returns the id.
Result<int64_t> SaveDraft(Catalog& catalog, const SavedDraft& draft);
// Newest first, without bodies.
Result<std::vector<SavedDraft>> ListDrafts(Catalog& catalog, const std::string& owner, int64_t limit);
Result<SavedDraft> GetDraft(Catalog& catalog, const std::string& owner, int64_t id);
Status DeleteDraft(Catalog& catalog, const std::string& owner, int64_t id);

struct ConversationTurn {
  int64_t number = 0;  // 1, 2, ...
  std::string question;
  std::string answer;  // the answer as JSON
  std::string created_at;
};

struct Conversation {
  int64_t id = 0;
  std::string owner;
  std::string kb;
  std::string title;  // the first question
  std::string created_at;
  std::string updated_at;
  std::vector<ConversationTurn> turns;  // empty in listings
};

Result<int64_t> CreateConversation(Catalog& catalog, const std::string& owner, const std::string& kb,
                                   const std::string& title);
// Appends a turn to the owner's conversation; returns its number.
Result<int64_t> AppendTurn(Catalog& catalog, const std::string& owner, int64_t conversation_id,
                           const std::string& question, const std::string& answer_json);
Result<std::vector<Conversation>> ListConversations(Catalog& catalog, const std::string& owner, int64_t limit);
Result<Conversation> GetConversation(Catalog& catalog, const std::string& owner, int64_t id);
Status DeleteConversation(Catalog& catalog, const std::string& owner, int64_t id);

struct FeedbackRecord {
  int64_t id = 0;
  std::string owner;
  std::string kb;
  std::string kind;  // "answer" or "draft"
  int rating = 0;    // 1 (👍) or -1 (👎)
  std::string comment;
  std::string question;
  std::string answer;
  std::string citations;  // JSON list of the citations the answer showed
  std::string created_at;
};

Result<int64_t> InsertFeedback(Catalog& catalog, const FeedbackRecord& feedback);
// Newest first; every KB when `kb` is empty.
Result<std::vector<FeedbackRecord>> ListFeedback(Catalog& catalog, const std::string& kb, int64_t limit);

}  // namespace wenyuan::catalog
