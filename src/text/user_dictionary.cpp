#include "text/user_dictionary.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "util/file_io.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::text {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

// Drops a comment: from a '#' at the start or after white space.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

std::vector<std::string_view> SplitColumns(std::string_view line) {
  std::vector<std::string_view> cols;
  bool tabs = line.find('\t') != std::string_view::npos;
  size_t i = 0;
  while (i < line.size()) {
    if (tabs ? line[i] == '\t' : IsBlank(line[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && !(tabs ? line[j] == '\t' : IsBlank(line[j]))) ++j;
    std::string_view col = utf8::Trim(line.substr(i, j - i));
    if (!col.empty()) cols.push_back(col);
    i = j;
  }
  return cols;
}

bool ParseWeight(std::string_view s, double& weight) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, weight);
  return ec == std::errc() && ptr == end && std::isfinite(weight) && weight > 0;
}

bool LooksNumeric(std::string_view s) {
  return !s.empty() && (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-' || s[0] == '+' || s[0] == '.');
}

}  // namespace

Result<std::shared_ptr<const UserDictionary>> UserDictionary::Load(const std::filesystem::path& path,
                                                                   const CharNormalizer& normalizer) {
  auto contents = ReadFileToString(path, kMaxFileBytes);
  if (!contents.ok()) return contents.status();
  return Parse(*contents, path.string(), normalizer);
}

Result<std::shared_ptr<const UserDictionary>> UserDictionary::Parse(std::string_view contents, std::string_view source,
                                                                    const CharNormalizer& normalizer) {
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);
  std::shared_ptr<UserDictionary> dict(new UserDictionary());
  LineReader lines(contents);
  std::string_view line;
  while (lines.Next(line)) {
    auto where = [&] { return std::string(source) + ":" + std::to_string(lines.line_number()) + ": "; };
    size_t bad = 0;
    if (!utf8::IsValid(line, &bad)) {
      return Status::InvalidArgument(where() + "not valid UTF-8 (byte " + std::to_string(bad + 1) + ")");
    }
    std::vector<std::string_view> cols = SplitColumns(StripComment(line));
    if (cols.empty()) continue;
    if (cols.size() > 3) {
      return Status::InvalidArgument(where() + "expected 'term [weight] [part of speech]', found " +
                                     std::to_string(cols.size()) + " columns");
    }
    UserTerm t;
    t.term = std::string(cols[0]);
    if (cols.size() == 2) {
      if (LooksNumeric(cols[1])) {
        if (!ParseWeight(cols[1], t.weight)) {
          return Status::InvalidArgument(where() + "weight must be a positive number, not '" + std::string(cols[1]) +
                                         "'");
        }
      } else {
        t.part_of_speech = std::string(cols[1]);
      }
    } else if (cols.size() == 3) {
      if (!ParseWeight(cols[1], t.weight)) {
        return Status::InvalidArgument(where() + "weight must be a positive number, not '" + std::string(cols[1]) +
                                       "'");
      }
      t.part_of_speech = std::string(cols[2]);
    }
    std::u32string key = normalizer.NormalizeText(t.term);
    for (char32_t cp : key) utf8::Append(t.normalized, cp);
    dict->Insert(key, static_cast<uint32_t>(dict->terms_.size()));
    dict->terms_.push_back(std::move(t));
  }
  return std::shared_ptr<const UserDictionary>(std::move(dict));
}

int32_t UserDictionary::Child(uint32_t node, char32_t cp) const {
  const auto& ch = nodes_[node].children;
  auto it = std::lower_bound(ch.begin(), ch.end(), cp, [](const auto& e, char32_t c) { return e.first < c; });
  return (it != ch.end() && it->first == cp) ? static_cast<int32_t>(it->second) : -1;
}

void UserDictionary::Insert(std::u32string_view key, uint32_t term_index) {
  uint32_t node = 0;
  for (char32_t cp : key) {
    int32_t next = Child(node, cp);
    if (next < 0) {
      next = static_cast<int32_t>(nodes_.size());
      nodes_.emplace_back();
      auto& ch = nodes_[node].children;
      auto it = std::lower_bound(ch.begin(), ch.end(), cp, [](const auto& e, char32_t c) { return e.first < c; });
      ch.insert(it, {cp, static_cast<uint32_t>(next)});
    }
    node = static_cast<uint32_t>(next);
  }
  // A term listed twice keeps its first line.
  if (nodes_[node].term < 0) nodes_[node].term = static_cast<int32_t>(term_index);
}

void UserDictionary::FindAll(std::u32string_view text, std::vector<TermMatch>& out) const {
  if (terms_.empty()) return;
  for (size_t begin = 0; begin < text.size(); ++begin) {
    // A term starting with a word character must not start mid-word.
    bool starts_mid_word = begin > 0 && IsAlphabeticWordChar(text[begin - 1]) && IsAlphabeticWordChar(text[begin]);
    if (starts_mid_word) continue;
    uint32_t node = 0;
    for (size_t i = begin; i < text.size(); ++i) {
      int32_t next = Child(node, text[i]);
      if (next < 0) break;
      node = static_cast<uint32_t>(next);
      int32_t term = nodes_[node].term;
      if (term < 0) continue;
      bool ends_mid_word = i + 1 < text.size() && IsAlphabeticWordChar(text[i]) && IsAlphabeticWordChar(text[i + 1]);
      if (!ends_mid_word) {
        out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i + 1), static_cast<uint32_t>(term)});
      }
    }
  }
}

}  // namespace wenyuan::text
