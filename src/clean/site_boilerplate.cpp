#include "clean/site_boilerplate.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <unordered_map>

#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// Appends `line` without its white space to `key`, a malformed byte as
// U+FFFD. Every other character is kept as it is, so the runs between are
// copied whole, not character by character.
void AppendLineKey(std::string_view line, std::string& key) {
  size_t run = 0;  // where the run of characters kept as they are began
  for (size_t pos = 0; pos < line.size();) {
    const size_t start = pos;
    const char32_t c = utf8::DecodeNext(line, pos);
    const bool malformed = c == utf8::kReplacement && pos - start == 1;
    if (!malformed && !utf8::IsSpace(c)) continue;
    key.append(line, run, start - run);
    run = pos;
    if (malformed) utf8::Append(key, c);
  }
  key.append(line, run, line.size() - run);
}

// Whether a line's key is learnt from: two characters at least, and not a
// label that opens the text below it ("公告事項：", "主旨："), a form every
// document of a collection fills in, not a site's chrome. (A key is well
// formed UTF-8: one code point decodes as one.)
bool IsLearntKey(std::string_view key) {
  if (key.empty()) return false;
  size_t pos = 0;
  utf8::DecodeNext(key, pos);
  return pos < key.size() && !key.ends_with("：") && !key.ends_with(':');
}

// Calls `visit(document index, key)` for each learnt line of each text.
template <typename Visit>
void ForEachLearntKey(const std::vector<std::string_view>& texts, Visit visit) {
  std::string key;  // one buffer reused: no allocation per line
  for (size_t i = 0; i < texts.size(); ++i) {
    LineReader lines(texts[i]);
    std::string_view line;
    while (lines.Next(line)) {
      key.clear();
      AppendLineKey(line, key);
      if (IsLearntKey(key)) visit(i, std::string_view(key));
    }
  }
}

// Per 64-bit hash of a key, in how many documents a key of that hash
// occurs (once per document however often it is repeated there). Keys that
// share a hash add up, so a hash's count is never below any of its keys'
// own: what it rules out, an exact count would too. Open addressing in one
// array: no allocation per key.
class DocumentCountsByHash {
 public:
  // Counts document `doc` for `hash`; documents come in increasing order.
  void Add(uint64_t hash, size_t doc) {
    if ((used_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = slots_[Find(hash)];
    if (s.hash == kEmpty) {
      s.hash = Stored(hash);
      ++used_;
    }
    if (s.last != doc) {
      s.last = doc;
      max_ = std::max(max_, ++s.documents);
    }
  }
  size_t Count(uint64_t hash) const { return slots_[Find(hash)].documents; }
  size_t Max() const { return max_; }

 private:
  static constexpr uint64_t kEmpty = 0;
  struct Slot {
    uint64_t hash = kEmpty;
    size_t documents = 0;
    size_t last = SIZE_MAX;
  };
  static uint64_t Stored(uint64_t hash) { return hash == kEmpty ? 1 : hash; }
  // The slot holding `hash`, or the empty one where it would go.
  size_t Find(uint64_t hash) const {
    const uint64_t h = Stored(hash);
    const size_t mask = slots_.size() - 1;
    size_t at = static_cast<size_t>(h) & mask;
    while (slots_[at].hash != kEmpty && slots_[at].hash != h) at = (at + 1) & mask;
    return at;
  }
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.hash != kEmpty) slots_[Find(s.hash)] = s;
    }
  }
  std::vector<Slot> slots_ = std::vector<Slot>(1024);  // a power of two, at most half used
  size_t used_ = 0;
  size_t max_ = 0;
};

struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace

std::string NormaliseLineKey(std::string_view line) {
  std::string key;
  AppendLineKey(line, key);
  return key;
}

SiteBoilerplate SiteBoilerplate::Learn(const std::vector<std::string_view>& texts, size_t min_documents) {
  SiteBoilerplate site;
  if (texts.size() < min_documents) return site;
  const size_t threshold = std::max(min_documents, (texts.size() + 2) / 3);
  // First pass: documents per key's hash, no key stored. Most keys of a
  // batch of different documents occur once; their hashes rule them out.
  DocumentCountsByHash by_hash;
  ForEachLearntKey(texts, [&](size_t i, std::string_view key) { by_hash.Add(KeyHash()(key), i); });
  if (by_hash.Max() < threshold) return site;
  // Second pass, over the keys whose hash may recur often enough: per key,
  // how many documents have it and the last one that did (a line repeated
  // within a document counts once).
  struct Seen {
    size_t documents = 0;
    size_t last = SIZE_MAX;
  };
  std::unordered_map<std::string, Seen, KeyHash, std::equal_to<>> documents_with;
  ForEachLearntKey(texts, [&](size_t i, std::string_view key) {
    if (by_hash.Count(KeyHash()(key)) < threshold) return;
    auto it = documents_with.find(key);
    if (it == documents_with.end()) it = documents_with.emplace(std::string(key), Seen{}).first;
    if (it->second.last != i) {
      it->second.last = i;
      ++it->second.documents;
    }
  });
  for (auto& [k, seen] : documents_with) {
    if (seen.documents >= threshold) site.lines_.insert(k);
  }
  return site;
}

bool SiteBoilerplate::Contains(std::string_view line) const {
  return !lines_.empty() && lines_.count(NormaliseLineKey(line)) > 0;
}

}  // namespace wenyuan::clean
