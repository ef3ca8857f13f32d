#include "text/word_analyzer.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>

#include "text/jieba_segmenter.h"
#include "util/utf8.h"

#ifndef WENYUAN_JIEBA_DICT_DIR
#define WENYUAN_JIEBA_DICT_DIR ""
#endif

namespace wenyuan::text {

namespace {

bool IsWord(char32_t c) { return IsAlphabeticWordChar(c); }
bool IsAsciiLetter(char32_t c) { return c >= 'a' && c <= 'z'; }  // text is case-folded

// Checks that a jieba data file can be opened and has a first line.
Status CheckDataFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line) || line.empty()) {
    return Status::NotFound("cannot read jieba data file " + path.string() +
                            "; run scripts/setup or set WENYUAN_JIEBA_DICT_DIR");
  }
  return Status::Ok();
}

struct Span {
  size_t begin;
  size_t end;
};

// Sets `term` to the UTF-8 of `cps`, the bytes utf8::Append writes, sized
// once instead of grown per code point.
void AssignUtf8(std::string& term, std::u32string_view cps) {
  size_t size = 0;
  for (const char32_t c : cps) size += utf8::EncodedSize(c);
  term.resize(size);
  char* p = term.data();
  for (const char32_t c : cps) p = utf8::EncodeTo(p, c);
}

// Splits normalised text into the spans the pre-tokeniser keeps whole and
// the runs jieba segments, and emits tokens for both.
class TokenWriter {
 public:
  TokenWriter(std::u32string_view text, std::vector<Token>& out) : text_(text), out_(out) {}

  void Emit(size_t begin, size_t end) {
    Token t;
    AssignUtf8(t.term, text_.substr(begin, end - begin));
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    out_.push_back(std::move(t));
  }

  // Scans the word span starting at `i` (text_[i] is a word character) and
  // returns its end.
  size_t ScanWordSpan(size_t i) {
    if (size_t url_end = ScanUrl(i); url_end > i) {
      Emit(i, url_end);
      return url_end;
    }
    std::vector<Span> segs{{i, ScanAlnum(i)}};
    bool pure_number = AllDigits(segs[0]);
    bool dotted_number = false;
    size_t j = segs[0].end;
    while (j + 1 < text_.size() && IsConnector(text_[j]) && IsWord(text_[j + 1])) {
      char32_t conn = text_[j];
      Span next{j + 1, ScanAlnum(j + 1)};
      bool digits_both = AllDigits(segs.back()) && AllDigits(next);
      if (conn == ',' && !(digits_both && next.end - next.begin == 3)) break;
      if (conn == ':' && !digits_both) break;
      if (!digits_both || (conn != '.' && conn != ',' && conn != ':')) pure_number = false;
      if (conn == '.' && digits_both) dotted_number = true;
      segs.push_back(next);
      j = next.end;
    }
    dotted_number = dotted_number && pure_number;
    // C++, g++, C#
    const Span& last = segs.back();
    if (IsAsciiLetter(text_[last.end - 1])) {
      if (j + 1 < text_.size() && text_[j] == '+' && text_[j + 1] == '+' && !WordAt(j + 2)) {
        j += 2;
      } else if (j < text_.size() && text_[j] == '#' && last.end - last.begin == 1 && !WordAt(j + 1)) {
        j += 1;
      }
    }
    if (segs.size() == 1 && j == segs[0].end && AllDigits(segs[0])) {
      if (size_t date_end = ScanDate(i); date_end > j) return date_end;
    }
    Emit(i, j);
    if (segs.size() > 1 && !pure_number) {
      for (const Span& s : segs) Emit(s.begin, s.end);
    }
    // "Llama 3.1": a word, one space, a version number.
    if (dotted_number && last_word_end_ + 1 == i && text_[i - 1] == ' ') Emit(last_word_begin_, j);
    bool has_letter = false;
    for (const Span& s : segs) has_letter = has_letter || !AllDigits(s);
    if (has_letter) {
      last_word_begin_ = i;
      last_word_end_ = j;
    } else {
      last_word_end_ = kNone;
    }
    return j;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-2);

  bool WordAt(size_t k) const { return k < text_.size() && IsWord(text_[k]); }

  size_t ScanAlnum(size_t k) const {
    while (k < text_.size() && IsWord(text_[k])) ++k;
    return k;
  }

  bool AllDigits(Span s) const {
    for (size_t k = s.begin; k < s.end; ++k) {
      if (!utf8::IsAsciiDigit(text_[k])) return false;
    }
    return true;
  }

  static bool IsConnector(char32_t c) {
    return c == '.' || c == '-' || c == '_' || c == '/' || c == '+' || c == ':' || c == ',';
  }

  bool HasPrefix(size_t k, std::u32string_view prefix) const { return text_.substr(k, prefix.size()) == prefix; }

  static bool IsUrlChar(char32_t c) {
    if (c <= 0x20 || c >= 0x7F) return false;
    switch (c) {
      case '<':
      case '>':
      case '"':
      case '{':
      case '}':
      case '|':
      case '\\':
      case '^':
      case '`':
        return false;
      default:
        return true;
    }
  }

  // The end of a URL starting at `k`, or `k` if none starts there.
  size_t ScanUrl(size_t k) const {
    if (k > 0 && IsWord(text_[k - 1])) return k;
    size_t body = 0;
    for (std::u32string_view p : {U"https://", U"http://", U"ftp://", U"www."}) {
      if (HasPrefix(k, p)) {
        body = k + p.size();
        break;
      }
    }
    if (body == 0 || !WordAt(body)) return k;
    size_t e = body;
    while (e < text_.size() && IsUrlChar(text_[e])) ++e;
    while (e > body && std::u32string_view(U".,;:!?'\")]}").find(text_[e - 1]) != std::u32string_view::npos) --e;
    return e;
  }

  static int DateRank(char32_t c) {
    switch (c) {
      case U'年':
        return 1;
      case U'月':
        return 2;
      case U'日':
      case U'号':
        return 3;
      default:
        return 0;
    }
  }

  // "2024年5月21日", "113年", "5月21日": digits with a unit, units in order.
  // Emits the date and, if it has more than one part, its parts; returns its
  // end, or `k` if no date starts there.
  size_t ScanDate(size_t k) {
    std::vector<Span> parts;
    int rank = 0;
    size_t p = k;
    while (p < text_.size() && utf8::IsAsciiDigit(text_[p])) {
      size_t d = p;
      while (d < text_.size() && utf8::IsAsciiDigit(text_[d]) && d - p < 4) ++d;
      if (d >= text_.size() || WordAt(d)) break;
      int r = DateRank(text_[d]);
      if (r <= rank) break;
      parts.push_back({p, d + 1});
      rank = r;
      p = d + 1;
    }
    if (parts.empty()) return k;
    Emit(k, p);
    if (parts.size() > 1) {
      for (const Span& s : parts) Emit(s.begin, s.end);
    }
    last_word_end_ = kNone;
    return p;
  }

  std::u32string_view text_;
  std::vector<Token>& out_;
  size_t last_word_begin_ = 0;
  size_t last_word_end_ = kNone;
};

}  // namespace

WordAnalyzer::WordAnalyzer(std::shared_ptr<const CharNormalizer> normalizer,
                           std::unique_ptr<const JiebaSegmenter> segmenter)
    : normalizer_(std::move(normalizer)), segmenter_(std::move(segmenter)), classes_(0x10000) {
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    classes_[cp] = static_cast<uint8_t>((IsWord(cp) ? kWordChar : 0) | (IsLetterOrDigit(cp) ? kLetterOrDigit : 0));
  }
}

uint8_t WordAnalyzer::ClassOf(char32_t cp) const {
  if (cp < 0x10000) return classes_[cp];
  return static_cast<uint8_t>((IsWord(cp) ? kWordChar : 0) | (IsLetterOrDigit(cp) ? kLetterOrDigit : 0));
}

WordAnalyzer::~WordAnalyzer() = default;

std::filesystem::path WordAnalyzer::DefaultDictDir() {
  const char* env = std::getenv("WENYUAN_JIEBA_DICT_DIR");
  if (env != nullptr && *env != '\0') return env;
  return WENYUAN_JIEBA_DICT_DIR;
}

Result<std::shared_ptr<const WordAnalyzer>> WordAnalyzer::Create(std::shared_ptr<const ScriptFolder> folder,
                                                                 std::filesystem::path dict_dir) {
  if (dict_dir.empty()) dict_dir = DefaultDictDir();
  if (dict_dir.empty()) {
    return Status::NotFound("no jieba dictionary folder: set WENYUAN_JIEBA_DICT_DIR or run scripts/setup");
  }
  std::filesystem::path dict = dict_dir / "jieba.dict.utf8";
  std::filesystem::path model = dict_dir / "hmm_model.utf8";
  for (const auto& p : {dict, model}) {
    if (Status s = CheckDataFile(p); !s.ok()) return s;
  }
  auto normalizer = CharNormalizer::Create(std::move(folder));
  if (!normalizer.ok()) return normalizer.status();
  WY_ASSIGN_OR_RETURN(auto segmenter, JiebaSegmenter::Load(dict, model));
  return std::shared_ptr<const WordAnalyzer>(new WordAnalyzer(std::move(normalizer).value(), std::move(segmenter)));
}

std::vector<Token> WordAnalyzer::Tokenize(std::string_view text, const UserDictionary* user) const {
  std::u32string norm = normalizer_->NormalizeText(text);
  std::vector<Token> out;
  out.reserve(norm.size());
  TokenWriter writer(norm, out);

  // Each run's words sorted by range, so that `out` is mostly in order
  // already and the final sort is skipped when no user term came in.
  JiebaSegmenter::Scratch scratch;
  std::vector<WordSpan> spans;
  auto segment = [&](size_t begin, size_t end) {
    spans.clear();
    segmenter_->CutForSearch(std::u32string_view(norm).substr(begin, end - begin), scratch, spans);
    std::sort(spans.begin(), spans.end(), [](const WordSpan& a, const WordSpan& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.length < b.length;
    });
    for (const WordSpan& w : spans) {
      Token& t = out.emplace_back();
      t.begin = static_cast<uint32_t>(begin + w.begin);
      t.end = t.begin + w.length;
      AssignUtf8(t.term, std::u32string_view(norm).substr(t.begin, w.length));
    }
  };

  size_t run_begin = 0;
  bool in_run = false;
  for (size_t i = 0; i < norm.size();) {
    const uint8_t c = ClassOf(norm[i]);
    const bool word = (c & kWordChar) != 0;
    const bool segmentable = !word && (c & kLetterOrDigit) != 0;
    if (in_run && !segmentable) {
      segment(run_begin, i);
      in_run = false;
    }
    if (word) {
      i = writer.ScanWordSpan(i);
      continue;
    }
    if (segmentable && !in_run) {
      run_begin = i;
      in_run = true;
    }
    ++i;
  }
  if (in_run) segment(run_begin, norm.size());

  if (user != nullptr) {
    std::vector<TermMatch> matches;
    user->FindAll(norm, matches);
    for (const TermMatch& m : matches) {
      Token t;
      t.term = user->terms()[m.term_index].normalized;
      t.begin = m.begin;
      t.end = m.end;
      out.push_back(std::move(t));
    }
  }

  auto by_range = [](const Token& a, const Token& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; };
  if (!std::is_sorted(out.begin(), out.end(), by_range)) std::sort(out.begin(), out.end(), by_range);
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Token& a, const Token& b) { return a.begin == b.begin && a.end == b.end; }),
            out.end());
  return out;
}

}  // namespace wenyuan::text
