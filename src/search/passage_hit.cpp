#include "search/passage_hit.h"

#include "catalog/catalog.h"

namespace wenyuan::search {

SearchHit HitOf(const std::string& kb, const catalog::PassageRecord& rec, double score) {
  SearchHit hit;
  hit.passage_id = catalog::PassageId(kb, rec.document_id, rec.number);
  hit.document_id = rec.document_id;
  hit.passage_number = rec.number;
  hit.title = rec.title;
  hit.source = rec.source;
  hit.date = rec.date;
  hit.text = rec.text;
  hit.score = score;
  return hit;
}

}  // namespace wenyuan::search
