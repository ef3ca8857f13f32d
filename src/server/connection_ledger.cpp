#include "server/connection_ledger.h"

#include <algorithm>
#include <utility>

namespace wenyuan::server {

ConnectionLedger::Ticket::Ticket(Ticket&& other) noexcept
    : ledger_(std::exchange(other.ledger_, nullptr)), address_(std::move(other.address_)) {}

ConnectionLedger::Ticket& ConnectionLedger::Ticket::operator=(Ticket&& other) noexcept {
  if (this != &other) {
    Release();
    ledger_ = std::exchange(other.ledger_, nullptr);
    address_ = std::move(other.address_);
  }
  return *this;
}

ConnectionLedger::Ticket::~Ticket() { Release(); }

void ConnectionLedger::Ticket::Release() {
  if (ledger_ != nullptr) std::exchange(ledger_, nullptr)->Leave(address_);
}

ConnectionLedger::Admission ConnectionLedger::Admit(const std::string& address, Ticket& ticket) {
  {
    std::lock_guard lock(mu_);
    if (open_ >= max_connections_) return Admission::kServerFull;
    size_t& mine = per_address_[address];
    if (mine >= max_per_address_) {
      if (mine == 0) per_address_.erase(address);
      return Admission::kAddressFull;
    }
    ++mine;
    ++open_;
  }
  ticket = Ticket(this, address);
  return Admission::kAdmitted;
}

void ConnectionLedger::Leave(const std::string& address) {
  std::lock_guard lock(mu_);
  --open_;
  auto it = per_address_.find(address);
  if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
}

bool ConnectionLedger::ReserveBody(uint64_t bytes) {
  std::lock_guard lock(mu_);
  if (bytes > max_body_bytes_ - body_bytes_) return false;
  body_bytes_ += bytes;
  return true;
}

void ConnectionLedger::ReleaseBody(uint64_t bytes) {
  std::lock_guard lock(mu_);
  body_bytes_ -= std::min(bytes, body_bytes_);
}

size_t ConnectionLedger::open_connections() const {
  std::lock_guard lock(mu_);
  return open_;
}

size_t ConnectionLedger::open_from(const std::string& address) const {
  std::lock_guard lock(mu_);
  auto it = per_address_.find(address);
  return it == per_address_.end() ? 0 : it->second;
}

}  // namespace wenyuan::server
