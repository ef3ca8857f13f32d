#include "ingest/legacy_decoders.h"

#include <iconv.h>

#include <cerrno>
#include <memory>
#include <vector>

#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

// ---------------------------------------------------------------- Big5

// Big5 decodes through a table of every two-byte code, made once from
// glibc's converters: CP950 (Microsoft's Big5, what Taiwan's files use)
// first; where CP950 has no character or only a private-use one, HKSCS's
// (Hong Kong's additions and the ETEN extensions: ①, kana, ...). A few
// HKSCS codes stand for two code points.
constexpr unsigned kBig5LeadMin = 0x81, kBig5LeadMax = 0xFE;
constexpr unsigned kBig5TrailMin = 0x40, kBig5TrailMax = 0xFE;
constexpr size_t kBig5Trails = kBig5TrailMax - kBig5TrailMin + 1;

struct Big5Entry {
  char32_t first = 0;   // 0: no character
  char32_t second = 0;  // 0 unless the code stands for two code points
};

struct IconvCloser {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvHandle = std::unique_ptr<void, IconvCloser>;

IconvHandle OpenIconv(const char* to, const char* from) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return nullptr;
  return IconvHandle(cd);
}

// The code points one two-byte code decodes to (empty if it is invalid).
std::u32string DecodePair(void* cd, unsigned char lead, unsigned char trail) {
  if (!cd) return {};
  auto handle = static_cast<iconv_t>(cd);
  iconv(handle, nullptr, nullptr, nullptr, nullptr);  // reset the state
  char in[2] = {static_cast<char>(lead), static_cast<char>(trail)};
  unsigned char out[16];
  char* ip = in;
  size_t il = sizeof in;
  char* op = reinterpret_cast<char*>(out);
  size_t ol = sizeof out;
  if (iconv(handle, &ip, &il, &op, &ol) == static_cast<size_t>(-1) || il != 0) return {};
  if (iconv(handle, nullptr, nullptr, &op, &ol) == static_cast<size_t>(-1)) return {};
  std::u32string cps;
  for (size_t k = 0; k + 4 <= sizeof out - ol; k += 4) {
    cps += static_cast<char32_t>(out[k] | out[k + 1] << 8 | out[k + 2] << 16 | out[k + 3] << 24);
  }
  return cps;
}

struct Big5Table {
  std::vector<Big5Entry> entries;  // (lead - kBig5LeadMin) * kBig5Trails + trail - kBig5TrailMin
  bool usable = false;             // glibc has the converters
};

Big5Table BuildBig5Table() {
  Big5Table t;
  IconvHandle cp950 = OpenIconv("UTF-32LE", "CP950");
  IconvHandle hkscs = OpenIconv("UTF-32LE", "BIG5-HKSCS");
  if (!cp950 && !hkscs) return t;
  t.usable = true;
  t.entries.resize((kBig5LeadMax - kBig5LeadMin + 1) * kBig5Trails);
  for (unsigned lead = kBig5LeadMin; lead <= kBig5LeadMax; ++lead) {
    for (unsigned trail = kBig5TrailMin; trail <= kBig5TrailMax; ++trail) {
      if (trail > 0x7E && trail < 0xA1) continue;  // not a Big5 trail byte
      auto l = static_cast<unsigned char>(lead), r = static_cast<unsigned char>(trail);
      std::u32string cps = DecodePair(cp950.get(), l, r);
      if (cps.size() != 1 || IsPrivateUse(cps[0])) {
        std::u32string hk = DecodePair(hkscs.get(), l, r);
        bool better = hk.size() == 2 || (hk.size() == 1 && (!IsPrivateUse(hk[0]) || cps.empty()));
        if (better) cps = hk;
      }
      if (cps.empty() || cps.size() > 2) continue;
      Big5Entry& e = t.entries[(lead - kBig5LeadMin) * kBig5Trails + (trail - kBig5TrailMin)];
      e.first = cps[0];
      if (cps.size() == 2) e.second = cps[1];
    }
  }
  return t;
}

const Big5Table& Big5() {
  static const Big5Table table = BuildBig5Table();  // immutable once made
  return table;
}

}  // namespace

std::optional<Decoding> DecodeBig5(std::string_view b) {
  const Big5Table& table = Big5();
  if (!table.usable) return std::nullopt;
  Decoding d;
  d.encoding = "big5";
  d.text.reserve(b.size() * 3 / 2);
  const size_t n = b.size();
  for (size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      d.text += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c < kBig5LeadMin || c > kBig5LeadMax || i + 1 >= n) {
      d.Invalid(i, 1);
      ++i;
      continue;
    }
    auto t = static_cast<unsigned char>(b[i + 1]);
    bool trail_ok = (t >= 0x40 && t <= 0x7E) || (t >= 0xA1 && t <= 0xFE);
    const Big5Entry* e = trail_ok ? &table.entries[(c - kBig5LeadMin) * kBig5Trails + (t - kBig5TrailMin)] : nullptr;
    if (e && e->first != 0) {
      utf8::Append(d.text, e->first);
      if (e->second != 0) utf8::Append(d.text, e->second);
      i += 2;
    } else if (trail_ok && t >= 0x80) {
      d.Invalid(i, 2);  // a well-formed code with no character
      i += 2;
    } else {
      d.Invalid(i, 1);  // the next byte starts afresh (an ASCII one is kept)
      ++i;
    }
  }
  return d;
}

// ---------------------------------------------------------------- GB18030

// glibc's converter, restarted one byte on after each invalid sequence.
std::optional<Decoding> DecodeWithIconv(std::string_view b, const char* charset, std::string encoding) {
  IconvHandle cd = OpenIconv("UTF-8", charset);
  if (!cd) return std::nullopt;
  auto handle = static_cast<iconv_t>(cd.get());
  Decoding d;
  d.encoding = std::move(encoding);
  d.text.reserve(b.size() * 3 / 2);
  char buf[16384];
  size_t pos = 0;
  while (pos < b.size()) {
    char* ip = const_cast<char*>(b.data() + pos);  // iconv's signature; it does not write
    size_t il = b.size() - pos;
    char* op = buf;
    size_t ol = sizeof buf;
    size_t r = iconv(handle, &ip, &il, &op, &ol);
    int err = errno;
    d.text.append(buf, static_cast<size_t>(op - buf));
    pos = static_cast<size_t>(ip - b.data());
    if (r != static_cast<size_t>(-1) || err == E2BIG) continue;
    if (err == EINVAL) {  // a character cut off at the end
      if (d.invalid_bytes == 0) d.truncated_at_end = true;
      d.Invalid(pos, b.size() - pos);
      break;
    }
    d.Invalid(pos, 1);  // EILSEQ: the next byte starts afresh
    ++pos;
    iconv(handle, nullptr, nullptr, nullptr, nullptr);
  }
  return d;
}

}  // namespace wenyuan::ingest
