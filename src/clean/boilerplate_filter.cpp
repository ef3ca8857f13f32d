#include "clean/boilerplate_filter.h"

#include <algorithm>
#include <unordered_map>

#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kShortLineChars = 12;  // a menu item or link label
constexpr size_t kMenuRun = 4;          // this many short lines in a row are a menu
constexpr size_t kBulletRun = 3;        // or this many bulleted ones
constexpr size_t kRunTogetherChars = 24;

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) out += utf8::DecodeNext(s, pos);
  return out;
}

bool IsBullet(char32_t c) {
  return c == '*' || c == U'•' || c == U'□' || c == U'■' || c == U'●' || c == U'○' || c == U'◆' ||
         c == U'·' || c == '+' || c == '-' || c == U'▪' || c == U'►' || c == U'▶';
}

bool IsSentencePunct(char32_t c) {
  static constexpr std::u32string_view kPunct = U"。！？；：，、「」『』（）!?;:,.…—";
  return kPunct.find(c) != std::u32string_view::npos;
}

bool ContainsAny(std::string_view line, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (line.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool EqualsAny(std::string_view line, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (line == w) return true;
  }
  return false;
}

// The line without leading bullets and bracketed non-Han fragments
// ("[ logo _ share ]", "[img-1.jpg?w=600]"), trimmed.
std::u32string Core(const std::u32string& line, bool* had_bullet, bool* had_placeholder) {
  std::u32string out;
  size_t i = 0;
  while (i < line.size() && (utf8::IsSpace(line[i]) || IsBullet(line[i]))) {
    if (IsBullet(line[i]) && had_bullet) *had_bullet = true;
    ++i;
  }
  for (; i < line.size(); ++i) {
    if (line[i] == '[') {
      size_t close = line.find(']', i);
      if (close != std::u32string::npos && close - i < 120) {
        bool han = false;
        for (size_t k = i; k < close; ++k) han |= utf8::IsHan(line[k]);
        if (!han) {
          if (had_placeholder) *had_placeholder = true;
          i = close;
          continue;
        }
      }
    }
    out += line[i];
  }
  size_t b = 0, e = out.size();
  while (b < e && (utf8::IsSpace(out[b]) || IsBullet(out[b]))) ++b;
  while (e > b && utf8::IsSpace(out[e - 1])) --e;
  return out.substr(b, e - b);
}

bool ContainsAny(std::string_view line, std::initializer_list<std::string_view> words);

// The line with widget and image references ("[ icon _ type ]",
// "[img-1.jpg?w=600]") taken out; other brackets stay.
std::string WithoutPlaceholders(std::string_view raw) {
  std::u32string line = Decode(raw);
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') {
      size_t close = line.find(']', i);
      if (close != std::u32string::npos && close - i < 120) {
        std::string inner;
        bool han = false;
        for (size_t k = i + 1; k < close; ++k) {
          han |= utf8::IsHan(line[k]);
          utf8::Append(inner, line[k]);
        }
        if (!han && ContainsAny(inner, {"_", "img", "icon", "logo", ".jpg", ".png", ".gif", ".webp",
                                        ".svg", "=", "?"})) {
          i = close;
          continue;
        }
      }
    }
    utf8::Append(out, line[i]);
  }
  return out;
}

bool HasSentencePunct(const std::u32string& s) {
  return std::any_of(s.begin(), s.end(), IsSentencePunct);
}

bool IsShort(const std::u32string& core) {
  return !core.empty() && core.size() <= kShortLineChars && !HasSentencePunct(core);
}

// A single line's verdict, or "" to keep it (as far as this rule knows).
std::string LineReason(std::string_view line, const std::u32string& core, bool placeholder) {
  if (core.empty()) return placeholder ? "image placeholder" : "bullet without text";
  const std::string c = [&] {
    std::string s;
    for (char32_t ch : core) utf8::Append(s, ch);
    return s;
  }();
  if (line.find("(BUTTON)") != std::string_view::npos || line.find("[BUTTON]") != std::string_view::npos ||
      line.find("____") != std::string_view::npos) {
    return "button or form field";
  }
  if (EqualsAny(c, {"登入", "登录", "登出", "退出", "註冊", "注册", "搜尋", "搜索", "搜寻", "Search", "Login",
                    "Sign in", "Log in", "Submit", "送出", "確定", "确定", "取消", "回到頂端", "回到顶部",
                    "返回頂部", "返回顶部", "Top", "更多", "More", "上一頁", "下一頁", "上一页", "下一页"})) {
    return "button or form label";
  }
  if (EqualsAny(c, {"IMG", "Image", "image", "圖片", "图片", "(IMG)", "[IMG]", "INLINE"})) return "image placeholder";
  if (core.size() <= 40 && !HasSentencePunct(core) &&
      ContainsAny(c, {"分享", "轉寄", "转发", "Facebook", "Twitter", "Telegram", "WhatsApp", "微博", "微信",
                      "複製連結", "复制链接", "列印", "打印", "字級", "字体大小", "字号", "字號",
                      "LINE"})) {
    return "share widget";
  }
  if (core.size() <= 160 && ContainsAny(c, {"版權所有", "版权所有", "Copyright", "copyright", "©",
                                            "All rights reserved", "All Rights Reserved", "ICP备",
                                            "ICP證", "公网安备", "著作權所有"})) {
    return "copyright notice";
  }
  if (core.size() <= 160 && ContainsAny(c, {"许可证", "許可證", "举报电话", "檢舉電話", "举报邮箱",
                                            "服务邮箱", "備案號", "备案号"})) {
    return "site licence or contact footer";
  }
  {
    // "關於我們 | 聯絡我們 | 隱私權政策 | ..." : a row of short links.
    size_t segments = 1, longest = 0, current = 0;
    for (char32_t ch : core) {
      if (ch == '|' || ch == U'｜' || ch == U'丨') {
        ++segments;
        longest = std::max(longest, current);
        current = 0;
      } else if (!utf8::IsSpace(ch)) {
        ++current;
      }
    }
    longest = std::max(longest, current);
    if (segments >= 4 && longest <= 12) return "menu or link list";
  }
  if (core.size() <= 300 && ContainsAny(c, {"cookie", "Cookie", "COOKIE"}) &&
      ContainsAny(c, {"使用", "接受", "同意", "隱私", "隐私", "privacy", "Privacy", "accept", "Accept"})) {
    return "cookie notice";
  }
  size_t arrows = 0;
  for (char32_t ch : core) arrows += ch == '>' || ch == U'›' || ch == U'»' || ch == U'＞';
  if (arrows >= 2 && core.size() <= 60 && !HasSentencePunct(core)) return "breadcrumb";
  // Chinese link labels with the spaces between them lost; identifiers
  // and model names (mostly Latin) are not that.
  size_t han = static_cast<size_t>(std::count_if(core.begin(), core.end(), utf8::IsHan));
  if (core.size() >= kRunTogetherChars && !HasSentencePunct(core) && han * 2 >= core.size() &&
      std::none_of(core.begin(), core.end(), [](char32_t ch) { return utf8::IsSpace(ch); })) {
    return "link text run together";
  }
  return {};
}

struct Line {
  std::string_view raw;
  std::u32string core;
  bool bullet = false;
  bool placeholder = false;
  std::string reason;
};

std::string WithoutLeadingBullet(std::string_view line) {
  std::u32string s = Decode(line);
  size_t i = 0;
  while (i < s.size() && utf8::IsSpace(s[i])) ++i;
  size_t j = i;
  while (j < s.size() && IsBullet(s[j])) ++j;
  if (j == i || j >= s.size() || !utf8::IsSpace(s[j])) return std::string(line);  // "-5" or "•x" stay
  std::string out;
  for (size_t k = j + 1; k < s.size(); ++k) utf8::Append(out, s[k]);
  return out;
}

// Prose: long enough, with the punctuation sentences have.
bool IsProse(const Line& l) {
  if (l.core.size() < 16) return false;
  size_t spaces = 0, latin_punct = 0;
  for (size_t i = 0; i < l.core.size(); ++i) {
    char32_t c = l.core[i];
    if (c == U'。' || c == U'，' || c == U'；' || c == U'！' || c == U'？') return true;
    spaces += c == ' ';
    latin_punct += (c == ',' || c == '.') && i + 1 < l.core.size() && l.core[i + 1] == ' ';
  }
  // English prose: words and sentence punctuation.
  return l.core.size() >= 40 && spaces >= 6 && latin_punct >= 1;
}

// A web page's article is one stretch of prose with a few short lines in
// it (headings, captions); menus, sidebars and lists of other articles sit
// around it. This finds the stretch whose prose outweighs what is not prose
// (the maximum-sum run of lines: prose lines weigh their length, every
// other line a fixed cost), keeps the short lines just above it (title,
// date, byline), and drops the rest as "outside the main text". A page with
// no real stretch of prose keeps nothing.
void KeepMainText(std::vector<Line>& lines) {
  constexpr long kDroppedLineCost = 15;  // a line a rule already dropped
  constexpr long kShortLineCost = 8;     // a heading, a link to another article
  constexpr long kAsciiLineCost = 2;     // code, a table row, a model name
  constexpr long kMinMainText = 60;  // content characters
  constexpr size_t kHeadLines = 4;
  long best = 0, run = 0;
  size_t best_begin = 0, best_end = 0, run_begin = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (utf8::Trim(l.raw).empty()) continue;
    long w = !l.reason.empty() ? -kDroppedLineCost
             : IsProse(l)      ? static_cast<long>(l.core.size())
             : std::all_of(l.core.begin(), l.core.end(), [](char32_t c) { return c < 0x80; })
                 ? -kAsciiLineCost
                 : -kShortLineCost;
    if (run <= 0) {
      run = 0;
      run_begin = i;
    }
    run += w;
    if (run > best) {
      best = run;
      best_begin = run_begin;
      best_end = i + 1;
    }
  }
  if (best < kMinMainText) best_begin = best_end = 0;
  // The title, date and byline stand just above the first paragraph.
  size_t head = best_begin;
  std::vector<size_t> reclaimed;
  for (size_t taken = 0, scanned = 0; head > 0 && taken < kHeadLines && scanned < 3 * kHeadLines; ++scanned) {
    const Line& l = lines[head - 1];
    // Widgets between the headline and the text are passed over, not kept.
    if (utf8::Trim(l.raw).empty() || l.reason == "button or form field" ||
        l.reason == "button or form label" || l.reason == "share widget" || l.reason == "image placeholder") {
      --head;
      continue;
    }
    // A title, a date, a byline; list markup may have made them look like a menu.
    bool reclaimable = l.reason.empty() || l.reason == "menu or link list";
    if (!reclaimable || l.core.size() > 80 || l.core.empty()) break;
    --head;
    ++taken;
    reclaimed.push_back(head);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (utf8::Trim(lines[i].raw).empty()) continue;
    if (std::find(reclaimed.begin(), reclaimed.end(), i) != reclaimed.end()) lines[i].reason.clear();
    else if ((i < head || i >= best_end) && lines[i].reason.empty()) lines[i].reason = "outside the main text";
  }
}

bool IsRelatedHeading(const std::u32string& core) {
  if (core.size() > 12) return false;
  std::string s;
  for (char32_t ch : core) utf8::Append(s, ch);
  return ContainsAny(s, {"相關", "相关", "延伸閱讀", "延伸阅读", "推薦", "推荐", "熱門", "热门", "猜你喜歡",
                         "猜你喜欢", "更多新聞", "更多新闻", "其他新聞", "最新文章", "閱讀更多", "阅读更多",
                         "Related", "Recommended"});
}

}  // namespace

std::string NormaliseLineKey(std::string_view line) {
  std::string key;
  for (size_t pos = 0; pos < line.size();) {
    char32_t c = utf8::DecodeNext(line, pos);
    if (!utf8::IsSpace(c)) utf8::Append(key, c);
  }
  return key;
}

SiteBoilerplate SiteBoilerplate::Learn(const std::vector<std::string_view>& texts, size_t min_documents) {
  SiteBoilerplate site;
  if (texts.size() < min_documents) return site;
  std::unordered_map<std::string, size_t> documents_with;
  for (auto text : texts) {
    std::unordered_set<std::string> seen;
    LineReader lines(text);
    std::string_view line;
    while (lines.Next(line)) {
      std::string key = NormaliseLineKey(line);
      if (utf8::CodePointCount(key) >= 2) seen.insert(std::move(key));
    }
    for (const auto& k : seen) ++documents_with[k];
  }
  const size_t threshold = std::max(min_documents, (texts.size() + 2) / 3);
  for (auto& [key, n] : documents_with) {
    if (n >= threshold) site.lines_.insert(key);
  }
  return site;
}

bool SiteBoilerplate::Contains(std::string_view line) const {
  return !lines_.empty() && lines_.count(NormaliseLineKey(line)) > 0;
}

FilterResult FilterBoilerplate(std::string_view text, bool web_page, const SiteBoilerplate* site) {
  std::vector<Line> lines;
  {
    LineReader reader(text);
    std::string_view raw;
    while (reader.Next(raw)) {
      Line l;
      l.raw = raw;
      l.core = Core(Decode(raw), &l.bullet, &l.placeholder);
      lines.push_back(std::move(l));
    }
  }
  // Does it read like a web page? Many short unpunctuated lines say so.
  size_t non_blank = 0, short_lines = 0;
  for (const auto& l : lines) {
    if (utf8::Trim(l.raw).empty()) continue;
    ++non_blank;
    short_lines += IsShort(l.core) || l.core.empty();
  }
  FilterResult result;
  result.web_mode = web_page || (short_lines >= 10 && short_lines * 10 >= non_blank * 4);

  for (auto& l : lines) {
    if (utf8::Trim(l.raw).empty()) continue;
    if (site && site->Contains(l.raw)) {
      l.reason = "repeated on many pages of the site";
      continue;
    }
    if (result.web_mode) l.reason = LineReason(l.raw, l.core, l.placeholder);
  }
  if (result.web_mode) {
    // Runs of short lines (blank lines inside a run do not break it).
    for (size_t i = 0; i < lines.size();) {
      auto in_run = [&](const Line& l) { return l.reason.empty() && (IsShort(l.core) || (l.bullet && l.core.size() <= 25 && !HasSentencePunct(l.core))); };
      if (!in_run(lines[i])) {
        ++i;
        continue;
      }
      size_t j = i, count = 0, bullets = 0;
      std::vector<size_t> members;
      // Blank lines do not break a run; a line dropped for another reason does.
      while (j < lines.size() && (in_run(lines[j]) || utf8::Trim(lines[j].raw).empty())) {
        if (in_run(lines[j])) {
          members.push_back(j);
          ++count;
          bullets += lines[j].bullet;
        }
        ++j;
      }
      if (count >= kMenuRun || (count >= kBulletRun && bullets >= 2)) {
        for (size_t m : members) lines[m].reason = "menu or link list";
      }
      i = j;
    }
    // "Related articles" headings and the titles listed under them.
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!lines[i].reason.empty() || !IsRelatedHeading(lines[i].core)) continue;
      lines[i].reason = "related-articles list";
      for (size_t j = i + 1; j < lines.size(); ++j) {
        const auto& core = lines[j].core;
        if (utf8::Trim(lines[j].raw).empty()) continue;
        if (core.size() > 60 || (!core.empty() && core.back() == U'。')) break;
        if (lines[j].reason.empty()) lines[j].reason = "related-articles list";
      }
    }
    KeepMainText(lines);
  }

  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty()) {
      result.dropped.push_back({i + 1, std::string(utf8::Trim(lines[i].raw)), lines[i].reason});
      continue;
    }
    if (result.web_mode) {
      // List markers of a text dump ("* ", "• ") are layout, not content.
      std::string line = lines[i].placeholder ? WithoutPlaceholders(lines[i].raw) : std::string(lines[i].raw);
      result.text += WithoutLeadingBullet(line);
    } else {
      result.text += lines[i].raw;
    }
    result.text += '\n';
  }
  return result;
}

}  // namespace wenyuan::clean
