// What kind of thing a Chinese question asks for, from its question words,
// both scripts: 多少/幾 → a number, 何時/哪一年 → a time, 哪裡/何處 → a
// place; and, with the fine types, 多久/幾天/期限 → a length of time or a
// deadline, 多少錢/費用/收費 → an amount, 哪個機關/哪個單位 → an
// organisation, 是否/可否/能否 → a rule (may, must, must not). Then
// whether a sentence holds such a thing in the characters it does not share
// with the question, which is where an answer would be (a rule's modal word
// may be shared: 「是否應…」 is answered by 「應…」). Cues only: a sentence
// without one can still answer. Stateless.
#pragma once

#include <string_view>
#include <vector>

namespace wenyuan::answer {

enum class QuestionType { kOther, kNumber, kTime, kPlace, kDuration, kAmount, kOrganisation, kRule };

// `fine` adds the duration, amount, organisation and rule types; without it
// 多久 and 多少錢 are plain numbers and the rest are kOther.
QuestionType ClassifyQuestion(std::string_view question, bool fine = false);

// `shared[i]` is true where sentence character i is part of a question term.
bool HoldsAnswerType(QuestionType type, std::u32string_view sentence, const std::vector<bool>& shared);

// Whether the sentence states a rule: a modal word (應, 須, 得, 不得, 應於,
// 始得, 禁止 …) outside brackets, 應 not in a word such as 應變 or 因應, 得
// not in one such as 取得 or 獲得. A bracketed aside (「（資安事件應於…通
// 報）」 in a syllabus line) states nothing by itself.
bool StatesRule(std::u32string_view sentence);

}  // namespace wenyuan::answer
