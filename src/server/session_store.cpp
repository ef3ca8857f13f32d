#include "server/session_store.h"

#include "server/api_keys.h"
#include "util/sha256.h"

namespace wenyuan::server {

SessionStore::SessionStore(std::chrono::seconds lifetime, std::chrono::seconds idle, Clock clock)
    : lifetime_(lifetime),
      idle_(idle),
      clock_(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); })) {}

Result<std::string> SessionStore::Create(SessionOwner owner) {
  WY_ASSIGN_OR_RETURN(std::string token, RandomHex(32));
  const auto now = clock_();
  std::lock_guard lock(mu_);
  DropExpiredLocked(now);
  sessions_[Sha256Hex(token)] = {owner, now + lifetime_, now};
  return token;
}

std::optional<SessionOwner> SessionStore::Lookup(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const std::string hash = Sha256Hex(token);
  const auto now = clock_();
  std::lock_guard lock(mu_);
  auto it = sessions_.find(hash);
  if (it == sessions_.end()) return std::nullopt;
  if (ExpiredLocked(it->second, now)) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_used = now;
  return it->second.owner;
}

void SessionStore::Remove(const std::string& token) {
  std::lock_guard lock(mu_);
  sessions_.erase(Sha256Hex(token));
}

void SessionStore::RemoveOwner(SessionOwner owner) {
  std::lock_guard lock(mu_);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    const auto& o = it->second.owner;
    it = o.kind == owner.kind && o.id == owner.id ? sessions_.erase(it) : std::next(it);
  }
}

size_t SessionStore::size() {
  std::lock_guard lock(mu_);
  DropExpiredLocked(clock_());
  return sessions_.size();
}

bool SessionStore::ExpiredLocked(const Session& s, TimePoint now) const {
  return s.expires <= now || s.last_used + idle_ <= now;
}

void SessionStore::DropExpiredLocked(TimePoint now) {
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    it = ExpiredLocked(it->second, now) ? sessions_.erase(it) : std::next(it);
  }
}

}  // namespace wenyuan::server
