// Web sign-in sessions: POST /api/session trades a valid API key, or a staff
// account's name and password (local or directory), for a random session
// token sent as the `wenyuan_session` cookie. The store keeps only SHA-256
// hashes of tokens, each with its owner (a key id or a user id) and expiry,
// in memory (a restart signs everyone out). A session ends `lifetime` after
// it was made (`session_hours`), or earlier when it has been idle for
// `idle` (`session_idle_minutes`). The owner is re-checked on every request,
// so revoking a key or disabling a user ends their sessions. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "util/status.h"

namespace wenyuan::server {

struct SessionOwner {
  enum class Kind { kKey, kUser };
  Kind kind = Kind::kKey;
  int64_t id = 0;  // api_key.id or user_account.id
};

class SessionStore {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  // `clock` is for tests; by default std::chrono::steady_clock.
  SessionStore(std::chrono::seconds lifetime, std::chrono::seconds idle, Clock clock = {});
  explicit SessionStore(std::chrono::seconds lifetime) : SessionStore(lifetime, lifetime) {}
  // A new session; returns the token for the cookie.
  Result<std::string> Create(SessionOwner owner);
  // The owner of a live session, if the token names one; renews its idle time.
  std::optional<SessionOwner> Lookup(const std::string& token);
  void Remove(const std::string& token);
  // Ends every session of the owner (a password change, a disabled account).
  void RemoveOwner(SessionOwner owner);
  std::chrono::seconds lifetime() const { return lifetime_; }
  size_t size();

 private:
  using TimePoint = std::chrono::steady_clock::time_point;
  struct Session {
    SessionOwner owner;
    TimePoint expires;    // made + lifetime
    TimePoint last_used;  // idle since
  };
  bool ExpiredLocked(const Session& s, TimePoint now) const;
  void DropExpiredLocked(TimePoint now);

  const std::chrono::seconds lifetime_;
  const std::chrono::seconds idle_;
  const Clock clock_;
  std::mutex mu_;
  std::map<std::string, Session> sessions_;  // by token hash
};

}  // namespace wenyuan::server
