#include "text/char_normalizer.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

// NFKC of one code point, or the code point itself where NFKC gives more
// than one (or none), which would break the one-to-one offsets.
char32_t NfkcSingle(const UNormalizer2* nfkc, char32_t cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) return cp;
  UChar in[2];
  int32_t in_len = 0;
  UBool error = false;
  U16_APPEND(in, in_len, 2, static_cast<UChar32>(cp), error);
  if (error) return cp;
  UChar out[8];
  UErrorCode status = U_ZERO_ERROR;
  int32_t out_len = unorm2_normalize(nfkc, in, in_len, out, 8, &status);
  if (U_FAILURE(status) || out_len <= 0) return cp;
  int32_t i = 0;
  UChar32 first;
  U16_NEXT(out, i, out_len, first);
  return i == out_len ? static_cast<char32_t>(first) : cp;
}

}  // namespace

Result<std::shared_ptr<const CharNormalizer>> CharNormalizer::Create(std::shared_ptr<const ScriptFolder> folder) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status) || nfkc == nullptr) {
    return Status::NotFound(std::string("cannot load ICU NFKC data: ") + u_errorName(status));
  }
  std::shared_ptr<CharNormalizer> n(new CharNormalizer(std::move(folder)));
  std::vector<char32_t> table(0x10000);
  for (char32_t cp = 0; cp < 0x10000; ++cp) table[cp] = n->NormalizeSlow(cp);
  n->table_ = std::move(table);
  return std::shared_ptr<const CharNormalizer>(std::move(n));
}

char32_t CharNormalizer::NormalizeSlow(char32_t cp) const {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);  // ICU's own immutable singleton
  char32_t c = U_SUCCESS(status) ? NfkcSingle(nfkc, cp) : cp;
  c = utf8::NarrowFullWidth(c);
  if (c == 0x3000) c = U' ';
  c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
  if (folder_) c = folder_->Fold(c);
  return c;
}

std::u32string CharNormalizer::NormalizeText(std::string_view text) const {
  // At most one code point per byte: sized once, trimmed at the end.
  std::u32string out(text.size(), U'\0');
  size_t n = 0;
  for (size_t pos = 0; pos < text.size();) out[n++] = Normalize(utf8::DecodeNext(text, pos));
  out.resize(n);
  return out;
}

bool IsAlphabeticWordChar(char32_t cp) {
  if (cp < 0x80) return utf8::IsAsciiAlnum(cp);
  // Below U+3000 lie the alphabetic scripts; CJK, kana and Hangul lie above.
  if (cp >= 0x1100 && cp <= 0x11FF) return false;  // Hangul Jamo
  if (cp >= 0x3000) return false;
  // Combining marks belong to the letter before them (e + U+0301).
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

bool IsLetterOrDigit(char32_t cp) {
  if (cp < 0x80) return utf8::IsAsciiAlnum(cp);
  return u_isalnum(static_cast<UChar32>(cp));
}

}  // namespace wenyuan::text
