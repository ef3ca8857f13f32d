#include "ingest/text_decoding.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "ingest/common_han.h"
#include "ingest/decoding.h"
#include "ingest/legacy_decoders.h"
#include "ingest/mojibake_repair.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

// Detection reads at most this much of a file (cut at a line end); the
// chosen encoding then decodes all of it.
constexpr size_t kSampleBytes = 256 * 1024;
// A file with more than this share of bad bytes is not text...
constexpr double kMaxBadShare = 0.10;
// ...once it has at least this many (a short title with one stray byte is
// still text).
constexpr size_t kMinBadBytesForBinary = 4;
// A Big5 or GB18030 reading must have at least this share of its Han
// characters among the common ones to count as Chinese at all.
constexpr double kMinCommonHanShare = 0.5;
// A UTF-16 reading without a byte-order mark must score at least this.
constexpr double kMinUtf16Score = 0.3;
// A declared charset that decodes cleanly is kept unless detection's reading
// scores more than this much better.
constexpr double kDeclaredMargin = 0.15;

// Control characters that do not belong in text (tab, line ends, form feed,
// SUB and ESC do).
bool IsBadControl(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x1A || c == 0x1B) return false;
  return c < 0x20 || c == 0x7F;
}

bool IsPunctuation(char32_t c) {
  return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

// ---------------------------------------------------------------- UTF-8

// Valid sequences pass; each maximal ill-formed subpart (Unicode 3.9) becomes
// one U+FFFD.
Decoding DecodeUtf8Lenient(std::string_view b) {
  Decoding d;
  d.encoding = "utf-8";
  d.text.reserve(b.size());
  const size_t n = b.size();
  size_t i = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      d.text += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF)
      need = 1;
    else if (c == 0xE0)
      need = 2, lo = 0xA0;
    else if (c == 0xED)
      need = 2, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF)
      need = 2;
    else if (c == 0xF0)
      need = 3, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
      need = 3;
    else if (c == 0xF4)
      need = 3, hi = 0x8F;
    if (need == 0) {
      d.Invalid(i, 1);
      ++i;
      continue;
    }
    size_t j = i + 1;
    for (size_t k = 0; k < need && j < n; ++k, ++j) {
      auto t = static_cast<unsigned char>(b[j]);
      if (t < (k == 0 ? lo : 0x80) || t > (k == 0 ? hi : 0xBF)) break;
    }
    if (j - i == need + 1) {
      d.text.append(b.substr(i, j - i));
      ++(need >= 2 ? d.long_sequences : d.two_byte_sequences);
    } else {
      if (j == n && d.invalid_bytes == 0) d.truncated_at_end = true;
      d.Invalid(i, j - i);
    }
    i = j;
  }
  return d;
}

// ---------------------------------------------------------------- UTF-16

Decoding DecodeUtf16(std::string_view b, bool little_endian, size_t base) {
  Decoding d;
  d.encoding = little_endian ? "utf-16le" : "utf-16be";
  d.text.reserve(b.size() * 3 / 2);
  auto unit = [&](size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(b[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(b[i + (little_endian ? 1 : 0)]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  size_t i = 0;
  for (; i + 1 < b.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        utf8::Append(d.text, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      d.Invalid(base + i, 2);
      continue;
    }
    if (IsBadControl(u)) {
      if (d.first_control_byte == kNone) d.first_control_byte = base + i;
      d.control_bytes += 2;
    }
    utf8::Append(d.text, u);
  }
  if (i < b.size()) d.Invalid(base + i, 1);  // an odd byte at the end
  return d;
}

std::optional<Decoding> DecodeAs(std::string_view bytes, std::string_view encoding) {
  if (encoding == "utf-8") return DecodeUtf8Lenient(bytes);
  if (encoding == "gb18030") return DecodeWithIconv(bytes, "GB18030", "gb18030");
  if (encoding == "big5") return DecodeBig5(bytes);
  if (encoding == "utf-16le") return DecodeUtf16(bytes, true, 0);
  if (encoding == "utf-16be") return DecodeUtf16(bytes, false, 0);
  return std::nullopt;
}

// ---------------------------------------------------------------- scoring

struct Plausibility {
  double score = 0;  // about -2 (garbage) to 1 (plain Chinese or ASCII text)
  size_t common_han = 0;
  size_t other_han = 0;
};

// Per code point: +1 ASCII text and common Han, +0.5 punctuation, 0 other
// Han and other letters, -1 private use, -2 control characters and each
// invalid byte; averaged.
Plausibility Judge(const Decoding& d) {
  Plausibility p;
  double points = -2.0 * static_cast<double>(d.invalid_bytes);
  size_t count = d.invalid_bytes;
  const std::string& s = d.text;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::DecodeNext(s, pos);
    if (c == utf8::kReplacement) continue;  // counted as invalid bytes above
    ++count;
    if (c < 0x80) {
      points += IsBadControl(c) ? -2.0 : 1.0;
    } else if (IsCommonHan(c)) {
      points += 1.0;
      ++p.common_han;
    } else if (utf8::IsHan(c)) {
      ++p.other_han;
    } else if (IsPrivateUse(c)) {
      points -= 1.0;
    } else if (IsPunctuation(c)) {
      points += 0.5;
    } else if (c < 0xA0) {
      points -= 2.0;  // C1 controls
    }
  }
  p.score = count == 0 ? 0.0 : points / static_cast<double>(count);
  return p;
}

bool ReadsAsChinese(const Plausibility& p) {
  return p.common_han > 0 &&
         static_cast<double>(p.common_han) >= kMinCommonHanShare * static_cast<double>(p.common_han + p.other_han);
}

// The first bytes of `bytes`, cut after a line end so no character is split.
std::string_view Sample(std::string_view bytes) {
  if (bytes.size() <= kSampleBytes) return bytes;
  std::string_view head = bytes.substr(0, kSampleBytes);
  size_t nl = head.rfind('\n');
  return nl == std::string_view::npos || nl < kSampleBytes / 2 ? head : head.substr(0, nl + 1);
}

// UTF-8, GB18030 or Big5 for bytes that are not valid UTF-8: the reading
// that scores best, where a GB18030 or Big5 one counts only if it reads as
// Chinese or decodes without an invalid sequence (so Latin-1 text, say, stays
// UTF-8 with replacement characters rather than becoming random Han).
std::string DetectLegacy(std::string_view bytes) {
  std::string_view sample = Sample(bytes);
  Decoding utf8 = DecodeUtf8Lenient(sample);
  if (utf8.invalid_bytes == 0 && sample.size() < bytes.size()) {
    sample = bytes;  // what is not UTF-8 comes later: judge the whole
    utf8 = DecodeUtf8Lenient(sample);
  }
  if (utf8.truncated_at_end && sample.size() == bytes.size()) return "utf-8";
  // Chinese in UTF-8 is three-byte sequences; GB18030 and Big5 text forms
  // them only now and then, among many invalid ones and two-byte ones.
  if (utf8.long_sequences >= 2 * utf8.invalid_sequences) return "utf-8";
  if (utf8.long_sequences >= utf8.invalid_sequences && utf8.two_byte_sequences == 0) return "utf-8";
  std::string best = "utf-8";
  double best_score = Judge(utf8).score;
  for (const char* enc : {"gb18030", "big5"}) {
    std::optional<Decoding> d = DecodeAs(sample, enc);
    if (!d) continue;
    Plausibility p = Judge(*d);
    if ((ReadsAsChinese(p) || d->invalid_bytes == 0) && p.score > best_score) {
      best = enc;
      best_score = p.score;
    }
  }
  return best;
}

// Bytes of control characters in a byte-oriented encoding (in UTF-8, GB18030
// and Big5 a byte below 0x20 is always the ASCII control character).
void CountControlBytes(std::string_view bytes, Decoding& d) {
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (IsBadControl(static_cast<unsigned char>(bytes[i]))) {
      if (d.first_control_byte == kNone) d.first_control_byte = i;
      ++d.control_bytes;
    }
  }
}

std::string LineWarning(const Decoding& d) {
  auto before = std::string_view(d.text).substr(0, d.first_invalid_out);
  size_t line = 1 + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
  std::string w = "line " + std::to_string(line) + ": " + std::to_string(d.invalid_bytes) +
                  (d.invalid_bytes == 1 ? " invalid byte" : " invalid bytes") + " replaced with U+FFFD";
  if (d.encoding != "utf-8") w += " (read as " + d.encoding + ")";
  return w;
}

Status NotText(std::string_view where, size_t at) {
  return Status::InvalidArgument(std::string(where) + ": does not look like text (binary data at byte " +
                                 std::to_string(at) + ")");
}

// Checks the share of bad bytes and turns a decoding into the result.
// `kept`, if given, is the text itself, left out of `d` because the caller
// keeps it (DecodeTextKeeping).
Result<DecodedText> Finish(Decoding d, std::string_view where, size_t total_bytes, std::vector<std::string> warnings,
                           const std::string_view* kept = nullptr) {
  size_t bad = d.invalid_bytes + d.control_bytes;
  if (bad >= kMinBadBytesForBinary && static_cast<double>(bad) > kMaxBadShare * static_cast<double>(total_bytes)) {
    return NotText(where, std::min(d.first_invalid_byte, d.first_control_byte));
  }
  DecodedText out;
  if (d.invalid_bytes > 0) warnings.push_back(LineWarning(d));
  MojibakeRepair repair = RepairMojibake(kept ? *kept : std::string_view(d.text));
  if (repair.lines_repaired > 0) {
    warnings.push_back(std::to_string(repair.lines_repaired) + (repair.lines_repaired == 1 ? " line" : " lines") +
                       " of mojibake (UTF-8 once read as " + repair.wrong_encoding + ") repaired");
  }
  if (repair.lines_dropped > 0) {
    warnings.push_back(std::to_string(repair.lines_dropped) + (repair.lines_dropped == 1 ? " line" : " lines") +
                       " of mojibake too damaged to repair dropped");
  }
  if (repair.chars_realigned > 0) {
    warnings.push_back(std::to_string(repair.chars_realigned) +
                       (repair.chars_realigned == 1 ? " character" : " characters") +
                       " of GBK read out of step by a lost byte read back");
  }
  if (repair.lines_repaired + repair.lines_dropped + repair.chars_realigned > 0) {
    d.text = std::move(repair.text);
  } else if (kept) {
    out.text_is_input = true;
  }
  out.mojibake_lines = repair.lines_repaired + repair.lines_dropped;
  out.text = std::move(d.text);
  out.encoding = std::move(d.encoding);
  out.invalid_bytes = d.invalid_bytes;
  out.warnings = std::move(warnings);
  return out;
}

// Rule 2: text with NUL bytes is UTF-16 or not text.
Result<DecodedText> DecodeWithNuls(std::string_view bytes, std::string_view where, size_t first_nul) {
  std::optional<Decoding> best;
  double best_score = kMinUtf16Score;
  for (bool le : {true, false}) {
    Decoding d = DecodeUtf16(bytes, le, 0);
    size_t bad = d.invalid_bytes + d.control_bytes;
    if (static_cast<double>(bad) > kMaxBadShare * static_cast<double>(bytes.size())) continue;
    double score = Judge(d).score;
    if (score >= best_score) {
      best_score = score;
      best = std::move(d);
    }
  }
  if (!best) return NotText(where, first_nul);
  return Finish(std::move(*best), where, bytes.size(), {});
}

// Rule 4b: a file whose lines are partly UTF-8 and partly GB18030 or Big5
// (text pasted together from two sources). Each line is read in its own
// encoding: a line that is valid UTF-8 as UTF-8, the others in the legacy
// encoding their bytes read best as. Nothing if the file is not mixed.
std::optional<Decoding> DecodeMixedLines(std::string_view bytes) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < bytes.size();) {
    size_t nl = bytes.find('\n', start);
    size_t end = nl == std::string_view::npos ? bytes.size() : nl + 1;
    lines.push_back(bytes.substr(start, end - start));
    start = end;
  }
  constexpr size_t kSureUtf8Chars = 3;  // a shorter line may be legacy bytes that happen to be valid UTF-8
  std::vector<bool> as_utf8(lines.size(), true), unsure(lines.size(), false);
  size_t utf8_lines = 0, other_lines = 0;
  std::string legacy_bytes;
  for (size_t i = 0; i < lines.size(); ++i) {
    Decoding u = DecodeUtf8Lenient(lines[i]);
    if (u.invalid_bytes == 0) {
      utf8_lines += u.long_sequences >= kSureUtf8Chars;
      unsure[i] = u.long_sequences + u.two_byte_sequences > 0 && u.long_sequences < kSureUtf8Chars;
    } else {
      as_utf8[i] = false;
      ++other_lines;
      legacy_bytes += lines[i];
    }
  }
  if (utf8_lines == 0 || other_lines == 0) return std::nullopt;
  const std::string legacy = DetectLegacy(legacy_bytes);
  if (legacy == "utf-8") return std::nullopt;
  Decoding out;
  out.encoding = "utf-8+" + legacy;
  size_t offset = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::optional<Decoding> d = as_utf8[i] ? DecodeUtf8Lenient(lines[i]) : DecodeAs(lines[i], legacy);
    if (!d) return std::nullopt;
    if (unsure[i]) {
      std::optional<Decoding> other = DecodeAs(lines[i], legacy);
      if (other && other->invalid_bytes == 0 && Judge(*other).score > Judge(*d).score) d = std::move(other);
    }
    if (d->invalid_bytes > 0 && out.first_invalid_byte == kNone) {
      out.first_invalid_byte = offset + d->first_invalid_byte;
      out.first_invalid_out = out.text.size() + d->first_invalid_out;
    }
    out.invalid_bytes += d->invalid_bytes;
    out.invalid_sequences += d->invalid_sequences;
    out.text += d->text;
    offset += lines[i].size();
  }
  return out;
}

}  // namespace

std::string EncodingForLabel(std::string_view label) {
  std::string l;
  for (char c : utf8::Trim(label)) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kUtf8[] = {"utf-8",         "utf8",          "unicode-1-1-utf-8",
                                               "unicode11utf8", "unicode20utf8", "x-unicode20utf8"};
  static constexpr std::string_view kGb[] = {"gb18030", "gbk",      "gb2312",          "gb_2312",   "gb_2312-80",
                                             "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "x-gbk",
                                             "cp936",   "ms936",    "windows-936",     "euc-cn"};
  static constexpr std::string_view kBig5[] = {"big5",     "big5-hkscs", "big5hkscs", "cn-big5",    "csbig5",
                                               "x-x-big5", "cp950",      "ms950",     "windows-950"};
  static constexpr std::string_view kUtf16Le[] = {"utf-16le",    "utf-16",          "ucs-2",    "unicode",
                                                  "unicodefeff", "iso-10646-ucs-2", "csunicode"};
  static constexpr std::string_view kUtf16Be[] = {"utf-16be", "unicodefffe"};
  auto in = [&](const auto& list) { return std::find(std::begin(list), std::end(list), l) != std::end(list); };
  if (in(kUtf8)) return "utf-8";
  if (in(kGb)) return "gb18030";
  if (in(kBig5)) return "big5";
  if (in(kUtf16Le)) return "utf-16le";
  if (in(kUtf16Be)) return "utf-16be";
  return {};
}

namespace {

// DecodeText; with `keep`, UTF-8 taken as it is is not copied (DecodeTextKeeping).
Result<DecodedText> Decode(std::string_view bytes, std::string_view where, std::string_view declared_charset,
                           bool keep) {
  // 1. Byte-order marks.
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    Decoding d = DecodeUtf8Lenient(bytes);
    CountControlBytes(bytes, d);
    return Finish(std::move(d), where, bytes.size(), {});
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    Decoding d = DecodeUtf16(bytes.substr(2), le, 2);
    return Finish(std::move(d), where, bytes.size(), {});
  }
  // 2. NUL bytes: UTF-16 without a mark, or binary.
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) return DecodeWithNuls(bytes, where, nul);

  // 4 and 5. What the bytes look like.
  const bool valid_utf8 = utf8::IsValid(bytes);
  std::string detected = valid_utf8 ? "utf-8" : DetectLegacy(bytes);

  // 3. A declared charset that decodes cleanly and reads about as well.
  std::vector<std::string> warnings;
  if (!declared_charset.empty()) {
    std::string declared = EncodingForLabel(declared_charset);
    if (declared == "utf-16le" || declared == "utf-16be") declared = "utf-8";  // WHATWG: bytes with no NULs
    if (declared.empty()) {
      bool ascii_only =
          std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (!ascii_only) {
        warnings.push_back("declared charset \"" + std::string(utf8::Trim(declared_charset)) +
                           "\" is not supported; read as " + detected);
      }
    } else if (declared != detected) {
      std::optional<Decoding> as_declared = DecodeAs(Sample(bytes), declared);
      std::optional<Decoding> as_detected = DecodeAs(Sample(bytes), detected);
      if (as_declared && as_detected && as_declared->invalid_bytes == 0 &&
          Judge(*as_declared).score + kDeclaredMargin >= Judge(*as_detected).score) {
        detected = declared;
      } else {
        warnings.push_back("declared charset \"" + std::string(utf8::Trim(declared_charset)) +
                           "\" does not match the bytes; read as " + detected);
      }
    }
  }

  if (!valid_utf8 && declared_charset.empty()) {
    if (std::optional<Decoding> mixed = DecodeMixedLines(bytes)) {
      warnings.push_back("lines in two encodings: each line read as UTF-8 or " + mixed->encoding.substr(6) +
                         ", whichever it is");
      CountControlBytes(bytes, *mixed);
      return Finish(std::move(*mixed), where, bytes.size(), std::move(warnings));
    }
  }
  if (detected == "utf-8" && valid_utf8) {  // taken as it is
    Decoding d;
    d.encoding = "utf-8";
    if (!keep) d.text.assign(bytes);
    CountControlBytes(bytes, d);
    return Finish(std::move(d), where, bytes.size(), std::move(warnings), keep ? &bytes : nullptr);
  }
  std::optional<Decoding> d = DecodeAs(bytes, detected);
  if (!d) d = DecodeUtf8Lenient(bytes);  // glibc lacks the converter
  CountControlBytes(bytes, *d);
  return Finish(std::move(*d), where, bytes.size(), std::move(warnings));
}

}  // namespace

Result<DecodedText> DecodeText(std::string_view bytes, std::string_view where, std::string_view declared_charset) {
  return Decode(bytes, where, declared_charset, /*keep=*/false);
}

Result<DecodedText> DecodeTextKeeping(std::string_view bytes, std::string_view where) {
  return Decode(bytes, where, {}, /*keep=*/true);
}

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view where) {
  WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, where));
  return std::move(decoded.text);
}

}  // namespace wenyuan::ingest
