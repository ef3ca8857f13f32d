// The drafting tasks a language model is asked to do, each with its prompt
// in Traditional Chinese (Taiwan usage) and the section headings its output
// must show. `qa` answers a question; the others draft a document from the
// knowledge base: a press release (標題、導言、內文、聯絡人), a courteous
// reply to a citizen's petition citing the rules that apply, an official
// document (公文: 主旨、說明、辦法), and likely legislators' questions with
// prepared answers. Immutable data; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace wenyuan::answer {

enum class Task { kQa, kPressRelease, kPetitionReply, kOfficialDocument, kLegislatorQa };

struct TaskSpec {
  Task task;
  std::string_view name;                   // the --task word: "press-release"
  std::string_view title;                  // 中文名稱: "新聞稿"
  std::string_view instruction;            // what to write, and in which shape
  std::string_view request_label;          // how the user's text is introduced: "問題", "主題"
  std::vector<std::string_view> sections;  // headings the output must contain
};

const TaskSpec& SpecFor(Task task);
const std::vector<TaskSpec>& AllTasks();
// "qa", "press-release", ... ; an error listing the choices otherwise.
Result<Task> ParseTask(std::string_view name);
// "qa, press-release, petition-reply, official-document, legislator-qa".
std::string TaskNames();

}  // namespace wenyuan::answer
