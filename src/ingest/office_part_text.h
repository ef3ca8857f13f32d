// OfficePartText: the text of one XML part of an Office Open XML archive
// laid out as lines by TableTextLayout: each paragraph one line made of its
// text runs, a line break starting a new line, each table row one line with
// its cells joined by " | ". The DOCX body (WordprocessingML, "w:" names)
// and the PPTX slides (DrawingML, "a:" names) share this walk; the markup
// says which element names count and the few ways the two differ. A part
// that cannot be read or scanned is an error naming the file and the part.
#pragma once

#include <string>
#include <string_view>

#include "ingest/office_archive.h"
#include "util/status.h"

namespace wenyuan::ingest {

enum class OfficeMarkup {
  // word/document.xml: only "w:" names; w:tab is a space and w:cr a line
  // break; text within a run is kept as written.
  kWordprocessing,
  // ppt/slides/slideN.xml: local names under any prefix; a self-closing
  // paragraph ends the one open; line-breaking characters within the text
  // become spaces.
  kDrawing,
};

// The part's lines, each ending in '\n' (empty when it has no text).
Result<std::string> ReadOfficePartText(OfficeArchive& archive, std::string_view part, OfficeMarkup markup);

}  // namespace wenyuan::ingest
