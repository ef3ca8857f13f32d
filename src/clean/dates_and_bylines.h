// DatesAndBylines: the short lines around an article that say when it was
// published and who wrote it, in both scripts: a date line ("2023-07-08",
// "107-10-16" in ROC years, "2023年11月22日 10:36", "出版：2018-05-08 22:00"),
// a byline ("撰文：梁啟敏", "（記者 鄭永康）", "本报记者", "文 新生代編輯組"),
// an article's information row of labelled fields, and how long ago a post
// was written ("3小時前"). The main-text
// finder keeps such lines in the article's head; the forum, promotion,
// headline-list and record rules use them to tell a post's or a list's
// furniture from the article's. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::clean {

// "2023-07-08", "2023 / 08 / 24", "107-10-16", "2023年11月22日 10:36",
// "出版：2018-05-08 22:00": a short line that carries a date.
bool IsDateLine(const std::u32string& core);
// "新聞稿編號：第115-187號", "发文字号：教基厅函〔2026〕52号": a short line
// that gives the document's number, its label and the number.
bool IsDocumentNumberLine(const std::u32string& core);
// "撰文：梁啟敏", "作者： TWNIC", "文 新生代編輯組", "记者 王小明": a short line
// that names who wrote or photographed the article; also the date with the
// word that says it was published ("2026/11/30 發佈").
bool IsBylineLine(const std::u32string& core);
// "发布时间：2024-03-12 16:05 信息来源：市农业农村局 浏览次数：1862": an
// article's information row, labelled fields on one line and no sentence.
bool IsFieldRow(const std::u32string& core);
// "3小時前", "45分钟前", "5年前", "剛剛", "昨天" (spaces taken out): how long
// ago a post or an answer was written.
bool IsTimeAgo(const std::u32string& t);
// Holds a date ("2026-11-25", "2026/3/8", "11月3日", "12-02") or a time
// ("09:17"): digits, a date or time separator, a digit.
bool HasDateOrTime(std::u32string_view s);

}  // namespace wenyuan::clean
