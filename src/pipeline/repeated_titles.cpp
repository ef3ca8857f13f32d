#include "pipeline/repeated_titles.h"

#include <filesystem>
#include <map>

#include "catalog/document_queries.h"
#include "catalog/sqlite_db.h"
#include "clean/document_cleaner.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::pipeline {
namespace {

// A title shorter than this names a kind of document, not a document.
constexpr size_t kMinTitleChars = 3;
constexpr size_t kMaxLineTitleChars = 60;
constexpr int kLinesLookedAt = 12;
// A repeated title this short is chrome whether or not the text carries it.
constexpr size_t kMaxShortTitleChars = 8;
// Code points of a document's text read for its fields and first lines.
constexpr size_t kTextCharsRead = 4000;
// Rounds of rejecting new titles that repeat in turn.
constexpr size_t kRounds = 4;

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
      ++i;
    } else if (s.substr(i).starts_with("\u3000")) {
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

bool Rejected(std::string_view title, const std::set<std::string>& rejected) {
  const std::string_view t = utf8::Trim(title);
  return t.empty() || utf8::CodePointCount(t) < kMinTitleChars || rejected.contains(std::string(t));
}

// True when one of the text's first lines is `title` (white space aside).
bool OpensWith(std::string_view text, std::string_view title) {
  const std::string wanted = WithoutSpaces(title);
  if (wanted.empty()) return false;
  LineReader lines(text);
  std::string_view line;
  for (int n = 0; n < kLinesLookedAt && lines.Next(line);) {
    if (utf8::Trim(line).empty()) continue;
    ++n;
    if (WithoutSpaces(line) == wanted) return true;
  }
  return false;
}

// The first line that reads as a heading (not a sentence, not too long)
// and is not rejected.
std::string FirstHeadingLine(std::string_view text, const std::set<std::string>& rejected) {
  LineReader lines(text);
  std::string_view line;
  for (int n = 0; n < kLinesLookedAt && lines.Next(line);) {
    line = utf8::Trim(line);
    if (line.empty()) continue;
    ++n;
    if (Rejected(line, rejected) || clean::IsLetterhead(line)) continue;
    const size_t chars = utf8::CodePointCount(line);
    if (chars <= kMaxLineTitleChars && !line.ends_with("。") && !line.ends_with("，") && !line.ends_with("：")) {
      return std::string(line);
    }
  }
  return "";
}

}  // namespace

std::string TitleAvoiding(std::string_view text, std::string_view source, const std::set<std::string>& rejected) {
  // 標題 / 主旨 fields first (no reader title: it is the one rejected).
  if (std::string t = clean::ChooseTitle("", false, text); !Rejected(t, rejected)) return t;
  if (std::string t = FirstHeadingLine(text, rejected); !t.empty()) return t;
  const std::string stem = std::filesystem::path(std::string(source)).stem().string();
  return stem;
}

Result<RetitleReport> RetitleRepeatedTitles(catalog::Catalog& catalog, const std::string& kb, size_t min_documents) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  const int64_t min_holders = static_cast<int64_t>(std::max<size_t>(min_documents, 2));
  RetitleReport report;
  std::set<std::string> remembered;  // found repeated by earlier runs
  {
    WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(
                                       catalog.db(), "SELECT title FROM kb_repeated_title WHERE kb_id = ?"));
    stmt.Bind(1, info.id);
    WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) { remembered.insert(s.ColumnText(0)); }));
  }
  // Every document whose title repeats, was found repeated before, or is
  // too short, with the start of its text (enough for its fields and
  // first lines).
  struct Candidate {
    int64_t id;
    std::string title, source, content_hash, text;
  };
  std::vector<Candidate> candidates;
  {
    WY_ASSIGN_OR_RETURN(
        auto stmt,
        catalog::SqliteStatement::Prepare(
            catalog.db(),
            "SELECT id, title, source, content_hash, substr(text, 1, ?4) FROM document WHERE kb_id = ?1"
            " AND (length(trim(title)) < ?3 OR title IN (SELECT title FROM kb_repeated_title WHERE kb_id = ?1)"
            " OR title IN (SELECT title FROM document WHERE kb_id = ?1 GROUP BY title"
            " HAVING COUNT(DISTINCT content_hash) >= ?2)) ORDER BY id"));
    stmt.Bind(1, info.id)
        .Bind(2, min_holders)
        .Bind(3, static_cast<int64_t>(kMinTitleChars))
        .Bind(4, static_cast<int64_t>(kTextCharsRead));
    WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) {
      candidates.push_back({s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3), s.ColumnText(4)});
    }));
  }
  if (candidates.empty()) return report;
  // A text kept in its passages (catalog/document_text.h) is rebuilt.
  for (Candidate& c : candidates) {
    if (!c.text.empty()) continue;
    WY_ASSIGN_OR_RETURN(std::string text, catalog::GetDocumentText(catalog, c.id));
    c.text = utf8::SliceCodePoints(text, 0, kTextCharsRead);
  }
  // A repeated title is rejected when it is chrome: short (a site's name,
  // a kind of document), or a line the documents themselves open with (a
  // letterhead, a masthead). A long title several documents share without
  // carrying it (a gazette's "交通部令：修正「…」" for each amendment of one
  // rule) names a subject, and stays.
  std::map<std::string, std::set<std::string>> holders, carriers;  // title → content hashes
  for (const Candidate& c : candidates) {
    holders[c.title].insert(c.content_hash);
    if (OpensWith(c.text, c.title)) carriers[c.title].insert(c.content_hash);
  }
  std::set<std::string> rejected = remembered, repeated;
  for (const auto& [title, hashes] : holders) {
    if (remembered.contains(title) || hashes.size() < static_cast<size_t>(min_holders)) continue;
    if (utf8::CodePointCount(utf8::Trim(title)) <= kMaxShortTitleChars ||
        carriers[title].size() >= static_cast<size_t>(min_holders)) {
      report.repeated.push_back(title);
      repeated.insert(title);
      rejected.insert(title);
    }
  }
  std::erase_if(candidates, [&](const Candidate& c) { return !Rejected(c.title, rejected); });
  // The new titles may repeat in turn (the masthead's second line): those
  // are rejected too, until the titles proposed are each held by fewer
  // than `min_documents` documents of different content.
  std::vector<std::string> proposed(candidates.size());
  for (size_t round = 0; round < kRounds; ++round) {
    std::map<std::string, std::set<std::string>> proposers;  // title → content hashes
    for (size_t i = 0; i < candidates.size(); ++i) {
      proposed[i] = TitleAvoiding(candidates[i].text, candidates[i].source, rejected);
      proposers[proposed[i]].insert(candidates[i].content_hash);
    }
    bool again = false;
    for (const auto& [title, hashes] : proposers) {
      if (hashes.size() >= static_cast<size_t>(min_holders) && rejected.insert(title).second) {
        repeated.insert(title);
        again = true;
      }
    }
    if (!again) break;
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!proposed[i].empty() && proposed[i] != candidates[i].title) {
      report.retitled.push_back({candidates[i].id, candidates[i].title, proposed[i]});
    }
  }
  if (repeated.empty() && report.retitled.empty()) return report;
  WY_ASSIGN_OR_RETURN(auto transaction, catalog::SqliteTransaction::Begin(catalog.db()));
  WY_ASSIGN_OR_RETURN(auto remember, catalog::SqliteStatement::Prepare(
                                         catalog.db(), "INSERT OR IGNORE INTO kb_repeated_title VALUES (?, ?)"));
  for (const std::string& title : repeated) {
    WY_RETURN_IF_ERROR(remember.Reset());
    remember.Bind(1, info.id).Bind(2, title);
    WY_RETURN_IF_ERROR(remember.Step().status());
  }
  WY_ASSIGN_OR_RETURN(auto update,
                      catalog::SqliteStatement::Prepare(catalog.db(), "UPDATE document SET title = ? WHERE id = ?"));
  for (const Retitled& r : report.retitled) {
    WY_RETURN_IF_ERROR(update.Reset());
    update.Bind(1, r.new_title).Bind(2, r.document_id);
    WY_RETURN_IF_ERROR(update.Step().status());
  }
  WY_RETURN_IF_ERROR(transaction->Commit());
  return report;
}

}  // namespace wenyuan::pipeline
