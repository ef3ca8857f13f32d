// MakeSnippet walks the passage token by token without storing its tokens;
// it must give exactly the snippet of the plain definition (tokenise the
// passage, mark the tokens equal to a query term or holding a one-Han-
// character term, pick the window): checked on passages cut from
// ../shared/corpus with many query term sets, with and without script
// folding, and on edge cases.
#include "search/snippet.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::search {
namespace snippet_test {

// The definition MakeSnippet keeps: the passage's whole token vector, each
// token matched against the query terms, then the window.
Snippet ReferenceSnippet(const std::string& text, const std::vector<text::Token>& tokens,
                         const std::vector<std::string>& query_terms, size_t chars) {
  std::vector<std::string> single;
  for (const auto& q : query_terms) {
    size_t at = 0;
    if (!q.empty() && utf8::IsHan(utf8::DecodeNext(q, at)) && at == q.size()) single.push_back(q);
  }
  const std::unordered_set<std::string> exact(query_terms.begin(), query_terms.end());
  auto wanted = [&](const std::string& term) {
    if (exact.contains(term)) return true;
    for (const auto& c : single) {
      if (term.find(c) != std::string::npos) return true;
    }
    return false;
  };
  std::vector<Highlight> hits;
  for (const auto& t : tokens) {
    if (!wanted(t.term)) continue;
    if (!hits.empty() && t.begin <= hits.back().end) {
      hits.back().end = std::max<size_t>(hits.back().end, t.end);
    } else {
      hits.push_back({t.begin, t.end});
    }
  }
  utf8::CodePointIndex index(text);
  const size_t n = index.size();
  Snippet s;
  size_t best_begin = 0;
  if (n > chars && !hits.empty()) {
    size_t best = 0;
    for (size_t i = 0, j = 0; i < hits.size(); ++i) {
      size_t window_end = hits[i].begin + chars;
      while (j < hits.size() && hits[j].end <= window_end) ++j;
      if (j - i > best) {
        best = j - i;
        best_begin = hits[i].begin;
      }
    }
    best_begin = best_begin > chars / 6 ? best_begin - chars / 6 : 0;
    if (best_begin + chars > n) best_begin = n - chars;
  }
  s.begin = best_begin;
  s.end = std::min(n, best_begin + chars);
  s.text = std::string(index.Slice(s.begin, s.end));
  for (const auto& h : hits) {
    if (h.begin >= s.begin && h.end <= s.end) s.highlights.push_back(h);
  }
  return s;
}

std::string Describe(const Snippet& s) {
  std::ostringstream out;
  out << "[" << s.begin << "," << s.end << ") \"" << s.text << "\" highlights";
  for (const auto& h : s.highlights) out << " [" << h.begin << "," << h.end << ")";
  return out.str();
}

// Compares the two on one input; returns the number of highlights made.
size_t ExpectSame(const text::BigramTokenizer& tokenizer, const std::string& text,
                  const std::vector<std::string>& terms, size_t chars) {
  const Snippet want = ReferenceSnippet(text, tokenizer.Tokenize(text), terms, chars);
  const Snippet got = MakeSnippet(text, tokenizer, terms, chars);
  const bool same =
      got.text == want.text && got.begin == want.begin && got.end == want.end &&
      got.highlights.size() == want.highlights.size() &&
      std::equal(got.highlights.begin(), got.highlights.end(), want.highlights.begin(),
                 [](const Highlight& a, const Highlight& b) { return a.begin == b.begin && a.end == b.end; });
  if (!same) {
    std::string joined;
    for (const auto& t : terms) joined += "|" + t;
    ADD_FAILURE() << "chars " << chars << " terms " << joined << "\ntext: " << text << "\nwant " << Describe(want)
                  << "\ngot  " << Describe(got);
  }
  return want.highlights.size();
}

const text::BigramTokenizer& FoldingTokenizer() {
  static const text::BigramTokenizer tokenizer = [] {
    auto folder = text::ScriptFolder::Create();
    EXPECT_TRUE(folder.ok()) << folder.status().ToString();
    return folder.ok() ? text::BigramTokenizer(folder.value()) : text::BigramTokenizer();
  }();
  return tokenizer;
}

// Passages of 20 to 800 code points made of consecutive corpus lines.
std::vector<std::string> CorpusPassages() {
  std::vector<std::string> out;
  std::mt19937 rng(20);
  for (const char* name : {"people-daily-segmented.txt", "web-pages-zh.txt"}) {
    std::string passage;
    size_t want = 20;
    for (const auto& line : testing::ReadLines(testing::SharedDir() / "corpus" / name)) {
      passage += line;
      if (utf8::CodePointCount(passage) < want) continue;
      out.push_back(std::move(passage));
      passage.clear();
      want = std::uniform_int_distribution<size_t>(20, 800)(rng);
    }
    if (!passage.empty()) out.push_back(passage);
  }
  return out;
}

// Query term sets drawn from a passage's own tokens and characters (and
// from another passage's, which mostly miss).
std::vector<std::vector<std::string>> TermSets(const text::BigramTokenizer& tokenizer, const std::string& text,
                                               const std::string& other, std::mt19937& rng) {
  const auto tokens = tokenizer.Tokenize(text);
  const auto other_tokens = tokenizer.Tokenize(other);
  std::vector<std::string> bigrams, words, hans, unfolded;
  for (const auto& t : tokens) {
    size_t at = 0;
    const char32_t first = utf8::DecodeNext(t.term, at);
    (utf8::IsHan(first) ? bigrams : words).push_back(t.term);
  }
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    if (utf8::IsHan(utf8::DecodeNext(text, pos))) unfolded.push_back(text.substr(start, pos - start));
  }
  for (const auto& b : bigrams) {  // the folded characters
    size_t at = 0;
    std::string c;
    utf8::Append(c, utf8::DecodeNext(b, at));
    hans.push_back(c);
  }
  auto pick = [&rng](const std::vector<std::string>& from, size_t count, std::vector<std::string>& into) {
    for (size_t i = 0; i < count && !from.empty(); ++i) {
      into.push_back(from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng)]);
    }
  };
  std::vector<std::vector<std::string>> sets(9);  // the last stays empty: the passage's head
  pick(bigrams, 1, sets[0]);
  pick(bigrams, 6, sets[1]);
  pick(hans, 2, sets[2]);
  pick(unfolded, 2, sets[3]);  // Traditional characters miss folded tokens
  pick(words, 3, sets[4]);
  for (const auto& w : sets[4]) sets[5].push_back(utf8::AsciiLower(w) == w ? w + "x" : w);
  pick(bigrams, 3, sets[6]);
  pick(hans, 1, sets[6]);
  pick(words, 1, sets[6]);
  pick(unfolded, 1, sets[6]);
  sets[6].push_back("");
  for (const auto& t : other_tokens) {  // a long query: many terms, some shared
    if (sets[7].size() < 40) sets[7].push_back(t.term);
  }
  pick(bigrams, 2, sets[7]);
  return sets;
}

TEST(Snippet, SameAsTokenisingThenMatchingOnTheSharedCorpus) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const std::vector<std::string> passages = CorpusPassages();
  ASSERT_GT(passages.size(), 500u);
  const text::BigramTokenizer plain;
  std::mt19937 rng(7);
  size_t inputs = 0, highlights = 0;
  for (size_t p = 0; p < passages.size(); ++p) {
    const std::string& other = passages[(p * 7 + 3) % passages.size()];
    for (const text::BigramTokenizer* tokenizer : {&FoldingTokenizer(), &plain}) {
      for (const auto& terms : TermSets(*tokenizer, passages[p], other, rng)) {
        for (size_t chars : {12, 60, 200, 1000}) {
          highlights += ExpectSame(*tokenizer, passages[p], terms, chars);
          ++inputs;
          if (::testing::Test::HasFailure()) return;
        }
      }
    }
  }
  EXPECT_GT(inputs, 20000u);
  EXPECT_GT(highlights, 50000u);
}

TEST(Snippet, SameAsTokenisingThenMatchingOnEdgeCases) {
  const text::BigramTokenizer plain;
  const std::vector<std::string> texts = {
      "",
      "資",
      "資安",
      "ABC資安😀資安",
      "發展與发展，發 展",
      "ＧＰＴ４與gpt4、Wi-Fi 6、IPv6升級",
      "𠀀𠀁x𠀀 〇〇七",
      std::string("壞\xff\xfe字節\xe4\xb8資安") + "\xe8",
      "資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安資安",
  };
  const std::vector<std::vector<std::string>> term_sets = {
      {},
      {""},
      {"資安"},
      {"資"},
      {"安"},
      {"发展"},
      {"發展"},
      {"發"},
      {"发", "展"},
      {"gpt4"},
      {"GPT4"},
      {"wi", "fi", "6"},
      {"ipv6", "升级"},
      {"𠀀"},
      {"𠀀𠀁"},
      {"〇"},
      {"〇七"},
      {"字节", "资安"},
      {"字節"},
      {"\xff"},
      {"安資", "資安", "資"},
  };
  for (const auto* tokenizer : {&FoldingTokenizer(), &plain}) {
    for (const auto& text : texts) {
      for (const auto& terms : term_sets) {
        for (size_t chars : {0, 1, 2, 5, 100}) ExpectSame(*tokenizer, text, terms, chars);
      }
    }
  }
}

}  // namespace snippet_test
}  // namespace wenyuan::search
