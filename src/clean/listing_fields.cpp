#include "clean/listing_fields.h"

#include <cctype>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";
constexpr char kSiteMatter[] = "site matter under a record";
constexpr char kRecordFurniture[] = "site furniture among a record's fields";
constexpr size_t kMaxField = 64;                // characters of a field line
constexpr size_t kMinLabel = 2, kMaxLabel = 8;  // Han characters before a colon
constexpr size_t kMaxSpacedLabel = 6;           // before a space
constexpr size_t kMinFields = 6;                // fields that make a block
constexpr size_t kMaxGap = 10;                  // non-blank lines between two fields of a block
constexpr size_t kMaxHeading = 10;              // characters of a group heading
constexpr size_t kMinTitle = 8, kMaxTitle = 64;
constexpr size_t kMaxUnderTitle = 24;  // a name or address line under the title

bool IsSpace(char32_t c) { return c == U' ' || c == U'　' || c == U'\t'; }

// Dropped only as a short line the main-text finder or a list rule left
// out, so a block's line may be given back.
bool IsSoft(const std::string& reason) {
  return reason.empty() || reason == kOutside || reason == "menu or link list" || reason == "current tab label";
}

bool MayStandInBlock(const PageLine& l) { return l.blank() || IsSoft(l.reason) || l.reason == "image placeholder"; }

// "客服", "瀏覽", "登入", "距離": a label of the site's furniture, not the record's.
bool IsFurnitureLabel(const std::u32string& label) {
  const std::string l = EncodeUtf8(label);
  return ContainsAny(l, {"客服", "下載", "下载", "登入", "登錄", "登录", "註冊", "注册", "分享", "收藏", "檢舉", "举报",
                         "瀏覽", "浏览", "閱讀", "阅读", "點擊", "点击", "更新", "評價", "评价", "評論", "评论", "距離",
                         "距离", "地圖", "地图", "應徵", "应聘", "關注", "关注", "提醒", "提示", "累計", "累计", "數量",
                         "数量", "選擇", "选择", "配送", "促銷", "促销", "會員", "会员", "好評", "好评", "記者", "记者",
                         "攝影", "摄影", "編輯", "编辑", "校對", "校对", "責編", "责编"});
}

bool IsContactLabel(const std::u32string& label) {
  const std::string l = EncodeUtf8(label);
  return ContainsAny(
      l, {"電話", "电话",     "傳真",     "传真",     "地址",     "信箱", "郵箱", "邮箱", "專線", "专线", "熱線",
          "热线", "服務時間", "服务时间", "統一編號", "统一编号", "郵遞", "邮编", "電郵", "电邮", "郵件", "邮件",
          "網頁", "网页",     "網址",     "网址",     "專頁",     "专页", "聯繫", "联系", "聯絡", "联络"});
}

// The label of a field line and where its value starts; an empty label
// when `core` is no field line.
std::u32string FieldLabel(const std::u32string& core, size_t* value_at) {
  size_t i = 0;
  std::u32string label;
  // "IMDb 分數：7.4/10": a Latin name before the Han label is part of it.
  constexpr size_t kMaxLatinLead = 6;
  while (i < core.size() && i < kMaxLatinLead && core[i] < 0x80 && std::isalpha(static_cast<int>(core[i]))) ++i;
  if (i > 0) {
    const size_t han = i < core.size() && core[i] == U' ' ? i + 1 : i;
    if (han + 1 >= core.size() || !utf8::IsHan(core[han]) || !utf8::IsHan(core[han + 1])) return {};
    i = han;
  }
  while (i < core.size() && utf8::IsHan(core[i])) label += core[i++];
  if (label.size() == 1) {
    // "京 东 价  ￥1299.00": a label spaced out one character at a time.
    while (i + 1 < core.size() && core[i] == U' ' && utf8::IsHan(core[i + 1]) &&
           (i + 2 >= core.size() || !utf8::IsHan(core[i + 2]))) {
      label += core[i + 1];
      i += 2;
    }
    if (i + 1 >= core.size() || !IsSpace(core[i]) || !IsSpace(core[i + 1])) return {};
  }
  if (label.size() < kMinLabel || label.size() > kMaxLabel || i >= core.size()) return {};
  if (core[i] == U'：' || core[i] == U':') {
    ++i;
  } else if (!IsSpace(core[i]) || label.size() > kMaxSpacedLabel) {
    return {};
  }
  while (i < core.size() && IsSpace(core[i])) ++i;
  if (i >= core.size()) return {};
  *value_at = i;
  return label;
}

// "地圖", "看更多福利 ▼", "Email 應徵後公開": a record page's furniture
// between its fields.
bool IsBlockFurniture(const PageLine& l) {
  const std::string core = l.CoreUtf8();
  if (EqualsAny(core, {"地圖", "地图", "查看地圖", "查看地图", "地圖導航", "地图导航"})) return true;
  if (ContainsAny(core, {"▼", "▲", ">>", "更多", "(BUTTON)"})) return true;
  if (StartsWithAny(core, {"Email", "E-mail", "email", "Tel", "LINE", "Line"})) return true;
  size_t value_at = 0;
  const std::u32string label = FieldLabel(l.core, &value_at);
  return !label.empty() && IsFurnitureLabel(label);
}

bool IsContactField(const PageLine& l) {
  size_t value_at = 0;
  const std::u32string label = FieldLabel(l.core, &value_at);
  return !label.empty() && IsContactLabel(label);
}

// True when the line at `k` is one of three or more contact fields in a row
// ("地址：…", "聯絡人：…", "傳真：…"): an office's contact block, which a
// letter's head or a footer prints, no field of the record.
bool InContactRun(const std::vector<PageLine>& lines, size_t k) {
  constexpr size_t kMinRun = 3;
  if (!IsContactField(lines[k])) return false;
  size_t first = k, last = k;
  while (first > 0 && !lines[first - 1].blank() && IsContactField(lines[first - 1])) --first;
  while (last + 1 < lines.size() && !lines[last + 1].blank() && IsContactField(lines[last + 1])) ++last;
  return last - first + 1 >= kMinRun;
}

// "地圖", "看更多福利 ▼": a map link or a toggle among a record's fields.
bool IsMapOrToggle(const PageLine& l) {
  const std::string core = l.CoreUtf8();
  return EqualsAny(core, {"地圖", "地图", "查看地圖", "查看地图", "地圖導航", "地图导航"}) ||
         ContainsAny(core, {"▼", "▲"});
}

// "目次", "第一章 緒論": a publication's table of contents, which a
// catalogue record's fields may stand around; no field of it.
bool IsContentsLine(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  if (EqualsAny(s, {"目次", "目錄", "目录"}) || StartsWithAny(s, {"附錄", "附录"})) return true;
  if (core.size() < 3 || core[0] != U'第') return false;
  size_t i = 1;
  while (i < core.size() && (IsAsciiDigit(core[i]) || std::u32string_view(U"一二三四五六七八九十百").find(core[i]) !=
                                                          std::u32string_view::npos)) {
    ++i;
  }
  return i > 1 && i < core.size() && std::u32string_view(U"章節节篇").find(core[i]) != std::u32string_view::npos;
}

bool AtLeftMargin(const PageLine& l) { return !l.raw.empty() && l.raw[0] != ' ' && l.raw[0] != '\t'; }

// "32,000 元/月", "京 东 价  ￥1299.00", "售價 NT$ 1,200": a price, with a
// label that names one or none.
bool IsPriceLine(const std::u32string& core) {
  constexpr size_t kMaxPrice = 24;
  if (core.size() > kMaxPrice || core.find_first_of(U"[]【】|｜") != std::u32string::npos) return false;
  size_t i = 0;
  std::u32string label;
  while (i < core.size() && (utf8::IsHan(core[i]) || core[i] == U' ')) {
    if (core[i] != U' ') label += core[i];
    ++i;
  }
  if (!label.empty() && !label.ends_with(U"价") && !label.ends_with(U"價") && !label.ends_with(U"租金") &&
      !label.ends_with(U"售價") && !label.ends_with(U"售价")) {
    return false;
  }
  const std::u32string rest = WithoutSpaces(core.substr(i));
  if (rest.empty()) return false;
  size_t digits = 0;
  for (char32_t c : rest) digits += IsAsciiDigit(c);
  const bool currency = rest.find_first_of(U"￥¥$") != std::u32string::npos || rest.find(U'元') != std::u32string::npos;
  return digits > 0 && currency;
}

// "整層住家   2房1廳1衛   24.6坪   樓層：7F/12F": a summary row of three or
// more short cells laid out with runs of spaces, a number among them.
bool IsSummaryRow(const PageLine& l) {
  constexpr size_t kMinCells = 3, kMaxCell = 12;
  if (l.bullet || l.placeholder || l.core.find_first_of(U"[]【】|｜>+") != std::u32string::npos) return false;
  size_t cells = 0, cell = 0, digits = 0;
  for (size_t i = 0; i <= l.core.size(); ++i) {
    const bool gap = i == l.core.size() || (l.core[i] == U' ' && i + 1 < l.core.size() && l.core[i + 1] == U' ');
    if (!gap) {
      if (l.core[i] != U' ') ++cell;
      digits += IsAsciiDigit(l.core[i]);
      continue;
    }
    if (cell > 0) {
      if (cell > kMaxCell) return false;
      ++cells;
    }
    cell = 0;
    while (i + 1 < l.core.size() && l.core[i + 1] == U' ') ++i;
  }
  return cells >= kMinCells && digits > 0 && !HasSentenceEnd(l.core);
}

// Between the record's title and its block: the first summary row and
// the first price line, dropped as short lines, are the record's.
void KeepSummaryAndPrice(std::vector<PageLine>& lines, size_t from, size_t to) {
  bool summary = false, price = false;
  for (size_t k = from; k < to; ++k) {
    PageLine& l = lines[k];
    if (l.reason != kOutside) continue;
    if (!price && IsPriceLine(l.core)) {
      l.reason.clear();
      price = true;
    } else if (!summary && IsSummaryRow(l)) {
      l.reason.clear();
      summary = true;
    }
  }
}

// The record's title and the name or address line under it, where no kept
// line precedes the title and the title stands above the block at `start`.
void KeepTitleAbove(std::vector<PageLine>& lines, size_t start) {
  for (size_t k = 0; k < start; ++k) {
    PageLine& l = lines[k];
    if (l.blank()) continue;
    if (l.reason.empty()) return;
    if (!AtLeftMargin(l)) continue;
    if (l.reason != kOutside || l.core.size() < kMinTitle || l.core.size() > kMaxTitle || HasSentenceEnd(l.core)) {
      return;
    }
    l.reason.clear();
    const size_t next = NextNonBlank(lines, k + 1);
    if (next >= start) return;
    PageLine& under = lines[next];
    if (under.reason == kOutside && !under.bullet && !under.placeholder && !AtLeftMargin(under) &&
        under.core.size() <= kMaxUnderTitle && CountHan(under.core) >= 2 && !HasSentencePunct(under.core) &&
        under.core.find_first_of(U"【】[]|｜>") == std::u32string::npos) {
      under.reason.clear();
    }
    KeepSummaryAndPrice(lines, next + 1, start);
    return;
  }
}

// "條件要求", "功能参数": a short heading of a group of fields.
bool IsGroupHeading(const PageLine& l) {
  return !l.bullet && l.core.size() >= 2 && l.core.size() <= kMaxHeading && CountHan(l.core) == l.core.size();
}

// Gives back the lines of the block from `first` to `last` (fields).
void KeepBlock(std::vector<PageLine>& lines, size_t first, size_t last, std::vector<size_t>* paragraphs) {
  // A short group heading right above the first field ("房屋資訊").
  size_t start = first;
  for (size_t k = first; k-- > 0;) {
    if (lines[k].blank()) continue;
    const PageLine& h = lines[k];
    if (IsSoft(h.reason) && IsGroupHeading(h)) start = k;
    break;
  }
  // A picture's caption right above the block (an infobox's picture):
  // "白雲溪下游河段（2023年）" under "[Baiyun_Creek.jpg]".
  constexpr size_t kMaxCaption = 30;
  size_t caption = start;
  while (caption > 0 && lines[caption - 1].blank()) --caption;
  if (caption > 1 && IsSoft(lines[caption - 1].reason) && !lines[caption - 1].reason.empty() &&
      !lines[caption - 1].bullet && lines[caption - 1].core.size() <= kMaxCaption &&
      !HasSentenceEnd(lines[caption - 1].core) && lines[caption - 2].reason == "image placeholder") {
    lines[caption - 1].reason.clear();
  }
  for (size_t k = start; k <= last; ++k) {
    PageLine& l = lines[k];
    if (!l.blank() && l.reason.empty() && IsMapOrToggle(l)) {
      l.reason = kRecordFurniture;
      continue;
    }
    if (l.blank() || !IsSoft(l.reason) || IsBlockFurniture(l) || IsContentsLine(l.core) || InContactRun(lines, k)) {
      continue;
    }
    // A line a list rule dropped comes back only as a field or as the
    // heading of the field under it; another line only as a heading over
    // fields, items or text, or as text itself (an item, a list of benefits
    // with its 、, a wrapped line): a row of tabs or links has none of these.
    if (!IsListingField(l.core)) {
      const size_t next = NextNonBlank(lines, k + 1);
      const bool over_fields = next <= last && IsListingField(lines[next].core);
      if (l.reason == "menu or link list" && (!IsGroupHeading(l) || !over_fields)) continue;
      const bool over_text = next <= last && !IsMapOrToggle(lines[next]) &&
                             (over_fields || IsGroupHeading(lines[next]) || HasSentencePunct(lines[next].core));
      if (IsGroupHeading(l) ? !over_text : !HasSentencePunct(l.core)) continue;
    }
    l.reason.clear();
    if (IsListingField(l.core) || IsGroupHeading(l)) paragraphs->push_back(k);
  }
  KeepTitleAbove(lines, start);
}

// "售后保障", "配送說明": a shop's template under a product's record, no
// part of it.
bool IsServiceHeading(const PageLine& l) {
  return EqualsAny(l.CoreUtf8(), {"售后保障", "售後保障", "售后服务", "售後服務", "服务承诺", "服務承諾", "退换货",
                                  "退換貨", "配送说明", "配送說明", "支付方式", "购物指南", "購物指南"});
}

// "交通   捷運科技大樓站 約300公尺": the site's distances from the record to
// places around it.
bool IsDistanceRow(const std::u32string& core) {
  const std::string s = EncodeUtf8(core);
  if (core.size() > kMaxField || HasSentenceEnd(core)) return false;
  for (std::string_view unit : {"公尺", "公里", "米"}) {
    for (size_t at = s.find(unit); at != std::string::npos; at = s.find(unit, at + 1)) {
      size_t d = at;
      while (d > 0 && (IsAsciiDigit(static_cast<unsigned char>(s[d - 1])) || s[d - 1] == '.')) --d;
      if (d < at && d >= 3 && (s.compare(d - 3, 3, "約") == 0 || s.compare(d - 3, 3, "约") == 0)) return true;
    }
  }
  return false;
}

// Below a kept block: a shop's service template (its heading and the
// lines under it up to a blank line) and the site's distance rows (with
// their short heading) go.
void DropSiteMatterBelow(std::vector<PageLine>& lines, size_t last) {
  constexpr size_t kMaxLook = 12;
  for (size_t k = last + 1, seen = 0; k < lines.size() && seen < kMaxLook; ++k) {
    if (lines[k].blank()) continue;
    ++seen;
    if (IsServiceHeading(lines[k]) && IsSoft(lines[k].reason)) {
      lines[k].reason = kSiteMatter;
      for (size_t n = k + 1; n < lines.size() && !lines[n].blank() && IsSoft(lines[n].reason); ++n) {
        lines[n].reason = kSiteMatter;
      }
      return;
    }
    if (IsDistanceRow(lines[k].core) && lines[k].reason.empty()) {
      size_t n = k;
      while (n < lines.size() && !lines[n].blank() && lines[n].reason.empty() && IsDistanceRow(lines[n].core)) {
        lines[n++].reason = kSiteMatter;
      }
      size_t h = k;
      while (h > 0 && lines[h - 1].blank()) --h;
      if (h > 0 && lines[h - 1].reason.empty() && IsGroupHeading(lines[h - 1])) lines[h - 1].reason = kSiteMatter;
      return;
    }
  }
}

}  // namespace

bool IsListingField(const std::u32string& core) {
  if (core.size() > kMaxField || core.find_first_of(U"|｜»") != std::u32string::npos) return false;
  size_t value_at = 0;
  const std::u32string label = FieldLabel(core, &value_at);
  if (label.empty() || IsFurnitureLabel(label)) return false;
  const char32_t first = core[value_at];
  if (first == U'>' || first == U'＞' || first == U'(' || first == U'[' || IsSentencePunct(first)) return false;
  // "網域名稱 網路動態 網路安全 網路攻擊": a row of tags or links, no value.
  size_t words = 1;
  for (size_t i = value_at; i < core.size(); ++i)
    words += IsSpace(core[i]) && i + 1 < core.size() && !IsSpace(core[i + 1]);
  constexpr size_t kMaxValueWords = 2;
  if (words > kMaxValueWords && !HasSentencePunct(core.substr(value_at))) return false;
  // "消毒機器人 消毒機器人": a link's label printed twice.
  if (WithoutSpaces(core.substr(value_at)) == label) return false;
  // "澜溪即热式热水器 ￥899.00": another product and its price, unless the
  // label names the price ("京 东 价  ￥1299.00").
  const bool priced = first == U'￥' || first == U'¥' || first == U'$';
  return !priced || label.ends_with(U"价") || label.ends_with(U"價");
}

bool IsCodeField(const std::u32string& core) {
  constexpr size_t kMinCode = 2, kMaxCode = 6, kMaxValue = 24;
  size_t i = 0, capitals = 0;
  while (i < core.size() && ((core[i] >= 'A' && core[i] <= 'Z') || (core[i] >= 'a' && core[i] <= 'z'))) {
    capitals += core[i] >= 'A' && core[i] <= 'Z';
    ++i;
  }
  if (i < kMinCode || i > kMaxCode || capitals < 2 || i >= core.size() || (core[i] != U':' && core[i] != U'：')) {
    return false;
  }
  if (EqualsAny(EncodeUtf8(core.substr(0, i)),
                {"LINE", "URL", "TEL", "FAX", "QQ", "FB", "IG", "APP", "QR", "MSN", "ICP"})) {
    return false;
  }
  size_t v = i + 1;
  while (v < core.size() && IsSpace(core[v])) ++v;
  const std::u32string value = core.substr(v);
  return !value.empty() && value.size() <= kMaxValue && value.find(U' ') == std::u32string::npos &&
         !HasSentencePunct(value) && value.find(U"//") == std::u32string::npos;
}

std::vector<size_t> KeepListingFields(std::vector<PageLine>& lines) {
  std::vector<size_t> paragraphs;
  std::vector<size_t> fields;
  size_t contacts = 0;
  // Fields are at least half of the block's lines (pictures aside): a menu
  // with a few field-like lines in it is no record.
  auto dense = [&] {
    size_t others = 0;
    for (size_t k = fields.front(); k <= fields.back(); ++k) {
      others += !lines[k].blank() && lines[k].reason != "image placeholder";
    }
    return fields.size() * 2 >= others;
  };
  // The main-text finder left most of them out: where it kept the fields,
  // it has read the page, and the block is not given back again.
  auto left_out = [&] {
    size_t dropped = 0;
    for (size_t k : fields) dropped += !lines[k].reason.empty();
    return dropped >= kMinFields;
  };
  auto close_block = [&] {
    if (fields.size() >= kMinFields && contacts * 2 < fields.size() && dense() && left_out()) {
      KeepBlock(lines, fields.front(), fields.back(), &paragraphs);
      DropSiteMatterBelow(lines, fields.back());
    }
    fields.clear();
    contacts = 0;
  };
  size_t gap = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    if (!MayStandInBlock(l) || IsServiceHeading(l)) {
      close_block();
      continue;
    }
    if (IsListingField(l.core)) {
      if (!fields.empty() && gap > kMaxGap) close_block();
      fields.push_back(i);
      size_t value_at = 0;
      contacts += IsContactLabel(FieldLabel(l.core, &value_at));
      gap = 0;
      continue;
    }
    ++gap;
  }
  close_block();
  return paragraphs;
}

}  // namespace wenyuan::clean
