// SiteBoilerplate: the lines that recur in many documents of one batch (one
// crawl file, one folder): a site's header, footer and menus, learnt from
// the raw texts, not from keyword lists. Lines are compared by their key
// (NormaliseLineKey: white space taken out). Learning reads each text twice
// and stores a string only for the lines that may recur often enough, so a
// batch of many different documents costs no allocation per line.
// Immutable once learnt; thread-safe to read.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wenyuan::clean {

class SiteBoilerplate {
 public:
  // Lines (normalised: trimmed, inner white space removed) that occur in at
  // least `min_documents` of the texts and in at least a third of them.
  static SiteBoilerplate Learn(const std::vector<std::string_view>& texts, size_t min_documents = 3);
  bool Contains(std::string_view line) const;
  size_t size() const { return lines_.size(); }
  // Adds the other profile's lines (a folder's to a file's).
  void Merge(const SiteBoilerplate& other) { lines_.insert(other.lines_.begin(), other.lines_.end()); }

 private:
  std::unordered_set<std::string> lines_;
};

// The key SiteBoilerplate compares lines by.
std::string NormaliseLineKey(std::string_view line);

}  // namespace wenyuan::clean
