#include "index/prefix_terms.h"

#include <algorithm>

namespace wenyuan::index {
namespace {

// The first UTF-8 character boundary of `text` at or after `len`.
size_t CharBoundary(std::string_view text, size_t len) {
  while (len < text.size() && (static_cast<unsigned char>(text[len]) & 0xc0) == 0x80) ++len;
  return len;
}

}  // namespace

Result<std::vector<std::string>> TermsBeginning(const IndexSnapshot& snapshot, Field field, std::string_view prefix,
                                                std::string_view text) {
  const std::string head = TermKey(field, prefix);
  std::vector<std::string> found;
  std::string sought;
  for (const auto& seg : snapshot.segments()) {
    // Invariant: no term head + text[0, j) with j < len is left unfound.
    size_t len = CharBoundary(text, 1);
    while (len <= text.size()) {
      sought.assign(head).append(text.substr(0, len));
      auto it = seg.reader->Seek(sought);
      if (!it.Next()) {
        WY_RETURN_IF_ERROR(it.status());
        break;
      }
      const std::string& key = it.key();
      if (!key.starts_with(sought)) break;  // no term extends text[0, len)
      const std::string_view rest = std::string_view(key).substr(head.size());
      if (text.starts_with(rest)) {
        found.emplace_back(std::string(prefix) + std::string(rest));
        len = CharBoundary(text, rest.size() + 1);
        continue;
      }
      // `key` is the least term >= sought and leaves the text after m bytes:
      // a term that begins the text and is >= sought shares those m bytes
      // and is longer than m (else it would be a prefix of `key`, below it).
      const size_t m =
          static_cast<size_t>(std::mismatch(rest.begin(), rest.end(), text.begin(), text.end()).first - rest.begin());
      // Where `key` is above the text at m, no term extends the text beyond
      // m either (it would lie between `sought` and `key`), and none at or
      // below m (it would be a prefix of `key`, below it): the walk ends
      // here rather than after one more seek that finds `key` again.
      if (m < rest.size() && m < text.size() &&
          static_cast<unsigned char>(rest[m]) > static_cast<unsigned char>(text[m])) {
        break;
      }
      // Terms are whole characters: the next length is a character's end.
      len = CharBoundary(text, m + 1);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

}  // namespace wenyuan::index
