// Web sign-in sessions: POST /api/session trades a valid API key for a
// random session token sent as the `wenyuan_session` cookie. The store keeps
// only SHA-256 hashes of tokens, each with its key id and expiry, in memory
// (a restart signs everyone out). The key is re-checked on every request, so
// revoking it ends its sessions. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "util/status.h"

namespace wenyuan::server {

class SessionStore {
 public:
  explicit SessionStore(std::chrono::seconds lifetime) : lifetime_(lifetime) {}
  // A new session for the key; returns the token for the cookie.
  Result<std::string> Create(int64_t key_id);
  // The key id of a live session, if the token names one.
  std::optional<int64_t> Lookup(const std::string& token);
  void Remove(const std::string& token);
  std::chrono::seconds lifetime() const { return lifetime_; }

 private:
  struct Session {
    int64_t key_id;
    std::chrono::steady_clock::time_point expires;
  };
  void DropExpiredLocked(std::chrono::steady_clock::time_point now);

  const std::chrono::seconds lifetime_;
  std::mutex mu_;
  std::map<std::string, Session> sessions_;  // by token hash
};

}  // namespace wenyuan::server
