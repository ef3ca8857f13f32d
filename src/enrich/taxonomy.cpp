#include "enrich/taxonomy.h"

#include <algorithm>

#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

constexpr size_t kMaxCategories = 10000;
constexpr size_t kMaxTermsPerCategory = 200;

std::vector<std::string> SplitTerms(std::string_view list) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string_view t = utf8::Trim(current);
    if (!t.empty()) out.emplace_back(t);
    current.clear();
  };
  for (size_t pos = 0; pos < list.size();) {
    size_t start = pos;
    char32_t c = utf8::DecodeNext(list, pos);
    if (c == ',' || c == U'，' || c == U'、' || c == '|' || c == U'｜' || c == ';' || c == U'；') {
      flush();
    } else {
      current.append(list.substr(start, pos - start));
    }
  }
  flush();
  return out;
}

bool IsAlphabeticOnly(const std::u32string& term) {
  return std::all_of(term.begin(), term.end(), [](char32_t c) { return text::IsAlphabeticWordChar(c) || c == ' '; });
}

}  // namespace

Status ValidateTaxonomyName(std::string_view name) {
  size_t n = utf8::CodePointCount(name);
  if (n == 0 || n > 32 || !utf8::IsValid(name) || name.find_first_of("/\\.:*?\"<>|") != std::string_view::npos ||
      utf8::Trim(name) != name) {
    return Status::InvalidArgument("taxonomy name '" + std::string(name) +
                                   "': use 1-32 characters without / \\ . : * ? \" < > | or outer spaces");
  }
  return Status::Ok();
}

Result<Taxonomy> Taxonomy::Parse(std::string name, std::string_view text, const text::CharNormalizer& normalizer,
                                 std::string_view source) {
  WY_RETURN_IF_ERROR(ValidateTaxonomyName(name));
  if (!utf8::IsValid(text)) return Status::InvalidArgument(std::string(source) + ": not valid UTF-8");
  Taxonomy taxonomy;
  taxonomy.name_ = std::move(name);
  LineReader lines(text);
  std::string_view raw;
  size_t line_number = 0;
  while (lines.Next(raw)) {
    ++line_number;
    std::string_view line = utf8::Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    auto where = [&] { return std::string(source) + ":" + std::to_string(line_number) + ": "; };
    std::string category;
    std::vector<std::string> terms;
    size_t colon = line.find(':');
    size_t wide_colon = line.find("：");
    size_t split = std::min(colon, wide_colon);
    if (split != std::string_view::npos) {
      category = std::string(utf8::Trim(line.substr(0, split)));
      size_t after = split + (split == colon ? 1 : std::string_view("：").size());
      terms = SplitTerms(line.substr(after));
      terms.insert(terms.begin(), category);
    } else {
      terms = SplitTerms(line);
      if (!terms.empty()) category = terms.front();
    }
    if (category.empty()) return Status::InvalidArgument(where() + "empty category name");
    if (terms.size() > kMaxTermsPerCategory) {
      return Status::InvalidArgument(where() + "more than " + std::to_string(kMaxTermsPerCategory) + " terms");
    }
    if (taxonomy.categories_.size() >= kMaxCategories) {
      return Status::InvalidArgument(where() + "more than " + std::to_string(kMaxCategories) + " categories");
    }
    Category c{category, {}};
    for (const auto& t : terms) {
      std::u32string normalized = normalizer.NormalizeText(t);
      if (!normalized.empty() && std::find(c.terms.begin(), c.terms.end(), normalized) == c.terms.end()) {
        c.terms.push_back(std::move(normalized));
      }
    }
    taxonomy.categories_.push_back(std::move(c));
  }
  return taxonomy;
}

std::vector<CategoryHit> Taxonomy::Match(const std::u32string& normalized_text) const {
  std::vector<CategoryHit> hits;
  for (const auto& c : categories_) {
    size_t count = 0;
    for (const auto& term : c.terms) {
      const bool whole_words = IsAlphabeticOnly(term);
      for (size_t at = normalized_text.find(term); at != std::u32string::npos;
           at = normalized_text.find(term, at + term.size())) {
        if (whole_words) {
          bool left_ok = at == 0 || !text::IsAlphabeticWordChar(normalized_text[at - 1]);
          size_t after = at + term.size();
          bool right_ok = after >= normalized_text.size() || !text::IsAlphabeticWordChar(normalized_text[after]);
          if (!left_ok || !right_ok) continue;
        }
        ++count;
      }
    }
    if (count > 0) hits.push_back({name_, c.name, count});
  }
  std::sort(hits.begin(), hits.end(), [](const CategoryHit& a, const CategoryHit& b) {
    return a.count != b.count ? a.count > b.count : a.category < b.category;
  });
  return hits;
}

}  // namespace wenyuan::enrich
