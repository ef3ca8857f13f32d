#include "ingest/mojibake_repair.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>
#include <memory>
#include <vector>

#include "ingest/common_han.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr size_t kMinSuspectChars = 4;
// A line is suspect when at least this share of its Han characters is rare
// (mojibake of Chinese is mostly rare characters).
constexpr double kMinRareShare = 0.3;
// ...and repaired only when the repaired reading has at least this share
// of common Han characters.
constexpr double kMinRepairedCommonShare = 0.85;

struct IconvCloser {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvHandle = std::unique_ptr<void, IconvCloser>;

// `piece` (UTF-8) encoded in `charset`; false if a character has no code.
bool Encode(void* cd, std::string_view piece, std::string* out) {
  auto handle = static_cast<iconv_t>(cd);
  iconv(handle, nullptr, nullptr, nullptr, nullptr);
  out->clear();
  char buf[4096];
  char* ip = const_cast<char*>(piece.data());  // iconv's signature; it does not write
  size_t il = piece.size();
  while (il > 0) {
    char* op = buf;
    size_t ol = sizeof buf;
    size_t r = iconv(handle, &ip, &il, &op, &ol);
    out->append(buf, static_cast<size_t>(op - buf));
    if (r == static_cast<size_t>(-1) && errno != E2BIG) return false;
  }
  return true;
}

struct HanCounts {
  size_t common = 0, rare = 0, latin1 = 0;
};

HanCounts CountHan(std::string_view s) {
  HanCounts c;
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp = utf8::DecodeNext(s, pos);
    if (IsCommonHan(cp)) {
      ++c.common;
    } else if (utf8::IsHan(cp)) {
      ++c.rare;
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      ++c.latin1;
    }
  }
  return c;
}

// The UTF-8 bytes `bytes` stand for, each invalid sequence one U+FFFD;
// the count of those in `invalid`.
std::string DecodeUtf8(std::string_view bytes, size_t* invalid) {
  std::string out;
  for (size_t pos = 0; pos < bytes.size();) {
    size_t before = pos;
    char32_t cp = utf8::DecodeNext(bytes, pos);
    if (cp == utf8::kReplacement && !(bytes.substr(before, pos - before) == "\xEF\xBF\xBD")) ++*invalid;
    utf8::Append(out, cp);
  }
  return out;
}

// The line re-read: each piece between lost characters ("?", U+FFFD)
// encoded in the wrong encoding and read as UTF-8. Empty if a piece does
// not encode.
std::string Reread(void* cd, std::string_view line, size_t* invalid) {
  std::string out, bytes;
  size_t start = 0;
  for (size_t pos = 0; pos <= line.size();) {
    size_t before = pos;
    char32_t cp = pos < line.size() ? utf8::DecodeNext(line, pos) : 0;
    if (before < line.size() && cp != '?' && cp != utf8::kReplacement) continue;
    std::string_view piece = line.substr(start, before - start);
    if (!Encode(cd, piece, &bytes)) return {};
    out += DecodeUtf8(bytes, invalid);
    if (before < line.size()) out += "\xEF\xBF\xBD";  // what was lost stays lost
    start = pos;
    if (before >= line.size()) break;
  }
  return out;
}

// Mostly rare characters and lost ones: what UTF-8 read as Big5 leaves
// ("撣�撅�����"), where too few bytes survived to read it back.
bool Unrepairable(std::string_view line) {
  size_t lost = 0, chars = 0, rare = 0, han = 0;
  for (size_t pos = 0; pos < line.size();) {
    char32_t cp = utf8::DecodeNext(line, pos);
    if (utf8::IsSpace(cp)) continue;
    ++chars;
    lost += cp == utf8::kReplacement || cp == '?';
    if (utf8::IsHan(cp)) {
      ++han;
      rare += !IsCommonHan(cp);
    }
  }
  return chars >= kMinSuspectChars && lost * 4 >= chars && rare * 2 >= han;
}

// GBK bytes read one byte out of step: a lost byte left the trail byte of
// the character before as the lead of a false one, and the true
// character's second byte shows as an ASCII letter ("”饼R" for "”齊": B1
// FD 52 read as 饼 R, where ” is A1 B1 and 齊 is FD 52). A Han character
// and a lone ASCII letter, in a line with lost characters ("?", U+FFFD),
// are read back when the Han character's first byte repeats the last byte
// of the character before it (or that character was lost) and its second
// byte with the letter is a common Han character. Returns how many were
// read back; `line` is rewritten in place.
size_t RealignGbk(void* to_gbk, void* from_gbk, std::string* line) {
  if (line->find('?') == std::string::npos && line->find("\xEF\xBF\xBD") == std::string::npos) return 0;
  std::u32string cps;
  for (size_t pos = 0; pos < line->size();) cps += utf8::DecodeNext(*line, pos);
  auto gbk = [&](char32_t cp, std::string* out) {
    std::string u;
    utf8::Append(u, cp);
    return Encode(to_gbk, u, out) && !out->empty();
  };
  auto is_ascii_letter = [](char32_t c) { return c < 0x80 && std::isalpha(static_cast<int>(c)) != 0; };
  size_t realigned = 0;
  std::u32string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    const bool candidate = utf8::IsHan(c) && i > 0 && i + 1 < cps.size() && is_ascii_letter(cps[i + 1]) &&
                           (i + 2 >= cps.size() || !(cps[i + 2] < 0x80 && std::isalnum(static_cast<int>(cps[i + 2]))));
    std::string bytes, before;
    if (candidate && gbk(c, &bytes) && bytes.size() == 2 && static_cast<unsigned char>(bytes[1]) >= 0x81) {
      const char32_t prev = cps[i - 1];
      const bool orphan =
          prev == '?' || prev == utf8::kReplacement || (gbk(prev, &before) && before.back() == bytes[0]);
      std::string pair = {bytes[1], static_cast<char>(cps[i + 1])}, decoded;
      if (orphan && Encode(from_gbk, pair, &decoded)) {
        size_t pos = 0;
        const char32_t real = decoded.empty() ? 0 : utf8::DecodeNext(decoded, pos);
        if (pos == decoded.size() && IsCommonHan(real)) {
          out += real;
          ++i;
          ++realigned;
          continue;
        }
      }
    }
    out += c;
  }
  if (realigned) {
    line->clear();
    for (char32_t c : out) utf8::Append(*line, c);
  }
  return realigned;
}

}  // namespace

MojibakeRepair RepairMojibake(std::string_view text) {
  MojibakeRepair result;
  struct Wrong {
    const char* charset;
    const char* name;
    IconvHandle cd;
  };
  std::vector<Wrong> wrongs;
  IconvHandle to_gbk, from_gbk;
  // The text is copied only from the first line that changes (most texts
  // have none: then no copy is made at all).
  bool changed = false;
  size_t start = 0;
  auto copy_so_far = [&] {
    if (changed) return;
    changed = true;
    result.text.reserve(text.size());
    result.text.append(text.substr(0, start));  // the lines before, each with its newline
  };
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    HanCounts before = CountHan(line);
    bool suspect =
        (before.common + before.rare >= kMinSuspectChars &&
         static_cast<double>(before.rare) >= kMinRareShare * static_cast<double>(before.common + before.rare)) ||
        before.latin1 >= kMinSuspectChars * 2;
    std::string repaired;
    if (suspect) {
      if (wrongs.empty()) {
        for (auto [charset, name] : {std::pair{"GB18030", "gbk"}, std::pair{"BIG5-HKSCS", "big5"},
                                     std::pair{"WINDOWS-1252", "windows-1252"}}) {
          iconv_t cd = iconv_open(charset, "UTF-8");
          if (cd != reinterpret_cast<iconv_t>(-1)) wrongs.push_back({charset, name, IconvHandle(cd)});
        }
      }
      for (auto& w : wrongs) {
        size_t invalid = 0;
        std::string candidate = Reread(w.cd.get(), line, &invalid);
        if (candidate.empty() || candidate == line) continue;
        HanCounts after = CountHan(candidate);
        size_t han = after.common + after.rare;
        if (han < 2 || static_cast<double>(after.common) < kMinRepairedCommonShare * static_cast<double>(han) ||
            invalid * 2 > han) {
          continue;
        }
        repaired = std::move(candidate);
        if (result.lines_repaired == 0) result.wrong_encoding = w.name;
        ++result.lines_repaired;
        break;
      }
    }
    if (repaired.empty() && suspect && Unrepairable(line)) {
      copy_so_far();
      ++result.lines_dropped;  // mojibake whose bytes are gone: noise, not text
      start = end + 1;
      continue;
    }
    if (repaired.empty() &&
        (line.find('?') != std::string_view::npos || line.find("\xEF\xBF\xBD") != std::string_view::npos)) {
      if (!to_gbk) {
        iconv_t to = iconv_open("GB18030", "UTF-8");
        iconv_t from = iconv_open("UTF-8", "GB18030");
        if (to != reinterpret_cast<iconv_t>(-1)) to_gbk.reset(to);
        if (from != reinterpret_cast<iconv_t>(-1)) from_gbk.reset(from);
      }
      std::string realigned(line);
      if (to_gbk && from_gbk) {
        if (size_t n = RealignGbk(to_gbk.get(), from_gbk.get(), &realigned)) {
          result.chars_realigned += n;
          repaired = std::move(realigned);
        }
      }
    }
    if (!repaired.empty()) copy_so_far();
    if (changed) {
      result.text += repaired.empty() ? line : std::string_view(repaired);
      if (end < text.size()) result.text += '\n';
    }
    start = end + 1;
  }
  return result;
}

}  // namespace wenyuan::ingest
