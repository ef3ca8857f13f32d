#include "scale_queries.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::bench {
namespace {

std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t at = 0; at < s.size();) out.push_back(utf8::DecodeNext(s, at));
  return out;
}

std::string Join(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) utf8::Append(out, cps[i]);
  return out;
}

// A Han-only stretch of `length` code points, or "".
std::string HanStretch(const std::vector<char32_t>& cps, size_t length, std::mt19937& rng) {
  if (cps.size() < length) return "";
  for (int attempt = 0; attempt < 30; ++attempt) {
    const size_t begin = rng() % (cps.size() - length + 1);
    bool all = true;
    for (size_t i = begin; i < begin + length && all; ++i) all = utf8::IsHan(cps[i]);
    if (all) return Join(cps, begin, begin + length);
  }
  return "";
}

}  // namespace

std::vector<BenchQuery> MakeQueries(const std::vector<catalog::PassageRecord>& passages,
                                    const search::Analysis& analysis, size_t known_items, std::mt19937& rng) {
  std::vector<BenchQuery> out;
  auto random_passage = [&]() -> size_t { return rng() % passages.size(); };
  for (size_t made = 0; made < known_items * 2 / 3;) {
    const size_t p = random_passage();
    const std::string q = HanStretch(CodePoints(passages[p].text), 6 + rng() % 11, rng);
    if (q.empty()) continue;
    out.push_back({Kind::kPhrase, q, static_cast<int64_t>(p)});
    ++made;
  }
  for (size_t made = 0; made < known_items / 3;) {
    const size_t p = random_passage();
    std::vector<std::string> words;
    for (const auto& t : analysis.Words(passages[p].text)) {
      const auto cps = CodePoints(t.term);
      if (cps.size() >= 2 && std::all_of(cps.begin(), cps.end(), utf8::IsHan)) words.push_back(t.term);
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    const size_t want = 2 + rng() % 2;
    if (words.size() < want + 2) continue;
    std::shuffle(words.begin(), words.end(), rng);
    std::string q;
    for (size_t i = 0; i < want; ++i) q += (i ? " " : "") + words[i];
    out.push_back({Kind::kKeywords, q, static_cast<int64_t>(p)});
    ++made;
  }
  for (size_t made = 0; made < 50;) {
    const std::string q = HanStretch(CodePoints(passages[random_passage()].text), 1, rng);
    if (q.empty()) continue;
    out.push_back({Kind::kChar, q});
    ++made;
  }
  const char* common[] = {"的", "政府", "規定", "辦理", "法律", "公司", "中華民國", "應", "人民", "行政院"};
  for (size_t i = 0; i < 50; ++i) out.push_back({Kind::kCommon, common[i % std::size(common)]});
  std::shuffle(out.begin(), out.end(), rng);
  return out;
}

}  // namespace wenyuan::bench
