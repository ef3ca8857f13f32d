#include "clean/thread_tail.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "clean/forum_posts.h"
#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinHeads = 3;
constexpr size_t kMaxTailBodies = 4;     // a sign-in sentence, a closing notice, a sidebar's lines
constexpr size_t kMinParagraphHan = 30;  // a line of an article's paragraph

bool KeptBody(const PageLine& l) { return l.kept() && IsPostBodyLine(l.core); }

// A stamp's shape: a number and a word ("a 9, 9 9:9 a", "a a a 9, 9").
bool IsStampShape(const std::u32string& shape) {
  const size_t numbers = static_cast<size_t>(std::count(shape.begin(), shape.end(), U'9'));
  return numbers >= 2 && shape.find_first_of(U"Ha") != std::u32string::npos;
}

// The lines between two kept body lines, and the shapes of the furniture
// lines among them.
struct Zone {
  size_t first = 0, end = 0;  // [first, end)
  std::set<std::u32string> shapes;
};

std::vector<Zone> Zones(const std::vector<PageLine>& lines) {
  std::vector<Zone> zones;
  for (size_t i = 0; i < lines.size();) {
    if (KeptBody(lines[i])) {
      ++i;
      continue;
    }
    Zone z;
    z.first = i;
    for (; i < lines.size() && !KeptBody(lines[i]); ++i) {
      if (lines[i].reason == kForumFurniture) z.shapes.insert(LineShape(lines[i].core));
    }
    z.end = i;
    zones.push_back(z);
  }
  return zones;
}

}  // namespace

void MarkThreadTail(std::vector<PageLine>& lines) {
  const std::vector<Zone> zones = Zones(lines);
  // In how many zones over a body each shape of furniture stands.
  std::map<std::u32string, size_t> zones_with;
  for (const Zone& z : zones) {
    if (z.end >= lines.size()) continue;
    for (const std::u32string& s : z.shapes) ++zones_with[s];
  }
  // The posts' heads: zones over a body holding a stamp (a shape with two
  // numbers and a word; the starter's may differ: "某人 (楼主) …").
  auto head = [&](const Zone& z) {
    return z.end < lines.size() && std::any_of(z.shapes.begin(), z.shapes.end(), IsStampShape);
  };
  const size_t heads = static_cast<size_t>(std::count_if(zones.begin(), zones.end(), head));
  if (heads < kMinHeads) return;
  size_t last_head = zones.size();
  for (size_t k = 0; k < zones.size(); ++k) {
    if (head(zones[k])) last_head = k;
  }
  // The last post's foot: the first zone under its body holding a shape of
  // the posts' furniture (one standing in three zones or more).
  for (size_t k = last_head + 1; k < zones.size(); ++k) {
    const bool foot = std::any_of(zones[k].shapes.begin(), zones[k].shapes.end(),
                                  [&](const std::u32string& s) { return zones_with[s] >= kMinHeads; });
    if (!foot) continue;
    // From its first furniture line: a wrapped line's end over it ("少")
    // is the body's.
    size_t from = zones[k].first;
    while (from < zones[k].end && lines[from].reason != kForumFurniture) ++from;
    // A Han paragraph or more than a few sentences under it are an
    // article's (the posts were a side box's latest replies).
    size_t bodies = 0;
    for (size_t i = from; i < lines.size(); ++i) {
      if (!KeptBody(lines[i])) continue;
      if (++bodies > kMaxTailBodies || CountHan(lines[i].core) >= kMinParagraphHan) return;
    }
    for (size_t i = from; i < lines.size(); ++i) {
      if (!lines[i].blank() && lines[i].reason.empty()) lines[i].reason = kForumFurniture;
    }
    return;
  }
}

}  // namespace wenyuan::clean
