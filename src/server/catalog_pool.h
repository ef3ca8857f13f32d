// CatalogPool: catalog connections kept open between requests. Opening one
// costs a file open, the schema check and SQLite's parse of the schema, and
// every statement the catalog caches per connection is prepared again; the
// server pays it once per connection rather than once per request. A lease
// lends one connection to one thread at a time and gives it back when it
// ends; a connection left inside a transaction (a handler that failed half
// way) is closed rather than lent again. At most `max_idle` wait in the
// pool; a burst beyond that opens more, closed when they come back.
// Thread-safe.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "catalog/catalog.h"
#include "util/status.h"

namespace wenyuan::server {

class CatalogPool {
 public:
  CatalogPool(std::filesystem::path data_dir, size_t max_idle);

  // One connection, lent until the lease ends.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), catalog_(std::move(other.catalog_)) {}
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    catalog::Catalog& operator*() const { return *catalog_; }
    catalog::Catalog* operator->() const { return catalog_.get(); }

   private:
    friend class CatalogPool;
    Lease(CatalogPool* pool, std::unique_ptr<catalog::Catalog> catalog) : pool_(pool), catalog_(std::move(catalog)) {}
    CatalogPool* pool_;
    std::unique_ptr<catalog::Catalog> catalog_;
  };

  // An idle connection, or a new one (errors: the catalog cannot be opened).
  Result<Lease> Acquire();

  size_t idle() const;

 private:
  void GiveBack(std::unique_ptr<catalog::Catalog> catalog);

  const std::filesystem::path data_dir_;
  const size_t max_idle_;
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<catalog::Catalog>> idle_;
};

}  // namespace wenyuan::server
