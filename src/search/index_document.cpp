#include <cmath>
#include <nlohmann/json.hpp>
#include <span>

#include "search/index_search.h"
#include "search/proximity.h"
#include "util/utf8.h"

// Building index documents from passages (MakeIndexDocument and what the
// passages of one document share); searching is in index_search.cpp.

namespace wenyuan::search {
namespace {

// The index stores integer token weights, so the title weight is baked in
// at index time, rounded (`--ranking title=K` needs a fresh index, which
// `wenyuan eval` builds anyway).
uint32_t IndexedTitleWeight(const RankingParams& ranking) {
  return static_cast<uint32_t>(std::lround(ranking.title_weight));
}

void HashInto(uint64_t& h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  h ^= 0xff;  // field separator
  h *= 0x100000001b3ull;
}

// Each Han character of the bigram tokens `tokens` (positions `base` +
// offset) as a CharTerm at its position, weighing the summed weight of the
// tokens that hold it (a token counts a character once), so its frequency
// is what the union of those tokens' postings would give. Field lengths do
// not change. `out` may be the vector `tokens` views: they are read whole
// before it grows.
void AddCharTerms(std::span<const index::FieldToken> tokens, uint32_t base, uint32_t weight,
                  std::vector<index::FieldToken>& out) {
  if (weight == 0 || tokens.empty()) return;
  // offset → (character, weight), in one flat array over the tokens' span
  // (offsets are code points of one text: no allocation per character).
  uint32_t end = 0;
  for (const auto& t : tokens) end = std::max(end, static_cast<uint32_t>(t.position - base + t.term.size()));
  std::vector<std::pair<char32_t, uint32_t>> at(end);
  uint32_t count = 0;
  for (const auto& t : tokens) {
    char32_t seen = 0;
    size_t pos = 0;
    for (uint32_t i = 0; pos < t.term.size(); ++i) {
      const char32_t c = utf8::DecodeNext(t.term, pos);
      if (!utf8::IsHan(c) || c == seen) continue;
      seen = c;
      auto& slot = at[t.position - base + i];
      count += slot.second == 0;
      slot.first = c;
      slot.second += weight;
    }
  }
  out.reserve(out.size() + count);
  for (uint32_t offset = 0; offset < end; ++offset) {
    const auto& [c, w] = at[offset];
    if (w == 0) continue;
    index::FieldToken& token = out.emplace_back();  // built in place
    token.term = index::kCharTermPrefix;            // index::CharTerm of the character
    utf8::Append(token.term, c);
    token.position = base + offset;
    token.weight = w;
  }
}

}  // namespace

int32_t DateNumber(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return 0;
  int32_t n = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return 0;
    n = n * 10 + (d[i] - '0');
  }
  return n;
}

uint64_t PassageSignature(const IndexablePassage& p) {
  uint64_t h = 0xcbf29ce484222325ull;
  const auto& r = p.passage;
  for (int64_t v : {r.id, r.document_id, r.number, r.start, r.end}) HashInto(h, std::to_string(v));
  for (const std::string* s :
       {&r.title, &r.source, &r.date, &p.format, &p.metadata_json, &p.url, &p.author, &p.content_hash}) {
    HashInto(h, *s);
  }
  return h;
}

IndexedDocumentPart MakeIndexedDocumentPart(const Analysis& analysis, const IndexablePassage& p) {
  using index::Field;
  const auto& r = p.passage;
  IndexedDocumentPart part;
  const uint32_t title_weight = IndexedTitleWeight(analysis.ranking);
  auto add = [&](Field field, std::vector<index::FieldToken>& out, const std::vector<text::Token>& tokens,
                 uint32_t base, uint32_t weight) {
    if (weight == 0) return;
    out.reserve(out.size() + tokens.size());
    for (const auto& t : tokens) {  // built in place: one string copy
      index::FieldToken& token = out.emplace_back();
      token.term = t.term;
      token.position = base + t.begin;
      token.weight = weight;
    }
    part.length[static_cast<size_t>(field)] += weight * static_cast<uint32_t>(tokens.size());
  };
  // The title's words serve its own field and the body's (TitleFieldTokens
  // without analysing it twice).
  if (analysis.words) {
    const std::vector<text::Token> title_words = analysis.Words(r.title);
    add(Field::kTitle, part.title, title_words, 0, 1);
    add(Field::kBody, part.body_title, title_words, index::kTitlePositionBase, title_weight);
  } else {
    add(Field::kTitle, part.title, analysis.bigrams.Tokenize(r.title), 0, 1);
  }
  if (analysis.use_bigrams) {
    add(Field::kBigrams, part.bigram_title, analysis.bigrams.Tokenize(r.title), index::kTitlePositionBase,
        title_weight);
    AddCharTerms(part.bigram_title, index::kTitlePositionBase, title_weight, part.char_title);
  }
  auto& kw = part.keywords;
  if (analysis.use_bigrams) kw.emplace_back(index::kCharTermsKeyword);
  // The title as a query names it, for the title-match bonus (AddTitleBonus).
  const std::string folded_title = FoldForMatch(r.title, analysis.folder.get());
  if (TitleNamedInQuery(folded_title, folded_title)) kw.push_back(index::TitleKey(folded_title));
  kw.emplace_back(index::kTitleKeysKeyword);
  kw.push_back("doc:" + std::to_string(r.document_id));
  const std::string file = r.source.substr(0, r.source.find('#'));
  kw.push_back("file:" + file);
  kw.push_back("source:" + utf8::AsciiLower(r.source));
  const size_t slash = file.find_last_of('/');
  if (slash != std::string::npos && slash + 1 < file.size())
    kw.push_back("source:" + utf8::AsciiLower(file.substr(slash + 1)));
  if (!p.url.empty()) {
    kw.push_back("source:" + utf8::AsciiLower(p.url));
    const size_t scheme = p.url.find("://");
    if (scheme != std::string::npos) {
      const size_t host_end = p.url.find('/', scheme + 3);
      kw.push_back("source:" +
                   utf8::AsciiLower(p.url.substr(
                       scheme + 3, host_end == std::string::npos ? std::string::npos : host_end - scheme - 3)));
    }
  }
  if (!p.format.empty()) kw.push_back("type:" + utf8::AsciiLower(p.format));
  if (!p.author.empty()) kw.push_back("author:" + utf8::AsciiLower(p.author));
  nlohmann::json meta = nlohmann::json::parse(p.metadata_json, nullptr, false);
  if (meta.is_object()) {
    for (auto it = meta.begin(); it != meta.end(); ++it) {
      std::string value;
      if (it.value().is_string())
        value = it.value().get<std::string>();
      else if (it.value().is_number() || it.value().is_boolean())
        value = it.value().dump();
      else
        continue;
      kw.push_back(utf8::AsciiLower(it.key()) + ":" + utf8::AsciiLower(value));
    }
  }
  std::sort(kw.begin(), kw.end());
  kw.erase(std::unique(kw.begin(), kw.end()), kw.end());
  return part;
}

bool SameDocumentPart(const IndexablePassage& a, const IndexablePassage& b) {
  const auto& x = a.passage;
  const auto& y = b.passage;
  return x.document_id == y.document_id && x.title == y.title && x.source == y.source && a.url == b.url &&
         a.format == b.format && a.author == b.author && a.metadata_json == b.metadata_json;
}

index::IndexDocument MakeIndexDocument(const Analysis& analysis, const IndexablePassage& p,
                                       std::vector<text::Token>* words) {
  return MakeIndexDocument(analysis, p, MakeIndexedDocumentPart(analysis, p), words);
}

index::IndexDocument MakeIndexDocument(const Analysis& analysis, const IndexablePassage& p,
                                       const IndexedDocumentPart& part, std::vector<text::Token>* words) {
  using index::Field;
  const auto& r = p.passage;
  index::IndexDocument doc;
  doc.values.passage_id = r.id;
  doc.values.document_id = r.document_id;
  doc.values.signature = PassageSignature(p);
  doc.values.date = DateNumber(r.date);
  doc.title = r.title;
  for (size_t f = 0; f < index::kLengthFields; ++f) doc.values.length[f] = part.length[f];
  auto add = [&](Field field, const std::vector<text::Token>& tokens) {
    auto& out = doc.tokens[static_cast<size_t>(field)];
    for (const auto& t : tokens) {  // built in place: one string copy
      index::FieldToken& token = out.emplace_back();
      token.term = t.term;
      token.position = t.begin;
      token.weight = 1;
    }
    doc.values.length[static_cast<size_t>(field)] += static_cast<uint32_t>(tokens.size());
  };
  auto append = [](std::vector<index::FieldToken>& out, const std::vector<index::FieldToken>& tokens) {
    out.insert(out.end(), tokens.begin(), tokens.end());
  };
  doc.tokens[static_cast<size_t>(Field::kTitle)] = part.title;
  if (analysis.words) {
    std::vector<text::Token> text_words = analysis.words->Tokenize(r.text, analysis.user_dictionary.get());
    const bool folding = analysis.regional_folding && analysis.regional_vocabulary;
    if (folding) {
      if (words) *words = text_words;                              // handed on as analysed, before folding
      analysis.regional_vocabulary->AddMainlandForms(text_words);  // as Analysis::Words does
    }
    auto& body = doc.tokens[static_cast<size_t>(Field::kBody)];
    body.reserve(text_words.size() + part.body_title.size());
    add(Field::kBody, text_words);
    append(body, part.body_title);
    if (words && !folding) *words = std::move(text_words);
  }
  if (analysis.use_bigrams) {
    // The text's bigrams go straight into the field (no token list first);
    // a Han text has a bigram and a character term per character, about.
    auto& bigrams = doc.tokens[static_cast<size_t>(Field::kBigrams)];
    bigrams.reserve(2 * (r.text.size() / 3 + 1) + part.bigram_title.size() + part.char_title.size());
    analysis.bigrams.ForEachToken(r.text, [&bigrams](std::string_view term, uint32_t begin, uint32_t) {
      index::FieldToken& token = bigrams.emplace_back();
      token.term = term;
      token.position = begin;
    });
    const size_t text_bigrams = bigrams.size();
    doc.values.length[static_cast<size_t>(Field::kBigrams)] += static_cast<uint32_t>(text_bigrams);
    append(bigrams, part.bigram_title);
    AddCharTerms(std::span(bigrams.data(), text_bigrams), 0, 1, bigrams);
    append(bigrams, part.char_title);
  }
  doc.keywords = part.keywords;
  return doc;
}

}  // namespace wenyuan::search
