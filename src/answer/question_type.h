// What kind of thing a Chinese question asks for, from its question words
// (多少/幾 → a number, 何時/哪一年 → a time, 哪裡/何處 → a place), both
// scripts; and whether a sentence holds such a thing in the characters it
// does not share with the question, which is where an answer would be.
// Cues only: a sentence without one can still answer. Stateless.
#pragma once

#include <string_view>
#include <vector>

namespace wenyuan::answer {

enum class QuestionType { kOther, kNumber, kTime, kPlace };

QuestionType ClassifyQuestion(std::string_view question);

// `shared[i]` is true where sentence character i is part of a question term.
bool HoldsAnswerType(QuestionType type, std::u32string_view sentence, const std::vector<bool>& shared);

}  // namespace wenyuan::answer
