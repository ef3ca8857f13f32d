// FieldRuns: a record's fields printed one "label：value" a line, in a run
// with no blank line between ("職稱： 副教授", "學歷： …" over the lines its
// value wraps onto, "專長： …", "E-mail： …", "實驗室： …"), in both
// scripts. Where the main-text finder kept part of such a run (two fields
// on consecutive lines between the headline and the body) but left the
// rest out, the whole run is the record's: every line of it is a field
// (a label of up to twelve characters, Latin ones too, a colon, a value)
// or a value's wrapped line, indented to the column where the value above
// starts; three of its fields at least have a Han label. The run may open
// with the record's heading over a row of its buttons ("路線 27B" over
// "(BUTTON) 加入我的最愛 (BUTTON) 列印本頁"): a short line, no field nor
// sentence, which comes back with the fields. A run with a line
// of any other shape, or one that another rule dropped for what it is (a
// counter, a button, a footer's contact), is left as it is; so is a
// government site's disclosure box (索引号, 发布机构, 成文日期 …), of which
// the head keeps the issuer, date and number alone. Pure
// functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Clears "outside the main text" on the rest of each such run. Returns
// the lines it gave back.
std::vector<size_t> KeepWholeFieldRuns(std::vector<PageLine>& lines);

// Where the body's last line (before `end`) is a "label：value" field (a
// notice's "受理电话：…"), the fields that go on right under it with no
// blank line between ("举报网站：…", "来信地址：…", "来访地点：…"), which no
// rule dropped for what they are, are the text's too: returns the end past
// them (`end` where there are none). So do the fields under the text's
// own phone line right below its last sentence ("…禁止携带宠物入园。" over
// "咨询电话：…　投诉电话：…").
size_t FieldTailEnd(const std::vector<PageLine>& lines, size_t end);

}  // namespace wenyuan::clean
