#include "clean/readers_contributions.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "clean/comment_threads.h"
#include "clean/forum_posts.h"
#include "clean/forum_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinUnits = 2;
constexpr size_t kMaxUnitText = 3;    // kept lines in a posted work
constexpr size_t kMaxNameChars = 12;  // "厨房里的阿雪", "south_gardener"
constexpr size_t kMinChain = 2;
constexpr size_t kMaxWorkChars = 60;  // a posted work's words: a line or two

bool Dropped(const PageLine& l) { return !l.blank() && !l.reason.empty(); }
bool HoldsNumber(const std::u32string& s) { return std::any_of(s.begin(), s.end(), utf8::IsDecimalDigit); }

// Blocks of a picture or a name, a few kept lines, and a dropped row of a
// stamp and counters closing them, two or more with rows of one shape.
void MarkPostedWorks(std::vector<PageLine>& lines) {
  struct Unit {
    size_t first, last;  // the block's lines, `last` its closing row
  };
  std::map<std::u32string, std::vector<Unit>> by_row;
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < lines.size() && !lines[end].blank()) ++end;
    const size_t last = end - 1;
    size_t kept = 0;
    bool short_text = true;
    for (size_t k = i; k < last; ++k) {
      kept += lines[k].kept();
      short_text &= lines[k].core.size() <= kMaxWorkChars;
    }
    // Opened by a picture or a name, closed by the comment rules' row.
    const bool opened = lines[i].placeholder || lines[i].core.size() <= kMaxNameChars;
    if (end - i >= 3 && opened && short_text && lines[last].reason == kForumFurniture &&
        HoldsNumber(lines[last].core) && kept >= 1 && kept <= kMaxUnitText) {
      by_row[LineShape(lines[last].core)].push_back({i, last});
    }
    i = end;
  }
  for (const auto& [shape, units] : by_row) {
    if (units.size() < kMinUnits) continue;
    for (const Unit& u : units) {
      for (size_t k = u.first; k < u.last; ++k) {
        if (lines[k].kept()) lines[k].reason = kReadersComment;
      }
    }
    // The count heading over the first block, its words printed earlier.
    size_t above = units.front().first;
    while (above > 0 && lines[above - 1].blank()) --above;
    if (above == 0 || !lines[above - 1].kept() || !HoldsNumber(lines[above - 1].core)) continue;
    const std::u32string heading = WithoutSpaces(lines[above - 1].core);
    for (size_t k = 0; k + 1 < above; ++k) {
      if (!lines[k].blank() && WithoutSpaces(lines[k].core).find(heading) != std::u32string::npos) {
        lines[above - 1].reason = kReadersComment;
        break;
      }
    }
  }
}

// "阿杰同学：请问…" → "阿杰同学"; "厨房里的阿雪 回复 阿杰同学：可以…" → "阿杰同学"
// with `replier` "厨房里的阿雪": the name before the line's first colon,
// and the one opening the line where a word parts them.
std::u32string NameBeforeColon(const std::u32string& core, std::u32string* replier) {
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon == 0) return {};
  const auto words = SpaceSeparatedWords(std::u32string_view(core).substr(0, colon));
  if (words.empty() || words.back().size() > kMaxNameChars || words.size() > 3 || words.size() == 2) return {};
  for (std::u32string_view w : words) {
    if (HasSentencePunct(std::u32string(w))) return {};
  }
  if (replier != nullptr) *replier = words.size() == 3 ? std::u32string(words.front()) : std::u32string();
  return std::u32string(words.back());
}

// Runs of "name：text" lines under a dropped line, one of them a reply
// naming the poster of another line of the run.
void MarkReplyChains(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size();) {
    if (!lines[i].kept() || i == 0 || !(lines[i - 1].blank() || Dropped(lines[i - 1]))) {
      ++i;
      continue;
    }
    size_t above = i;
    while (above > 0 && lines[above - 1].blank()) --above;
    if (above == 0 || !Dropped(lines[above - 1])) {
      ++i;
      continue;
    }
    size_t end = i;
    std::set<std::u32string> posters;
    bool names_another = false;
    std::vector<std::pair<std::u32string, std::u32string>> replies;  // the replier, the one answered
    while (end < lines.size() && lines[end].kept()) {
      std::u32string replier;
      const std::u32string name = NameBeforeColon(lines[end].core, &replier);
      if (name.empty()) break;
      if (replier.empty()) {
        posters.insert(name);
      } else {
        replies.emplace_back(replier, name);
      }
      ++end;
    }
    for (const auto& reply : replies) names_another |= posters.contains(reply.second) && reply.first != reply.second;
    if (end - i >= kMinChain && names_another) {
      for (size_t k = i; k < end; ++k) lines[k].reason = kReadersComment;
    }
    i = std::max(end, i + 1);
  }
}

}  // namespace

void MarkReadersContributions(std::vector<PageLine>& lines) {
  MarkPostedWorks(lines);
  MarkReplyChains(lines);
}

}  // namespace wenyuan::clean
