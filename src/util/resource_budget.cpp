#include "util/resource_budget.h"

namespace wenyuan {

Status Budget::Exceeded(std::string_view where) const {
  return Status::ResourceExhausted(std::string(where) + ": " + what_ + " over " + std::to_string(limit_) + " " + unit_ +
                                   " (the limit " + scope_ + "); refused");
}

Status Budget::Charge(uint64_t amount, std::string_view where) {
  if (exhausted_ || WouldExceed(amount)) {
    exhausted_ = true;
    used_ = limit_;
    return Exceeded(where);
  }
  used_ += amount;
  return Status::Ok();
}

Status Deadline::Check(std::string_view where) const {
  if (!Passed()) return Status::Ok();
  return Status::Timeout(std::string(where) + ": parsing took longer than " + std::to_string(budget_.count()) +
                         " ms (the limit per parse); refused");
}

Budget ParseOutputBudget(const ResourceLimits& limits) {
  return Budget("text", "bytes", "per parse", limits.max_parse_output_bytes);
}

Status CheckDocumentChars(std::string_view text, const ResourceLimits& limits, std::string_view where) {
  // Bytes bound code points from above: most texts pass without counting.
  if (text.size() <= limits.max_document_chars) return Status::Ok();
  uint64_t chars = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80 && ++chars > limits.max_document_chars) {
      return Status::ResourceExhausted(std::string(where) + ": the document's text is over " +
                                       std::to_string(limits.max_document_chars) +
                                       " characters (the limit per document); refused");
    }
  }
  return Status::Ok();
}

}  // namespace wenyuan
