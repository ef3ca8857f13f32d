// ConnectionLedger: the front door's count of open client connections, in
// all and per client address, and of request body bytes it holds in memory
// at once. A connection is admitted only under both connection caps; a body
// is read only if its declared length fits the remaining body budget. Each
// admission is a ticket that gives its place back when it is destroyed.
// Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace wenyuan::server {

class ConnectionLedger {
 public:
  ConnectionLedger(size_t max_connections, size_t max_per_address, uint64_t max_body_bytes_held)
      : max_connections_(max_connections), max_per_address_(max_per_address), max_body_bytes_(max_body_bytes_held) {}
  ConnectionLedger(const ConnectionLedger&) = delete;
  ConnectionLedger& operator=(const ConnectionLedger&) = delete;

  enum class Admission { kAdmitted, kServerFull, kAddressFull };

  // Holds one connection's place; gives it back on destruction.
  class Ticket {
   public:
    Ticket() = default;
    Ticket(Ticket&& other) noexcept;
    Ticket& operator=(Ticket&& other) noexcept;
    ~Ticket();
    bool admitted() const { return ledger_ != nullptr; }

   private:
    friend class ConnectionLedger;
    Ticket(ConnectionLedger* ledger, std::string address) : ledger_(ledger), address_(std::move(address)) {}
    void Release();
    ConnectionLedger* ledger_ = nullptr;
    std::string address_;
  };

  // A ticket for a connection from `address`, or why there is none.
  Admission Admit(const std::string& address, Ticket& ticket);

  // Reserves `bytes` of the body budget; false if they do not fit.
  bool ReserveBody(uint64_t bytes);
  void ReleaseBody(uint64_t bytes);

  size_t open_connections() const;
  size_t open_from(const std::string& address) const;

 private:
  void Leave(const std::string& address);

  const size_t max_connections_;
  const size_t max_per_address_;
  const uint64_t max_body_bytes_;
  mutable std::mutex mu_;
  size_t open_ = 0;
  std::map<std::string, size_t> per_address_;
  uint64_t body_bytes_ = 0;
};

}  // namespace wenyuan::server
