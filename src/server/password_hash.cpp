#include "server/password_hash.h"

#include <sodium.h>

namespace wenyuan::server {
namespace {

// sodium_init is idempotent and thread-safe; it fails only without a usable
// random source.
bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

Status ValidateNewPassword(std::string_view password) {
  if (password.size() < kMinPasswordBytes || password.size() > kMaxPasswordBytes) {
    return Status::InvalidArgument("a password must be " + std::to_string(kMinPasswordBytes) + " to " +
                                   std::to_string(kMaxPasswordBytes) + " bytes long");
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  WY_RETURN_IF_ERROR(ValidateNewPassword(password));
  if (!SodiumReady()) return Status::Internal("password_hash: libsodium could not be initialised");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::ResourceExhausted("password_hash: argon2id ran out of memory");
  }
  return std::string(out);
}

bool VerifyPassword(const std::string& hash, std::string_view password) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES || !SodiumReady()) return false;
  if (password.size() > kMaxPasswordBytes) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace wenyuan::server
