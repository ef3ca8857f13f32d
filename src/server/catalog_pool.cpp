#include "server/catalog_pool.h"

namespace wenyuan::server {

CatalogPool::CatalogPool(std::filesystem::path data_dir, size_t max_idle)
    : data_dir_(std::move(data_dir)), max_idle_(max_idle) {}

CatalogPool::Lease::~Lease() {
  if (catalog_) pool_->GiveBack(std::move(catalog_));
}

Result<CatalogPool::Lease> CatalogPool::Acquire() {
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<catalog::Catalog> catalog = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(catalog));
    }
  }
  WY_ASSIGN_OR_RETURN(auto catalog, catalog::Catalog::Open(data_dir_));
  return Lease(this, std::move(catalog));
}

size_t CatalogPool::idle() const {
  std::lock_guard lock(mu_);
  return idle_.size();
}

void CatalogPool::GiveBack(std::unique_ptr<catalog::Catalog> catalog) {
  // Outside autocommit a transaction is still open: closing the connection
  // rolls it back, and the next request starts clean.
  if (catalog->InTransaction()) return;
  std::lock_guard lock(mu_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(catalog));
}

}  // namespace wenyuan::server
