// Finds the first calendar date written in a text and returns it as ISO
// yyyy-mm-dd: 2024-05-21, 2024/5/21, 2024年5月21日, and Republic of China
// years (中華民國113年5月21日, 民國113年5月21日, 113年5月21日 → 2024-05-21).
// Impossible dates are skipped. Stateless.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::ingest {

// Looks at the first `max_code_points` of `text`; empty if none found.
std::string FindFirstDate(std::string_view text, size_t max_code_points = 400);

}  // namespace wenyuan::ingest
