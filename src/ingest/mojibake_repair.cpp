#include "ingest/mojibake_repair.h"

#include <iconv.h>

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

}  // namespace

MojibakeRepair RepairMojibake(std::string_view text) {
  MojibakeRepair result;
  struct Wrong {
    const char* charset;
    const char* name;
    IconvHandle cd;
  };
  std::vector<Wrong> wrongs;
  result.text.reserve(text.size());
  size_t start = 0;
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
      ++result.lines_dropped;  // mojibake whose bytes are gone: noise, not text
      start = end + 1;
      continue;
    }
    result.text += repaired.empty() ? line : std::string_view(repaired);
    if (end < text.size()) result.text += '\n';
    start = end + 1;
  }
  return result;
}

}  // namespace wenyuan::ingest
