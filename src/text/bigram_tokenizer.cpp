#include "text/bigram_tokenizer.h"

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

bool IsWordChar(char32_t cp) { return utf8::IsAsciiAlnum(utf8::NarrowFullWidth(cp)); }

// Han characters of the Basic Multilingual Plane take three bytes each.
bool IsThreeBytes(char32_t c) { return c >= 0x800 && c < 0x10000 && (c < 0xD800 || c > 0xDFFF); }

char* PutThreeBytes(char* p, char32_t c) {
  *p++ = static_cast<char>(0xE0 | (c >> 12));
  *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  *p++ = static_cast<char>(0x80 | (c & 0x3F));
  return p;
}

void EmitHanRun(const std::u32string& run, uint32_t run_begin, std::vector<Token>& out) {
  if (run.size() == 1) {
    Token& t = out.emplace_back();
    utf8::Append(t.term, run[0]);
    t.begin = run_begin;
    t.end = run_begin + 1;
    return;
  }
  for (size_t i = 0; i + 1 < run.size(); ++i) {
    Token& t = out.emplace_back();
    if (IsThreeBytes(run[i]) && IsThreeBytes(run[i + 1])) {  // written at once: what Append writes
      t.term.resize(6);
      PutThreeBytes(PutThreeBytes(t.term.data(), run[i]), run[i + 1]);
    } else {
      utf8::Append(t.term, run[i]);
      utf8::Append(t.term, run[i + 1]);
    }
    t.begin = run_begin + static_cast<uint32_t>(i);
    t.end = t.begin + 2;
  }
}

}  // namespace

std::vector<Token> BigramTokenizer::Tokenize(std::string_view text) const {
  std::vector<Token> out;
  out.reserve(text.size() / 3 + 1);  // a bigram per Han character (3 bytes), about
  std::u32string han_run;
  uint32_t han_begin = 0;
  Token word;
  bool in_word = false;
  uint32_t cp_index = 0;
  for (size_t pos = 0; pos < text.size(); ++cp_index) {
    char32_t cp = utf8::DecodeNext(text, pos);
    if (utf8::IsHan(cp)) {
      if (in_word) {
        word.end = cp_index;
        out.push_back(std::move(word));
        word = Token();
        in_word = false;
      }
      if (han_run.empty()) han_begin = cp_index;
      han_run += folder_ ? folder_->Fold(cp) : cp;
      continue;
    }
    if (!han_run.empty()) {
      EmitHanRun(han_run, han_begin, out);
      han_run.clear();
    }
    if (IsWordChar(cp)) {
      char32_t c = utf8::NarrowFullWidth(cp);
      if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
      if (!in_word) {
        in_word = true;
        word.begin = cp_index;
      }
      word.term += static_cast<char>(c);
      continue;
    }
    if (in_word) {
      word.end = cp_index;
      out.push_back(std::move(word));
      word = Token();
      in_word = false;
    }
  }
  if (!han_run.empty()) EmitHanRun(han_run, han_begin, out);
  if (in_word) {
    word.end = cp_index;
    out.push_back(std::move(word));
  }
  return out;
}

}  // namespace wenyuan::text
