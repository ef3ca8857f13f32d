#include "server/session_store.h"

#include "server/api_keys.h"
#include "util/sha256.h"

namespace wenyuan::server {

Result<std::string> SessionStore::Create(int64_t key_id) {
  WY_ASSIGN_OR_RETURN(std::string token, RandomHex(32));
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mu_);
  DropExpiredLocked(now);
  sessions_[Sha256Hex(token)] = {key_id, now + lifetime_};
  return token;
}

std::optional<int64_t> SessionStore::Lookup(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const std::string hash = Sha256Hex(token);
  std::lock_guard lock(mu_);
  auto it = sessions_.find(hash);
  if (it == sessions_.end()) return std::nullopt;
  if (it->second.expires <= std::chrono::steady_clock::now()) {
    sessions_.erase(it);
    return std::nullopt;
  }
  return it->second.key_id;
}

void SessionStore::Remove(const std::string& token) {
  std::lock_guard lock(mu_);
  sessions_.erase(Sha256Hex(token));
}

void SessionStore::DropExpiredLocked(std::chrono::steady_clock::time_point now) {
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    it = it->second.expires <= now ? sessions_.erase(it) : std::next(it);
  }
}

}  // namespace wenyuan::server
