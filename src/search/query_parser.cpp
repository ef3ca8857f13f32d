#include "search/query_parser.h"

#include <algorithm>
#include <cctype>

#include "util/utf8.h"

namespace wenyuan::search {
namespace {

// Opening quote → its closing quote (as a code point), or 0.
char32_t ClosingQuote(char32_t open) {
  switch (open) {
    case U'"':
      return U'"';
    default:
      return 0;  // 「」 and “” are ordinary punctuation in questions
  }
}

bool IsKeyChar(char c, bool first) {
  return std::isalpha(static_cast<unsigned char>(c)) ||
         (!first && (std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '-'));
}

// Splits into items: a run of non-space characters, where a quoted part
// (which may hold spaces) belongs to the item it starts in.
struct Item {
  std::string raw;      // as typed, quotes removed
  bool quoted = false;  // the value part was quoted
  std::string prefix;   // what came before the quote ("-", "source:")
};

std::vector<Item> Split(std::string_view q) {
  std::vector<Item> items;
  size_t pos = 0;
  while (pos < q.size()) {
    size_t at = pos;
    char32_t cp = utf8::DecodeNext(q, at);
    if (utf8::IsSpace(cp)) {
      pos = at;
      continue;
    }
    Item item;
    std::string current;
    while (pos < q.size()) {
      at = pos;
      cp = utf8::DecodeNext(q, at);
      if (utf8::IsSpace(cp)) break;
      if (char32_t close = ClosingQuote(cp)) {
        item.prefix = current;
        item.quoted = true;
        pos = at;
        std::string inside;
        bool closed = false;
        while (pos < q.size()) {
          size_t next = pos;
          char32_t c = utf8::DecodeNext(q, next);
          pos = next;
          if (c == close) {
            closed = true;
            break;
          }
          utf8::Append(inside, c);
        }
        if (!closed) {  // unbalanced: the quote is ignored, the rest is words
          item.quoted = false;
          item.raw = current + inside;
          item.prefix.clear();
        } else {
          item.raw = inside;
        }
        current.clear();
        break;
      }
      current.append(q.substr(pos, at - pos));
      pos = at;
    }
    if (!item.quoted && item.raw.empty()) item.raw = current;
    items.push_back(std::move(item));
  }
  return items;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

Result<int32_t> ParseQueryDate(std::string_view s, bool end) {
  auto bad = [&] {
    return Status::InvalidArgument("date '" + std::string(s) + "' is not yyyy, yyyy-mm or yyyy-mm-dd");
  };
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-' || s[i] == '/') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4) return bad();
  for (auto p : parts) {
    if (!AllDigits(p) || p.size() > 4) return bad();
  }
  const int year = std::stoi(std::string(parts[0]));
  int month = parts.size() > 1 ? std::stoi(std::string(parts[1])) : (end ? 12 : 1);
  if (month < 1 || month > 12) return bad();
  int day = parts.size() > 2 ? std::stoi(std::string(parts[2])) : (end ? DaysIn(year, month) : 1);
  if (day < 1 || day > DaysIn(year, month)) return bad();
  return static_cast<int32_t>(year * 10000 + month * 100 + day);
}

Result<ParsedQuery> ParseQuery(std::string_view query) {
  ParsedQuery out;
  auto add_text = [&](const std::string& s) {
    if (s.empty()) return;
    if (!out.text.empty()) out.text += ' ';
    out.text += s;
  };
  for (Item& item : Split(query)) {
    // Exclusion: "-" before a word or a quote.
    std::string body = item.quoted ? item.prefix : item.raw;
    bool excluded = false;
    if (!body.empty() && body[0] == '-') {
      excluded = true;
      body.erase(0, 1);
    }
    // Filter: key ":" value, key Latin.
    size_t colon = body.find(':');
    bool is_filter = colon != std::string::npos && colon > 0;
    for (size_t i = 0; is_filter && i < colon; ++i) is_filter = IsKeyChar(body[i], i == 0);
    std::string key = is_filter ? body.substr(0, colon) : "";
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
    if (key == "http" || key == "https" || key == "ftp" || key == "mailto") is_filter = false;
    if (is_filter && !excluded) {
      std::string value = item.quoted ? item.raw : body.substr(colon + 1);
      if (item.quoted && colon + 1 != body.size()) is_filter = false;  // x:y"z": not a filter value
      if (is_filter) {
        if (utf8::Trim(value).empty()) {
          return Status::InvalidArgument("query filter '" + key + ":' has no value");
        }
        if (key == "date") {
          const size_t dots = value.find("..");
          const std::string from = dots == std::string::npos ? value : value.substr(0, dots);
          const std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
          if (!from.empty()) {
            WY_ASSIGN_OR_RETURN(out.date_from, ParseQueryDate(from, false));
          }
          if (!to.empty()) {
            WY_ASSIGN_OR_RETURN(out.date_to, ParseQueryDate(to, true));
          }
          if (from.empty() && to.empty()) return Status::InvalidArgument("query filter 'date:..' has no dates");
          if (out.date_from && out.date_to && out.date_from > out.date_to) {
            return Status::InvalidArgument("query filter 'date:" + value + "' ends before it starts");
          }
        } else if (key == "title") {
          out.titles.push_back(value);
        } else if (key == "category") {
          const size_t slash = value.find('/');
          if (slash == std::string::npos || slash == 0 || utf8::Trim(value.substr(slash + 1)).empty()) {
            return Status::InvalidArgument("query filter 'category:" + value +
                                           "' must name TAXONOMY/CATEGORY (category:行业/金融)");
          }
          out.categories.emplace_back(value.substr(0, slash), value.substr(slash + 1));
        } else {
          out.filters.emplace_back(key, value);
        }
        continue;
      }
    }
    if (excluded) {
      const std::string what = item.quoted ? item.raw : body;
      if (!utf8::Trim(what).empty()) out.excluded.push_back(what);
      continue;
    }
    if (item.quoted) {
      add_text(item.prefix);
      if (!utf8::Trim(item.raw).empty()) {
        out.phrases.push_back(item.raw);
        add_text(item.raw);
      }
      continue;
    }
    add_text(item.raw);
  }
  if (utf8::Trim(out.text).empty() && !out.HasConstraints()) {
    return Status::InvalidArgument("query has nothing to search for");
  }
  if (utf8::Trim(out.text).empty() && out.phrases.empty() && out.filters.empty() && out.titles.empty() &&
      out.categories.empty() && !out.date_from && !out.date_to) {
    return Status::InvalidArgument("query has only exclusions; add words to search for");
  }
  return out;
}

Status ApplyFilters(const QueryFilters& filters, ParsedQuery& parsed) {
  auto require_value = [](const char* name, const std::string& value) {
    if (utf8::Trim(value).empty()) return Status::InvalidArgument(std::string("filter '") + name + "' has no value");
    return Status::Ok();
  };
  for (const auto& v : filters.sources) {
    WY_RETURN_IF_ERROR(require_value("source", v));
    parsed.filters.emplace_back("source", v);
  }
  for (const auto& v : filters.types) {
    WY_RETURN_IF_ERROR(require_value("type", v));
    parsed.filters.emplace_back("type", v);
  }
  for (const auto& [key, value] : filters.metadata) {
    if (key.empty() || key.size() > 64 || !std::all_of(key.begin(), key.end(), [](unsigned char c) {
          return std::isalnum(c) || c == '_';
        })) {
      return Status::InvalidArgument("metadata filter '" + key + "': the key may hold only letters, digits and '_'");
    }
    WY_RETURN_IF_ERROR(require_value(key.c_str(), value));
    std::string lower = key;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    parsed.filters.emplace_back(lower, value);
  }
  for (const auto& value : filters.categories) {
    const size_t slash = value.find('/');
    if (slash == std::string::npos || slash == 0 || utf8::Trim(value.substr(slash + 1)).empty()) {
      return Status::InvalidArgument("category filter '" + value + "' must be TAXONOMY/CATEGORY");
    }
    parsed.categories.emplace_back(value.substr(0, slash), value.substr(slash + 1));
  }
  if (!filters.date_from.empty()) {
    auto from = ParseQueryDate(filters.date_from, false);
    if (!from.ok()) return from.status().WithContext("date_from");
    parsed.date_from = std::max(parsed.date_from, *from);
  }
  if (!filters.date_to.empty()) {
    auto to = ParseQueryDate(filters.date_to, true);
    if (!to.ok()) return to.status().WithContext("date_to");
    parsed.date_to = parsed.date_to ? std::min(parsed.date_to, *to) : *to;
  }
  if (parsed.date_from && parsed.date_to && parsed.date_from > parsed.date_to) {
    return Status::InvalidArgument("the date range ends before it starts");
  }
  return Status::Ok();
}

}  // namespace wenyuan::search
