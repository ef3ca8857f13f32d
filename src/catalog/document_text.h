// Where a document's cleaned text is stored. Its passages are contiguous,
// non-overlapping slices of it, so for almost every document the text is
// its passages in order with only line breaks between them: such a
// document stores an empty `document.text`, and its text is rebuilt from
// its passages (each gap of N code points between one passage's end and
// the next one's start, or before the first, is N line breaks). Any other
// document (no passages: a near-duplicate, an empty text; or gaps holding
// other characters) keeps its full text. An empty `document.text` is never
// ambiguous: a text with passages is not empty, and catalogs written before
// this rule keep their full texts, which are read as they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/records.h"

namespace wenyuan::catalog {

// A passage as rebuilding reads it: its text and where it starts and ends
// in the document, in code points.
struct PassageSlice {
  std::string_view text;
  int64_t start = 0;
  int64_t end = 0;
};

// The document text its passages (in order) make.
std::string RebuildDocumentText(const std::vector<PassageSlice>& passages);

// What to store as `document.text`: "" when RebuildDocumentText of the
// passages gives `text` back exactly, else `text`.
std::string_view StoredDocumentText(std::string_view text, const std::vector<PassageInput>& passages);

}  // namespace wenyuan::catalog
