// UTC time stamps as Wenyuan writes them everywhere (catalog rows, the log,
// job records): ISO 8601 to the second with a "Z", "2026-11-23T13:45:03Z",
// so they sort as text.
#pragma once

#include <ctime>
#include <string>

namespace wenyuan {

// `t` as "YYYY-MM-DDTHH:MM:SSZ".
std::string IsoUtc(std::time_t t);
// The current time, the same way.
std::string IsoNowUtc();

}  // namespace wenyuan
