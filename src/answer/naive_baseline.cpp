#include "answer/naive_baseline.h"

#include <algorithm>
#include <set>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

// Han characters, letters and digits: what a question is made of.
bool Counts(char32_t c) { return utf8::IsHan(c) || utf8::IsAsciiAlnum(utf8::NarrowFullWidth(c)); }

std::u32string FoldedCodePoints(std::string_view s, const text::ScriptFolder* folder) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::NarrowFullWidth(utf8::DecodeNext(s, pos));
    out += folder ? folder->Fold(c) : c;
  }
  return out;
}

}  // namespace

std::vector<std::string> NaiveBaselineSentences(const search::SearchResponse& search, const text::ScriptFolder* folder,
                                                size_t max_sentences) {
  std::vector<std::string> out;
  if (search.hits.empty()) return out;
  std::set<char32_t> asked;
  for (char32_t c : FoldedCodePoints(search.query, folder)) {
    if (Counts(c)) asked.insert(c);
  }
  const std::string& text = search.hits.front().text;
  const std::u32string folded = FoldedCodePoints(text, folder);
  struct Scored {
    size_t shared;
    size_t position;
    text::TextSpan span;
  };
  std::vector<Scored> scored;
  const auto spans = text::SplitSentences(text);
  for (size_t i = 0; i < spans.size(); ++i) {
    std::set<char32_t> seen;
    for (size_t c = spans[i].begin; c < spans[i].end; ++c) {
      if (asked.count(folded[c])) seen.insert(folded[c]);
    }
    scored.push_back({seen.size(), i, spans[i]});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.shared > b.shared; });
  for (size_t i = 0; i < scored.size() && out.size() < max_sentences; ++i) {
    out.push_back(utf8::SliceCodePoints(text, scored[i].span.begin, scored[i].span.end));
  }
  return out;
}

}  // namespace wenyuan::answer
