// Failed-page detection: says why a cleaned document should not be indexed
// (a loading notice, an error or bot-check page, nothing but references or
// links, or too little text to be a document), or nothing if it is fine.
// Judged on the cleaned text, so navigation has already gone. Stateless.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::clean {

// Documents with fewer content characters (Han, letters, digits) than this
// are not worth indexing.
inline constexpr size_t kMinContentChars = 20;

// "a loading notice, not the page" or "an error or access-check page" when
// a short text is one of those, else "".
std::string NoticeReason(std::string_view text);

// "" if the page is worth indexing, else the reason it is not. With
// `web_page` false (an authored file: a short note is still a document)
// only a document with no content at all fails.
std::string FailedPageReason(std::string_view cleaned_text, bool web_page);

}  // namespace wenyuan::clean
