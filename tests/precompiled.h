// Headers that nearly every test file includes, compiled once per test
// executable in clang builds (target_precompile_headers in
// tests/CMakeLists.txt) so that the ~200 test files do not each parse
// GoogleTest, nlohmann::json and the standard containers again: about 60%
// of a test file's compile time in the sanitized build. Only stable third-party and standard headers
// belong here; a header of ours would rebuild every test when it changed.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>
