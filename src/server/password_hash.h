// Password hashing for staff accounts: argon2id through libsodium's
// crypto_pwhash_str, which writes a self-describing string
// ("$argon2id$v=19$m=65536,t=2,p=1$SALT$HASH") with a fresh random salt, at
// libsodium's "interactive" cost (64 MiB and 2 passes; about a tenth of a
// second on one core). Only that string is stored, never the password.
// Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::server {

inline constexpr size_t kMinPasswordBytes = 8;
inline constexpr size_t kMaxPasswordBytes = 1024;

// InvalidArgument unless the password is 8-1024 bytes.
Status ValidateNewPassword(std::string_view password);
// The argon2id string for a (validated) password.
Result<std::string> HashPassword(std::string_view password);
// True if `password` matches the stored argon2id string; false for an empty
// or malformed hash.
bool VerifyPassword(const std::string& hash, std::string_view password);

}  // namespace wenyuan::server
