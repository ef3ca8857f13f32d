// OfficialLetters: the parts of a government letter (公文: 函, 書函, 令,
// 開會通知單) printed on a web page that stand outside its fields and prose,
// in both scripts:
//   - its head above the 受文者 / 主旨 fields: the file fields ("檔　　號：
//     115/A0301/1", "保存年限：10年", "档号：…") and the letter's title, the
//     issuing body and the letter's kind ("教育部　函", "××市政府书函"), kept
//     with the addressee field under them ("受文者：…"; the contact lines
//     between, 地址 / 聯絡人 / 電話 …, stay dropped);
//   - below it, the page's download list of its attachments (a heading such
//     as "附件下載" and file names with their sizes, "….pdf（412 KB）") and
//     the e-document notice ("本公文電子檔之效力同紙本公文"), dropped;
//   - the shapes of a notice's contact lines and its disclosure note
//     ("（此件主动公开）"), which its closing keeps (clean/record_closings.h).
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kLetterContactBlock[] = "letter contact block";

// "教育部　函", "臺北市政府 書函", "国家林业和草原局函": an issuing body's name
// and the kind of letter, nothing else.
bool IsLetterTitle(const std::u32string& core);

// "檔　　號：115/A0301/1", "保存年限：10年": a letter's file fields.
bool IsLetterFileField(const std::u32string& core);

// "A0903_ATTCH1.pdf（412 KB）", "實施計畫.odt (38KB)": a file offered for
// download, by name and size. (A list item naming a file with no size is
// one too, right under such a line or the list's heading.)
bool IsAttachmentFileLine(const std::u32string& core);

// "联系电话：010-6609…", "电子邮箱：…", "聯絡人：王小明", "傳真：…": a contact
// line at a notice's end (a contact label, a colon and a value that ends no
// sentence).
bool IsNoticeContactField(const std::u32string& core);

// "地址：…", "承辦人：…", "電話：…", "傳真：…", "電子信箱：…": the contact block a
// letter prints between its title ("…　函") and its addressee, three
// contact fields or more one a line; marked dropped like a release's
// contact block (run after the main text is chosen).
void MarkLetterContactBlocks(std::vector<PageLine>& lines);

// "密等及解密條件或保密期限：", "速別：": a letter's head field printed empty,
// between two kept fields of that head ("速別：普通件", "附件：如說明三"), comes
// back: the letter's own line, one a paragraph (run after the main text
// is chosen); returns those lines.
std::vector<size_t> KeepEmptyLetterFields(std::vector<PageLine>& lines);

// "（此件主动公开）", "（此件公开发布）", "（此件不公开）", "（信息公开形式：主动公开）":
// the disclosure note a government document prints under its date.
bool IsDisclosureNote(const std::u32string& core);

// Adds to `kept` a numbered notice's head right above `top` (the kept
// text's first line) as a gazette prints it: the notice's number on top
// ("G.N. 7421", "第7421號"), the issuing office, the kind of notice ("招標公告")
// and the line that opens it ("現邀請各界就下列服務提交投標書："), up to five
// short lines with no blank between, a kind line among them.
void KeepNumberedNoticeHead(const std::vector<PageLine>& lines, size_t top, std::vector<size_t>& kept);

// Adds to `kept` the letter's title and its file fields above the body's
// first line `body_begin` (within a dozen lines), and its addressee field
// between the title and the body; and above them, in the page's header of
// the notice's fields ("發布單位：…", "發布日期：…", "更新日期：…", "點閱次數：…"),
// those saying who issued it and when, where there are two or more; and a
// release's date alone on the line right over the body's first line.
void KeepLetterHead(const std::vector<PageLine>& lines, size_t body_begin, std::vector<size_t>& kept);

// The first non-blank line at or after `i` past a download list of files
// that starts there: a heading ("附件：", "相關檔案", "附件下载"), then file
// names ("1. 实施方案.pdf", "預告公告.pdf"), their sizes ("(141 KB)") and
// type icons ("[pdf.png]"); `i` itself where no file line follows.
size_t PastDownloadList(const std::vector<PageLine>& lines, size_t i);

inline constexpr char kAttachmentDownloads[] = "attachment downloads";

// Sets kAttachmentDownloads on attachment file lines, the heading right
// above a run of them, and the e-document notice (lines already dropped are
// left as they are).
void MarkAttachmentDownloads(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
