#include "clean/article_chrome.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

bool Has(const std::u32string& s, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::u32string_view w) { return s.find(w) != std::u32string::npos; });
}

bool StartsWithOne(const std::u32string& s, std::initializer_list<std::u32string_view> words, size_t* length) {
  for (std::u32string_view w : words) {
    if (s.starts_with(w)) {
      *length = w.size();
      return true;
    }
  }
  return false;
}

// "閱讀時間 14 分鐘", "预计阅读 6 分钟", "約8分鐘讀完", "5 min read".
bool IsReadingTime(const std::u32string& bare) {
  constexpr size_t kMaxLine = 20;
  if (bare.size() > kMaxLine || !std::any_of(bare.begin(), bare.end(), IsAsciiDigit)) return false;
  const bool minutes = Has(bare, {U"分鐘", U"分钟", U"min"});
  return minutes && Has(bare, {U"閱讀時間", U"阅读时间", U"閱讀時長", U"阅读时长", U"預計閱讀", U"预计阅读", U"讀完",
                               U"读完", U"read", U"Read"});
}

// "責任編輯 林小美", "责编 王强", "责任编辑：刘岩": the label, maybe a colon,
// then one or two names and nothing else (with a CMS's staff id or in
// brackets it is the footer rules').
bool IsBareEditorCredit(const std::u32string& core) {
  constexpr size_t kMinName = 2, kMaxName = 4, kMaxNames = 2;
  size_t label = 0;
  if (!StartsWithOne(core, {U"責任編輯", U"责任编辑", U"責編", U"责编", U"本文編輯", U"本文编辑", U"校對", U"校对"},
                     &label)) {
    return false;
  }
  if (label < core.size() && (core[label] == U'：' || core[label] == U':')) ++label;
  std::vector<std::u32string> names(1);
  for (size_t i = label; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (utf8::IsSpace(c) || c == U'、') {
      if (!names.back().empty()) names.emplace_back();
    } else if (utf8::IsHan(c)) {
      names.back() += c;
    } else {
      return false;
    }
  }
  if (names.back().empty()) names.pop_back();
  if (names.empty() || names.size() > kMaxNames) return false;
  return std::all_of(names.begin(), names.end(),
                     [](const std::u32string& n) { return n.size() >= kMinName && n.size() <= kMaxName; });
}

// "[image] IMG_2041.jpg", "[圖片] 題圖": what stands beside a picture's
// placeholder (`core`, the placeholder taken off) when it names the file or
// says only that it is a picture.
bool IsNamedPlaceholder(const std::u32string& core) {
  const std::u32string rest = WithoutSpaces(core);
  for (std::u32string_view word : {U"封面图", U"封面圖", U"封面", U"题图", U"題圖", U"配图", U"配圖", U"头图", U"頭圖",
                                   U"图片", U"圖片", U"cover", U"Cover", U"photo", U"Photo"}) {
    if (rest == word) return true;
  }
  std::u32string lower;
  for (char32_t c : rest) lower += c < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(c))) : c;
  const bool image_file = lower.ends_with(U".jpg") || lower.ends_with(U".jpeg") || lower.ends_with(U".png") ||
                          lower.ends_with(U".gif") || lower.ends_with(U".webp");
  return image_file && CountHan(rest) == 0 && rest.find(U'/') == std::u32string::npos;
}

// "封面来源｜视觉中国", "題圖來源：受訪者提供": where the cover picture came from.
bool IsCoverCredit(const std::u32string& bare) {
  constexpr size_t kMaxCredit = 40;
  size_t label = 0;
  return bare.size() <= kMaxCredit && !HasSentenceEnd(bare) &&
         StartsWithOne(bare,
                       {U"封面来源", U"封面來源", U"封面图来源", U"封面圖來源", U"封面图片来源", U"封面圖片來源",
                        U"题图来源", U"題圖來源", U"头图来源", U"頭圖來源"},
                       &label);
}

bool IsFollowButton(const std::u32string& bare) {
  for (std::u32string_view b : {U"关注", U"關注", U"+关注", U"+關注", U"＋关注", U"＋關注", U"追蹤", U"+追蹤", U"追踪",
                                U"+追踪", U"关注作者", U"關注作者"}) {
    if (bare == b) return true;
  }
  return false;
}

}  // namespace

bool IsArticleChrome(const std::u32string& core, bool placeholder) {
  if (core.empty()) return false;
  const std::u32string bare = WithoutSpaces(core);
  return (placeholder && IsNamedPlaceholder(core)) || IsReadingTime(bare) || IsBareEditorCredit(core) ||
         IsCoverCredit(bare) || IsFollowButton(bare);
}

namespace {

// "来源：北京晚报", "記者：林小美": a source or reporter credit; its value.
std::u32string CreditValue(const std::u32string& core) {
  constexpr size_t kMaxValue = 16;
  const std::u32string bare = WithoutSpaces(core);
  for (std::u32string_view label : {U"来源", U"來源", U"记者", U"記者", U"作者", U"撰文", U"文字"}) {
    if (!bare.starts_with(label) || bare.size() <= label.size() + 1) continue;
    const char32_t colon = bare[label.size()];
    if (colon != U'：' && colon != ':') continue;
    const std::u32string value = bare.substr(label.size() + 1);
    if (value.size() < 2 || value.size() > kMaxValue || HasSentencePunct(value)) return {};
    return value;
  }
  return {};
}

// Source and reporter credits under the body that repeat what the byline
// at the head already says ("北京晚报客户端 | 记者 王小明 2025-03-02" over
// the article, "来源：北京晚报客户端" and "记者：王小明" under it).
void MarkRepeatedCredits(std::vector<PageLine>& lines) {
  constexpr size_t kHeadLines = 6, kMaxByline = 60, kMinBodyLines = 3;
  std::vector<size_t> kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank() && lines[i].reason.empty()) kept.push_back(i);
  }
  for (size_t k = kMinBodyLines + 1; k < kept.size(); ++k) {
    PageLine& l = lines[kept[k]];
    const std::u32string value = CreditValue(l.core);
    if (value.empty()) continue;
    // The byline: one of the first lines, with the body's lines under it.
    bool repeated = false;
    for (size_t h = 0; h < kHeadLines && h + kMinBodyLines < k && !repeated; ++h) {
      const std::u32string& c = lines[kept[h]].core;
      const std::u32string byline = WithoutSpaces(c);
      repeated = c.size() <= kMaxByline && !HasSentenceEnd(c) && byline.find(value) != std::u32string::npos &&
                 CreditValue(c).empty();
    }
    if (repeated) l.reason = kRepeatedCredit;
  }
}

}  // namespace

void MarkArticleChrome(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    if (!l.blank() && l.reason.empty() && !l.table && IsArticleChrome(l.core, l.placeholder)) l.reason = kArticleChrome;
  }
  MarkRepeatedCredits(lines);
}

}  // namespace wenyuan::clean
