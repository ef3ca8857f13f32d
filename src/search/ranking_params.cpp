#include "search/ranking_params.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace wenyuan::search {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The field a "bigrams.k1"-style key names, or null.
double* FieldValue(RankingParams& p, std::string_view key) {
  FieldRanking* field = nullptr;
  if (key.starts_with("bigrams.")) {
    field = &p.bigrams;
    key.remove_prefix(8);
  } else if (key.starts_with("words.")) {
    field = &p.words;
    key.remove_prefix(6);
  } else {
    return nullptr;
  }
  if (key == "k1") return &field->k1;
  if (key == "b") return &field->b;
  if (key == "weight") return &field->weight;
  return nullptr;
}

}  // namespace

Result<RankingParams> ParseRankingParams(std::string_view spec, const RankingParams& base) {
  RankingParams p = base;
  while (!Trim(spec).empty()) {
    const size_t comma = spec.find(',');
    const std::string_view pair = Trim(spec.substr(0, comma));
    spec = comma == std::string_view::npos ? std::string_view{} : spec.substr(comma + 1);
    const std::string where = "ranking: '" + std::string(pair) + "'";
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos) return Status::InvalidArgument(where + ": expected key=value");
    const std::string_view key = Trim(pair.substr(0, eq));
    const std::string_view text = Trim(pair.substr(eq + 1));
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty() || !std::isfinite(value)) {
      return Status::InvalidArgument(where + ": not a number");
    }
    if (value < 0) return Status::InvalidArgument(where + ": must not be negative");
    if (double* field = FieldValue(p, key)) {
      if (key.ends_with(".b") && value > 1) return Status::InvalidArgument(where + ": b must be in [0, 1]");
      *field = value;
    } else if (key == "title") {
      p.title_weight = value;
    } else if (key == "grammar") {
      p.grammar_word_weight = value;
    } else if (key == "proximity") {
      p.proximity_weight = value;
    } else if (key == "engine_proximity") {
      p.engine_proximity_weight = value;
    } else if (key == "title_match") {
      p.title_match_weight = value;
    } else if (key == "tier") {
      if (value != 0 && value != 1) return Status::InvalidArgument(where + ": 0 or 1 is expected");
      p.tier = value;
    } else if (key == "tier_fill") {
      p.tier_fill = value;
    } else if (key == "tier_fill_max") {
      p.tier_fill_max = value;
    } else if (key == "tier_fill_gate") {
      if (value != 0 && value != 1) return Status::InvalidArgument(where + ": 0 or 1 is expected");
      p.tier_fill_gate = value;
    } else if (key == "proximity_depth") {
      if (value != std::floor(value) || value > 100000) {
        return Status::InvalidArgument(where + ": a whole number up to 100000 is expected");
      }
      p.proximity_depth = static_cast<size_t>(value);
    } else {
      return Status::InvalidArgument(where +
                                     ": unknown key (bigrams.k1, bigrams.b, bigrams.weight, words.k1, "
                                     "words.b, words.weight, title, grammar, proximity, title_match, proximity_depth, "
                                     "engine_proximity, tier, tier_fill, tier_fill_max, tier_fill_gate)");
    }
  }
  return p;
}

std::string FormatRankingParams(const RankingParams& p) {
  char buf[512];  // 16 keys (194 bytes) and values of at most 12 bytes each
  std::snprintf(buf, sizeof buf,
                "bigrams.k1=%g,bigrams.b=%g,bigrams.weight=%g,words.k1=%g,words.b=%g,words.weight=%g,title=%g,"
                "grammar=%g,proximity=%g,title_match=%g,proximity_depth=%zu,engine_proximity=%g,"
                "tier=%g,tier_fill=%g,tier_fill_max=%g,tier_fill_gate=%g",
                p.bigrams.k1, p.bigrams.b, p.bigrams.weight, p.words.k1, p.words.b, p.words.weight, p.title_weight,
                p.grammar_word_weight, p.proximity_weight, p.title_match_weight, p.proximity_depth,
                p.engine_proximity_weight, p.tier, p.tier_fill, p.tier_fill_max, p.tier_fill_gate);
  return buf;
}

}  // namespace wenyuan::search
