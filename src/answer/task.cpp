#include "answer/task.h"

namespace wenyuan::answer {

const std::vector<TaskSpec>& AllTasks() {
  static const std::vector<TaskSpec> kTasks = {
      {Task::kQa,
       "qa",
       "問答",
       "請根據資料回答問題。先用一兩句直接回答，再視需要條列補充。每一句都要在句末標註所依據的資料編號，"
       "例如「……應於一小時內通報[1]。」資料沒有提到的，請直接說明資料中沒有答案，不要推測。",
       "問題",
       {}},
      {Task::kPressRelease,
       "press-release",
       "新聞稿",
       "請根據資料撰寫一篇新聞稿，依下列格式輸出，每個段落標題獨立一行：\n"
       "標題：（一句，二十五字以內）\n"
       "導言：（一段，交代何人、何事、何時、何地、為何）\n"
       "內文：（二至四段，說明措施內容、依據與影響）\n"
       "聯絡人：（資料中有就照錄，沒有就寫「（請填入聯絡人姓名與電話）」）\n"
       "內文與導言的每一句都要在句末標註資料編號，例如[1]。",
       "主題",
       {"標題", "導言", "內文", "聯絡人"}},
      {Task::kPetitionReply,
       "petition-reply",
       "人民陳情案回覆",
       "請根據資料撰寫人民陳情案的回覆，語氣懇切有禮，先感謝來信，再說明適用的法規與處理方式。"
       "依下列格式輸出，每個段落標題獨立一行：\n"
       "陳情事項：（簡述民眾反映的內容）\n"
       "適用規定：（列出適用的法規名稱與條次，並簡述其內容）\n"
       "處理說明：（依規定說明本機關的處理方式與民眾可採取的作法）\n"
       "結語：（感謝指教並提供後續聯繫方式）\n"
       "引述法規或事實的每一句都要在句末標註資料編號，例如[1]；資料沒有的規定不可自行編造。",
       "陳情內容",
       {"陳情事項", "適用規定", "處理說明", "結語"}},
      {Task::kOfficialDocument,
       "official-document",
       "公文",
       "請根據資料撰寫一份公文（函），使用公文用語，依下列格式輸出，每個段落標題獨立一行：\n"
       "主旨：（一段，說明行文目的與期望，不分項）\n"
       "說明：（分項以「一、」「二、」敘述事實、來源與理由）\n"
       "辦法：（分項以「一、」「二、」提出具體作法或要求）\n"
       "說明與辦法的每一項都要在句末標註資料編號，例如[1]。",
       "主題",
       {"主旨", "說明", "辦法"}},
      {Task::kLegislatorQa,
       "legislator-qa",
       "立委質詢模擬問答",
       "請根據資料，預擬立法委員可能提出的三至五個質詢問題，並為每個問題準備答詢內容。"
       "依下列格式輸出：\n"
       "問一：（問題）\n答：（答詢內容，每一句句末標註資料編號，例如[1]）\n"
       "問二：……\n答：……\n"
       "答詢要具體、有依據，資料沒有的數字或承諾不可寫入。",
       "議題",
       {"問", "答"}},
  };
  return kTasks;
}

const TaskSpec& SpecFor(Task task) {
  for (const TaskSpec& spec : AllTasks()) {
    if (spec.task == task) return spec;
  }
  return AllTasks().front();
}

std::string TaskNames() {
  std::string out;
  for (const TaskSpec& spec : AllTasks()) {
    if (!out.empty()) out += ", ";
    out += spec.name;
  }
  return out;
}

Result<Task> ParseTask(std::string_view name) {
  for (const TaskSpec& spec : AllTasks()) {
    if (spec.name == name) return spec.task;
  }
  return Status::InvalidArgument("unknown task '" + std::string(name) + "' (one of: " + TaskNames() + ")");
}

}  // namespace wenyuan::answer
