#include "search/category_columns.h"

#include <algorithm>
#include <unordered_set>

namespace wenyuan::search {

Result<std::shared_ptr<const CategoryColumns>> CategoryColumns::Load(catalog::Catalog& catalog, int64_t kb_id) {
  auto columns = std::make_shared<CategoryColumns>();
  CategoryColumns& c = *columns;
  WY_RETURN_IF_ERROR(
      catalog::EnrichmentStore(catalog.db())
          .ForEachCategory(kb_id, [&](int64_t document, const std::string& taxonomy, const std::string& category) {
            auto [it, fresh] = c.number_of_.try_emplace({taxonomy, category}, static_cast<uint32_t>(c.names_.size()));
            if (fresh) {
              c.names_.emplace_back(taxonomy, category);
              c.documents_of_.emplace_back();
            }
            if (c.document_ids_.empty() || c.document_ids_.back() != document) {
              c.document_ids_.push_back(document);
              c.starts_.push_back(static_cast<uint32_t>(c.categories_.size()));
            }
            c.categories_.push_back(it->second);
            c.documents_of_[it->second].push_back(document);
          }));
  c.starts_.push_back(static_cast<uint32_t>(c.categories_.size()));
  return std::shared_ptr<const CategoryColumns>(std::move(columns));
}

catalog::FacetCounts CategoryColumns::Count(const std::vector<int64_t>& documents) const {
  catalog::FacetCounts out;
  std::unordered_set<int64_t> seen;
  std::vector<int64_t> per_category(names_.size(), 0);
  for (int64_t d : documents) {
    if (!seen.insert(d).second) continue;
    auto it = std::lower_bound(document_ids_.begin(), document_ids_.end(), d);
    if (it == document_ids_.end() || *it != d) continue;
    const auto at = static_cast<size_t>(it - document_ids_.begin());
    for (uint32_t i = starts_[at]; i < starts_[at + 1]; ++i) ++per_category[categories_[i]];
  }
  for (size_t i = 0; i < names_.size(); ++i) {
    if (per_category[i] > 0) out[names_[i].first][names_[i].second] = per_category[i];
  }
  return out;
}

std::vector<int64_t> CategoryColumns::DocumentsWith(const std::string& taxonomy, const std::string& category) const {
  auto it = number_of_.find({taxonomy, category});
  return it == number_of_.end() ? std::vector<int64_t>{} : documents_of_[it->second];
}

}  // namespace wenyuan::search
