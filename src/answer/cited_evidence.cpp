#include "answer/cited_evidence.h"

#include <map>
#include <set>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

bool IsWordChar(char32_t c) { return utf8::IsHan(c) || utf8::IsAsciiAlnum(utf8::NarrowFullWidth(c)); }

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(utf8::DecodeNext(s, pos));
  return out;
}

// Distinct bigrams of word characters, markers "[n]" left out.
std::set<std::u32string> Bigrams(std::u32string_view text) {
  std::set<std::u32string> out;
  char32_t prev = 0;
  bool in_marker = false;
  for (char32_t c : text) {
    if (c == U'[') in_marker = true;
    if (in_marker) {
      if (c == U']') in_marker = false;
      prev = 0;
      continue;
    }
    if (!IsWordChar(c)) {
      prev = 0;
      continue;
    }
    if (prev) out.insert(std::u32string{prev, c});
    prev = c;
  }
  return out;
}

std::string Renumbered(std::string_view text, const std::map<size_t, size_t>& renumber) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '[') {
      size_t j = i + 1;
      size_t n = 0;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') n = n * 10 + static_cast<size_t>(text[j++] - '0');
      auto it = renumber.find(n);
      if (j > i + 1 && j < text.size() && text[j] == ']' && it != renumber.end()) {
        out += "[" + std::to_string(it->second) + "]";
        i = j + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace

SupportMatch BestSupport(std::string_view passage, std::string_view claim) {
  const std::u32string text = ToU32(passage);
  SupportMatch best{0, text.size(), 0};
  const std::set<std::u32string> wanted = Bigrams(ToU32(claim));
  if (wanted.empty()) return best;
  for (const text::TextSpan& s : text::SplitSentences(std::u32string_view(text))) {
    std::set<std::u32string> have = Bigrams(std::u32string_view(text).substr(s.begin, s.length()));
    size_t shared = 0;
    for (const auto& b : wanted) shared += have.count(b);
    if (shared > best.shared) best = {s.begin, s.end, shared};
  }
  return best;
}

void KeepCitedEvidence(GroundedAnswer& g) {
  std::map<size_t, size_t> renumber;  // prompt number → shown number
  for (size_t n : g.cited) {
    if (n >= 1 && n <= g.evidence.size()) renumber.emplace(n, 0);
  }
  size_t next = 1;
  for (auto& [from, to] : renumber) to = next++;

  // The best span per evidence over all claims citing it.
  std::map<size_t, SupportMatch> best;
  g.support.assign(g.sentences.size(), {});
  for (size_t si = 0; si < g.sentences.size(); ++si) {
    CitedSentence& s = g.sentences[si];
    for (size_t& n : s.citations) {
      auto it = renumber.find(n);
      if (it == renumber.end()) continue;
      const std::string& passage = g.evidence[n - 1].text;
      SupportMatch m = BestSupport(passage, s.text);
      auto [at, inserted] = best.emplace(it->second, m);
      if (!inserted && m.shared > at->second.shared) at->second = m;
      n = it->second;
      g.support[si].push_back({n, m.begin, m.end});
    }
  }
  std::vector<Evidence> kept;
  for (const auto& [from, to] : renumber) {
    Evidence e = g.evidence[from - 1];
    auto m = best.find(to);
    if (m != best.end() && m->second.shared > 0) {
      e.text = utf8::SliceCodePoints(e.text, m->second.begin, m->second.end);
      e.citation.begin += m->second.begin;
      e.citation.end = e.citation.begin + (m->second.end - m->second.begin);
    }
    kept.push_back(std::move(e));
  }
  g.evidence = std::move(kept);
  g.text = Renumbered(g.text, renumber);
  std::vector<size_t> cited;
  for (const auto& [from, to] : renumber) cited.push_back(to);
  g.cited = std::move(cited);
}

}  // namespace wenyuan::answer
