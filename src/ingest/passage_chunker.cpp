#include "ingest/passage_chunker.h"

#include <algorithm>
#include <string>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

struct Unit {  // a piece that is never split: a sentence, or a short paragraph
  size_t begin;
  size_t end;
  bool ends_paragraph;
};

// Sentences of each line, in code points of the whole text.
std::vector<Unit> Units(const std::u32string& text, size_t hard_max) {
  std::vector<Unit> units;
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find(U'\n', line_start);
    if (line_end == std::u32string::npos) line_end = text.size();
    auto sentences = text::SplitSentences(std::u32string_view(text).substr(line_start, line_end - line_start));
    for (size_t i = 0; i < sentences.size(); ++i) {
      size_t b = line_start + sentences[i].begin;
      size_t e = line_start + sentences[i].end;
      while (e - b > hard_max) {
        units.push_back({b, b + hard_max, false});
        b += hard_max;
      }
      units.push_back({b, e, i + 1 == sentences.size()});
    }
    line_start = line_end + 1;
  }
  return units;
}

}  // namespace

std::vector<catalog::PassageInput> ChunkPassages(std::string_view document_text, const ChunkOptions& options) {
  std::u32string text;
  for (size_t pos = 0; pos < document_text.size();) text += utf8::DecodeNext(document_text, pos);
  const std::vector<Unit> units = Units(text, std::max<size_t>(1, options.hard_max_chars));

  std::vector<catalog::PassageInput> out;
  utf8::CodePointIndex index(document_text);
  auto emit = [&](size_t b, size_t e) {
    catalog::PassageInput p;
    p.start = static_cast<int64_t>(b);
    p.end = static_cast<int64_t>(e);
    p.text = std::string(index.Slice(b, e));
    out.push_back(std::move(p));
  };

  size_t i = 0;
  bool open = false;
  size_t cur_begin = 0, cur_end = 0;
  while (i < units.size()) {
    // The paragraph starting at unit i runs to unit j (inclusive).
    size_t j = i;
    while (!units[j].ends_paragraph && j + 1 < units.size()) ++j;
    const size_t para_begin = units[i].begin;
    const size_t para_end = units[j].end;
    if (!open) {
      cur_begin = para_begin;
      cur_end = para_begin;
    }
    if (para_end - cur_begin <= options.max_chars) {  // the whole paragraph fits
      cur_end = para_end;
      open = true;
      i = j + 1;
      continue;
    }
    if (open && cur_end > cur_begin && cur_end - cur_begin >= options.min_chars) {
      emit(cur_begin, cur_end);  // full enough: end at the paragraph break
      open = false;
      continue;
    }
    // Too long: fill sentence by sentence, cutting between sentences.
    if (!open || cur_end == cur_begin) cur_begin = units[i].begin;
    open = true;
    for (; i <= j; ++i) {
      if (cur_end > cur_begin && units[i].end - cur_begin > options.max_chars) {
        emit(cur_begin, cur_end);
        cur_begin = units[i].begin;
      }
      cur_end = units[i].end;
    }
  }
  if (open && cur_end > cur_begin) emit(cur_begin, cur_end);
  return out;
}

}  // namespace wenyuan::ingest
