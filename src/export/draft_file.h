// Draft files: a draft (answer/draft_builder.h) written as an ODF text
// document (.odt, the Taiwan government's document standard) or an Office
// Open XML document (.docx), by our own code (export/zip_writer.h). The
// title comes first, then the 未使用語言模型 label when the draft has one,
// then each section as "heading：body" (the heading bold, one paragraph a
// line). Every valid citation marker [n] becomes a numbered footnote naming
// the source: title, path or URL, passage id and character range. Markers
// naming no evidence are kept as text. Pure; thread-safe.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "answer/draft_builder.h"
#include "util/status.h"

namespace wenyuan::exporting {

enum class DraftFileFormat { kOdt, kDocx };

// By the path's extension (.odt, .docx, any case); an error naming the path
// otherwise.
Result<DraftFileFormat> DraftFileFormatFor(const std::filesystem::path& path);
// "odt" / "docx"; an error otherwise.
Result<DraftFileFormat> ParseDraftFileFormat(std::string_view name);
// The MIME type and the file extension (".odt").
std::string_view MimeTypeOf(DraftFileFormat format);
std::string_view ExtensionOf(DraftFileFormat format);

// The file's bytes.
Result<std::string> WriteDraftFile(const answer::Draft& draft, DraftFileFormat format);

// The footnote text for one piece of evidence:
// "TITLE（SOURCE），PASSAGE_ID 第BEGIN–END字".
std::string SourceNote(const answer::Evidence& evidence);

}  // namespace wenyuan::exporting
